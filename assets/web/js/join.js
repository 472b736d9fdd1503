/* join.js — the join form: room code and name, POST api/join, the seat's token kept. */
import { closeSocket, startPlay } from './connection.js';
import { stopCountdown } from './countdown.js';
import { $, store } from './dom.js';
import { KEY_ROOM, KEY_TOKEN, S } from './state.js';

export function showJoin(message) {
  S.stopped = true;
  closeSocket();
  stopCountdown();
  S.welcome = null; S.state = null; S.q = null; S.everWelcomed = false;
  document.body.className = 'view-join';
  $('join').hidden = false;
  $('play').hidden = true;
  $('who').hidden = true;
  $('banner').hidden = true;
  $('join-error').textContent = message || '';
  $('join-button').disabled = false;
  const room = $('room');
  (room.value ? $('name') : room).focus();
}

export async function onJoin(ev) {
  ev.preventDefault();
  const room = $('room').value.trim().toUpperCase();
  const name = $('name').value.trim();
  const err = $('join-error');
  if (!room) { err.textContent = 'Type the room code your teacher shows.'; $('room').focus(); return; }
  if (!name) { err.textContent = 'Type your name.'; $('name').focus(); return; }
  err.textContent = '';
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
  (data.code === 'bad_room' ? $('room') : $('name')).focus();
}

export function forgetSeat() {
  store.del(KEY_TOKEN); store.del(KEY_ROOM);
  S.token = null;
}
