/* Byline live — the student's page. Talks to `byline live` as docs/live-protocol.md says.
 * No framework and no outside request. Every text from the pack, the server or another person is
 * put in with textContent, never as HTML.
 *
 * This file only starts the page; the modules in js/ do the work, one concern each:
 *   state.js       what the page knows (one object)      dom.js       small DOM and text helpers
 *   join.js        the join form                         connection.js the live channel and messages
 *   ask.js         "this is me on another device": the teacher's yes for a seat
 *   view.js        the class's state on screen           question.js  a question's form, per format
 *   answer.js      reading, sending, locking the answer  order.js     the order list: keys, drag
 *   cite.js        a cite question's second step/result article.js   the article, highlights, picking
 *   result.js      the result after the reveal           countdown.js the countdown
 *   final.js       the end of the class                  draft.js     the unsent answer, kept over a reload */
import { onAnswerChange, onSubmit } from './js/answer.js';
import { onArticleClick, onArticleKey } from './js/article.js';
import { onAsk } from './js/ask.js';
import { ping, send, startPlay } from './js/connection.js';
import { $, store } from './js/dom.js';
import { saveDraft } from './js/draft.js';
import { forgetSeat, onJoin, showJoin } from './js/join.js';
import { attachOrder } from './js/order.js';
import { onPassageLink } from './js/result.js';
import { KEY_ROOM, KEY_TOKEN, S } from './js/state.js';

function init() {
  $('join-form').addEventListener('submit', onJoin);
  $('ask-button').addEventListener('click', onAsk);
  $('asking-cancel').addEventListener('click', () => showJoin(''));
  $('answer-form').addEventListener('submit', onSubmit);
  $('next').addEventListener('click', () => {
    if (send({ type: 'next' })) $('next').disabled = true;
  });
  const arts = $('articles');
  arts.addEventListener('click', onArticleClick);
  arts.addEventListener('keydown', onArticleKey);
  $('result-passages').addEventListener('click', onPassageLink);
  const body = $('answer-body');
  attachOrder(body);
  body.addEventListener('change', onAnswerChange);
  // whatever the student did to the answer (a pick, a key, a drag, a step of a cite question) is
  // kept for a reload: saved once the handlers have run
  const later = () => setTimeout(saveDraft, 0);
  for (const t of ['change', 'input', 'click', 'keyup', 'pointerup']) body.addEventListener(t, later);
  for (const t of ['click', 'keyup']) arts.addEventListener(t, later);
  $('answer-form').addEventListener('submit', later);
  window.addEventListener('pagehide', saveDraft); // and when the page goes (a reload right after a tap)
  document.addEventListener('visibilitychange', () => {
    if (document.hidden) saveDraft(); // a hidden tab may be thrown away by the phone
    else if (!S.stopped) ping(true);
  });
  window.addEventListener('online', () => { if (!S.stopped) ping(true); });
  window.addEventListener('pageshow', (e) => { if (e.persisted && !S.stopped) ping(true); });

  const params = new URLSearchParams(location.search);
  const qRoom = (params.get('room') || '').trim().toUpperCase().slice(0, 8);
  const token = store.get(KEY_TOKEN);
  const savedRoom = store.get(KEY_ROOM);
  $('room').value = qRoom || savedRoom || '';
  if (token && /^[0-9a-f]{32}$/.test(token) && (!qRoom || qRoom === savedRoom)) {
    S.token = token; S.room = savedRoom;
    startPlay();
  } else {
    if (token && qRoom && qRoom !== savedRoom) forgetSeat(); // a new class: the old seat is of no use
    showJoin('');
  }
}
init();
