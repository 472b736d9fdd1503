/* answer.js — reading the form into an answer, sending it, and turning the form on and off. */
import { applyHighlights, markPick, renderArticles } from './article.js';
import { citeStep2, setCiteStep } from './cite.js';
import { NOT_CONNECTED, sendAnswerMessage } from './connection.js';
import { $, announce } from './dom.js';
import { renderOrder } from './order.js';
import { canAnswer } from './question.js';
import { S } from './state.js';

export function collectAnswer(q) {
  const form = $('answer-form');
  switch (q.format) {
    case 'choice': {
      const c = form.querySelector('input[name=opt]:checked');
      return c ? { choice: +c.value } : null;
    }
    case 'multi': {
      const picked = Array.from(form.querySelectorAll('input[name=opt]:checked')).map((x) => +x.value);
      return picked.length ? { picked } : null;
    }
    case 'true_false': {
      const c = form.querySelector('input[name=opt]:checked');
      return c ? { truth: c.value === 'true' } : null;
    }
    case 'order': return { order: S.order.slice() };
    case 'text': {
      const t = $('ans-text').value.trim();
      return t ? { text: t } : null;
    }
    case 'evidence':
      return S.pick ? { article: S.pick.article, sentence: S.pick.sentence } : null;
    default: return null;
  }
}

const MISSING = {
  choice: 'Pick an answer first.', multi: 'Pick at least one answer first.',
  true_false: 'Pick True or False first.', text: 'Type your answer first.',
  evidence: 'Pick a sentence in the article first.',
};

export function onSubmit(ev) {
  ev.preventDefault();
  const st = S.state;
  if (!st || !st.question || !canAnswer(st)) return;
  const q = st.question;
  const answer = collectAnswer(q);
  if (!answer) { $('answer-error').textContent = MISSING[q.format] || 'Answer first.'; return; }
  if (S.q.cite && S.q.step === 1) { // no feedback between the steps: nothing is sent yet
    setCiteStep(2);
    $('cite-title').focus();
    announce('Now show where the article says so: pick the sentence in the article.');
    return;
  }
  if (S.q.cite) {
    if (!S.pick) { $('answer-error').textContent = 'Pick the sentence that shows your answer first.'; return; }
    answer.cite = { article: S.pick.article, sentence: S.pick.sentence };
  }
  sendAnswer(q, answer);
}

export function sendAnswer(q, answer) {
  $('answer-error').textContent = '';
  S.pending = { question: q.id, answer };
  setFormEnabled(false);
  $('status-line').textContent = sendAnswerMessage(q.id, answer) ? 'Sending…' : NOT_CONNECTED;
}

export function setFormEnabled(on) {
  const form = $('answer-form');
  // a cite question's second step: the answer stays as given (locked) while the sentence is picked
  const locked = citeStep2();
  for (const x of form.querySelectorAll('input, button')) {
    if (x.classList.contains('move')) continue; // renderOrder decides those
    x.disabled = !on || (locked && x.id !== 'submit' && x.id !== 'cite-back');
  }
  // the order list is drawn again only when it turns on or off: a state that changes nothing
  // else must not drop the keyboard focus or a drag in progress
  const orderOn = !!on && !locked;
  if (S.q && S.q.format === 'order' && S.orderOn !== orderOn) { S.orderOn = orderOn; renderOrder(-1); }
  const wantInteractive = on && S.q && (S.q.format === 'evidence' || locked);
  if (S.q && S.q.cite && $('cite-step')) { // once sent (or closed), only the sentence given stays
    $('answer-body').querySelector('.cite-note').hidden = locked || !on;
    $('cite-title').hidden = $('cite-hint').hidden = $('cite-back').hidden = !on;
  }
  if (S.interactive !== !!wantInteractive) {
    renderArticles(!!wantInteractive);
    if (S.state && S.state.result) applyHighlights(S.state.result.evidence);
    markPick();
  }
}

// Any change to the answer clears the last complaint about it.
export function onAnswerChange() { $('answer-error').textContent = ''; }
