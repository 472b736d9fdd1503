/* order.js — the order question's list: ▲ ▼ buttons, keys (Alt+arrows, or Space to pick up) and
 * dragging by the handle with a mouse, a pen or a finger. */
import { $, announce, el } from './dom.js';
import { canAnswer } from './question.js';
import { S } from './state.js';

// The order list: S.order holds positions of question.events, in the order shown.
export function renderOrder(focusPos, focusWhat) {
  const ol = $('order-list');
  const q = S.state && S.state.question;
  if (!ol || !q) return;
  const events = q.events || [];
  const enabled = !!S.orderOn;
  ol.replaceChildren();
  S.order.forEach((pos, i) => {
    const text = events[pos] || '';
    const li = el('li', 'row');
    li.dataset.pos = pos;
    li.tabIndex = enabled ? 0 : -1;
    li.setAttribute('aria-describedby', 'order-hint');
    const handle = el('span', 'handle', '⠿');
    handle.setAttribute('aria-hidden', 'true');
    const num = el('span', 'num', String(i + 1) + '.');
    num.setAttribute('aria-hidden', 'true');
    const t = el('span', 'row-text', text);
    if (S.lang) t.setAttribute('lang', S.lang);
    const up = el('button', 'move up', '▲');
    up.type = 'button'; up.dataset.move = '-1';
    up.setAttribute('aria-label', 'Move up: ' + text);
    up.disabled = !enabled || i === 0;
    const down = el('button', 'move down', '▼');
    down.type = 'button'; down.dataset.move = '1';
    down.setAttribute('aria-label', 'Move down: ' + text);
    down.disabled = !enabled || i === S.order.length - 1;
    const moves = el('span', 'moves');
    moves.append(up, down);
    li.append(handle, num, t, moves);
    ol.append(li);
  });
  if (focusPos >= 0) {
    const li = ol.querySelector('li[data-pos="' + focusPos + '"]');
    if (li) {
      const target = focusWhat === 'row' ? li : li.querySelector(focusWhat === 'up' ? '.up' : '.down');
      (target && !target.disabled ? target : li).focus();
    }
  }
}

function moveOrder(pos, delta, focusWhat) {
  const i = S.order.indexOf(pos);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= S.order.length) return;
  S.order.splice(i, 1);
  S.order.splice(j, 0, pos);
  renderOrder(pos, focusWhat);
  const q = S.state.question;
  announce('“' + ((q.events || [])[pos] || '') + '” is now ' + (j + 1) + ' of ' + S.order.length + '.');
}

let grabbed = -1; // keyboard: the position picked up with Space
function onOrderClick(ev) {
  const b = ev.target.closest('button.move');
  if (!b || b.disabled) return;
  const li = b.closest('li');
  moveOrder(+li.dataset.pos, +b.dataset.move, b.dataset.move === '-1' ? 'up' : 'down');
}
function onOrderKey(ev) {
  const li = ev.target;
  if (!li.matches || !li.matches('li.row')) return;
  const pos = +li.dataset.pos;
  const up = ev.key === 'ArrowUp', down = ev.key === 'ArrowDown';
  if ((up || down) && (ev.altKey || grabbed === pos)) {
    ev.preventDefault();
    moveOrder(pos, up ? -1 : 1, 'row');
    const again = $('order-list').querySelector('li[data-pos="' + pos + '"]');
    if (again && grabbed === pos) again.classList.add('grabbed');
  } else if (up || down) {
    ev.preventDefault();
    const sib = up ? li.previousElementSibling : li.nextElementSibling;
    if (sib) sib.focus();
  } else if (ev.key === ' ' || (ev.key === 'Enter' && grabbed === pos) || (ev.key === 'Escape' && grabbed === pos)) {
    ev.preventDefault();
    const text = li.querySelector('.row-text').textContent;
    if (grabbed === pos) {
      grabbed = -1; li.classList.remove('grabbed');
      announce('Dropped “' + text + '” at ' + (S.order.indexOf(pos) + 1) + ' of ' + S.order.length + '.');
    } else {
      for (const x of $('order-list').querySelectorAll('.grabbed')) x.classList.remove('grabbed');
      grabbed = pos; li.classList.add('grabbed');
      announce('Picked up “' + text + '”. Use the up and down arrows, Space to drop.');
    }
  }
}
function onOrderBlur(ev) {
  if (grabbed >= 0 && ev.target.matches && ev.target.matches('li.row') && +ev.target.dataset.pos === grabbed) {
    // moving re-renders the list and focuses the row again; only a real leave drops it
    setTimeout(() => {
      const a = document.activeElement;
      if (!a || !a.matches || !a.matches('li.row') || +a.dataset.pos !== grabbed) {
        grabbed = -1;
        for (const x of document.querySelectorAll('.grabbed')) x.classList.remove('grabbed');
      }
    }, 0);
  }
}

// Dragging with a mouse, a pen or a finger (the handle: a finger elsewhere scrolls the page).
let drag = null;
function onOrderPointerDown(ev) {
  const li = ev.target.closest('li.row');
  if (!li || ev.target.closest('button') || !canAnswer(S.state)) return;
  if (ev.pointerType !== 'mouse' && !ev.target.closest('.handle')) return;
  if (ev.button !== undefined && ev.button !== 0) return;
  ev.preventDefault();
  drag = { pos: +li.dataset.pos, li, id: ev.pointerId, from: S.order.indexOf(+li.dataset.pos) };
  li.classList.add('dragging');
  try { li.setPointerCapture(ev.pointerId); } catch (e) { /* synthetic */ }
}
function onOrderPointerMove(ev) {
  if (!drag || ev.pointerId !== drag.id) return;
  ev.preventDefault();
  const li = drag.li;
  const mid = (e) => { const r = e.getBoundingClientRect(); return r.top + r.height / 2; };
  let moved = false;
  for (;;) { // a fast finger may pass several rows between two events
    const prev = li.previousElementSibling, next = li.nextElementSibling;
    if (prev && ev.clientY < mid(prev)) li.parentNode.insertBefore(li, prev);
    else if (next && ev.clientY > mid(next)) li.parentNode.insertBefore(next, li);
    else break;
    moved = true;
  }
  if (moved) {
    S.order = Array.from(li.parentNode.children).map((x) => +x.dataset.pos);
    refreshOrderRows();
  }
}
// Numbers and ▲ ▼ of the rows as they stand, without drawing them again: the row a finger
// lifts from must stay in the page, or the browser loses the touch (no touchend, and the next
// tap makes no click).
function refreshOrderRows() {
  const rows = Array.from($('order-list').children);
  rows.forEach((li, i) => {
    li.querySelector('.num').textContent = (i + 1) + '.';
    li.querySelector('.up').disabled = !S.orderOn || i === 0;
    li.querySelector('.down').disabled = !S.orderOn || i === rows.length - 1;
  });
}
function onOrderPointerUp(ev) {
  if (!drag || ev.pointerId !== drag.id) return;
  const pos = drag.pos, from = drag.from, li = drag.li;
  drag = null;
  li.classList.remove('dragging');
  refreshOrderRows();
  li.focus({ preventScroll: true });
  const to = S.order.indexOf(pos);
  if (to !== from) {
    const q = S.state.question;
    announce('“' + ((q.events || [])[pos] || '') + '” is now ' + (to + 1) + ' of ' + S.order.length + '.');
  }
}

// The list's listeners, on the form's body (the list itself is drawn again and again).
export function attachOrder(body) {
  body.addEventListener('click', onOrderClick);
  body.addEventListener('keydown', onOrderKey);
  body.addEventListener('focusout', onOrderBlur);
  body.addEventListener('pointerdown', onOrderPointerDown);
  body.addEventListener('pointermove', onOrderPointerMove);
  body.addEventListener('pointerup', onOrderPointerUp);
  body.addEventListener('pointercancel', onOrderPointerUp);
  // a finger held on the handle before it moves is a long press: no context menu there (the
  // menu would also swallow the next tap)
  body.addEventListener('contextmenu', (ev) => { if (drag || ev.target.closest('.handle')) ev.preventDefault(); });
}
