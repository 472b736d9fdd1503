// The countdown: frozen while paused, spoken sparingly, closing the form at the end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SHORT_FILE, LAPTOP, Server, newStudent, axe, text, waitText, waitQuestion, join, sleep, setup, endChecks } from './lib/harness.mjs';

setup();

test('the countdown: frozen while paused, spoken at 10 s left and at the end (not every second), then the form closes', async () => {
  const C = await Server.start('short', [], 'short', SHORT_FILE);
  const hal = await newStudent('Hal', LAPTOP);
  await join(hal, C, 'Hal');
  await waitText(hal, '#lobby-title', /Waiting for the teacher/);
  await hal.page.evaluate(() => { // everything the live region says
    window.__said = [];
    const a = document.getElementById('announce');
    new MutationObserver(() => { if (a.textContent) window.__said.push(a.textContent); })
      .observe(a, { childList: true, characterData: true, subtree: true });
  });
  await C.cmd('start');
  await waitQuestion(hal, 1, 1);
  await C.cmd('pause');
  await waitText(hal, '#status-line', /Paused by the teacher/);
  await waitText(hal, '#timer-text', /paused/);
  const frozen = await text(hal, '#timer-text');
  await sleep(1500);
  assert.equal(await text(hal, '#timer-text'), frozen, 'the countdown stands still while paused');
  await C.cmd('resume');
  await waitText(hal, '#announce', /10 seconds left/, 8000);
  await waitText(hal, '#announce', /Time is up/, 15000);
  await waitText(hal, '#status-line', /Time is up/);
  assert.ok(await hal.page.locator('#submit').isDisabled(), 'no answer after the time is up');
  const said = await hal.page.evaluate(() => window.__said);
  assert.ok(said.length <= 4, 'announced sparingly: ' + said.join(' | '));
  assert.ok(said.some((x) => /^Question 1 of 1/.test(x)), 'the question is announced: ' + said.join(' | '));
  await axe(hal, 'time up');
  await C.cmd('end');
});

endChecks();
