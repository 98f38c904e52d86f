// Keyboard use (Tab reaches every highlight and then the panel; a card opens on focus) and
// privacy (once the page or the demo news page has loaded, nothing is requested: typing,
// hovering, toggling, panel clicks and highlight() all stay in the browser).

import test from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { BACKENDS, SAMPLE_PATH, launch, openPage, paste, recordRequests, requirePkg, sampleRoutes, serve } from './harness.mjs';

requirePkg();
const SAMPLE = await readFile(SAMPLE_PATH, 'utf8');

for (const backend of BACKENDS) {
  test(`keyboard and privacy with the ${backend.name} analyser`, async (t) => {
    const server = await serve({ mounts: backend.mounts, extra: await sampleRoutes() });
    const browser = await launch();
    t.after(async () => {
      await browser.close();
      await server.close();
    });
    const { page } = await openPage(browser.context, `${server.url}/`);
    const requests = recordRequests(browser.context);

    await t.test('Tab from the text reaches every highlight in order, then the panel; cards open on focus', async () => {
      await page.click('#sample');
      await page.waitForFunction((t) => document.getElementById('editor').textContent === t
        && document.getElementById('status').dataset.state === 'done', SAMPLE);
      const expected = await page.$$eval('#marks .mark', (els) => els.map((el) => el.getAttribute('aria-label')));
      await page.focus('#editor');
      const reached = [];
      for (;;) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement;
          const card = document.getElementById('card');
          return { mark: el.classList.contains('mark'), label: el.getAttribute('aria-label'), inPanel: !!el.closest('#panel'), card: card.hidden ? null : card.textContent };
        });
        if (!focus.mark) {
          assert.ok(focus.inPanel, 'after the last highlight, Tab goes to the panel');
          break;
        }
        assert.ok(focus.card, `a card is open for ${focus.label}`);
        reached.push(focus.label);
        assert.ok(reached.length <= expected.length);
      }
      assert.deepEqual(reached, expected);
      await page.keyboard.press('Escape');
    });

    await t.test('the skip link leads to the panel, and panel buttons work by keyboard', async () => {
      assert.equal(await page.evaluate(() => document.querySelector('a[href], button, input, [tabindex]').className), 'skip', 'the skip link comes first');
      await page.focus('.skip');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'panel');
      const group = await page.$('#groups [data-group]');
      if (group) {
        await group.focus();
        await page.keyboard.press('Enter');
        const selected = await page.evaluate(() => String(getSelection()));
        assert.ok(selected.length > 0, 'Enter on a group selects a mention');
      }
      // The legend toggles by keyboard too.
      await page.focus('#legend input[data-type="claim"]');
      await page.keyboard.press('Space');
      assert.equal(await page.evaluate(() => CSS.highlights.has('presslens-claim')), false);
      await page.keyboard.press('Space');
    });

    await t.test('no request after load on the page', async () => {
      assert.deepEqual(requests, [], 'requests so far');
      await paste(page, `${SAMPLE}\n\nMore text typed by hand.`);
      await page.focus('#editor');
      await page.keyboard.type(' And a little more, “quoted” by Anna Berg.', { delay: 2 });
      // Panel buttons are rebuilt when the analysis of the typing lands: click the final ones.
      await page.waitForFunction(() => document.getElementById('editor').textContent.endsWith('Anna Berg.')
        && document.getElementById('status').dataset.state === 'done');
      await page.waitForTimeout(400);
      await page.mouse.move(200, 300);
      await page.mouse.move(400, 320);
      for (const button of (await page.$$('#panel button')).slice(0, 10)) await button.click();
      await page.click('#legend input[data-type="PERSON"]');
      await page.click('#sample');
      await page.waitForTimeout(300);
      assert.deepEqual(requests, [], 'requests after load');
    });

    await t.test('no request after load on the demo news page', async () => {
      const embed = await browser.context.newPage();
      await embed.goto(`${server.url}/embed.html`);
      await embed.waitForFunction(() => document.getElementById('brief').analysis !== null);
      await embed.waitForLoadState('load');
      requests.length = 0;
      await embed.check('#toggle-highlights');
      await embed.waitForFunction(() => document.getElementById('toggle-status').textContent.startsWith('presslens:'));
      await embed.mouse.move(300, 400);
      await embed.mouse.move(320, 520);
      await embed.click('#share');
      await embed.uncheck('#toggle-highlights');
      await embed.waitForTimeout(300);
      assert.deepEqual(requests, [], 'requests after load');
      await embed.close();
    });
  });
}
