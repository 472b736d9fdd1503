// Cite questions: the answer, then "Now show where the article says so"; nothing is sent between
// the steps and nothing tells the right sentence before the reveal; the result has both parts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import { ROOT, PHONE, LAPTOP, Server, newStudent, shot, shotDark, axe, text, waitText, waitQuestion, join, setup, endChecks } from './lib/harness.mjs';
import { pickOption, submit, waitReceived, pickSentence, assertEvidenceShown } from './lib/answering.mjs';
import { assertPageTellsNothing, keysOutside } from './lib/no-key.mjs';

setup();

const CITE_FILE = path.join(ROOT, 'tests/ui/fixtures/cite.json');
const CITE = JSON.parse(fs.readFileSync(CITE_FILE, 'utf8'));
test('cite: the answer, then the sentence by touch and by keyboard; both parts after the reveal', async () => {
  const C = await Server.start('cite', [], 'cite', CITE_FILE);
  const noor = await newStudent('Noor', PHONE), omar = await newStudent('Omar', LAPTOP);
  noor.shotPrefix = 'live-phone-cite';
  for (const [st, name] of [[noor, 'Noor'], [omar, 'Omar']]) await join(st, C, name);
  await C.cmd('start');
  for (const st of [noor, omar]) await waitQuestion(st, 1, CITE.questions.length);
  const q = CITE.questions[0]; // who said it: choice B, 4 points, half for the evidence
  assert.match(await text(noor, '.cite-note'), /show where the article says so/);
  assert.equal((await text(noor, '#submit')).trim(), 'Next: the evidence');

  // Noor, by touch: the answer, on to the sentence (nothing sent yet), a wrong sentence, submit
  await pickOption(noor, q.answer, 'tap');
  await noor.page.locator('#submit').tap();
  await noor.page.waitForSelector('#cite-step:not([hidden])');
  assert.equal((await text(noor, '#submit')).trim(), 'Submit answer');
  assert.ok(await noor.page.locator('#answer-body input[name=opt]').first().isDisabled(), 'the answer is locked');
  assert.equal(noor.sent.filter((x) => JSON.parse(x.text).type === 'answer').length, 0, 'nothing is sent between the steps');
  await noor.page.locator('#submit').tap(); // no sentence yet
  await waitText(noor, '#answer-error', /Pick the sentence/);
  await pickSentence(noor, 'The Millbrook council', 'tap');
  await assertPageTellsNothing(noor, 'cite, the second step');
  await axe(noor, 'cite step');
  await shot(noor, 'step');
  await shotDark(noor, 'step');
  await submit(noor, 'tap');
  await waitReceived(noor);

  // Omar, by keyboard: the answer, on, back to change it, on again, the right sentence
  await pickOption(omar, 0, 'key');
  await submit(omar, 'key');
  await omar.page.waitForSelector('#cite-step:not([hidden])');
  await omar.page.click('#cite-back');
  assert.ok(await omar.page.locator('#cite-step').isHidden());
  await pickOption(omar, q.answer, 'key');
  await submit(omar, 'key');
  await omar.page.waitForSelector('#cite-step:not([hidden])');
  await pickSentence(omar, 'We need more time', 'key');
  await submit(omar, 'key');
  await waitReceived(omar);
  const mine = omar.sent.map((x) => JSON.parse(x.text)).filter((x) => x.type === 'answer');
  assert.equal(mine.length, 1);
  assert.deepEqual(mine[0].answer, { choice: 1, cite: { article: 0, sentence: 1 } });

  // before the reveal: no result, no key fields, not the explanation, in any frame
  for (const st of [noor, omar]) {
    for (const f of st.frames) {
      const m = JSON.parse(f.text);
      assert.deepEqual(keysOutside(m), [], 'answer-key fields before the reveal: ' + f.text.slice(0, 300));
      assert.ok(!f.text.includes(q.explanation) && !f.text.includes('evidence_correct'), 'a key before the reveal');
    }
  }
  for (const st of [noor, omar]) await assertPageTellsNothing(st, 'cite, answered');
  await C.cmd('reveal');
  await waitText(noor, '#result-title', /Partly right/);
  await waitText(noor, '#result-cite-line', /Right answer, but your sentence does not show it/);
  await waitText(noor, '#result-cite', /The Millbrook council.*not right, 0 of 2 points/);
  await waitText(noor, '#result-points', /\+2 of 4 points/);
  assert.equal(await noor.page.locator('#articles .sent.pick-wrong').count(), 1, 'her sentence is marked');
  await waitText(omar, '#result-title', /Right!/);
  await waitText(omar, '#result-cite', /We need more time.*right, 2 of 2 points/);
  assert.equal(await omar.page.locator('#articles .sent.pick-right').count(), 1);
  await assertEvidenceShown(noor, 'cite result');
  await axe(noor, 'cite result');
  await axe(omar, 'cite result (laptop)');
  assert.ok(await noor.page.locator('#cite-step').isHidden(), 'after the reveal the result says which sentence was given');
  await shot(noor, 'result');
  await shotDark(noor, 'result');
  for (const st of [noor, omar]) assert.deepEqual(st.problems, [], st.name + ': page problems');
});

endChecks();
