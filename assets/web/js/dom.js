/* dom.js — small helpers: find and make elements, numbers and dates in words, the live region,
 * and localStorage that may be missing (private mode). */

export const $ = (id) => document.getElementById(id);

export const store = {
  get(k) { try { return localStorage.getItem(k); } catch (e) { return null; } },
  set(k, v) { try { localStorage.setItem(k, v); } catch (e) { /* private mode: the seat lasts the tab */ } },
  del(k) { try { localStorage.removeItem(k); } catch (e) { /* nothing kept */ } },
};

export function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

export function fmt(n) {
  if (typeof n !== 'number' || !isFinite(n)) return '0';
  return String(Math.round(n * 100) / 100);
}
export function pointsWord(n) { return Math.abs(n - 1) < 1e-9 ? 'point' : 'points'; }
export function ordinal(n) {
  const s = ['th', 'st', 'nd', 'rd'];
  const v = n % 100;
  return n + (s[(v - 20) % 10] || s[v] || s[0]);
}
export function fmtDate(d) {
  if (!d || !/^\d{4}-\d{2}-\d{2}$/.test(d)) return d || '';
  const t = new Date(d + 'T00:00:00Z');
  if (isNaN(t)) return d;
  try { return t.toLocaleDateString(undefined, { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }); } catch (e) { return d; }
}
export function announce(text) {
  const a = $('announce');
  a.textContent = '';
  // A fresh text node after a tick makes screen readers speak the same words twice in a row too.
  setTimeout(() => { a.textContent = text; }, 50);
}
