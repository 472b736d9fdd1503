// answering.mjs — a student answering by hand: tap, click or keys, per format, and what the page
// must show after the reveal.
import assert from 'node:assert/strict';
import { waitText } from './harness.mjs';

export async function pickOption(st, i, how) {
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
export async function submit(st, how) {
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
export async function waitReceived(st) {
  await waitText(st, '#status-line', /Answer received/);
}
// Order: put the rows into the given order of texts, by touch, by mouse, or by keyboard and buttons.
export async function arrange(st, want, how) {
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
export async function touchDrag(st, x, y0, y1) {
  if (!st.cdp) st.cdp = await st.ctx.newCDPSession(st.page);
  const send = (type, y) => st.cdp.send('Input.dispatchTouchEvent', {
    type, touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1, radiusX: 5, radiusY: 5, force: 1 }] });
  await send('touchStart', y0);
  for (let k = 1; k <= 8; k++) await send('touchMove', y0 + ((y1 - y0) * k) / 8);
  await send('touchEnd', y1);
  await st.page.waitForTimeout(350); // a person's next tap comes later than a double tap's 300 ms
}
export async function pickSentence(st, containing, how) {
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

export async function assertEvidenceShown(st, label) {
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
