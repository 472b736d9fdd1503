/* countdown.js — the countdown: drawn four times a second from the server's time left, spoken
 * sparingly (10 s left, time up). */
import { collectAnswer, sendAnswer, setFormEnabled } from './answer.js';
import { citeStep2 } from './cite.js';
import { $, announce } from './dom.js';
import { canAnswer } from './question.js';
import { S, TIMED_PHASES } from './state.js';
import { setStatusForState } from './view.js';

// The wall clock, not performance.now(): a phone whose screen locks during a question is suspended,
// and its monotonic clock (performance.now) stops while the class's time runs on — the countdown
// would show the seconds it slept as still to come, and an answer "in time" would be refused.
const now = () => Date.now();

export function currentLeft() {
  return S.cd.paused ? S.cd.left : Math.max(0, S.cd.deadline - now());
}
export function stopCountdown() {
  clearInterval(S.cd.timer);
  S.cd.timer = 0;
  $('timer').hidden = true;
}
export function updateCountdown(st, q) {
  const timed = typeof q.time_left_ms === 'number' && TIMED_PHASES.includes(st.phase) && !st.result;
  if (!timed) { stopCountdown(); S.cd.qid = null; return; }
  if (S.cd.qid !== q.id) { S.cd.said10 = false; S.cd.saidUp = false; S.cd.qid = q.id; }
  S.cd.paused = st.phase === 'paused';
  S.cd.left = Math.max(0, q.time_left_ms);
  S.cd.deadline = now() + S.cd.left;
  S.cd.limit = Math.max(1, (q.time_limit || 30) * 1000, S.cd.left);
  $('timer').hidden = false;
  clearInterval(S.cd.timer);
  S.cd.timer = setInterval(tick, 250);
  tick();
}
function tick() {
  const left = currentLeft();
  const secs = Math.ceil(left / 1000);
  $('timer-text').textContent = S.cd.paused ? secs + ' s · paused' : secs + ' s';
  $('timer-fill').style.width = Math.max(0, Math.min(100, (left / S.cd.limit) * 100)) + '%';
  $('timer').classList.toggle('low', left <= 10000);
  const st = S.state;
  const waiting = st && st.question && !st.question.answered && !S.pending;
  // The sentence is still being looked for as time runs out: the answer goes now, with the
  // sentence if one is picked (the answer part earns its points either way).
  if (waiting && citeStep2() && !S.cd.paused && left > 0 && left <= 1500 && canAnswer(st)) {
    const answer = collectAnswer(st.question);
    if (answer) {
      if (S.pick) answer.cite = { article: S.pick.article, sentence: S.pick.sentence };
      sendAnswer(st.question, answer);
      announce('Time is nearly up: your answer was sent' + (S.pick ? '.' : ' without a sentence.'));
    }
  }
  if (waiting && left > 0 && left <= 10000 && !S.cd.said10 && S.cd.limit > 12000) {
    S.cd.said10 = true;
    announce('10 seconds left.');
  }
  if (left <= 0 && !S.cd.paused) {
    clearInterval(S.cd.timer);
    S.cd.timer = 0;
    if (waiting && !S.cd.saidUp) {
      S.cd.saidUp = true;
      announce('Time is up.');
      setFormEnabled(false);
      setStatusForState();
    }
  }
}
