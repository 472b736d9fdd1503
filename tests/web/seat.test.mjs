// A student's seat on another device (docs/live.md, "Another device"): Ana's phone dies after she
// answered; on a laptop her name is taken, she asks the teacher, the teacher admits her from the
// console, and the laptop carries on as Ana with her score and answer. A page still open on the old
// device is told the seat moved; a "no" sends the new page back to the form. Nothing of the seat,
// and no answer key, reaches the asking page before the yes. Also: a class behind one router gets
// its 21st join refused with a wait, and the page tries again by itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PACK, PHONE, LAPTOP, Server, newStudent, shot, axe, text, waitText, waitQuestion, join, studentCount, setup, endChecks } from './lib/harness.mjs';
import { pickOption, submit, waitReceived } from './lib/answering.mjs';
import { assertNoKey, assertPageTellsNothing } from './lib/no-key.mjs';

setup();

const visible = (st, sel) => st.page.locator(sel).isVisible();

test('a student on a second device gets their seat back with the teacher’s yes', async () => {
  const S = await Server.start('seat');
  const phone = await newStudent('Ana phone', PHONE);
  await join(phone, S, 'Ana');
  await waitText(phone, '#lobby-title', /Waiting for the teacher/);
  await S.cmd('start');
  await waitQuestion(phone, 1);
  await pickOption(phone, PACK.questions[0].answer, 'tap');
  await submit(phone, 'tap');
  await waitReceived(phone);
  await S.cmd('reveal');
  await waitText(phone, '#result-title', /Right!/);
  const score = await text(phone, '#who-score');
  assert.match(score, /^[1-9]/, 'a score after a right answer');
  await S.cmd('next');
  await waitQuestion(phone, 2);
  await phone.page.close(); // the phone dies

  const laptop = await newStudent('Ana laptop', LAPTOP);
  await join(laptop, S, 'Ana');
  await waitText(laptop, '#join-error', /taken/);
  assert.ok(await visible(laptop, '#ask-button'), 'a taken name offers to ask the teacher');
  assert.match(await text(laptop, '#ask-button'), /This is me on another device/);
  await axe(laptop, 'name taken, asking offered');
  await shot(laptop, 'seat-name-taken');
  await laptop.page.click('#ask-button');
  await waitText(laptop, '#asking-title', /Asking the teacher/);
  await waitText(laptop, '#asking-name', /^Ana$/);
  await axe(laptop, 'waiting for the teacher');
  await shot(laptop, 'seat-asking');
  // the teacher is told, and status lists the request
  await S.waitLine((l) => l.startsWith('asks Ana to continue on another device'), 10000, 'the ask line');
  assert.deepEqual((await S.status()).asks, ['Ana']);
  // nothing of the seat reached the asking page: no channel, no score, no answer
  await Promise.all(laptop.bodies);
  assert.equal(laptop.frames.length, 0, 'no live channel before the yes');
  for (const r of laptop.responses.filter((x) => /\/api\//.test(x.url)))
    assert.doesNotMatch(r.text, /score|answer|choice|seat"/, 'an API answer before the yes: ' + r.text);

  await S.cmd('admit Ana');
  await waitQuestion(laptop, 2);
  assert.equal(await text(laptop, '#who-name'), 'Ana');
  await waitText(laptop, '#who-score', new RegExp('^' + score.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '$'));
  assert.equal(studentCount(await S.status()), 1, 'no new seat: the same one');
  assert.deepEqual((await S.status()).asks, [], 'the request is answered');
  await assertNoKey(laptop, 1, 'after the move');
  await assertPageTellsNothing(laptop, 'after the move');
  await axe(laptop, 'carrying on after the move');
  await shot(laptop, 'seat-moved-in');
  // the laptop carries on: it answers question 2 as Ana
  await pickOption(laptop, PACK.questions[1].answers[0], 'click');
  await submit(laptop, 'click');
  await waitReceived(laptop);
  await S.waitAnswered(1);
});

test('a page still open on the old device is told the seat moved; a “no” sends the asker back', async () => {
  const S = await Server.start('seat-2');
  const old = await newStudent('Bo phone', PHONE);
  await join(old, S, 'Bo');
  await waitText(old, '#lobby-title', /Waiting for the teacher/);
  const other = await newStudent('Bo laptop', LAPTOP);
  await join(other, S, 'bo');
  await waitText(other, '#join-error', /taken/);
  await other.page.click('#ask-button');
  await waitText(other, '#asking-title', /Asking the teacher/);
  // "Use another name" withdraws the request: the teacher is not left with one nobody waits for
  await other.page.click('#asking-cancel');
  await waitText(other, '#join-title', /Join your class/);
  let asks;
  for (let i = 0; i < 50 && (asks = (await S.status()).asks).length; i++) await other.page.waitForTimeout(100);
  assert.deepEqual(asks, [], 'a withdrawn request is no longer listed');
  await other.page.click('#join-button');
  await waitText(other, '#join-error', /taken/);
  await other.page.click('#ask-button');
  await waitText(other, '#asking-title', /Asking the teacher/);
  await S.cmd('deny Bo');
  await waitText(other, '#join-error', /teacher said no/);
  assert.equal(await visible(other, '#ask-button'), false, 'after a no, the page does not offer to ask again at once');
  await axe(other, 'the teacher said no');
  await shot(other, 'seat-denied');
  assert.equal(await text(old, '#lobby-name'), 'Bo', 'the old device keeps its seat after a no');

  await other.page.fill('#name', 'Bo');
  await other.page.click('#join-button');
  await waitText(other, '#join-error', /taken/);
  await other.page.click('#ask-button');
  await waitText(other, '#asking-title', /Asking the teacher/);
  await S.cmd('admit Bo');
  await waitText(other, '#lobby-title', /Waiting for the teacher/);
  await waitText(old, '#join-error', /moved to another device/);
  assert.equal(await old.page.evaluate(() => localStorage.getItem('byline.token')), null, 'the old token is forgotten');
  await axe(old, 'the seat moved away');
  await shot(old, 'seat-moved-away');
  await S.cmd('start');
  await waitQuestion(other, 1);
});

test('the 21st join from one address waits the time the server names and gets in by itself', async () => {
  const S = await Server.start('seat-nat');
  for (let i = 0; i < 20; i++) { // twenty classmates behind the same router
    const r = await fetch(S.base + '/api/join', { method: 'POST', body: JSON.stringify({ room: 'TEST', name: 'S' + i }) });
    assert.equal(r.status, 200);
  }
  const late = await newStudent('Zed', PHONE);
  await join(late, S, 'Zed');
  await waitText(late, '#join-error', /trying again in \d+ seconds?/);
  await axe(late, 'too many joins: waiting to try again');
  const refused = late.responses.find((r) => r.status === 429);
  assert.ok(refused && /wait \d+ seconds? and try again/.test(JSON.parse(refused.text).error), 'the refusal names the wait');
  await waitText(late, '#lobby-title', /Waiting for the teacher/, 15000);
  assert.equal(studentCount(await S.status()), 21);
});

endChecks();
