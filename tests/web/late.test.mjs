// A student who joins while the answer is on the screens: the question shown was never theirs and
// counts for nothing (docs/live.md) — the page must say so, not "No answer, +0 of 1 point" in red.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, Server, newStudent, axe, shot, text, waitText, waitQuestion, join, setup, endChecks } from './lib/harness.mjs';

setup();

test('a student who joins during the reveal is told that question does not count for them', async () => {
  const S = await Server.start('late');
  const mo = await newStudent('Mo', PHONE);
  await join(mo, S, 'Mo');
  await waitText(mo, '#lobby-title', /Waiting for the teacher/);
  await S.cmd('start');
  await waitQuestion(mo, 1);
  await S.cmd('reveal');
  await waitText(mo, '#result-title', /No answer/); // Mo was there: it counts for Mo

  const nia = await newStudent('Nia', PHONE);
  await join(nia, S, 'Nia');
  await waitText(nia, '#result-title', /^You joined after this question$/);
  assert.equal(await text(nia, '#result-points'), 'It does not count for you. Here is the answer.');
  assert.equal(await text(nia, '#status-line'), 'Waiting for the next question…');
  assert.match(await text(nia, '#result-correct'), /\S/, 'the answer is shown');
  await axe(nia, 'joined during the reveal');
  await shot(nia, 'joined-during-reveal');
  await nia.page.emulateMedia({ colorScheme: 'dark' });
  await axe(nia, 'joined during the reveal, dark');
  await nia.page.emulateMedia({ colorScheme: null });
  await S.cmd('next');
  await waitQuestion(nia, 2);
  await S.cmd('reveal');
  await waitText(nia, '#result-title', /^No answer$/, 10000); // from now on the questions are hers
  assert.match(await text(nia, '#result-points'), /^\+0 of 1 point/);
});

endChecks();
