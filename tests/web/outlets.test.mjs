// Two outlets, one story: each passage highlighted in its own article and named by its outlet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import { ROOT, PHONE, Server, axeLog, newStudent, shot, axe, waitText, waitQuestion, join, setup, endChecks } from './lib/harness.mjs';
import { pickOption, submit, waitReceived } from './lib/answering.mjs';

setup();

test('two outlets: after the reveal each passage is highlighted in its own article and named by its outlet', async () => {
  const file = path.join(ROOT, 'quizzes/practice-two-outlets.json');
  const pack = JSON.parse(fs.readFileSync(file, 'utf8'));
  const n = pack.questions.length;
  const target = pack.questions.findIndex((q) => q.id === 'which-quote-standard'); // evidence in both
  const O = await Server.start('outlets', [], 'outlets', file);
  const ida = await newStudent('Ida', PHONE);
  await join(ida, O, 'Ida');
  await waitText(ida, '#lobby-title', /Waiting for the teacher/);
  for (let i = 0; i <= target; i++) {
    await O.cmd(i === 0 ? 'start' : 'next');
    await waitQuestion(ida, i + 1, n);
    if (i < target) await O.cmd('reveal');
  }
  // before the reveal: no highlight, no evidence, no outlet in anything received for it
  await pickOption(ida, 0, 'tap');
  await pickOption(ida, 1, 'tap');
  await submit(ida, 'tap');
  await waitReceived(ida);
  assert.equal(await ida.page.locator('#articles mark.evidence-hl').count(), 0, 'nothing highlighted before the reveal');
  assert.ok(await ida.page.locator('#result-passages').isHidden());
  const open = ida.frames.map((f) => JSON.parse(f.text)).filter((m) => m.type === 'state' && m.question &&
    m.question.index === target && !m.result);
  assert.ok(open.length > 0);
  for (const m of open) {
    assert.ok(!/"evidence"|"outlet"|"explanation"/.test(JSON.stringify(m)), 'a state frame before the reveal tells the evidence: ' +
      JSON.stringify(m).slice(0, 300));
  }
  await O.cmd('reveal');
  await ida.page.waitForSelector('#result:not([hidden])', { timeout: 10000 });
  await waitText(ida, '#result-title', /Right!/);
  // each article of the page holds its own passage, highlighted
  const perArticle = await ida.page.evaluate(() => Array.from(document.querySelectorAll('#articles article'))
    .map((a) => Array.from(a.querySelectorAll('mark.evidence-hl')).map((m) => m.textContent)));
  assert.equal(perArticle.length, 2);
  assert.ok(perArticle[0].some((t) => t.includes('said at a news conference')),
    'the Herald’s own words in the Herald: ' + JSON.stringify(perArticle));
  assert.ok(perArticle[1].some((t) => t.includes('told reporters')), 'the Voice’s own words in the Voice: ' + JSON.stringify(perArticle));
  // the result names each outlet with its passage
  await waitText(ida, '#result-evidence-note', /each in its own article/);
  const labels = await ida.page.locator('#result-passages .outlet').allTextContents();
  assert.deepEqual(labels, [pack.articles[0].outlet + ':', pack.articles[1].outlet + ':']);
  const quotes = await ida.page.locator('#result-passages blockquote mark.evidence-hl').allTextContents();
  assert.equal(quotes.length, 2);
  assert.ok(quotes[0].includes('said at a news conference') && quotes[1].includes('told reporters'), JSON.stringify(quotes));
  await axe(ida, 'result two outlets');
  const run = axeLog[axeLog.length - 1];
  assert.deepEqual(run.ids, [], 'axe-core: no violations at all on the two-outlet result');
  await shot(ida, 'result-two-outlets');
  await O.cmd('end');
});

endChecks();
