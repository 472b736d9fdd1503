/* cite.js — cite questions: the answer, then the sentence that shows it (both sent together), and
 * the two parts of the result. */
import { setFormEnabled } from './answer.js';
import { markPick, pickedSentenceLine, sentenceText } from './article.js';
import { $, el, fmt, pointsWord } from './dom.js';
import { canAnswer } from './question.js';
import { S } from './state.js';

export function buildCiteStep(body) {
  body.append(el('p', 'hint cite-note', 'Then show where the article says so: after your answer, you pick the sentence that proves it.'));
  const box = el('div', 'cite-step');
  box.id = 'cite-step';
  box.hidden = true;
  const h = el('h3', null, 'Now show where the article says so');
  h.id = 'cite-title'; h.tabIndex = -1;
  const hint = el('p', 'hint', 'Tap or click the sentence of the article that proves your answer. Keyboard: Tab into the article, the arrow keys move between sentences, Enter picks one.');
  hint.id = 'cite-hint';
  box.append(h, hint);
  const sel = pickedSentenceLine();
  const back = el('button', 'cite-back', '← Change my answer');
  back.type = 'button'; back.id = 'cite-back';
  back.addEventListener('click', () => {
    setCiteStep(1);
    const first = $('answer-body').querySelector('input:not(:disabled), .row');
    if (first) first.focus();
  });
  box.append(sel, back);
  body.append(box);
}

export function citeStep2() { return !!(S.q && S.q.cite && S.q.step === 2); }

export function setCiteStep(step) {
  if (!S.q || !S.q.cite) return;
  S.q.step = step;
  $('cite-step').hidden = step !== 2;
  $('submit').textContent = step === 2 ? 'Submit answer' : 'Next: the evidence';
  $('answer-error').textContent = '';
  setFormEnabled(canAnswer(S.state));
  markPick();
}

const CITE_OUTCOME = {
  'both right': 'Right answer, and your sentence shows it.',
  guess: 'Right answer, but your sentence does not show it.',
  misread: 'Your sentence shows it, but the answer is not right: read it again.',
  'both wrong': 'Not the answer, and your sentence does not show it.',
};

// A cite question's two parts, each with its points; the sentence is marked in the article.
export function renderCiteResult(r) {
  const c = r.cite;
  const line = c ? CITE_OUTCOME[c.outcome] || '' : '';
  $('result-cite-line').textContent = line;
  $('result-cite-line').hidden = !line;
  $('result-cite-dt').hidden = $('result-cite').hidden = !c;
  if (!c) return;
  const part = (ok, got, max) => ' — ' + (ok ? 'right' : 'not right') + ', ' + fmt(got) + ' of ' + fmt(max) + ' ' + pointsWord(max);
  if (r.your_answer) $('result-yours').textContent = r.your_answer + part(c.answer_correct, c.answer_points, c.answer_max);
  const said = typeof c.sentence === 'number' ? '“' + sentenceText(c.article | 0, c.sentence) + '”' : 'No sentence picked';
  $('result-cite').textContent = said + part(c.evidence_correct, c.evidence_points, c.evidence_max);
}
