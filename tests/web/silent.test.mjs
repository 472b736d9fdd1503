// A Wi-Fi that drops without closing anything: the page's socket stays "open" and what it sends
// goes nowhere (playwright's routeWebSocket stands between page and server and swallows every
// frame, and refuses new connections, while `silent`). The page must notice by itself, say so,
// and send the answer once the network is back — not show "Sending…" for ever.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PACK, PHONE, SHORT_FILE, Server, sleep, newStudent, axe, shot, waitText, waitQuestion, join, answeredCount, setup, endChecks } from './lib/harness.mjs';
import { pickOption, submit, waitReceived } from './lib/answering.mjs';

setup();

test('an answer sent into a silent network: the page notices, says so, and sends it when the network is back', async () => {
  const S = await Server.start('silent');
  const hal = await newStudent('Hal', PHONE);
  let silent = false;
  let opened = 0;
  await hal.page.routeWebSocket(/\/ws$/, (ws) => {
    if (silent) { ws.close(); return; } // no new connection while the network is down
    opened++;
    const server = ws.connectToServer();
    ws.onMessage((m) => { if (!silent) server.send(m); });
    server.onMessage((m) => { if (!silent) ws.send(m); });
  });
  await join(hal, S, 'Hal');
  await waitText(hal, '#lobby-title', /Waiting for the teacher/);
  await S.cmd('start');
  await waitQuestion(hal, 1);
  assert.equal(opened, 1, 'one connection so far');

  silent = true; // the Wi-Fi drops; the socket does not know
  hal.serverDown = true; // the reconnect attempts are refused: the browser logs them
  await pickOption(hal, PACK.questions[0].answer, 'tap');
  await submit(hal, 'tap');
  await waitText(hal, '#banner', /Connection lost\. Reconnecting/, 15000);
  await waitText(hal, '#status-line', /Not connected: your answer is sent as soon as the connection is back/);
  await axe(hal, 'silent network, answer waiting');
  await shot(hal, 'answer-waiting');
  assert.equal(answeredCount(await S.status()), 0, 'the answer did not reach the server');

  silent = false; // the network is back
  await waitReceived(hal); // within the reconnect backoff (at most 10 s) — waitText allows 10 s
  await hal.page.waitForSelector('#banner[hidden]', { state: 'attached', timeout: 5000 });
  hal.serverDown = false;
  assert.ok(opened >= 2, 'a new connection carried the answer');
  assert.equal(answeredCount(await S.status()), 1, 'the server has the answer, once');
  const checked = await hal.page.locator('#answer-body input[name=opt]:checked').evaluateAll((xs) => xs.map((x) => +x.value));
  assert.deepEqual(checked, [PACK.questions[0].answer], 'the answer given is still shown');
  await S.cmd('reveal');
  await waitText(hal, '#result-title', /Right!/);
});

test('an answer still waiting for the network when the time runs out: the page says it never arrived', async () => {
  const S = await Server.start('silent-short', [], 'silent-short', SHORT_FILE); // 15 seconds
  const ivo = await newStudent('Ivo', PHONE);
  let silent = false;
  await ivo.page.routeWebSocket(/\/ws$/, (ws) => {
    if (silent) { ws.close(); return; }
    const server = ws.connectToServer();
    ws.onMessage((m) => { if (!silent) server.send(m); });
    server.onMessage((m) => { if (!silent) ws.send(m); });
  });
  await join(ivo, S, 'Ivo');
  await waitText(ivo, '#lobby-title', /Waiting for the teacher/);
  await S.cmd('start');
  await waitQuestion(ivo, 1, 1);
  silent = true;
  ivo.serverDown = true;
  await pickOption(ivo, 0, 'tap');
  await submit(ivo, 'tap');
  await waitText(ivo, '#status-line', /Not connected/, 15000);
  for (let i = 0; i < 40 && (await S.status()).phase !== 'time_up'; i++) await sleep(500);
  assert.equal((await S.status()).phase, 'time_up');
  silent = false;
  await waitText(ivo, '#status-line', /did not reach the teacher’s computer before the time was up/, 15000);
  ivo.serverDown = false;
  assert.equal(answeredCount(await S.status()), 0);
  await axe(ivo, 'answer that never arrived');
});

endChecks();
