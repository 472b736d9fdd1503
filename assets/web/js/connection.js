/* connection.js — the live channel (docs/live-protocol.md): connect, reconnect with backoff, ping a
 * socket that may be dead, and turn the server's messages into state. */
import { setFormEnabled } from './answer.js';
import { renderArticles } from './article.js';
import { $, store } from './dom.js';
import { forgetSeat, showJoin } from './join.js';
import { KEY_ROOM, S } from './state.js';
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
  clearTimeout(S.retryTimer); clearInterval(S.pingTimer); clearTimeout(S.pongTimer);
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
    S.pingTimer = setInterval(() => ping(false), 20000);
  };
  ws.onmessage = (e) => {
    let m;
    try { m = JSON.parse(e.data); } catch (x) { return; }
    if (m && typeof m.type === 'string') onMessage(m);
  };
  ws.onclose = () => {
    if (S.ws !== ws) return;
    S.ws = null;
    clearInterval(S.pingTimer); clearTimeout(S.pongTimer);
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
  S.retryTimer = setTimeout(connect, delay);
}

// A phone that slept may hold a socket that is dead without knowing: ask, and reconnect when
// no answer comes.
export function ping(check) {
  const ws = S.ws;
  if (!ws || ws.readyState !== WebSocket.OPEN) {
    if (!S.stopped && (!ws || ws.readyState !== WebSocket.CONNECTING)) { S.retry = 0; connect(); }
    return;
  }
  send({ type: 'ping' });
  if (check) {
    clearTimeout(S.pongTimer);
    S.pongTimer = setTimeout(() => { if (S.ws === ws) { S.retry = 0; connect(); } }, 4000);
  }
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
      if (m.code === 'bad_token' || m.code === 'removed') {
        forgetSeat();
        showJoin(m.error || (m.code === 'removed' ? 'The teacher removed you from the class.'
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
  if (m.ok) { setStatusForState(); return; }
  $('answer-error').textContent = m.error || 'Your answer was not taken.';
  if (m.code === 'invalid' && p) setFormEnabled(true);
}
