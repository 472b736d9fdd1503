// Two outlets, one story: each passage highlighted in its own article and named by its outlet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import { ROOT, PHONE, Server, axeLog, newStudent, shot, shotDark, axe, waitText, waitQuestion, join, setup, endChecks } from './lib/harness.mjs';
import { pickOption, submit, waitReceived } from './lib/answering.mjs';
import { assertPageTellsNothing } from './lib/no-key.mjs';

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
  await assertPageTellsNothing(ida, 'two outlets, answered');
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
  await shotDark(ida, 'result-two-outlets');

  // only the first passage comes into view by itself: each passage of the list links to its own
  const links = ida.page.locator('#result-passages .goto a');
  assert.deepEqual(await links.allTextContents(), pack.articles.map((a) => 'Show it in ' + a.outlet));
  const targets = await links.evaluateAll((xs) => xs.map((x) => x.getAttribute('href').slice(1)));
  const where = (id) => ida.page.evaluate((id) => {
    const m = document.getElementById(id);
    const r = m.getBoundingClientRect();
    const box = document.getElementById('articles').getBoundingClientRect();
    const top = Math.max(box.top, document.querySelector('.top').getBoundingClientRect().bottom); // the sticky bar
    return { inView: r.top >= top - 1 && r.bottom <= box.bottom + 1 && r.bottom <= innerHeight,
      focused: document.activeElement === m, article: m.closest('article').id || m.closest('article').getAttribute('aria-labelledby'),
      text: m.textContent, hash: location.hash };
  }, id);
  let w = await where(targets[1]);
  assert.equal(w.article, 'art-title-1', 'the second link leads into the second article');
  assert.ok(w.text.includes('told reporters'));
  assert.equal(w.inView, false, 'the Voice’s passage is out of view before its link is followed (so the link matters)');
  await links.nth(1).focus(); // by keyboard
  await ida.page.keyboard.press('Enter');
  w = await where(targets[1]);
  assert.ok(w.inView && w.focused, 'Enter on the link brings the Voice’s passage into view and focus: ' + JSON.stringify(w));
  assert.equal(w.hash, '', 'the address keeps no #fragment');
  await shot(ida, 'result-two-outlets-voice');
  await links.nth(0).tap(); // by touch
  w = await where(targets[0]);
  assert.ok(w.inView && w.focused, 'a tap on the first link brings the Herald’s passage back: ' + JSON.stringify(w));
  assert.ok(w.text.includes('said at a news conference'));
  await axe(ida, 'two outlets, a passage reached from its link');
  assert.deepEqual(axeLog[axeLog.length - 1].ids, [], 'axe-core: no violations after following a link');
  await O.cmd('end');
});

endChecks();
