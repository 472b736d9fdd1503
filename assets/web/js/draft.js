/* draft.js — what the student has picked, typed or arranged but not sent, kept in the tab's
 * sessionStorage: a reload, or a phone that throws the tab away while the student looks at another
 * app (and loads it again on return), gives it back instead of an empty form. Only for the
 * question on screen and this seat; forgotten once the server has the answer. Nothing of it is
 * sent anywhere. */
import { markPick } from './article.js';
import { setCiteStep } from './cite.js';
import { $ } from './dom.js';
import { renderOrder } from './order.js';
import { S } from './state.js';

const KEY = 'byline.draft';
const session = {
  get() { try { return JSON.parse(sessionStorage.getItem(KEY) || 'null'); } catch (e) { return null; } },
  set(v) { try { sessionStorage.setItem(KEY, JSON.stringify(v)); } catch (e) { /* no storage: no draft */ } },
  del() { try { sessionStorage.removeItem(KEY); } catch (e) { /* nothing kept */ } },
};

export function saveDraft() {
  const q = S.state && S.state.question;
  if (!S.q || !q || q.id !== S.q.id || q.answered || S.state.result || S.pending) return;
  const text = $('ans-text');
  session.set({
    token: S.token, q: S.q.id,
    picked: Array.from($('answer-form').querySelectorAll('input[name=opt]:checked')).map((x) => x.value),
    text: text ? text.value : '',
    order: S.q.format === 'order' ? S.order.slice() : null,
    pick: S.pick, step: S.q.step,
  });
}

export function forgetDraft() { session.del(); }

// After buildQuestion(q), for a question not answered yet: puts the draft back, if it is this one's.
export function restoreDraft(q) {
  const d = session.get();
  if (!d || d.token !== S.token || d.q !== q.id || !S.q) return;
  for (const x of $('answer-form').querySelectorAll('input[name=opt]')) x.checked = (d.picked || []).includes(x.value);
  if ($('ans-text') && typeof d.text === 'string') $('ans-text').value = d.text;
  const n = (q.events || []).length;
  if (q.format === 'order' && Array.isArray(d.order) && d.order.length === n &&
      d.order.slice().sort((a, b) => a - b).every((v, i) => v === i)) {
    S.order = d.order.slice();
    renderOrder(-1);
  }
  if (d.pick && Number.isInteger(d.pick.article) && Number.isInteger(d.pick.sentence)) {
    S.pick = { article: d.pick.article, sentence: d.pick.sentence };
    markPick();
  }
  if (S.q.cite && d.step === 2) setCiteStep(2);
}
