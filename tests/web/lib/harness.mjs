// harness.mjs — what every browser test of the student page shares: the real `byline live` started
// headless on a free port (the teacher's commands go to its stdin), students in Debian's chromium
// (one browser per test file, one context per student) through playwright-core, axe-core,
// screenshots, waits that say what they saw, and the checks every file ends with.
//
//   BYLINE_BIN=path/to/byline                 the binary (default: ../../build/byline)
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
export const ROOT = path.resolve(here, '../../..');
const BYLINE = path.resolve(process.env.BYLINE_BIN || path.join(ROOT, 'build/byline'));
export const PACK_FILE = path.join(ROOT, 'tests/web/fixtures/live-six.json');
export const SHORT_FILE = path.join(ROOT, 'tests/web/fixtures/live-short.json'); // one question, a 15-second countdown
export const PACK = JSON.parse(fs.readFileSync(PACK_FILE, 'utf8'));
export const SHOTS = process.env.BYLINE_WEB_SCREENSHOTS ? path.resolve(ROOT, process.env.BYLINE_WEB_SCREENSHOTS) : '';
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'byline-web-'));
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };
export const LAPTOP = { viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 };
export const TABLET = { viewport: { width: 820, height: 1180 }, hasTouch: true, deviceScaleFactor: 1 };

let browser;
export const servers = [];
export const students = [];
export const axeLog = []; // every axe run: page, state, and the count of violations by impact

// ---- the server ---------------------------------------------------------------------------
export class Server {
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
export function answeredCount(st) {
  const a = st.answered;
  if (typeof a === 'number') return a;
  if (a && typeof a === 'object') return a.count ?? a.answered ?? 0;
  return 0;
}
export function studentCount(st) {
  return Array.isArray(st.students) ? st.students.length : (typeof st.students === 'number' ? st.students : -1);
}
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---- students -----------------------------------------------------------------------------
export async function newStudent(name, device, extra = {}) {
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

export async function shot(st, label) {
  if (!SHOTS) return;
  const kind = st.shotPrefix || (st.device === PHONE ? 'live-phone' : st.device === LAPTOP ? 'live-laptop' : 'live-tablet');
  await st.page.waitForTimeout(150); // the countdown bar's transition
  // a phone's page is long (the article, then the question): the whole of it, from the top (the
  // article keeps its own scroll, so a highlighted passage stays in view)
  if (st.device === PHONE) await st.page.evaluate(() => window.scrollTo(0, 0));
  // the pointer of the last tap stays where it was while the page scrolls: away with it, or the
  // sentence that is now under it looks hovered
  await st.page.mouse.move(0, 0);
  await st.page.screenshot({ path: path.join(SHOTS, kind + '-' + label + '.png'), fullPage: st.device === PHONE });
}

// The same view in the dark theme (the page follows the device's).
export async function shotDark(st, label) {
  if (!SHOTS) return;
  await st.page.emulateMedia({ colorScheme: 'dark' });
  await shot(st, label + '-dark');
  await st.page.emulateMedia({ colorScheme: null });
}

export async function axe(st, label) {
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

export const text = (st, sel) => st.page.locator(sel).textContent();
export async function waitText(st, sel, re, ms = 10000) {
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
export async function waitQuestion(st, n, count = PACK.questions.length) {
  await waitText(st, '#q-title', new RegExp('^Question ' + n + ' of ' + count + '$'));
}

export async function join(st, server, name) {
  await st.page.goto(server.url);
  assert.equal(await st.page.inputValue('#room'), 'TEST', 'the room code is filled from ?room=');
  await st.page.fill('#name', name);
  await st.page.click('#join-button');
}

// ---- the answer key must not reach a browser before its reveal -----------------------------

// One browser for the file's tests; at the end the students' contexts, the browser and the servers
// go, and the axe-core runs are listed.
export function setup() {
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
}

// Every file ends with these: nothing outside the teacher's computer was asked for, no CSP
// violation or script error on any student's page, and every server quits cleanly.
export function endChecks() {
  test('nothing leaves the server, the CSP holds, no script errors', async () => {
    assert.ok(students.length > 0);
    for (const s of students) {
      const outside = s.requests.filter((u) => !servers.some((sv) => u.startsWith(sv.base + '/')));
      assert.deepEqual(outside, [], s.name + ' asked for something outside the teacher’s computer');
      assert.deepEqual(s.problems, [], s.name + ': console errors or CSP violations');
    }
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
}
