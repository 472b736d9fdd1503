/* join.js — the join form: room code and name, POST api/join, the seat's token kept. A name in
 * the class already offers to ask the teacher for that seat (ask.js); too many joins from one
 * address (a class behind one router) waits the time the server names and tries once more. */
import { cancelAsk } from './ask.js';
import { closeSocket, startPlay } from './connection.js';
import { stopCountdown } from './countdown.js';
import { $, store } from './dom.js';
import { KEY_ROOM, KEY_TOKEN, S } from './state.js';

export function showJoin(message) {
  S.stopped = true;
  closeSocket();
  stopCountdown();
  cancelAsk();
  S.welcome = null; S.state = null; S.q = null; S.everWelcomed = false;
  document.body.className = 'view-join';
  $('join').hidden = false;
  $('asking').hidden = true;
  $('ask-row').hidden = true;
  $('play').hidden = true;
  $('who').hidden = true;
  $('banner').hidden = true;
  $('join-error').textContent = message || '';
  $('join-button').disabled = false;
  const room = $('room');
  (room.value ? $('name') : room).focus();
}

let retried = false; // a refused join is tried again by itself once, not over and over

export async function onJoin(ev) {
  if (ev) { ev.preventDefault(); retried = false; }
  const room = $('room').value.trim().toUpperCase();
  const name = $('name').value.trim();
  const err = $('join-error');
  if (!room) { err.textContent = 'Type the room code your teacher shows.'; $('room').focus(); return; }
  if (!name) { err.textContent = 'Type your name.'; $('name').focus(); return; }
  err.textContent = '';
  $('ask-row').hidden = true;
  $('join-button').disabled = true;
  let res, data = {};
  try {
    res = await fetch('api/join', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ room, name }), cache: 'no-store',
    });
    try { data = await res.json(); } catch (e) { data = {}; }
  } catch (e) {
    $('join-button').disabled = false;
    err.textContent = 'Could not reach the teacher’s computer. Check that you are on the school network and try again.';
    return;
  }
  $('join-button').disabled = false;
  if (res.ok && typeof data.token === 'string') {
    S.token = data.token; S.room = room;
    store.set(KEY_TOKEN, data.token); store.set(KEY_ROOM, room);
    startPlay();
    return;
  }
  err.textContent = data.error || ('Could not join (error ' + res.status + '). Try again.');
  if (data.code === 'rate_limited' && !retried && typeof data.retry_after === 'number') {
    // the whole class joins from one router: wait what the server says, then once more
    retried = true;
    const secs = Math.min(60, Math.max(1, Math.ceil(data.retry_after)));
    err.textContent = 'Many joins at once from this network: trying again in ' + secs + ' second' +
      (secs === 1 ? '' : 's') + '…';
    $('join-button').disabled = true;
    setTimeout(() => { $('join-button').disabled = false; onJoin(null); }, secs * 1000 + 250);
    return;
  }
  // the name is in the class: if it is this student's on another device, the teacher can say so
  $('ask-row').hidden = data.code !== 'name_taken';
  (data.code === 'bad_room' ? $('room') : $('name')).focus();
}

export function forgetSeat() {
  store.del(KEY_TOKEN); store.del(KEY_ROOM);
  S.token = null;
}
