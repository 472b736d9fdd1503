/* connection.js — the live channel (docs/live-protocol.md): connect, reconnect with backoff, ping a
 * socket that may be dead, and turn the server's messages into state.
 *
 * A Wi-Fi that drops (or a phone that walks out of range) often closes nothing: the socket stays
 * "open" and what is sent goes nowhere, for minutes, until TCP gives up. So a socket is trusted
 * only while it answers: every keep-alive ping expects its pong, and an answer that gets no ack
 * soon asks at once; no answer means a new connection (the unacknowledged answer goes again). */
import { setFormEnabled } from './answer.js';
import { renderArticles } from './article.js';
import { $, store } from './dom.js';
import { forgetDraft } from './draft.js';
import { forgetSeat, showJoin } from './join.js';
import { KEY_ROOM, S } from './state.js';

const KEEPALIVE_MS = 20000;  // a ping this often, on a quiet channel too
const PONG_WAIT_MS = 4000;   // after the phone wakes or the network comes back
const KEEPALIVE_WAIT_MS = 8000; // a busy school Wi-Fi may be slow: a longer wait for the keep-alive's pong
const ACK_WAIT_MS = 3000;    // an answer not acknowledged by then: is the channel alive?
import { render, setStatusForState } from './view.js';

export function startPlay() {
  S.stopped = false;
  S.retry = 0;
  document.body.className = 'view-play';
  $('join').hidden = true;
  $('play').hidden = false;
  setBanner('Connecting…');
  connect();
}

function setBanner(text) {
  const b = $('banner');
  b.textContent = text || '';
  b.hidden = !text;
}

export function closeSocket() {
  clearTimeout(S.retryTimer); clearInterval(S.pingTimer); clearTimeout(S.pongTimer); clearTimeout(S.ackTimer);
  const ws = S.ws;
  S.ws = null;
  if (ws) {
    ws.onopen = ws.onmessage = ws.onclose = ws.onerror = null;
    try { ws.close(); } catch (e) { /* already closed */ }
  }
}

function connect() {
  closeSocket();
  if (S.stopped || !S.token) return;
  const url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws';
  let ws;
  try { ws = new WebSocket(url); } catch (e) { scheduleReconnect(); return; }
  S.ws = ws;
  ws.onopen = () => {
    ws.send(JSON.stringify({ type: 'hello', token: S.token }));
    S.pingTimer = setInterval(() => ping(true, KEEPALIVE_WAIT_MS), KEEPALIVE_MS);
  };
  ws.onmessage = (e) => {
    let m;
    try { m = JSON.parse(e.data); } catch (x) { return; }
    if (m && typeof m.type === 'string') onMessage(m);
  };
  ws.onclose = () => {
    if (S.ws !== ws) return;
    S.ws = null;
    clearInterval(S.pingTimer); clearTimeout(S.pongTimer); clearTimeout(S.ackTimer);
    scheduleReconnect();
  };
  ws.onerror = () => { /* a close follows */ };
}

function scheduleReconnect() {
  if (S.stopped) return;
  clearTimeout(S.retryTimer);
  const base = Math.min(10000, 500 * Math.pow(2, S.retry));
  const delay = base * (0.75 + Math.random() * 0.5);
  S.retry++;
  setBanner(S.everWelcomed ? 'Connection lost. Reconnecting…' : 'Connecting to the teacher’s computer…');
  if (S.pending) $('status-line').textContent = NOT_CONNECTED;
  S.retryTimer = setTimeout(connect, delay);
}

export const NOT_CONNECTED = 'Not connected: your answer is sent as soon as the connection is back.';

// A phone that slept (or a Wi-Fi that dropped) may hold a socket that is dead without knowing:
// ask, and reconnect when no answer comes within `wait` ms.
export function ping(check, wait = PONG_WAIT_MS) {
  const ws = S.ws;
  if (!ws || ws.readyState !== WebSocket.OPEN) {
    if (!S.stopped && (!ws || ws.readyState !== WebSocket.CONNECTING)) { S.retry = 0; connect(); }
    return;
  }
  send({ type: 'ping' });
  if (check) {
    clearTimeout(S.pongTimer);
    S.pongTimer = setTimeout(() => { if (S.ws === ws) { S.retry = 0; connect(); } }, wait);
  }
}

// Sends the student's answer; true when it went out on an open channel. An ack that does not come
// soon makes the page check the channel (a dead one is replaced, and the answer goes again).
export function sendAnswerMessage(question, answer) {
  if (!send({ type: 'answer', question, answer })) return false;
  clearTimeout(S.ackTimer);
  S.ackTimer = setTimeout(() => { if (S.pending && S.pending.question === question) ping(true); }, ACK_WAIT_MS);
  return true;
}

export function send(obj) {
  if (!S.ws || S.ws.readyState !== WebSocket.OPEN) return false;
  S.ws.send(JSON.stringify(obj));
  return true;
}

function onMessage(m) {
  switch (m.type) {
    case 'welcome': onWelcome(m); break;
    case 'state': S.state = m; render(); break;
    case 'ack': onAck(m); break;
    case 'pong': clearTimeout(S.pongTimer); break;
    case 'error':
      if (m.code === 'bad_token' || m.code === 'removed' || m.code === 'moved') {
        forgetSeat();
        showJoin(m.error || (m.code === 'removed' ? 'The teacher removed you from the class.'
          : m.code === 'moved' ? 'Your seat moved to another device.'
            : 'Your seat is not in this class any more. Join again.'));
      } else if (m.code === 'rate_limited') {
        $('answer-error').textContent = m.error || 'Too many messages: wait a moment.';
      }
      break;
    default: break;
  }
}

function onWelcome(m) {
  S.welcome = m;
  S.everWelcomed = true;
  S.retry = 0;
  setBanner('');
  if (m.room) { S.room = m.room; store.set(KEY_ROOM, m.room); }
  $('lobby-room').textContent = m.room || S.room || '';
  $('lobby-name').textContent = m.name || '';
  document.title = (m.pack && m.pack.title ? m.pack.title + ' — ' : '') + 'Byline live';
  $('play-title').textContent = m.pack && m.pack.title ? m.pack.title : 'Byline live';
  // A reconnect keeps the question on screen (and what the student has picked but not sent);
  // the article is drawn again, so its highlights are put back with the next state.
  if (S.q && S.q.seat !== m.seat) S.q = null;
  if (S.q) S.q.resultKey = null;
  // the pack's language, when the server tells it, so a screen reader reads the article and the
  // questions in it (the page's own words stay English)
  const lang = m.pack && typeof m.pack.language === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(m.pack.language)
    ? m.pack.language : '';
  S.lang = lang;
  for (const id of ['articles', 'result-yours', 'result-correct', 'result-explanation']) {
    if (lang) $(id).setAttribute('lang', lang); else $(id).removeAttribute('lang');
  }
  renderArticles(false);
}

function onAck(m) {
  const p = S.pending;
  S.pending = null;
  clearTimeout(S.ackTimer);
  if (m.ok) { forgetDraft(); setStatusForState(); return; }
  $('answer-error').textContent = m.error || 'Your answer was not taken.';
  if (m.code === 'invalid' && p) setFormEnabled(true);
}
