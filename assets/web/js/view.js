/* view.js — the class's state on screen: which section shows, the question's state, the status
 * line under the form. */
import { setFormEnabled } from './answer.js';
import { applyHighlights, clearHighlights, markPick, renderArticles } from './article.js';
import { NOT_CONNECTED, sendAnswerMessage } from './connection.js';
import { stopCountdown, updateCountdown } from './countdown.js';
import { $, announce, fmt, ordinal, pointsWord } from './dom.js';
import { restoreDraft } from './draft.js';
import { renderFinal } from './final.js';
import { buildQuestion, canAnswer, showMyAnswer } from './question.js';
import { renderResult } from './result.js';
import { S, TIMED_PHASES } from './state.js';

export function render() {
  const st = S.state;
  if (!st || !S.welcome) return;
  const phase = st.phase;
  const q = st.question || null;
  document.body.className = 'view-play phase-' + phase + (q ? ' has-question' : '');
  const me = st.me || {};
  $('who').hidden = false;
  $('who-name').textContent = me.name || S.welcome.name || '';
  $('who-score').textContent = fmt(me.score) + ' ' + pointsWord(me.score || 0);

  const finished = phase === 'finished';
  const doneAll = phase === 'running' && !q;
  $('lobby').hidden = phase !== 'lobby';
  $('layout').hidden = finished || doneAll;
  $('jump').hidden = !q || finished;
  $('question').hidden = !q || finished;
  $('done').hidden = !doneAll;
  $('final').hidden = !finished;

  if (q && !finished) renderQuestionState(st, q);
  else {
    stopCountdown();
    if (S.interactive) renderArticles(false);
    clearHighlights();
    S.q = null;
  }
  if (finished) renderFinal(st);
}

function renderQuestionState(st, q) {
  const fresh = !S.q || S.q.id !== q.id;
  if (fresh) {
    if (S.interactive) renderArticles(false);
    buildQuestion(q);
    clearHighlights();
    if (!q.answered && !st.result) restoreDraft(q);
  }
  updateCountdown(st, q);
  const can = canAnswer(st);
  if (q.answered) showMyAnswer(q);
  // A pending answer (sent while offline, or unacknowledged over a reconnect) goes again.
  if (can && S.pending && S.pending.question === q.id && !q.answered) {
    $('status-line').textContent = sendAnswerMessage(q.id, S.pending.answer) ? 'Sending…' : NOT_CONNECTED;
    setFormEnabled(false);
  } else {
    // an answer still waiting for the connection when the time ran out never reached the teacher:
    // say so, rather than a plain "Time is up" the student would take for "received"
    if (!can && S.pending && S.pending.question === q.id && !q.answered) S.q.unsent = true;
    if (!can) S.pending = null;
    setFormEnabled(can);
  }
  $('submit').hidden = !!q.answered || !!st.result;
  if (q.answered || st.result) $('answer-error').textContent = '';

  const r = st.result;
  const res = $('result');
  if (r) {
    const key = q.id + '|' + JSON.stringify(r);
    if (S.q.resultKey !== key) {
      const firstTime = !S.q.resultSeen;
      S.q.resultKey = key;
      S.q.resultSeen = true;
      renderResult(r);
      if ($('cite-step')) $('cite-step').hidden = true; // the result's "Your evidence" says it
      const mark = applyHighlights(r.evidence);
      if (mark) mark.scrollIntoView({ block: 'center', inline: 'nearest' });
      if (firstTime) {
        $('result-title').focus({ preventScroll: true });
        announce($('result-title').textContent + ' ' + $('result-points').textContent);
      }
    }
    res.hidden = false;
  } else {
    if (S.q.resultKey !== null) { S.q.resultKey = null; clearHighlights(); }
    res.hidden = true;
  }
  if ((q.format === 'evidence' || S.q.cite) && S.pick) markPick();

  const rank = $('rank');
  rank.hidden = !(phase(st) === 'leaderboard' && st.rank);
  if (!rank.hidden) rank.textContent = 'You are in ' + ordinal(st.rank) + ' place with ' + fmt(st.me && st.me.score) + ' ' + pointsWord((st.me && st.me.score) || 0) + '.';

  const next = $('next');
  const paced = S.welcome.pacing === 'student';
  next.hidden = !(paced && r);
  next.disabled = false;
  next.textContent = q.index + 1 < q.count ? 'Next question' : 'See my results';
  setStatusForState();

  if (fresh) {
    $('q-title').focus({ preventScroll: true });
    let say = 'Question ' + (q.index + 1) + ' of ' + q.count + '.';
    if (typeof q.time_left_ms === 'number' && can) say += ' ' + Math.ceil(q.time_left_ms / 1000) + ' seconds.';
    if (!r) announce(say);
  }
}
function phase(st) { return st.phase; }

export const UNSENT = 'Your answer did not reach the teacher’s computer before the time was up: there was no connection.';

export function setStatusForState() {
  const st = S.state;
  const line = $('status-line');
  if (!st || !st.question) { line.textContent = ''; return; }
  const q = st.question;
  const paced = S.welcome && S.welcome.pacing === 'student';
  let text = '';
  if (S.pending) text = 'Sending…';
  else if (S.q && S.q.unsent && S.q.id === q.id && !q.answered) text = UNSENT;
  else if (st.result) text = paced ? '' : (st.phase === 'leaderboard' || st.result.counted === false ? 'Waiting for the next question…' : '');
  else if (q.answered) text = 'Answer received. Waiting for the teacher to show the answer…';
  else if (st.phase === 'paused') text = 'Paused by the teacher. You can still answer.';
  else if (!canAnswer(st) && TIMED_PHASES.includes(st.phase)) text = 'Time is up. Waiting for the teacher…';
  else if (st.phase === 'revealed' || st.phase === 'leaderboard') text = 'You did not answer this question.';
  line.textContent = text;
}
