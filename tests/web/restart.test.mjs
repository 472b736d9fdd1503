// The teacher's computer dies and comes back on the same store: the same seat, answer and score.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PACK, PHONE, Server, newStudent, shot, axe, text, waitText, waitQuestion, join, studentCount, setup, endChecks } from './lib/harness.mjs';
import { pickOption, submit, waitReceived } from './lib/answering.mjs';

setup();

test('the teacher’s computer restarts: a reconnecting banner, then the same seat with its answer and score', async () => {
  const A = await Server.start('restart', [], 'restart');
  const port = new URL(A.url).port;
  const gus = await newStudent('Gus', PHONE);
  await join(gus, A, 'Gus');
  await waitText(gus, '#lobby-title', /Waiting for the teacher/);
  const token = await gus.page.evaluate(() => localStorage.getItem('byline.token'));
  await A.cmd('start');
  await waitQuestion(gus, 1);
  await pickOption(gus, PACK.questions[0].answer, 'tap');
  await submit(gus, 'tap');
  await waitReceived(gus);
  await A.cmd('reveal');
  await waitText(gus, '#result-title', /Right!/);
  const score = await text(gus, '#who-score');
  assert.match(score, /^[1-9]/, 'a score after a right answer');
  await A.cmd('next');
  await waitQuestion(gus, 2);
  await pickOption(gus, PACK.questions[1].answers[0], 'tap');
  await submit(gus, 'tap');
  await waitReceived(gus);

  gus.serverDown = true;
  A.stopping = true;
  A.proc.kill('SIGKILL'); // the teacher's laptop dies
  await A.exited;
  await waitText(gus, '#banner', /Reconnecting/);
  await axe(gus, 'reconnecting banner');
  await shot(gus, 'reconnecting');

  const B = await Server.start('restart-2', ['--port', port], 'restart');
  assert.equal(new URL(B.url).port, port, 'the class comes back on the same address');
  gus.serverDown = false;
  await gus.page.waitForSelector('#banner[hidden]', { state: 'attached', timeout: 20000 });
  await waitQuestion(gus, 2);
  await waitReceived(gus);
  assert.equal(await text(gus, '#who-name'), 'Gus');
  assert.equal(await text(gus, '#who-score'), score, 'the same score');
  assert.equal(await gus.page.evaluate(() => localStorage.getItem('byline.token')), token, 'the same seat');
  const checked = await gus.page.locator('#answer-body input[name=opt]:checked').evaluateAll((xs) => xs.map((x) => +x.value));
  assert.deepEqual(checked, [PACK.questions[1].answers[0]], 'the answer given before the restart is shown');
  assert.equal(studentCount(await B.status()), 1, 'no new seat');
  await B.cmd('end');
  await gus.page.waitForSelector('#final:not([hidden])', { timeout: 10000 });
});

endChecks();
