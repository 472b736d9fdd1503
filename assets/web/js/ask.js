/* ask.js — "this is me on another device": a student whose name is in the class already (their
 * phone died, or they moved to a laptop) asks the teacher for that seat. POST api/ask gives a
 * ticket and nothing else; the page then asks api/ask/status every two seconds until the teacher
 * answers. On yes the ticket is the seat's token: the page keeps it and carries on as that seat
 * (score, answers, question). On no, a timeout or a newer request, the join form says so. */
import { startPlay } from './connection.js';
import { $, store } from './dom.js';
import { showJoin } from './join.js';
import { KEY_ROOM, KEY_TOKEN, S } from './state.js';

const POLL_MS = 2000;
const A = { ticket: null, timer: 0, room: '', name: '' };

const OUTCOME = {
  denied: 'The teacher said no. Join with another name, or talk to your teacher.',
  expired: 'The teacher did not answer in time. Ask again, or join with another name.',
  replaced: 'Someone asked for this name again after you. Talk to your teacher.',
  unknown: 'The teacher’s computer no longer knows your request. Ask again.',
  withdrawn: 'You stopped asking. Join with another name, or ask again.',
};

// Stops waiting (another name, a new join): the ticket is forgotten, and a request still waiting
// is withdrawn, so a later "yes" cannot hand the seat to a ticket no page holds.
export function cancelAsk() {
  clearTimeout(A.timer);
  const ticket = A.ticket;
  A.ticket = null;
  if (ticket) {
    fetch('api/ask/cancel', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ticket }), cache: 'no-store',
    }).catch(() => { /* unreachable: the request expires by itself */ });
  }
}

export async function onAsk() {
  const room = $('room').value.trim().toUpperCase();
  const name = $('name').value.trim();
  const err = $('join-error');
  if (!room || !name) return;
  $('ask-button').disabled = true;
  let res, data = {};
  try {
    res = await fetch('api/ask', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ room, name }), cache: 'no-store',
    });
    try { data = await res.json(); } catch (e) { data = {}; }
  } catch (e) {
    $('ask-button').disabled = false;
    err.textContent = 'Could not reach the teacher’s computer. Try again.';
    return;
  }
  $('ask-button').disabled = false;
  if (!res.ok || typeof data.ticket !== 'string' || !/^[0-9a-f]{32}$/.test(data.ticket)) {
    err.textContent = data.error || ('Could not ask the teacher (error ' + res.status + '). Try again.');
    return;
  }
  A.ticket = data.ticket; A.room = room; A.name = name;
  showAsking();
  A.timer = setTimeout(poll, POLL_MS);
}

function showAsking() {
  document.body.className = 'view-join';
  $('join').hidden = true;
  $('asking').hidden = false;
  $('asking-name').textContent = A.name;
  $('asking-title').focus();
}

async function poll() {
  const ticket = A.ticket;
  if (!ticket) return;
  let state = '';
  try {
    const res = await fetch('api/ask/status', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ticket }), cache: 'no-store',
    });
    state = (await res.json()).state;
  } catch (e) { state = ''; } // the network dropped: ask again in a moment
  if (A.ticket !== ticket) return; // cancelled meanwhile
  if (state === 'admitted') {
    A.ticket = null;
    S.token = ticket; S.room = A.room;
    store.set(KEY_TOKEN, ticket); store.set(KEY_ROOM, A.room);
    $('asking').hidden = true;
    startPlay();
  } else if (OUTCOME[state]) {
    A.ticket = null;
    showJoin(OUTCOME[state]);
    $('ask-row').hidden = state === 'denied';
  } else {
    A.timer = setTimeout(poll, POLL_MS);
  }
}
