// Real-browser tests of the live classroom's student page (assets/web/) against the real server:
// `byline live` is started headless on a free port, the teacher's commands go to its stdin, and
// students play in Debian's chromium (one browser, one context per student) through playwright-core.
//
//   node --test live.test.mjs            (tests/cli/web_live.sh runs it from ctest)
//   BYLINE_BIN=path/to/byline            the binary (default: ../../build/byline)
//   BYLINE_WEB_SCREENSHOTS=docs/screenshots   also save screenshots of the student pages
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '../..');
const BYLINE = path.resolve(process.env.BYLINE_BIN || path.join(ROOT, 'build/byline'));
const PACK_FILE = path.join(here, 'fixtures/live-six.json');
const SHORT_FILE = path.join(here, 'fixtures/live-short.json'); // one question, a 15-second countdown
const PACK = JSON.parse(fs.readFileSync(PACK_FILE, 'utf8'));
const SHOTS = process.env.BYLINE_WEB_SCREENSHOTS ? path.resolve(ROOT, process.env.BYLINE_WEB_SCREENSHOTS) : '';
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'byline-web-'));
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };
const LAPTOP = { viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 };
const TABLET = { viewport: { width: 820, height: 1180 }, hasTouch: true, deviceScaleFactor: 1 };

let browser;
const servers = [];
const students = [];
const axeLog = []; // every axe run: page, state, and the count of violations by impact

// ---- the server ---------------------------------------------------------------------------
class Server {
  constructor(proc) {
    this.proc = proc;
    this.lines = [];
    this.waiters = [];
    this.log = [];
    readline.createInterface({ input: proc.stdout }).on('line', (l) => this.onLine(l));
    readline.createInterface({ input: proc.stderr }).on('line', (l) => this.log.push('stderr: ' + l));
    this.exited = new Promise((res) => proc.on('exit', (code, sig) => {
      this.code = code ?? sig;
      if (!this.stopping) { // a crash: say so where the failing test's output is
        console.log('SERVER DIED (' + this.code + '); its last output:\n' + this.log.slice(-15).join('\n'));
      }
      res();
    }));
  }
  static async start(name, extra = [], storeName = name, packFile = PACK_FILE) {
    // BYLINE_WEB_STORE=none runs the class unsaved (--no-store): only for a server whose store is missing
    const store = process.env.BYLINE_WEB_STORE === 'none' ? ['--no-store']
      : ['--store', path.join(TMP, storeName + '-progress.db')];
    if (store[0] === '--no-store') console.log('NOTE: BYLINE_WEB_STORE=none: the server runs with --no-store');
    const port = extra.includes('--port') ? [] : ['--port', '0'];
    const proc = spawn(BYLINE, ['live', packFile, '--headless', '--bind', '127.0.0.1', ...port,
      ...store, '--room', 'TEST', ...extra], {
      stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, BYLINE_DATA_DIR: ROOT },
    });
    const s = new Server(proc);
    servers.push(s);
    const line = await s.waitLine((l) => /live: http:\/\/\S+/.test(l), 20000, 'the live: URL line');
    s.url = line.match(/live: (http:\/\/\S+)/)[1];
    s.base = new URL(s.url).origin;
    return s;
  }
  onLine(l) {
    this.log.push(l);
    const i = this.waiters.findIndex((w) => w.pred(l));
    if (i >= 0) { const [w] = this.waiters.splice(i, 1); clearTimeout(w.timer); w.resolve(l); } else this.lines.push(l);
  }
  waitLine(pred, ms, what) {
    const i = this.lines.findIndex(pred);
    if (i >= 0) return Promise.resolve(this.lines.splice(i, 1)[0]);
    return new Promise((resolve, reject) => {
      const w = { pred, resolve };
      w.timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        reject(new Error('server: no ' + what + ' within ' + ms + ' ms; its output:\n' + this.log.slice(-30).join('\n')));
      }, ms);
      this.waiters.push(w);
    });
  }
  async cmd(line) {
    const verb = line.split(' ')[0];
    this.lines = this.lines.filter((l) => !l.startsWith('ok ' + verb) && !l.startsWith('error ' + verb));
    this.proc.stdin.write(line + '\n');
    const answer = await this.waitLine((l) => l === 'ok ' + verb || l.startsWith('ok ' + verb + ' ') ||
      l.startsWith('error ' + verb), 10000, 'answer to ' + line);
    if (!answer.startsWith('ok ')) throw new Error('teacher command "' + line + '" failed: ' + answer);
    return answer;
  }
  async status() {
    this.lines = this.lines.filter((l) => !l.startsWith('status '));
    this.proc.stdin.write('status\n');
    const l = await this.waitLine((x) => x.startsWith('status '), 10000, 'status line');
    return JSON.parse(l.slice(7));
  }
  async waitAnswered(n) {
    let st;
    for (let i = 0; i < 100; i++) {
      st = await this.status();
      if (answeredCount(st) >= n) return st;
      await sleep(100);
    }
    throw new Error('expected ' + n + ' answers; status: ' + JSON.stringify(st));
  }
  async stop() {
    this.stopping = true;
    if (this.code !== undefined) return;
    try { this.proc.stdin.write('quit\n'); } catch (e) { /* gone */ }
    const t = setTimeout(() => this.proc.kill('SIGKILL'), 5000);
    await this.exited;
    clearTimeout(t);
  }
}
function answeredCount(st) {
  const a = st.answered;
  if (typeof a === 'number') return a;
  if (a && typeof a === 'object') return a.count ?? a.answered ?? 0;
  return 0;
}
function studentCount(st) {
  return Array.isArray(st.students) ? st.students.length : (typeof st.students === 'number' ? st.students : -1);
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---- students -----------------------------------------------------------------------------
async function newStudent(name, device, extra = {}) {
  const ctx = await browser.newContext({ ...device, ...extra });
  // a record of the last input events, printed when a wait fails (added through the devtools
  // protocol, so the page's CSP does not apply to it)
  await ctx.addInitScript(() => {
    window.__events = [];
    for (const t of ['pointerdown', 'pointerup', 'pointercancel', 'click', 'submit', 'touchstart', 'touchend',
      'touchcancel', 'visibilitychange', 'focusin', 'contextmenu']) {
      document.addEventListener(t, (e) => {
        const x = e.target;
        window.__events.push(t + ':' + (x && (x.id || x.className || x.nodeName)) + (e.clientY ? '@' + Math.round(e.clientY) : ''));
        if (window.__events.length > 40) window.__events.shift();
      }, true);
    }
  });
  const page = await ctx.newPage();
  const st = { name, ctx, page, device, frames: [], sent: [], responses: [], bodies: [], requests: [], problems: [] };
  page.on('websocket', (ws) => {
    ws.on('framereceived', (f) => st.frames.push({ at: Date.now(), text: String(f.payload) }));
    ws.on('framesent', (f) => st.sent.push({ at: Date.now(), text: String(f.payload) }));
  });
  page.on('request', (r) => st.requests.push(r.url()));
  page.on('response', (r) => {
    st.bodies.push(r.body().then((b) => st.responses.push({ at: Date.now(), url: r.url(), status: r.status(),
      headers: r.headers(), text: b.toString('utf8') }), () => {}));
  });
  page.on('console', (m) => {
    // a refused join (409 …) is logged by the browser as a failed resource: the test checks those itself
    if (/^Failed to load resource: the server responded with a status of 4\d\d/.test(m.text())) return;
    // while a test has the server down on purpose, the reconnect attempts are refused
    if (st.serverDown && /WebSocket connection to .* failed/.test(m.text())) return;
    if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) st.problems.push('console: ' + m.text());
  });
  page.on('pageerror', (e) => st.problems.push('page error: ' + e));
  students.push(st);
  return st;
}

async function shot(st, label) {
  if (!SHOTS) return;
  const kind = st.shotPrefix || (st.device === PHONE ? 'live-phone' : st.device === LAPTOP ? 'live-laptop' : 'live-tablet');
  await st.page.waitForTimeout(150); // the countdown bar's transition
  // a phone's page is long (the article, then the question): the whole of it, from the top (the
  // article keeps its own scroll, so a highlighted passage stays in view)
  if (st.device === PHONE) await st.page.evaluate(() => window.scrollTo(0, 0));
  await st.page.screenshot({ path: path.join(SHOTS, kind + '-' + label + '.png'), fullPage: st.device === PHONE });
}

async function axe(st, label) {
  await st.page.evaluate(AXE); // through the devtools protocol: the page's CSP still holds for the page
  const res = await st.page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const counts = {};
  for (const v of res.violations) counts[v.impact] = (counts[v.impact] || 0) + 1;
  axeLog.push({ page: st.name + ' ' + label, counts, ids: res.violations.map((v) => v.id + ':' + v.impact) });
  const bad = res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad.map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' — ' +
    v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' ' + (n.failureSummary || '')).join(' | ')), [],
  'axe-core: serious or critical violations on ' + label + ' (' + st.name + ')');
}

const text = (st, sel) => st.page.locator(sel).textContent();
async function waitText(st, sel, re, ms = 10000) {
  try {
    await st.page.waitForFunction(([s, src, flags]) => {
      const e = document.querySelector(s);
      return e && !e.closest('[hidden]') && new RegExp(src, flags).test(e.textContent);
    }, [sel, re.source, re.flags], { timeout: ms });
  } catch (e) {
    const seen = await st.page.evaluate((s) => {
      const x = document.querySelector(s);
      return x ? (x.closest('[hidden]') ? '(hidden) ' : '') + JSON.stringify(x.textContent) : '(none)';
    }, sel).catch(() => '?');
    const err = await st.page.evaluate(() => document.getElementById('answer-error')?.textContent + '; events: ' +
      (window.__events || []).join(' ')).catch(() => '?');
    throw new Error(st.name + ': ' + sel + ' never matched ' + re + '; it shows ' + seen + ' (answer error: ' + err +
      '); last frames: ' + st.frames.slice(-2).map((f) => f.text.slice(0, 300)).join(' | '));
  }
}
async function waitQuestion(st, n, count = PACK.questions.length) {
  await waitText(st, '#q-title', new RegExp('^Question ' + n + ' of ' + count + '$'));
}

async function join(st, server, name) {
  await st.page.goto(server.url);
  assert.equal(await st.page.inputValue('#room'), 'TEST', 'the room code is filled from ?room=');
  await st.page.fill('#name', name);
  await st.page.click('#join-button');
}

// ---- the answer key must not reach a browser before its reveal -----------------------------
const EVENT_BY_ID = Object.fromEntries(PACK.events.map((e) => [e.id, e]));
function secretsOf(q) {
  const s = [q.explanation];
  if (q.accept) s.push(...q.accept);
  if (q.format === 'order') {
    for (const id of q.events) s.push(id, EVENT_BY_ID[id].date);
    s.push(q.events.map((id) => EVENT_BY_ID[id].text).join(' → '));
  }
  for (const p of q.evidence) s.push(typeof p === 'string' ? p : p.quote);
  return s;
}
// Strings of a received frame, less the article text every student reads (an evidence passage is
// a quotation of it, so it is there by design).
function frameStrings(obj, out = [], key = '') {
  if (typeof obj === 'string') out.push(obj);
  else if (Array.isArray(obj)) for (const x of obj) frameStrings(x, out, key);
  else if (obj && typeof obj === 'object') {
    for (const [k, v] of Object.entries(obj)) {
      if (k === 'articles' || k === 'my_answer') continue; // my_answer: checked against what was sent
      frameStrings(v, out, k);
    }
  }
  return out;
}
const KEY_FIELDS = ['answer', 'answers', 'accept', 'correct', 'correct_answer', 'explanation', 'evidence',
  'fraction', 'grade', 'dates', 'order', 'result', 'final'];
function keysOutside(obj, found = []) {
  if (Array.isArray(obj)) for (const x of obj) keysOutside(x, found);
  else if (obj && typeof obj === 'object') {
    for (const [k, v] of Object.entries(obj)) {
      if (k === 'articles' || k === 'my_answer') continue; // the student's own answer, as sent
      if (KEY_FIELDS.includes(k)) found.push(k);
      keysOutside(v, found);
    }
  }
  return found;
}
// Every frame and response this student received so far must hold nothing of questions from..end.
async function assertNoKey(st, from, label) {
  await Promise.all(st.bodies);
  const open = PACK.questions.slice(from);
  const secrets = open.flatMap(secretsOf);
  // by index: the server may name questions on the wire by an id of its own
  const isOpen = (v) => v && typeof v.index === 'number' && v.index >= from;
  let stateFrames = 0;
  for (const f of st.frames) {
    let m;
    try { m = JSON.parse(f.text); } catch (e) { assert.fail('a frame that is not JSON: ' + f.text.slice(0, 200)); }
    const strings = frameStrings(m);
    for (const s of secrets) {
      const hit = strings.find((x) => x.includes(s));
      assert.equal(hit, undefined, label + ': a frame to ' + st.name + ' holds "' + s + '" before its reveal: ' + f.text.slice(0, 300));
    }
    if (m.type === 'state' && m.question && m.question.my_answer !== undefined) {
      const mine = m.question.my_answer;
      const sent = st.sent.map((x) => JSON.parse(x.text)).filter((x) => x.type === 'answer' && x.question === m.question.id);
      assert.ok(sent.some((x) => canon(x.answer) === canon(mine)),
        label + ': my_answer is not an answer ' + st.name + ' sent: ' + JSON.stringify(mine));
    }
    if (m.type === 'state' && isOpen(m.question)) {
      stateFrames++;
      assert.deepEqual(keysOutside(m), [], label + ': answer-key fields in a state frame of an open question: ' + f.text.slice(0, 400));
    } else if (m.type !== 'state') {
      assert.deepEqual(keysOutside(m), [], label + ': answer-key fields in a ' + m.type + ' frame: ' + f.text.slice(0, 300));
    }
    if (m.type === 'state' && isOpen(m.question) && m.question.format === 'order') {
      const q = PACK.questions[m.question.index];
      assert.notDeepEqual(m.question.events, q.events.map((id) => EVENT_BY_ID[id].text),
        'the order question arrives in its right order');
    }
  }
  for (const r of st.responses) {
    for (const s of secrets) {
      assert.ok(!r.text.includes(s), label + ': HTTP ' + r.url + ' to ' + st.name + ' holds "' + s + '"');
    }
  }
  return stateFrames;
}
function canon(v) { // JSON with sorted keys
  if (Array.isArray(v)) return '[' + v.map(canon).join(',') + ']';
  if (v && typeof v === 'object') return '{' + Object.keys(v).sort().map((k) => JSON.stringify(k) + ':' + canon(v[k])).join(',') + '}';
  return JSON.stringify(v);
}
function receivedSomewhere(st, s) {
  return st.frames.some((f) => { try { return frameStrings(JSON.parse(f.text)).some((x) => x.includes(s)); } catch (e) { return false; } });
}

// ---- answering, by format and by hand ------------------------------------------------------
async function pickOption(st, i, how) {
  const p = st.page;
  const opt = p.locator('#answer-body label.option').nth(i);
  if (how === 'tap') await opt.tap();
  else if (how === 'key') {
    await p.locator('#answer-body input[name=opt]').first().focus();
    const type = await p.locator('#answer-body input[name=opt]').first().getAttribute('type');
    if (type === 'radio') {
      await p.keyboard.press('Space');
      for (let k = 0; k < i; k++) await p.keyboard.press('ArrowDown');
    } else {
      for (let k = 0; k < i; k++) await p.keyboard.press('Tab');
      await p.keyboard.press('Space');
    }
  } else await opt.click();
}
async function submit(st, how) {
  const p = st.page;
  if (how === 'key') {
    // Tab from the focused control to Submit: Tab moves through the rest of the form
    for (let k = 0; k < 40; k++) {
      if (await p.evaluate(() => document.activeElement && document.activeElement.id === 'submit')) break;
      await p.keyboard.press('Tab');
    }
    assert.equal(await p.evaluate(() => document.activeElement.id), 'submit', 'Tab reaches the Submit button');
    await p.keyboard.press('Enter');
  } else if (how === 'tap') {
    await p.locator('#submit').scrollIntoViewIfNeeded();
    await p.waitForTimeout(150); // let a scroll settle: a finger taps what it sees
    await p.locator('#submit').tap();
    // After a touch drag sent through the devtools protocol, chromium now and then turns the next
    // synthetic tap into no click at all (touchstart and touchend reach the button, click never
    // comes; seen 1 run in 3). The page is not involved, so tap once more, and say so.
    const sent = await p.waitForFunction(() => document.getElementById('submit').disabled, null, { timeout: 1500 })
      .then(() => true, () => false);
    if (!sent) {
      console.log('NOTE: ' + st.name + ': a synthetic tap made no click; tapping again');
      await p.locator('#submit').tap();
    }
  }
  else await p.click('#submit');
}
async function waitReceived(st) {
  await waitText(st, '#status-line', /Answer received/);
}
// Order: put the rows into the given order of texts, by touch, by mouse, or by keyboard and buttons.
async function arrange(st, want, how) {
  const p = st.page;
  for (let target = 0; target < want.length; target++) {
    const texts = await p.locator('#order-list .row-text').allTextContents();
    const from = texts.indexOf(want[target]);
    assert.ok(from >= 0, 'event "' + want[target] + '" is shown');
    if (from === target) continue;
    const row = p.locator('#order-list li').nth(from);
    if (how === 'key') {
      await row.focus();
      if (target % 2 === 0) { // Alt+↑ moves the focused row
        for (let k = from; k > target; k--) await p.keyboard.press('Alt+ArrowUp');
      } else { // Space picks up, ↑ moves, Space drops
        await p.keyboard.press('Space');
        for (let k = from; k > target; k--) await p.keyboard.press('ArrowUp');
        await p.keyboard.press('Space');
      }
    } else if (how === 'buttons') {
      for (let k = from; k > target; k--) {
        await p.locator('#order-list li').nth(k).locator('button.up').click();
      }
    } else {
      await p.locator('#order-list').scrollIntoViewIfNeeded(); // a finger or a mouse only reaches what is on screen
      const h = await row.locator('.handle').boundingBox();
      const dest = await p.locator('#order-list li').nth(target).boundingBox();
      const x = h.x + h.width / 2, y0 = h.y + h.height / 2, y1 = dest.y + 4;
      if (how === 'touch') await touchDrag(st, x, y0, y1);
      else {
        await p.mouse.move(x, y0);
        await p.mouse.down();
        await p.mouse.move(x, y1, { steps: 8 });
        await p.mouse.up();
      }
    }
    const now = await p.locator('#order-list .row-text').allTextContents();
    assert.equal(now[target], want[target], how + ': "' + want[target] + '" moved to ' + (target + 1));
  }
}
async function touchDrag(st, x, y0, y1) {
  if (!st.cdp) st.cdp = await st.ctx.newCDPSession(st.page);
  const send = (type, y) => st.cdp.send('Input.dispatchTouchEvent', {
    type, touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1, radiusX: 5, radiusY: 5, force: 1 }] });
  await send('touchStart', y0);
  for (let k = 1; k <= 8; k++) await send('touchMove', y0 + ((y1 - y0) * k) / 8);
  await send('touchEnd', y1);
  await st.page.waitForTimeout(350); // a person's next tap comes later than a double tap's 300 ms
}
async function pickSentence(st, containing, how) {
  const p = st.page;
  const sent = p.locator('#articles .sent.pickable', { hasText: containing }).first();
  if (how === 'tap') await sent.tap();
  else if (how === 'key') {
    const all = await p.locator('#articles .sent.pickable').allTextContents();
    const idx = all.findIndex((t) => t.includes(containing));
    await p.locator('#articles .sent.pickable[tabindex="0"]').focus();
    for (let k = 0; k < idx; k++) await p.keyboard.press('ArrowDown');
    await p.keyboard.press('Enter');
  } else await sent.click();
  assert.equal(await sent.getAttribute('aria-pressed'), 'true', 'the picked sentence is pressed');
}

async function assertEvidenceShown(st, label) {
  await st.page.waitForSelector('#articles mark.evidence-hl', { timeout: 10000 });
  const v = await st.page.evaluate(() => {
    const m = document.querySelector('#articles mark.evidence-hl');
    const r = m.getBoundingClientRect();
    const box = document.getElementById('articles').getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, h: innerHeight, boxTop: box.top, boxBottom: box.bottom, text: m.textContent };
  });
  assert.ok(v.top >= v.boxTop - 1 && v.bottom <= v.boxBottom + 1, label + ': the passage is inside the article’s visible part ' + JSON.stringify(v));
  assert.ok(v.top >= 0 && v.bottom <= v.h, label + ': the passage is in the window ' + JSON.stringify(v));
  return v.text;
}

// ---- the tests ------------------------------------------------------------------------------
before(async () => {
  assert.ok(fs.existsSync(BYLINE), 'the byline binary: ' + BYLINE);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  if (SHOTS) fs.mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  for (const s of students) await s.ctx.close().catch(() => {});
  if (browser) await browser.close();
  for (const s of servers) await s.stop();
  fs.rmSync(TMP, { recursive: true, force: true });
  const summary = axeLog.map((a) => '  ' + a.page + ': ' + (a.ids.length ? a.ids.join(', ') : 'no violations'));
  console.log('axe-core runs (' + axeLog.length + '):\n' + summary.join('\n'));
});

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

test('nothing leaves the server, the CSP holds, no script errors, the first load is small', async () => {
  assert.ok(students.length >= 5);
  for (const s of students) {
    const outside = s.requests.filter((u) => !servers.some((sv) => u.startsWith(sv.base + '/')));
    assert.deepEqual(outside, [], s.name + ' asked for something outside the teacher’s computer');
    assert.deepEqual(s.problems, [], s.name + ': console errors or CSP violations');
  }
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
});

// Cite questions (issue 9): the answer, then "Now show where the article says so"; nothing is sent
// between the steps and nothing tells the right sentence before the reveal; the result has both parts.
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
  await axe(noor, 'cite step');
  await shot(noor, 'step');
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
  await shot(noor, 'result');
  for (const st of [noor, omar]) assert.deepEqual(st.problems, [], st.name + ': page problems');
  await C.stop();
});

test('every server quits cleanly on `quit` (and, in a sanitizer build, says nothing)', async () => {
  for (const sv of servers) {
    if (sv.code !== undefined && sv.stopping) continue; // killed on purpose
    assert.equal(sv.code, undefined, 'a server died during the tests: ' + sv.log.slice(-10).join(' / '));
    await sv.stop();
    const bad = sv.log.filter((l) => /AddressSanitizer|LeakSanitizer|runtime error/.test(l));
    assert.deepEqual(bad, [], 'sanitizer reports from the server');
    assert.equal(sv.code, 0, 'exit status after quit; last output: ' + sv.log.slice(-10).join(' / '));
  }
});
