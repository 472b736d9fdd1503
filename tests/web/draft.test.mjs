// What a student picked, typed or arranged but did not send yet survives a reload — and a phone
// that throws the tab away while the student checks another app, which reloads it on return. Kept
// in the tab (sessionStorage) for the question on screen only, forgotten once the answer is taken.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PACK, PHONE, Server, newStudent, axe, waitText, waitQuestion, join, setup, endChecks } from './lib/harness.mjs';
import { pickOption, submit, waitReceived } from './lib/answering.mjs';

setup();

async function reload(st, n) {
  await st.page.reload();
  await waitQuestion(st, n);
}

test('a reload keeps the answer being prepared, in every format, and not once it is sent', async () => {
  const S = await Server.start('draft');
  const lee = await newStudent('Lee', PHONE);
  await join(lee, S, 'Lee');
  await waitText(lee, '#lobby-title', /Waiting for the teacher/);
  await S.cmd('start');
  const p = lee.page;
  const checked = () => p.locator('#answer-body input[name=opt]:checked').evaluateAll((xs) => xs.map((x) => x.value));

  // 1 choice
  await waitQuestion(lee, 1);
  await pickOption(lee, 2, 'tap');
  await reload(lee, 1);
  assert.deepEqual(await checked(), ['2'], 'the choice picked before the reload');
  await submit(lee, 'tap');
  await waitReceived(lee);
  assert.equal(await p.evaluate(() => sessionStorage.getItem('byline.draft')), null, 'forgotten once taken');
  await reload(lee, 1);
  await waitReceived(lee);
  await S.cmd('reveal'); await S.cmd('next');

  // 2 multi
  await waitQuestion(lee, 2);
  await pickOption(lee, 0, 'tap');
  await pickOption(lee, 2, 'tap');
  await reload(lee, 2);
  assert.deepEqual(await checked(), ['0', '2'], 'both boxes ticked before the reload');
  await S.cmd('reveal'); await S.cmd('next');
  await waitQuestion(lee, 3); // true/false: nothing picked; a draft of question 2 is not put here
  assert.deepEqual(await checked(), [], 'another question starts empty');
  await S.cmd('reveal'); await S.cmd('next');

  // 4 order: one row moved down
  await waitQuestion(lee, 4);
  const rows = () => p.locator('#order-list .row-text').allTextContents();
  const start = await rows();
  await p.locator('#order-list li').first().locator('.down').tap();
  const moved = await rows();
  assert.notDeepEqual(moved, start);
  await reload(lee, 4);
  assert.deepEqual(await rows(), moved, 'the arrangement before the reload');
  await S.cmd('reveal'); await S.cmd('next');

  // 5 text
  await waitQuestion(lee, 5);
  await p.locator('#ans-text').fill('half typed');
  await reload(lee, 5);
  assert.equal(await p.inputValue('#ans-text'), 'half typed', 'the words typed before the reload');
  await S.cmd('reveal'); await S.cmd('next');

  // 6 evidence: a sentence tapped
  await waitQuestion(lee, 6);
  await p.locator('#articles .sent.pickable').nth(1).tap();
  const picked = await p.locator('#ev-choice').textContent();
  assert.notEqual(picked, 'No sentence picked yet.');
  await reload(lee, 6);
  assert.equal(await p.locator('#ev-choice').textContent(), picked, 'the sentence picked before the reload');
  assert.equal(await p.locator('#articles .sent.picked').count(), 1);
  await axe(lee, 'evidence question with its draft back');
  await submit(lee, 'tap');
  await waitReceived(lee);
  await S.cmd('end');
  await p.waitForSelector('#final:not([hidden])', { timeout: 10000 });
  assert.ok(PACK.questions.length === 6);
});

endChecks();
