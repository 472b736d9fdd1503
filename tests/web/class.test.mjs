// The teacher-paced class: joining (a taken name, a locked room, a removed student), every format
// answered by touch, mouse and keys, reloads that keep the seat, no answer key before the reveal,
// the passage highlighted after it; and the page's files as a browser gets them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import { ROOT, PACK, PHONE, LAPTOP, TABLET, Server, students, newStudent, shot, axe, text, waitText, waitQuestion, join, studentCount, setup, endChecks } from './lib/harness.mjs';
import { pickOption, submit, waitReceived, arrange, pickSentence, assertEvidenceShown } from './lib/answering.mjs';
import { EVENT_BY_ID, assertNoKey, receivedSomewhere } from './lib/no-key.mjs';

setup();

let T; // the teacher-paced class
let ana, ben, cleo;

test('teacher-paced: join, a taken name, a removed student, a name shown as text', async () => {
  T = await Server.start('teacher');
  ana = await newStudent('Ana', PHONE);
  ben = await newStudent('Ben', LAPTOP);
  cleo = await newStudent('<b>Cleo</b>', TABLET, { colorScheme: 'dark' });
  ana.shotPrefix = 'live-phone';
  ben.shotPrefix = 'live-laptop';
  cleo.shotPrefix = 'live-tablet-dark';

  await ana.page.goto(T.url);
  assert.equal(await ana.page.inputValue('#room'), 'TEST');
  await axe(ana, 'join');
  await shot(ana, 'join');
  await ben.page.goto(T.url);
  await shot(ben, 'join');
  await ana.page.fill('#name', 'Ana');
  await ana.page.click('#join-button');
  await waitText(ana, '#lobby-title', /Waiting for the teacher/);
  await axe(ana, 'lobby');
  await shot(ana, 'lobby');

  await join(ben, T, 'Ben');
  await waitText(ben, '#lobby-title', /Waiting for the teacher/);
  await shot(ben, 'lobby');
  await join(cleo, T, '<b>Cleo</b>');
  await waitText(cleo, '#lobby-title', /Waiting for the teacher/);
  await axe(cleo, 'lobby (dark)');

  // a name with HTML in it is shown as it was typed
  for (const sel of ['#who-name', '#lobby-name']) assert.equal(await text(cleo, sel), '<b>Cleo</b>');
  assert.equal(await cleo.page.locator('header b, #lobby b').count(), 0, 'no <b> element made from the name');

  // The page can show a join's answer before playwright's response event for it arrives: wait
  // until the student has seen n join responses, then return the last one.
  const joinResponse = async (st, n) => {
    const joins = () => st.responses.filter((r) => r.url.endsWith('/api/join'));
    const deadline = Date.now() + 10000;
    while (joins().length < n && Date.now() < deadline) {
      await Promise.all(st.bodies);
      await new Promise((res) => setTimeout(res, 20));
    }
    return joins()[n - 1];
  };

  // a taken name (another case of it) gets the server's message and stays on the form
  const dee = await newStudent('Dee', LAPTOP);
  await join(dee, T, 'ana');
  await waitText(dee, '#join-error', /\S/);
  const joinRes = await joinResponse(dee, 1);
  assert.ok(joinRes && joinRes.status >= 400, 'the join is refused');
  const body = JSON.parse(joinRes.text);
  assert.equal(body.code, 'name_taken');
  assert.equal(await text(dee, '#join-error'), body.error, 'the server’s message is shown');
  assert.equal(await dee.page.evaluate(() => document.activeElement.id), 'name', 'the name field has the focus');
  await axe(dee, 'join with an error');
  assert.equal(studentCount(await T.status()), 3, 'three seats');

  // a locked room: the server's message, and in after the teacher unlocks
  await T.cmd('lock');
  await dee.page.fill('#name', 'Dee');
  await dee.page.click('#join-button');
  await dee.page.waitForFunction((before) => document.getElementById('join-error').textContent !== before,
    body.error, { timeout: 10000 });
  const locked = JSON.parse((await joinResponse(dee, 2)).text);
  assert.equal(locked.code, 'locked');
  assert.equal(await text(dee, '#join-error'), locked.error);
  await T.cmd('unlock');

  // a student the teacher removes goes back to the join form, seat forgotten
  await dee.page.fill('#name', 'Dee');
  await dee.page.click('#join-button');
  await waitText(dee, '#lobby-title', /Waiting for the teacher/);
  assert.match(await dee.page.evaluate(() => localStorage.getItem('byline.token')), /^[0-9a-f]{32}$/);
  await T.cmd('remove Dee');
  await dee.page.waitForSelector('#join:not([hidden])', { timeout: 10000 });
  await waitText(dee, '#join-error', /\S/);
  assert.equal(await dee.page.evaluate(() => localStorage.getItem('byline.token')), null, 'the token is forgotten');
  assert.equal(studentCount(await T.status()), 3, 'three seats after the removal');
});

test('teacher-paced: every format, reloads keep the seat, no answer key before reveal, the passage highlighted', async () => {
  assert.ok(T, 'the class from the join test');
  const Q = PACK.questions;
  const all = [ana, ben, cleo];
  const evText = (id) => EVENT_BY_ID[id].text;

  for (let i = 0; i < Q.length; i++) {
    const q = Q[i];
    await T.cmd(i === 0 ? 'start' : 'next');
    for (const s of all) await waitQuestion(s, i + 1);
    await waitText(ana, '#timer-text', /\d+ s/);
    await axe(ana, 'question ' + q.format);
    if (i === 0) await axe(cleo, 'question ' + q.format + ' (dark)');
    await shot(ana, 'question-' + q.format);
    if (['multi', 'order', 'evidence', 'text'].includes(q.format)) await shot(ben, 'question-' + q.format);

    switch (q.format) {
      case 'choice':
        await pickOption(ana, q.answer, 'tap'); await submit(ana, 'tap');
        await pickOption(ben, 0, 'click'); await submit(ben, 'click');
        await pickOption(cleo, q.answer, 'key'); await submit(cleo, 'key');
        break;
      case 'multi':
        for (const k of q.answers) await pickOption(ana, k, 'tap');
        await submit(ana, 'tap');
        await pickOption(ben, q.answers[0], 'click'); await submit(ben, 'click');
        await pickOption(cleo, 0, 'key'); await submit(cleo, 'key'); // partly right
        break;
      case 'true_false':
        await pickOption(ana, q.answer ? 0 : 1, 'tap'); await submit(ana, 'tap');
        await pickOption(ben, q.answer ? 1 : 0, 'click'); await submit(ben, 'click');
        await pickOption(cleo, q.answer ? 0 : 1, 'key'); await submit(cleo, 'key');
        break;
      case 'order': {
        const right = q.events.map(evText);
        await arrange(ana, right, 'touch'); await submit(ana, 'tap');
        await arrange(ben, right, 'mouse'); await submit(ben, 'click');
        // the teacher pauses while Cleo has a row in focus: the row keeps it, answers still go in
        await cleo.page.locator('#order-list li').first().focus();
        await T.cmd('pause');
        await waitText(cleo, '#status-line', /Paused by the teacher/);
        assert.ok(await cleo.page.evaluate(() => document.activeElement.matches('#order-list li.row')),
          'a state from the server does not take the focus away');
        await arrange(cleo, right.slice(0, 2), 'key');
        await arrange(cleo, right, 'buttons'); await submit(cleo, 'key');
        await T.cmd('resume');
        break;
      }
      case 'text': {
        await ana.page.fill('#ans-text', q.accept[0]);
        await ana.page.press('#ans-text', 'Enter');
        await ben.page.fill('#ans-text', 'March 1');
        await submit(ben, 'click');
        await waitReceived(ben);
        // Ben's tab reloads after answering: same seat, his answer still there
        const token = await ben.page.evaluate(() => localStorage.getItem('byline.token'));
        await ben.page.reload();
        await waitQuestion(ben, i + 1);
        await waitReceived(ben);
        assert.equal(await ben.page.inputValue('#ans-text'), 'March 1', 'the answer is back after a reload');
        assert.ok(await ben.page.locator('#ans-text').isDisabled(), 'and final');
        assert.equal(await ben.page.evaluate(() => localStorage.getItem('byline.token')), token);
        assert.equal(await text(ben, '#who-name'), 'Ben');
        // Cleo's tab reloads before she answers, then she answers
        await cleo.page.reload();
        await waitQuestion(cleo, i + 1);
        await cleo.page.fill('#ans-text', q.accept[1] || q.accept[0]);
        await submit(cleo, 'key');
        break;
      }
      case 'evidence':
        await pickSentence(ana, '412 students', 'tap'); await submit(ana, 'tap');
        await pickSentence(ben, 'first opened on Saturdays', 'click'); await submit(ben, 'click');
        await pickSentence(cleo, '412 students', 'key'); await submit(cleo, 'key');
        break;
      default: assert.fail('format ' + q.format);
    }
    for (const s of all) await waitReceived(s);
    const st = await T.waitAnswered(3);
    assert.equal(studentCount(st), 3, 'still three seats');
    await axe(ana, 'answered ' + q.format);
    if (i === 0) await shot(ana, 'answered');

    for (const s of all) {
      const n = await assertNoKey(s, i, 'before reveal of ' + q.id);
      assert.ok(n > 0, 'state frames of ' + q.id + ' were seen by ' + s.name + ': ' + s.frames.slice(-3).map((f) => f.text.slice(0, 400)).join(' | '));
    }

    await T.cmd('reveal');
    for (const s of all) await s.page.waitForSelector('#result:not([hidden])', { timeout: 10000 });
    assert.match(await text(ana, '#result-title'), /^Right!$/, 'Ana is right on ' + q.id);
    assert.ok((await text(ana, '#result-explanation')).includes(q.explanation.slice(0, 20)));
    assert.ok((await text(ana, '#result-correct')).length > 0, 'the correct answer in words');
    for (const s of all) {
      const mark = await assertEvidenceShown(s, s.name + ' ' + q.id);
      const passage = q.evidence[0];
      assert.ok(typeof passage !== 'string' || passage.replace(/\s+/g, ' ').includes(mark.slice(0, 12)) ||
        mark.includes(passage.slice(0, 12)), 'the highlighted words are the passage: ' + mark);
      assert.ok(receivedSomewhere(s, q.explanation), 'after the reveal the explanation arrives (the search works)');
    }
    if (q.format === 'order') {
      // the correct order in words: the events' texts, first to last, never their ids
      const shown = await text(ana, '#result-correct');
      let at = -1;
      for (const id of q.events) {
        const k = shown.indexOf(evText(id));
        assert.ok(k > at, 'the correct order names "' + evText(id) + '" in its place: ' + shown);
        at = k;
      }
    }
    if (q.format === 'choice') assert.match(await text(ben, '#result-title'), /Not right/);
    if (q.format === 'multi') assert.match(await text(cleo, '#result-title'), /Partly right/);
    await axe(ana, 'result ' + q.format);
    if (i === 0 || q.format === 'evidence') { await axe(ben, 'result ' + q.format); await axe(cleo, 'result ' + q.format + ' (dark)'); }
    if (i === 0) { await shot(ana, 'result'); await shot(ben, 'result'); await shot(cleo, 'result'); }
    if (q.format === 'evidence') { await shot(ben, 'result-evidence'); await shot(ana, 'result-evidence'); }
    if (q.format === 'order') await shot(ana, 'result-order');

    if (i === 0 || i === Q.length - 1) {
      await T.cmd('leaderboard');
      for (const s of all) await waitText(s, '#rank', /You are in \d+(st|nd|rd|th) place/);
      await axe(ana, 'leaderboard');
      if (i === 0) { await shot(ana, 'leaderboard'); await shot(ben, 'leaderboard'); }
    }
  }

  await T.cmd('next'); // after the last question: the end
  for (const s of all) await s.page.waitForSelector('#final:not([hidden])', { timeout: 10000 });
  assert.match(await text(ana, '#final-score'), new RegExp(Q.length + ' of ' + Q.length + ' right'));
  assert.equal(await ana.page.locator('#final-kinds li').count(), 3, 'speakers, claims, timeline');
  assert.equal(await ana.page.locator('#final-missed li').count(), 0);
  const missed = await ben.page.locator('#final-missed li').count();
  assert.ok(missed >= 3, 'Ben missed some: ' + missed);
  assert.ok(await ben.page.locator('#final-missed li blockquote mark.evidence-hl').count() >= missed,
    'each missed question shows its evidence');
  assert.match(await text(ben, '#final-rank'), /You finished in \d+(st|nd|rd|th) place/);
  for (const s of all) { // pack ids of events never reach a browser, not even after the reveal
    for (const ev of PACK.events) {
      assert.ok(!s.frames.some((f) => f.text.includes(ev.id)), 'event id ' + ev.id + ' was sent to ' + s.name);
    }
  }
  await axe(ana, 'final');
  await axe(ben, 'final with missed questions');
  await axe(cleo, 'final (dark)');
  await shot(ana, 'final');
  await shot(ben, 'final');
  await shot(cleo, 'final');
});

// The first student's first load: every file of the page, as JavaScript where it is, under the CSP.
test('the page’s files: served with the right type, the strict CSP, no-cache; the first load is small', async () => {
  const page = students[0].responses.filter((r) => /\/(\?|index\.html|app\.js|js\/\w+\.js|app\.css|favicon\.svg)/.test(r.url) ||
    new URL(r.url).pathname === '/');
  for (const r of page) assert.equal(r.status, 200, r.url);
  const modules = fs.readdirSync(path.join(ROOT, 'assets/web/js'));
  assert.ok(page.length >= 4 + modules.length, 'the page, app.js and its modules, app.css and favicon.svg were loaded');
  for (const r of page.filter((x) => /\.js$/.test(new URL(x.url).pathname))) {
    assert.match(r.headers['content-type'] || '', /^text\/javascript/, r.url + ' is served as JavaScript');
    assert.equal(r.headers['cache-control'], 'no-cache', r.url + ': cached like the rest of the page');
    assert.match(r.headers['content-security-policy'] || '', /script-src 'self'/, r.url + ': the strict CSP');
  }
  const csp = page.find((r) => new URL(r.url).pathname === '/').headers['content-security-policy'] || '';
  assert.match(csp, /default-src 'none'/, 'the page is served with the strict CSP');
  const bytes = fs.readdirSync(path.join(ROOT, 'assets/web'), { recursive: true })
    .map((f) => fs.statSync(path.join(ROOT, 'assets/web', f))).filter((x) => x.isFile()).reduce((n, x) => n + x.size, 0);
  assert.ok(bytes <= 150 * 1024, 'assets/web is ' + bytes + ' bytes');
  // what a phone downloads the first time (uncompressed: the server sends files as they are)
  const loaded = page.reduce((n, r) => n + Buffer.byteLength(r.text), 0);
  assert.ok(loaded <= 150 * 1024, 'the first load is ' + loaded + ' bytes');
  console.log('first load: ' + page.length + ' files, ' + loaded + ' bytes; assets/web: ' + bytes + ' bytes');
});

endChecks();
