// Student-paced: answer, the result at once, next, to the end; the teacher ends the class.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PACK, PHONE, LAPTOP, Server, newStudent, shot, axe, text, waitText, waitQuestion, join, setup, endChecks } from './lib/harness.mjs';
import { pickOption, submit, pickSentence, assertEvidenceShown } from './lib/answering.mjs';
import { assertNoKey } from './lib/no-key.mjs';

setup();

test('student-paced: answer → the result at once → next, to the end', async () => {
  const S = await Server.start('student', ['--student-paced']);
  const eve = await newStudent('Eve', LAPTOP);
  const fay = await newStudent('Fay', PHONE);
  await join(eve, S, 'Eve');
  await waitText(eve, '#lobby-title', /Waiting for the teacher/);
  await join(fay, S, 'Fay');
  await waitText(fay, '#lobby-title', /Waiting for the teacher/);
  await S.cmd('start');
  const Q = PACK.questions;
  for (let i = 0; i < Q.length; i++) {
    const q = Q[i];
    await waitQuestion(eve, i + 1);
    assert.ok(await eve.page.locator('#timer').isHidden(), 'no countdown when students go at their own pace');
    await assertNoKey(eve, i, 'student-paced, before answering ' + q.id);
    switch (q.format) {
      case 'choice': await pickOption(eve, 0, 'click'); break;
      case 'multi': await pickOption(eve, 1, 'click'); break;
      case 'true_false': await pickOption(eve, 0, 'key'); break;
      case 'order': break; // as it comes
      case 'text': await eve.page.fill('#ans-text', 'no idea'); break;
      case 'evidence': await pickSentence(eve, '412 students', 'key'); break;
      default: break;
    }
    await submit(eve, 'click');
    await eve.page.waitForSelector('#result:not([hidden])', { timeout: 10000 });
    await assertEvidenceShown(eve, 'student-paced ' + q.id);
    assert.ok((await text(eve, '#result-explanation')).length > 0);
    if (i === 0) { await axe(eve, 'student-paced result'); await shot(eve, 'student-paced-result'); }
    await eve.page.click('#next');
  }
  await waitText(eve, '#done-title', /answered every question/);
  await axe(eve, 'student-paced done');
  // Fay answers the first question and no more: the teacher ends the class
  await waitQuestion(fay, 1);
  await pickOption(fay, Q[0].answer, 'tap');
  await submit(fay, 'tap');
  await fay.page.waitForSelector('#result:not([hidden])', { timeout: 10000 });
  await waitText(fay, '#result-title', /Right!/);
  await S.cmd('end');
  for (const s of [eve, fay]) await s.page.waitForSelector('#final:not([hidden])', { timeout: 10000 });
  assert.ok(await fay.page.locator('#final-missed li').count() >= Q.length - 1);
  await axe(fay, 'student-paced final');
});

endChecks();
