// no-key.mjs — the answer key must not reach a browser before its reveal: every frame and HTTP
// response a student received is searched for the pack's secrets and for answer-key fields.
import assert from 'node:assert/strict';
import { PACK } from './harness.mjs';

export const EVENT_BY_ID = Object.fromEntries(PACK.events.map((e) => [e.id, e]));
export function secretsOf(q) {
  const s = [q.explanation];
  if (q.accept) s.push(...q.accept);
  if (q.format === 'order') {
    for (const id of q.events) s.push(id, EVENT_BY_ID[id].date);
    s.push(q.events.map((id) => EVENT_BY_ID[id].text).join(' → '));
  }
  for (const p of q.evidence) s.push(typeof p === 'string' ? p : p.quote);
  return s;
}
// Strings of a received frame, less the article text every student reads (an evidence passage is
// a quotation of it, so it is there by design).
export function frameStrings(obj, out = [], key = '') {
  if (typeof obj === 'string') out.push(obj);
  else if (Array.isArray(obj)) for (const x of obj) frameStrings(x, out, key);
  else if (obj && typeof obj === 'object') {
    for (const [k, v] of Object.entries(obj)) {
      if (k === 'articles' || k === 'my_answer') continue; // my_answer: checked against what was sent
      frameStrings(v, out, k);
    }
  }
  return out;
}
const KEY_FIELDS = ['answer', 'answers', 'accept', 'correct', 'correct_answer', 'explanation', 'evidence',
  'fraction', 'grade', 'dates', 'order', 'result', 'final'];
export function keysOutside(obj, found = []) {
  if (Array.isArray(obj)) for (const x of obj) keysOutside(x, found);
  else if (obj && typeof obj === 'object') {
    for (const [k, v] of Object.entries(obj)) {
      if (k === 'articles' || k === 'my_answer') continue; // the student's own answer, as sent
      if (KEY_FIELDS.includes(k)) found.push(k);
      keysOutside(v, found);
    }
  }
  return found;
}
// Every frame and response this student received so far must hold nothing of questions from..end.
export async function assertNoKey(st, from, label) {
  await Promise.all(st.bodies);
  const open = PACK.questions.slice(from);
  const secrets = open.flatMap(secretsOf);
  // by index: the server may name questions on the wire by an id of its own
  const isOpen = (v) => v && typeof v.index === 'number' && v.index >= from;
  let stateFrames = 0;
  for (const f of st.frames) {
    let m;
    try { m = JSON.parse(f.text); } catch (e) { assert.fail('a frame that is not JSON: ' + f.text.slice(0, 200)); }
    const strings = frameStrings(m);
    for (const s of secrets) {
      const hit = strings.find((x) => x.includes(s));
      assert.equal(hit, undefined, label + ': a frame to ' + st.name + ' holds "' + s + '" before its reveal: ' + f.text.slice(0, 300));
    }
    if (m.type === 'state' && m.question && m.question.my_answer !== undefined) {
      const mine = m.question.my_answer;
      const sent = st.sent.map((x) => JSON.parse(x.text)).filter((x) => x.type === 'answer' && x.question === m.question.id);
      assert.ok(sent.some((x) => canon(x.answer) === canon(mine)),
        label + ': my_answer is not an answer ' + st.name + ' sent: ' + JSON.stringify(mine));
    }
    if (m.type === 'state' && isOpen(m.question)) {
      stateFrames++;
      assert.deepEqual(keysOutside(m), [], label + ': answer-key fields in a state frame of an open question: ' + f.text.slice(0, 400));
    } else if (m.type !== 'state') {
      assert.deepEqual(keysOutside(m), [], label + ': answer-key fields in a ' + m.type + ' frame: ' + f.text.slice(0, 300));
    }
    if (m.type === 'state' && isOpen(m.question) && m.question.format === 'order') {
      const q = PACK.questions[m.question.index];
      assert.notDeepEqual(m.question.events, q.events.map((id) => EVENT_BY_ID[id].text),
        'the order question arrives in its right order');
    }
  }
  for (const r of st.responses) {
    for (const s of secrets) {
      assert.ok(!r.text.includes(s), label + ': HTTP ' + r.url + ' to ' + st.name + ' holds "' + s + '"');
    }
  }
  return stateFrames;
}
export function canon(v) { // JSON with sorted keys
  if (Array.isArray(v)) return '[' + v.map(canon).join(',') + ']';
  if (v && typeof v === 'object') return '{' + Object.keys(v).sort().map((k) => JSON.stringify(k) + ':' + canon(v[k])).join(',') + '}';
  return JSON.stringify(v);
}
export function receivedSomewhere(st, s) {
  return st.frames.some((f) => { try { return frameStrings(JSON.parse(f.text)).some((x) => x.includes(s)); } catch (e) { return false; } });
}

// ---- answering, by format and by hand ------------------------------------------------------

// What the page itself shows before a reveal: no highlight, no right or wrong mark, and every
// sentence of the article built alike (the student's own pick aside), so neither the look nor the
// markup of a sentence tells which one shows the answer.
export async function assertPageTellsNothing(st, label) {
  const v = await st.page.evaluate(() => {
    const own = new Set(['class', 'data-a', 'data-s', 'tabindex', 'aria-pressed']);
    const sig = (e) => Array.from(e.attributes).filter((a) => !own.has(a.name)).map((a) => a.name + '=' + a.value).sort()
      .concat(Array.from(e.classList).filter((c) => c !== 'picked').sort()).join(' ') + (e.children.length ? ' +children' : '');
    const sents = Array.from(document.querySelectorAll('#articles .sent'));
    return {
      n: sents.length, kinds: [...new Set(sents.map(sig))],
      // (a hidden result box may still hold the last question's passages)
      marked: Array.from(document.querySelectorAll('mark, .pick-right, .pick-wrong, .has-evidence, [id^="hl-"]'))
        .filter((e) => !e.closest('[hidden]')).map((e) => e.outerHTML.slice(0, 120)),
      result: !document.getElementById('result').closest('[hidden]'),
    };
  });
  assert.ok(v.n > 1, label + ': the article is on the page');
  assert.deepEqual(v.marked, [], label + ': something is marked in ' + st.name + '’s page before the reveal');
  assert.equal(v.kinds.length, 1, label + ': sentences built differently before the reveal: ' + JSON.stringify(v.kinds));
  assert.equal(v.result, false, label + ': a result box shows before the reveal');
}
