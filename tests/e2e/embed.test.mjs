// The widget on a host page (www/embed.html and a made-up host): highlight() leaves the host's
// text and handlers alone and clear() restores its HTML exactly; <presslens-article> does the
// same declaratively; options choose types; styles do not leak; screenshots of the demo page.

import test from 'node:test';
import assert from 'node:assert/strict';
import { BACKENDS, WWW, launch, requirePkg, saveScreenshot, serve } from './harness.mjs';

requirePkg();

for (const backend of BACKENDS) {
  test(`widget with the ${backend.name} analyser`, async (t) => {
    const server = await serve({ mounts: backend.mounts });
    const browser = await launch();
    t.after(async () => {
      await browser.close();
      await server.close();
    });
    const page = browser.context.pages()[0];
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${server.url}/embed.html`);
    await page.waitForFunction(() => document.getElementById('brief').analysis !== null);

    await t.test('highlight() keeps the text, the markup and the handlers; clear() restores the HTML', async () => {
      const before = await page.evaluate(() => {
        const body = document.getElementById('story-body');
        return { html: body.innerHTML, text: body.textContent, styles: getComputedStyle(body.querySelector('p')).cssText };
      });
      await page.check('#toggle-highlights');
      await page.waitForFunction(() => document.getElementById('toggle-status').textContent.startsWith('presslens:'));
      const during = await page.evaluate(() => ({
        html: document.getElementById('story-body').innerHTML,
        text: document.getElementById('story-body').textContent,
        cards: document.querySelectorAll('presslens-card').length,
      }));
      assert.equal(during.text, before.text, 'textContent unchanged while highlighted');
      assert.equal(during.html, before.html, 'not even the markup changes: highlights are ranges');
      await page.click('#share');
      assert.equal(await page.$eval('#share-status', (el) => el.textContent), 'Link copied.', "the host's handler still runs");
      await page.uncheck('#toggle-highlights');
      const after = await page.evaluate(() => ({
        html: document.getElementById('story-body').innerHTML,
        cards: document.querySelectorAll('presslens-card').length,
      }));
      assert.equal(after.html, before.html, 'innerHTML equals the original after clear()');
      assert.equal(after.cards, during.cards - 1, 'the card host is removed');
    });

    await t.test('Tab reaches every widget highlight in text order and opens its card; the host DOM stays', async () => {
      const before = await page.$eval('#story-body', (el) => ({ html: el.innerHTML, text: el.textContent }));
      await page.check('#toggle-highlights');
      await page.waitForFunction(() => document.getElementById('toggle-status').textContent.startsWith('presslens:'));
      // The marks sit in a shadow root just after the element, one per shown entity and claim, in
      // text order, each over its words.
      const layout = await page.evaluate(async () => {
        const { mapText, rangeOf } = await import('/lib/textmap.js');
        const presslens = await import('/presslens.js');
        const body = document.getElementById('story-body');
        const host = body.nextElementSibling;
        const map = mapText(body);
        const analysis = presslens.analyze(map.text);
        const spans = [
          ...analysis.entities.map((e) => ({ start: e.start, end: e.end, claim: false })),
          ...analysis.claims.filter((c) => c.content.length).map((c) => ({ start: c.content[0].start, end: c.content[0].end, claim: true })),
        ].sort((a, b) => a.start - b.start || (a.claim ? -1 : 1));
        const buttons = host?.shadowRoot ? [...host.shadowRoot.querySelectorAll('.mark')] : [];
        const over = buttons.map((button, k) => {
          const box = button.getBoundingClientRect();
          const first = rangeOf(map, spans[k].start, spans[k].end).getClientRects()[0];
          return Math.abs(box.left - first.left) < 1 && Math.abs(box.top - first.top) < 1 && Math.abs(box.width - Math.max(first.width, 4)) < 1;
        });
        return { tag: host?.localName, marks: buttons.length, spans: spans.length, over, labels: buttons.map((b) => b.getAttribute('aria-label')) };
      });
      assert.equal(layout.tag, 'presslens-marks');
      assert.ok(layout.marks > 0 && layout.marks === layout.spans, `one mark per highlight (${layout.marks} of ${layout.spans})`);
      assert.ok(layout.over.every(Boolean), 'each mark lies over the first line of its words');
      const during = await page.$eval('#story-body', (el) => ({ html: el.innerHTML, text: el.textContent }));
      assert.deepEqual(during, before, 'the element itself is untouched');

      // From the story's last link, Tab walks the marks in order, each with its card, then leaves.
      await page.focus('#story-body a');
      const reached = [];
      for (;;) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const host = document.activeElement;
          const inner = host?.shadowRoot?.activeElement;
          const card = [...document.querySelectorAll('presslens-card')].map((c) => c.shadowRoot.querySelector('.card')).find((c) => !c.hidden);
          const visible = card ? card.getBoundingClientRect() : null;
          return {
            mark: host?.localName === 'presslens-marks' && !!inner?.classList.contains('mark'),
            id: host?.id,
            label: inner?.getAttribute('aria-label') ?? null,
            card: card?.textContent ?? null,
            inView: visible ? visible.left >= 0 && visible.right <= innerWidth && visible.top >= 0 && visible.bottom <= innerHeight : false,
          };
        });
        if (!focus.mark) {
          assert.equal(focus.id, 'share', 'after the last mark, Tab goes on to the host page');
          break;
        }
        assert.ok(focus.card, `a card is open for ${focus.label}`);
        assert.ok(focus.inView, `the card for ${focus.label} is inside the viewport`);
        reached.push(focus.label);
        assert.ok(reached.length <= layout.marks);
      }
      assert.deepEqual(reached, layout.labels);
      // Escape closes the card; Tab from the share button reaches <presslens-article>'s marks.
      await page.focus('#story-body a');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Escape');
      assert.equal(await page.evaluate(() => [...document.querySelectorAll('presslens-card')].every((c) => c.shadowRoot.querySelector('.card').hidden)), true);
      await page.focus('#share');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.previousElementSibling?.id), 'brief');

      await page.uncheck('#toggle-highlights');
      const after = await page.evaluate(() => ({
        html: document.getElementById('story-body').innerHTML,
        next: document.getElementById('story-body').nextElementSibling.id,
        marks: document.querySelectorAll('presslens-marks').length,
      }));
      assert.equal(after.html, before.html);
      assert.equal(after.next, 'share', 'clear() removes the marks');
      assert.equal(after.marks, 1, "only <presslens-article>'s marks are left");
    });

    await t.test('every highlight covers exactly its entity across inline markup and paragraphs', async () => {
      const result = await page.evaluate(async () => {
        const presslens = await import('/presslens.js');
        await presslens.ready();
        const body = document.getElementById('story-body');
        const handle = presslens.highlight(body);
        const painted = {};
        for (const [name, h] of CSS.highlights) painted[name] = [...h].filter((r) => body.contains(r.startContainer)).map((r) => r.toString());
        const direct = presslens.analyze(handle.text);
        handle.clear();
        const left = [...CSS.highlights].reduce((n, [, h]) => n + h.size, 0);
        return { text: handle.text, analysis: handle.analysis, direct, painted, left };
      });
      assert.deepEqual(result.analysis, result.direct, 'highlight() analyses exactly the text it maps');
      assert.ok(result.text.includes('Port Ellery\'s council voted on Monday'));
      assert.ok(result.text.includes('finish.\n\n“We cannot wait'), 'paragraphs become line breaks');
      assert.ok(result.text.includes('flooded four times last winter'), 'inline markup is read through');
      for (const label of new Set(result.analysis.entities.map((e) => e.label))) {
        assert.deepEqual(result.painted[`presslens-${label}`] ?? [], result.analysis.entities.filter((e) => e.label === label).map((e) => e.text), label);
      }
      // The <presslens-article> in the page keeps its ranges; nothing of the story's is left.
      const brief = await page.evaluate(() => document.getElementById('brief').analysis);
      const briefCount = brief.entities.filter((e) => ['PERSON', 'ORG', 'GPE', 'MONEY', 'PERCENT'].includes(e.label)).length
        + brief.claims.reduce((n, c) => n + c.content.length + c.hedges.length, 0);
      assert.equal(result.left, briefCount);
    });

    await t.test('the text map reads across markup, skips scripts, collapses spaces and maps back exactly', async () => {
      const r = await page.evaluate(async () => {
        const { mapText, rangeOf, indexAt } = await import('/lib/textmap.js');
        const host = document.createElement('div');
        host.innerHTML = `
          <h2>Title  <em>with</em>
             spaces</h2>
          <p>A <a href="#">link 😀</a><b>bold</b>text<br>after<script>var hidden = 1;</script><style>p{}</style> 北京
          </p><ul><li>one</li><li>two <span>Cafe\u0301</span></li></ul>`;
        document.body.append(host);
        const map = mapText(host);
        const checks = [];
        // Every unit of the text maps to a DOM position holding the same character (or a break).
        for (let i = 0; i < map.text.length; i++) {
          if (map.nodeOf[i] < 0) {
            checks.push(map.text[i] === '\n');
            continue;
          }
          const node = map.nodes[map.nodeOf[i]];
          const ch = node.data[map.offsetOf[i]];
          checks.push(/\s/.test(ch) ? map.text[i] === ' ' : ch === map.text[i]);
          checks.push(indexAt(map, node, map.offsetOf[i]) === i);
        }
        // Ranges over any word give that word back, also across elements.
        const slices = ['link 😀', '😀bold', 'boldtext', '北京', 'two Cafe\u0301', 'with spaces'].map((w) => {
          const at = map.text.indexOf(w);
          return at < 0 ? null : rangeOf(map, at, at + w.length).toString().replace(/\s+/g, ' ');
        });
        host.remove();
        return { text: map.text, ok: checks.every(Boolean), slices };
      });
      assert.equal(r.text, 'Title with spaces\n\nA link 😀boldtext\nafter 北京\n\none\n\ntwo Cafe\u0301');
      assert.ok(r.ok, 'every unit maps to its character and back');
      assert.deepEqual(r.slices, ['link 😀', '😀bold', 'boldtext', '北京', 'two Cafe\u0301', 'with spaces']);
    });

    await t.test('preformatted text keeps its spaces and line breaks, in the map and in the highlights', async () => {
      const r = await page.evaluate(async () => {
        const { mapText } = await import('/lib/textmap.js');
        const presslens = await import('/presslens.js');
        const host = document.createElement('div');
        host.innerHTML = '<pre>  Mayor Ines Marchetti said on Friday\n    that   12 percent\tmore buses will run.</pre>'
          + '<div>Anna  Berg\nsaid so.</div><div>x   \n   y  z</div><p>c   d</p>';
        // Set through the CSSOM: the page's CSP refuses style attributes.
        host.children[1].style.whiteSpace = 'pre-wrap';
        host.children[2].style.whiteSpace = 'pre-line';
        document.body.append(host);
        const map = mapText(host);
        const exact = map.nodeOf.every((n, i) => n < 0 || map.nodes[n].data[map.offsetOf[i]] === map.text[i]
          || (/\s/.test(map.text[i]) && /\s/.test(map.nodes[n].data[map.offsetOf[i]])));
        const pre = host.querySelector('pre');
        const handle = presslens.highlight(pre, { cards: false });
        const painted = [];
        for (const [, h] of CSS.highlights) for (const range of h) if (pre.contains(range.startContainer)) painted.push(range.toString());
        const entities = handle.analysis.entities.map((e) => e.text);
        handle.clear();
        host.remove();
        return { text: map.text, exact, preText: pre.textContent, handleText: handle.text, painted, entities };
      });
      assert.equal(r.text, '  Mayor Ines Marchetti said on Friday\n    that   12 percent\tmore buses will run.\n\nAnna  Berg\nsaid so.\n\nx\ny z\n\nc d');
      assert.ok(r.exact, 'every unit maps to its own character');
      assert.equal(r.handleText, r.preText, 'highlight() reads a <pre> exactly as it is');
      assert.ok(r.entities.length > 0);
      for (const text of r.entities) assert.ok(r.painted.includes(text), `painted exactly: ${JSON.stringify(text)}`);
    });

    await t.test('options: only the chosen types, no claims, no cards, no keyboard marks', async () => {
      const counts = await page.evaluate(async () => {
        const presslens = await import('/presslens.js');
        const body = document.getElementById('story-body');
        const handle = presslens.highlight(body, { types: ['MONEY'], claims: false, cards: false });
        const size = (name) => CSS.highlights.get(`presslens-${name}`)?.size ?? 0;
        const marks = [...body.nextElementSibling.shadowRoot.querySelectorAll('.mark')].map((m) => m.getAttribute('aria-label').split(' ')[0]);
        const out = { money: size('MONEY'), claim: size('claim'), cards: document.querySelectorAll('presslens-card').length, marks };
        const brief = document.getElementById('brief').analysis;
        out.briefMoney = brief.entities.filter((e) => e.label === 'MONEY').length;
        out.briefClaims = brief.claims.reduce((n, c) => n + c.content.length, 0);
        out.storyMoney = handle.analysis.entities.filter((e) => e.label === 'MONEY').length;
        out.storyPeople = handle.analysis.entities.filter((e) => e.label === 'PERSON').length;
        out.people = size('PERSON') - brief.entities.filter((e) => e.label === 'PERSON').length;
        handle.clear();
        const quiet = presslens.highlight(body, { keyboard: false });
        out.keyboardOff = body.nextElementSibling.localName;
        quiet.clear();
        return out;
      });
      assert.equal(counts.money, counts.storyMoney + counts.briefMoney);
      assert.equal(counts.people, 0, 'PERSON not painted when not asked for');
      assert.equal(counts.claim, counts.briefClaims, 'no claims painted for the story');
      assert.equal(counts.cards, 1, 'only the custom element has a card');
      assert.deepEqual(counts.marks, Array(counts.storyMoney).fill('MONEY'), 'marks only for the types shown, none for claims');
      assert.equal(counts.keyboardOff, 'button', 'keyboard: false adds no marks');
    });

    await t.test('<presslens-article> follows its content and its types attribute', async () => {
      const state = await page.evaluate(async () => {
        const el = document.getElementById('brief');
        const done = () => new Promise((ok) => el.addEventListener('presslens-highlighted', (e) => ok(e.detail), { once: true }));
        const wait = done();
        el.querySelector('p').append(' Mayor Ines Marchetti said on Friday that 12 percent more buses will run.');
        const updated = await wait;
        const wait2 = done();
        el.setAttribute('types', 'PERCENT');
        await wait2;
        const labels = new Set(updated.entities.map((e) => e.label));
        const others = [...labels].filter((l) => l !== 'PERCENT').reduce((n, l) => n + (CSS.highlights.get(`presslens-${l}`)?.size ?? 0), 0);
        const text = el.textContent;
        el.remove();
        const left = [...CSS.highlights].reduce((n, [, h]) => n + h.size, 0);
        const marks = document.querySelectorAll('presslens-marks').length;
        return { sees: updated === el.analysis || updated.sentences.length > 0, includes: text.includes('12 percent'), others, left, marks };
      });
      assert.ok(state.includes);
      assert.equal(state.others, 0, 'only PERCENT after types="PERCENT"');
      assert.equal(state.left, 0, 'removing the element clears its highlights');
      assert.equal(state.marks, 0, 'and its keyboard marks');
    });

    await t.test('styles do not leak: the host keeps its own look', async () => {
      const sheets = await page.evaluate(() => [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)));
      for (const rule of sheets) {
        if (rule.startsWith('@media')) continue;
        assert.match(rule, /^::highlight\(presslens-[A-Za-z]+\)/, `only presslens highlight rules: ${rule}`);
      }
    });

    await t.test('the widget loads the npm package from node_modules when told where it is', async () => {
      const other = await serve({
        mounts: { '/node_modules/presslens/': backend.mounts['/pkg/'] ?? `${WWW}/pkg`, '/pkg/': `${WWW}/no-such-dir` },
        extra: { '/site.html': { type: 'text/html; charset=utf-8', body: '<!doctype html><title>site</title><p id="p">Anna Berg said 12 percent.</p>' } },
      });
      try {
        const site = await browser.context.newPage();
        await site.goto(`${other.url}/site.html`);
        const result = await site.evaluate(async () => {
          const presslens = await import('/presslens.js');
          await presslens.ready({ pkg: '/node_modules/presslens/presslens.js' });
          const handle = presslens.highlight(document.getElementById('p'));
          return { text: handle.text, sentences: handle.analysis.sentences.length, schema: handle.analysis.schema_version };
        });
        assert.deepEqual(result, { text: 'Anna Berg said 12 percent.', sentences: 1, schema: 1 });
        await site.close();
      } finally {
        await other.close();
      }
    });

    await t.test('screenshots of the demo news page: light, dark, phone width', async () => {
      await page.goto(`${server.url}/embed.html`);
      await page.waitForFunction(() => document.getElementById('brief').analysis !== null);
      await page.check('#toggle-highlights');
      await page.waitForFunction(() => document.getElementById('toggle-status').textContent.startsWith('presslens:'));
      // Hover the start of the second paragraph's quote, so the shots show a card.
      const hover = async () => {
        const box = await page.evaluate(() => {
          const r = new Range();
          const text = document.querySelector('#story-body p:nth-of-type(2)').firstChild;
          r.setStart(text, 3);
          r.setEnd(text, 5);
          const b = r.getBoundingClientRect();
          return { x: b.x + 2, y: b.y + b.height / 2 };
        });
        await page.mouse.move(1, 1);
        await page.mouse.move(box.x, box.y);
        await page.waitForTimeout(100);
      };
      await hover();
      await saveScreenshot(page, `embed-${backend.name}-light.png`);
      // A highlight reached by keyboard: its focus ring and card.
      await page.mouse.move(1, 1);
      await page.focus('#story-body a');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await saveScreenshot(page, `embed-${backend.name}-focus.png`, { fullPage: false });
      await page.keyboard.press('Escape');
      await hover();
      await page.emulateMedia({ colorScheme: 'dark' });
      await saveScreenshot(page, `embed-${backend.name}-dark.png`);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize({ width: 390, height: 844 });
      await hover();
      await saveScreenshot(page, `embed-${backend.name}-phone.png`, { fullPage: false });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `no sideways scrolling at 390 px (${overflow} px)`);
    });

    assert.deepEqual(errors, []);
  });
}
