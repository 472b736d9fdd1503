// A phone whose screen locks during a question: the device is suspended and its monotonic clock
// (performance.now) stands still while the class's time runs on (as on Android and iOS). Played
// here by a page whose performance.now stops between "sleep" and "wake". When it wakes, the
// countdown must show the time really left, not the seconds slept as still to come.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, Server, newStudent, waitText, waitQuestion, join, setup, endChecks, sleep } from './lib/harness.mjs';

setup();

const seconds = async (st) => parseInt(await st.page.locator('#timer-text').textContent(), 10);

test('after the phone sleeps through part of a question, the countdown shows the time really left', async () => {
  const S = await Server.start('sleep');
  const kim = await newStudent('Kim', PHONE);
  await kim.ctx.addInitScript(() => {
    const real = performance.now.bind(performance);
    let lost = 0, asleepAt = null;
    performance.now = () => (asleepAt !== null ? asleepAt : real()) - lost;
    window.__sleep = () => { asleepAt = real(); };
    window.__wake = () => { lost += real() - asleepAt; asleepAt = null; };
  });
  await join(kim, S, 'Kim');
  await waitText(kim, '#lobby-title', /Waiting for the teacher/);
  await S.cmd('start');
  await waitQuestion(kim, 1);
  await waitText(kim, '#timer-text', /^\d+ s$/);
  const before = await seconds(kim);
  await kim.page.evaluate(() => window.__sleep());
  await sleep(6000); // the class's time goes on
  await kim.page.evaluate(() => window.__wake());
  await sleep(600); // a few ticks of the countdown
  const after = await seconds(kim);
  const slept = before - after;
  assert.ok(slept >= 5 && slept <= 8, 'the countdown counts the time slept: ' + before + ' s before, ' + after + ' s after 6.6 s');
});

endChecks();
