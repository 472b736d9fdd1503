// Large text and small screens: a phone whose browser text size is 200 % (the setting a student
// with low vision uses: the page's rem sizes follow it) and a small phone (320 × 568). Through
// every format, the reveal, the leaderboard and the final results, nothing may run off the side
// of the screen (the student would have to scroll sideways, or could not see it at all).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PACK, PHONE, Server, newStudent, axe, shot, waitText, waitQuestion, join, setup, endChecks } from './lib/harness.mjs';

setup();

// Every visible element of the page that reaches past the window's left or right edge.
function offTheSide(st) {
  return st.page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    const out = [];
    for (const e of document.querySelectorAll('header *, #main *')) {
      if (e.closest('[hidden]') || !e.getClientRects().length) continue;
      const r = e.getBoundingClientRect();
      if (r.right > w + 1 || r.left < -1) out.push((e.id || e.className || e.nodeName) + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
    }
    if (document.documentElement.scrollWidth > w) out.push('page ' + document.documentElement.scrollWidth + ' wide in ' + w);
    return out.slice(0, 10);
  });
}

test('200 % text on a phone and a 320-pixel phone: nothing off the side, in any state', async () => {
  const S = await Server.start('textsize');
  const big = await newStudent('Ida', PHONE);
  big.shotPrefix = 'live-phone-200pct';
  const cdp = await big.ctx.newCDPSession(big.page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } }); // the browser's text size: 200 %
  const small = await newStudent('Jo', { viewport: { width: 320, height: 568 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
  small.shotPrefix = 'live-phone-320';
  const both = [big, small];
  for (const st of both) await join(st, S, st.name);
  for (const st of both) await waitText(st, '#lobby-title', /Waiting for the teacher/);
  assert.equal(await big.page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '32px', 'the text size took');
  const check = async (label) => {
    for (const st of both) assert.deepEqual(await offTheSide(st), [], st.name + ': off the side on ' + label);
  };
  await check('the lobby');
  await S.cmd('start');
  for (let i = 0; i < PACK.questions.length; i++) {
    for (const st of both) await waitQuestion(st, i + 1);
    await check('question ' + (i + 1) + ' (' + PACK.questions[i].format + ')');
    // the words of an answer get the width of their box, not a sliver beside the controls (a
    // few letters a line, words broken in the middle)
    for (const st of both) {
      const narrow = await st.page.evaluate(() => [...document.querySelectorAll('#answer-body .opt-text, #answer-body .row-text')]
        .map((t) => [t.textContent, t.getBoundingClientRect().width / t.closest('.option, .row').clientWidth])
        .filter(([, share]) => share < 0.6).map(([txt, share]) => txt + ': ' + Math.round(share * 100) + '%'));
      assert.deepEqual(narrow, [], st.name + ': answer text squeezed on question ' + (i + 1));
    }
    await S.cmd('reveal');
    for (const st of both) await waitText(st, '#result-title', /\S/);
    await check('the reveal of question ' + (i + 1));
    await S.cmd('leaderboard');
    for (const st of both) await waitText(st, '#rank', /place/);
    await check('the leaderboard after question ' + (i + 1));
    if (i + 1 < PACK.questions.length) await S.cmd('next');
  }
  await S.cmd('end');
  for (const st of both) await st.page.waitForSelector('#final:not([hidden])', { timeout: 10000 });
  for (const st of both) await waitText(st, '#final-kinds', /points?/);
  await check('the final results');
  // the results are read from their top: the heading in view, below the header that stays on top
  for (const st of both) {
    const r = await st.page.evaluate(() => ({ title: document.getElementById('final-title').getBoundingClientRect().top,
      header: document.querySelector('header.top').getBoundingClientRect().bottom }));
    assert.ok(r.title >= r.header - 1 && r.title < 844, st.name + ': "Your results" is in view, not under the header: ' + JSON.stringify(r));
  }
  await axe(big, 'final results at 200 % text');
  await shot(big, 'final');
});

endChecks();
