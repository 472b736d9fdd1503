// Students' names as a class types them: a long Arabic name (more than 40 bytes, fewer than 40
// characters) is welcome, and a right-to-left name does not drag the score beside it into its
// own direction ("0 · مريم points" instead of "مريم · 0 points").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, Server, newStudent, axe, shot, waitText, join, setup, endChecks } from './lib/harness.mjs';

setup();

const LONG_ARABIC = 'عبد الرحمن محمد الحسيني'; // 23 characters, 42 bytes of UTF-8

test('a long Arabic name joins, and the header keeps the name and the score apart', async () => {
  assert.ok(Buffer.byteLength(LONG_ARABIC) > 40 && [...LONG_ARABIC].length < 40);
  const S = await Server.start('names');
  const st = await newStudent('Arabic', PHONE);
  await join(st, S, LONG_ARABIC);
  await waitText(st, '#lobby-title', /Waiting for the teacher/);
  assert.equal(await st.page.locator('#who-name').textContent(), LONG_ARABIC);
  assert.equal(await st.page.locator('#lobby-name').textContent(), LONG_ARABIC);
  // the score reads after the name: every piece of it right of the name (an isolated name), and
  // the lobby's sentence ends with its full stop after the name
  const layout = await st.page.evaluate(() => {
    const name = document.getElementById('who-name').getBoundingClientRect();
    const score = [...document.getElementById('who-score').getClientRects()].map((r) => r.left);
    const lobby = document.getElementById('lobby-name').getBoundingClientRect();
    const para = document.getElementById('lobby-name').closest('p');
    const range = document.createRange();
    const last = para.lastChild; // the text node ". Read the article while you wait."
    range.setStart(last, 0); range.setEnd(last, 1);
    return { nameRight: name.right, nameTop: name.top, scoreLefts: score, lobbyRight: lobby.right, lobbyTop: lobby.top,
      dot: range.getBoundingClientRect().left, dotTop: range.getBoundingClientRect().top, dotText: last.textContent.slice(0, 1) };
  });
  for (const l of layout.scoreLefts) assert.ok(l >= layout.nameRight - 1, 'the score is right of the name: ' + JSON.stringify(layout));
  assert.equal(layout.dotText, '.');
  if (Math.abs(layout.dotTop - layout.lobbyTop) < 4) assert.ok(layout.dot >= layout.lobbyRight - 1, 'the full stop follows the name: ' + JSON.stringify(layout));
  await axe(st, 'lobby with an Arabic name');
  await shot(st, 'lobby-arabic-name');
  assert.equal((await S.status()).students[0].name, LONG_ARABIC, 'the teacher sees the name as typed');
});

endChecks();
