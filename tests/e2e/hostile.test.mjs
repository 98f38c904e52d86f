// Hostile input: XSS payloads pasted into the page and placed (as text) in a host page that
// embeds the widget. None may execute (no dialog, no new global, no request) and all must read
// as text. Run with the real analyser and with the stand-in, whose results turn payload text
// into entities and claims, so it also reaches the cards, marks and panel.

import test from 'node:test';
import assert from 'node:assert/strict';
import { BACKENDS, launch, openPage, paste, recordRequests, requirePkg, serve } from './harness.mjs';

requirePkg();

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1;alert(1)">',
  '<script>window.__xss=2;alert(2)</script>',
  '</textarea><script>window.__xss=3</script>',
  '</div></main><script>window.__xss=4</script>',
  '<svg onload="window.__xss=5;alert(5)"></svg>',
  '<svg><script>window.__xss=6</script></svg>',
  '<a href="javascript:window.__xss=7;alert(7)">Click Here</a>',
  'javascript:window.__xss=8;alert(8)',
  '"><img src=x onerror=window.__xss=9>',
  "'><svg/onload=window.__xss=10>",
  '" autofocus onfocus="window.__xss=11',
  "' onmouseover='window.__xss=12",
  '<iframe src="javascript:parent.__xss=13"></iframe>',
  '<iframe srcdoc="<script>parent.__xss=14</script>"></iframe>',
  '<body onload=window.__xss=15>',
  '<input autofocus onfocus=window.__xss=16>',
  '<details open ontoggle=window.__xss=17>',
  '<object data="javascript:window.__xss=18"></object>',
  '<embed src="javascript:window.__xss=19">',
  '<video><source onerror="window.__xss=20"></video>',
  '<marquee onstart=window.__xss=21>Breaking News</marquee>',
  '<form action="javascript:window.__xss=22"><button>Go</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=23">',
  '<base href="http://127.0.0.1:9/">',
  '<link rel=stylesheet href="http://127.0.0.1:9/x.css">',
  '<style>@import "http://127.0.0.1:9/y.css"; body{background:url(http://127.0.0.1:9/z.png)}</style>',
  '<div style="background:url(javascript:window.__xss=27)">Alice Smith</div>',
  '<template><img src=x onerror=window.__xss=28></template>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=29>',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=30>">',
  '{{constructor.constructor("window.__xss=31")()}}',
  '&lt;img src=x onerror=window.__xss=32&gt; &amp;#x3C;script&#x3E;',
  '<svg><animate onbegin=window.__xss=33 attributeName=x dur=1s>',
  '“<img src=x onerror=window.__xss=34>,” said Robert Tables, who “may” <b onmouseover=alert(34)>pay</b> 10 million euros.',
];

/** The whole article most tests paste: every payload, as lines of a text with names around. */
const ARTICLE = PAYLOADS.map((p, i) => `Reporter Jane Doe${i} wrote: “${p}” on Monday.`).join('\n');

const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function hostPage() {
  const paragraphs = PAYLOADS.map((p, i) => `<p>Reporter <a href="#n${i}">Jane Doe${i}</a> wrote: <em>“${escapeHtml(p)}”</em> on Monday.</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script type="module" src="/presslens.js"></script></head><body>
<article id="host">${paragraphs}</article>
<presslens-article id="declared">${paragraphs}</presslens-article>
</body></html>`;
}

/** Watches for execution: dialogs, requests, and window globals added after the baseline. */
async function watch(context, page) {
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  const requests = recordRequests(context);
  const baseline = await page.evaluate(() => Object.getOwnPropertyNames(window));
  return {
    async assertNothingRan(where) {
      await page.waitForTimeout(150); // let any onerror/onload fire
      assert.deepEqual(dialogs, [], `${where}: no dialog`);
      assert.deepEqual(requests, [], `${where}: no request`);
      const globals = await page.evaluate((before) => Object.getOwnPropertyNames(window).filter((k) => !before.includes(k)), baseline);
      assert.deepEqual(globals, [], `${where}: no new global`);
    },
  };
}

const DANGEROUS = 'img, iframe, object, embed, video, audio, source, svg, math, form, base, marquee, details, template, noscript, input, textarea, meta[http-equiv="refresh"], [onerror], [onload], [onfocus], [onmouseover], a[href^="javascript"]';

for (const backend of BACKENDS) {
  test(`hostile input with the ${backend.name} analyser`, async (t) => {
    const server = await serve({ mounts: backend.mounts, extra: { '/host.html': { type: 'text/html; charset=utf-8', body: hostPage() } } });
    const browser = await launch();
    t.after(async () => {
      await browser.close();
      await server.close();
    });

    await t.test(`${PAYLOADS.length} payloads pasted into the page render as text and never run`, async () => {
      const { page } = await openPage(browser.context, `${server.url}/`);
      // The page's own inputs (legend checkboxes, the file picker) are counted once, before.
      const before = await page.evaluate((selector) => ({
        heads: document.querySelectorAll('script, link, style, meta').length,
        dangerous: document.querySelectorAll(selector).length,
      }), DANGEROUS);
      const watcher = await watch(browser.context, page);
      for (const payload of [...PAYLOADS, ARTICLE]) {
        await paste(page, payload);
        const state = await page.evaluate((selector) => ({
          nodes: [...document.getElementById('editor').childNodes].map((n) => n.nodeType),
          text: document.getElementById('editor').textContent,
          dangerous: document.querySelectorAll(selector).length,
          heads: document.querySelectorAll('script, link, style, meta').length,
        }), DANGEROUS);
        assert.deepEqual(state.nodes, [3], 'the editor holds one text node');
        assert.equal(state.text, payload);
        assert.equal(state.dangerous, before.dangerous, 'no element made from the payload');
        assert.equal(state.heads, before.heads);
      }
      // Cards and the panel show the payload words as text: focus every mark (cards), and
      // click every panel button (selection and scrolling).
      const marks = await page.$$eval('.mark', (els) => els.length);
      for (let k = 0; k < marks; k++) {
        await page.focus(`.mark >> nth=${k}`);
        assert.equal(await page.$eval('#card', (el) => el.hidden), false, 'the card opens on focus');
      }
      for (const button of await page.$$('#panel button')) await button.click();
      assert.equal(await page.evaluate((selector) => document.querySelectorAll(selector).length, DANGEROUS), before.dangerous);
      await watcher.assertNothingRan('page');
    });

    await t.test('the same payloads in a host page stay text under highlight() and <presslens-article>', async () => {
      const page = await browser.context.newPage();
      await page.goto(`${server.url}/host.html`);
      await page.waitForFunction(() => document.getElementById('declared').analysis !== null);
      const watcher = await watch(browser.context, page);
      const original = await page.evaluate(() => ({ html: document.getElementById('host').innerHTML, text: document.getElementById('host').textContent }));
      const result = await page.evaluate(async () => {
        const presslens = await import('/presslens.js');
        await presslens.ready();
        const handle = presslens.highlight(document.getElementById('host'));
        window.__handle = handle;
        return { text: handle.text, entities: handle.analysis.entities.length };
      });
      for (const p of PAYLOADS) assert.ok(result.text.includes(p), `analysed as text: ${p}`);
      // Hover over every paragraph's payload: cards render in a shadow root, as text.
      for (const em of await page.$$('#host em')) {
        await em.scrollIntoViewIfNeeded();
        const box = await em.boundingBox();
        await page.mouse.move(box.x + 12, box.y + 8);
        await page.waitForTimeout(30);
      }
      assert.equal(await page.evaluate(() => document.querySelectorAll('presslens-card').length), 2, 'one card per highlighted element');
      const cardElements = await page.evaluate((selector) => [...document.querySelectorAll('presslens-card')]
        .map((c) => c.shadowRoot.querySelectorAll(selector).length), DANGEROUS);
      assert.ok(cardElements.every((n) => n === 0));
      assert.equal(await page.evaluate(() => document.getElementById('host').textContent), original.text);
      await page.evaluate(() => window.__handle.clear());
      assert.equal(await page.evaluate(() => document.getElementById('host').innerHTML), original.html);
      await page.evaluate(() => { delete window.__handle; });
      await watcher.assertNothingRan('embed');
      await page.close();
    });
  });
}

// A hostile samples/index.json (the page reads it at start-up) cannot make the page fetch from
// anywhere but its own origin, however the path is spelled ("\\host/x" resolves like
// "//host/x"). The test server's CSP would block such a fetch, so the test listens for the
// attempt itself: a CSP violation.
test('sample files come from the page\'s own origin only', async () => {
  const good = 'A sample that is fine.';
  const index = ['\\\\127.0.0.2:9/a.txt', '//127.0.0.2:9/b.txt', 'http://127.0.0.2:9/c.txt', 'javascript:alert(1)', 'good.txt'];
  const server = await serve({
    extra: {
      '/samples/index.json': { type: 'application/json', body: JSON.stringify(index) },
      '/samples/good.txt': { type: 'text/plain; charset=utf-8', body: good },
    },
  });
  const browser = await launch();
  try {
    const requests = recordRequests(browser.context);
    await browser.context.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.blockedURI));
    });
    const { page, errors } = await openPage(browser.context, `${server.url}/`);
    await page.waitForTimeout(500);
    assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no fetch was tried elsewhere');
    await page.waitForFunction(() => !document.getElementById('sample').hidden, null, { timeout: 5000 });
    assert.ok(requests.every((url) => new URL(url).origin === server.url), requests.join('\n'));
    await page.click('#sample');
    await page.waitForFunction((t) => document.getElementById('editor').textContent === t, good);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
