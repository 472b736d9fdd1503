/* question.js — a question's form, per format, and the student's own answer shown again. */
import { markPick, pickedSentenceLine } from './article.js';
import { buildCiteStep } from './cite.js';
import { currentLeft } from './countdown.js';
import { $, el, fmt, pointsWord } from './dom.js';
import { renderOrder } from './order.js';
import { KIND_LABEL, OPEN_PHASES, S, TIMED_PHASES } from './state.js';

export function canAnswer(st) {
  const q = st.question;
  if (!q || q.answered || st.result || !OPEN_PHASES.includes(st.phase)) return false;
  if (typeof q.time_left_ms === 'number' && TIMED_PHASES.includes(st.phase)) {
    const left = S.cd.qid === q.id ? currentLeft() : q.time_left_ms;
    if (left <= 0) return false;
  }
  return true;
}

export function buildQuestion(q) {
  S.q = { id: q.id, format: q.format, resultKey: null, resultSeen: false, seat: S.welcome.seat,
    cite: !!q.cite, step: 1 };
  S.pick = null;
  S.pending = null;
  $('answer-error').textContent = '';
  $('q-title').textContent = 'Question ' + (q.index + 1) + ' of ' + q.count;
  const body = $('answer-body');
  body.replaceChildren();
  const pts = typeof q.points === 'number' ? q.points : 1;
  body.append(el('p', 'q-kind', (KIND_LABEL[q.kind] || q.kind || '') + ' · ' + fmt(pts) + ' ' + pointsWord(pts)));
  const prompt = q.prompt || '';
  switch (q.format) {
    case 'choice':
    case 'multi': {
      const fs = el('fieldset', 'options');
      fs.append(el('legend', 'prompt', prompt));
      if (q.format === 'multi' && !/all that apply/i.test(prompt)) fs.append(el('p', 'hint', 'Choose all that apply.'));
      (q.choices || []).forEach((c, i) => {
        fs.append(option(q.format === 'multi' ? 'checkbox' : 'radio', String(i), String.fromCharCode(65 + i), c));
      });
      body.append(fs);
      break;
    }
    case 'true_false': {
      const fs = el('fieldset', 'options tf');
      fs.append(el('legend', 'prompt', prompt));
      fs.append(option('radio', 'true', 'T', 'True'), option('radio', 'false', 'F', 'False'));
      body.append(fs);
      break;
    }
    case 'order': {
      const fs = el('fieldset', 'order');
      fs.append(el('legend', 'prompt', prompt));
      const hint = el('p', 'hint', 'Drag the rows by their handle, or use the ▲ ▼ buttons. Keyboard: on a row, Alt+↑ / Alt+↓ moves it; or Space picks it up, ↑ ↓ move it, Space drops it.');
      hint.id = 'order-hint';
      fs.append(hint);
      const ol = el('ol', 'order-list');
      ol.id = 'order-list';
      fs.append(ol);
      body.append(fs);
      S.order = (q.events || []).map((_, i) => i);
      S.orderOn = canAnswer(S.state);
      renderOrder(-1);
      break;
    }
    case 'text': {
      const lab = el('label', 'prompt', prompt);
      lab.htmlFor = 'ans-text';
      const inp = el('input', 'text-answer');
      inp.id = 'ans-text'; inp.type = 'text'; inp.name = 'text'; inp.maxLength = 200;
      inp.autocomplete = 'off'; inp.spellcheck = false;
      inp.setAttribute('autocapitalize', 'off'); inp.setAttribute('enterkeyhint', 'send');
      body.append(lab, inp);
      break;
    }
    case 'evidence': {
      body.append(el('p', 'prompt', prompt));
      body.append(el('p', 'hint', 'Tap or click the sentence in the article. Keyboard: Tab into the article, the arrow keys move between sentences, Enter picks one.'));
      body.append(pickedSentenceLine());
      break;
    }
    default:
      body.append(el('p', 'prompt', prompt));
      body.append(el('p', 'hint', 'This kind of question cannot be answered on this page.'));
  }
  if (q.cite && q.format !== 'evidence') buildCiteStep(body);
  $('submit').textContent = S.q.cite ? 'Next: the evidence' : 'Submit answer';
  // the pack's words get the pack's language (the page's own words stay English)
  if (S.lang) for (const e of body.querySelectorAll('.prompt, .opt-text')) e.setAttribute('lang', S.lang);
}

function option(type, value, letter, text) {
  const lab = el('label', 'option');
  const inp = el('input');
  inp.type = type; inp.name = 'opt'; inp.value = value;
  const l = el('span', 'letter', letter);
  l.setAttribute('aria-hidden', 'true');
  lab.append(inp, l, el('span', 'opt-text', text));
  return lab;
}

// Show the student's own answer (after a reload too) in the controls.
export function showMyAnswer(q) {
  const a = q.my_answer;
  if (!a) return;
  const form = $('answer-form');
  switch (q.format) {
    case 'choice':
      for (const x of form.querySelectorAll('input[name=opt]')) x.checked = +x.value === a.choice;
      break;
    case 'multi':
      for (const x of form.querySelectorAll('input[name=opt]')) x.checked = (a.picked || []).includes(+x.value);
      break;
    case 'true_false':
      for (const x of form.querySelectorAll('input[name=opt]')) x.checked = (x.value === 'true') === a.truth;
      break;
    case 'order':
      if (Array.isArray(a.order) && a.order.length === S.order.length && a.order.join() !== S.order.join()) {
        S.order = a.order.slice();
        renderOrder(-1);
      }
      break;
    case 'text':
      if ($('ans-text')) $('ans-text').value = a.text || '';
      break;
    case 'evidence':
      if (typeof a.sentence === 'number') { S.pick = { article: a.article | 0, sentence: a.sentence }; markPick(); }
      break;
    default: break;
  }
  if (S.q && S.q.cite && a.cite && typeof a.cite.sentence === 'number') {
    S.pick = { article: a.cite.article | 0, sentence: a.cite.sentence };
    S.q.step = 2;
    $('cite-step').hidden = false;
    markPick();
  }
}
