// The page (www/index.html) in Chromium, with the real wasm analyser and with the hand-made
// stand-in: what is highlighted is exactly what analyze() returns, hover cards name the right
// group and speaker, offsets hold after emoji, CJK, combining marks and right-to-left script.
// Also saves screenshots (light, dark, phone width) and prints paste-to-highlight times.

import test from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  BACKENDS, SAMPLE_PATH, WWW, analyzeInPage, launch, openPage, paintedRanges, paste, requirePkg, sampleRoutes, saveScreenshot, serve, waitForAnalysis,
} from './harness.mjs';

requirePkg();
const SAMPLE = await readFile(SAMPLE_PATH, 'utf8');

const UNICODE = [
  'Émile Zoé met Ngũgĩ in Zürich on 3 May 2024. 😀👍🏽 “We agree,” said Ana\u0301 Pérez.',
  '北京 and 東京 signed a deal worth 100 million euros. 👨‍👩‍👧 The mayor of Tōkyō said “yes”.',
  'مرحبا بالعالم said Layla Haddad in Beirut; שלום עולם wrote David Cohen. 12 percent agreed.',
  'Combining: Cafe\u0301 Nescafe\u0301 Re\u0301sume\u0301 Ça Øresund — 🇧🇪 Belgium, 🏳️‍🌈 Brussels, 𝒜𝓁𝒾 Baba.',
].join('\n\n');

/** The painted entity and claim spans compared with analyze() of the same text. */
async function assertPaintedEqualsAnalysis(page, text) {
  const analysis = await analyzeInPage(page, text);
  const painted = await paintedRanges(page);
  const labels = new Set(analysis.entities.map((e) => e.label));
  for (const label of labels) {
    const expected = analysis.entities.filter((e) => e.label === label).map(({ start, end, text: t }) => ({ start, end, text: t }));
    const got = (painted[`presslens-${label}`] ?? []).map(({ start, end, text: t, inEditor }) => {
      assert.ok(inEditor, 'ranges lie on the editor text');
      return { start, end, text: t };
    });
    assert.equal(got.length, expected.length, `${label}: as many highlights as analyze() found`);
    assert.deepEqual(got, expected, `${label}: every highlight covers exactly its entity`);
    for (const e of expected) assert.equal(text.slice(e.start, e.end), e.text);
  }
  for (const [name, ranges] of Object.entries(painted)) {
    const label = name.replace('presslens-', '');
    if (['claim', 'hedge', 'current'].includes(label)) continue;
    assert.ok(labels.has(label) || ranges.length === 0, `nothing painted as ${label}`);
  }
  const contents = analysis.claims.flatMap((c) => c.content).map(({ start, end, text: t }) => ({ start, end, text: t }));
  const claimRanges = (painted['presslens-claim'] ?? []).map(({ start, end, text: t }) => ({ start, end, text: t }));
  assert.deepEqual(claimRanges, contents, 'claims underlined exactly');
  const hedges = analysis.claims.flatMap((c) => c.hedges).map(({ start, end, text: t }) => ({ start, end, text: t }));
  assert.deepEqual((painted['presslens-hedge'] ?? []).map(({ start, end, text: t }) => ({ start, end, text: t })), hedges, 'hedges marked exactly');
  const marks = await page.$$eval('#marks .mark', (els) => els.length);
  assert.equal(marks, analysis.entities.length + analysis.claims.filter((c) => c.content.length).length, 'one focusable mark per highlight');
  return analysis;
}

/** Centre of the first box of [start, end) of the editor text, in viewport pixels. */
function pointOver(page, start, end) {
  return page.evaluate(([s, e]) => {
    const range = new Range();
    const node = document.getElementById('editor').firstChild;
    range.setStart(node, s);
    range.setEnd(node, e);
    const box = range.getClientRects()[0];
    return { x: box.left + Math.min(box.width / 2, 6), y: box.top + box.height / 2 };
  }, [start, end]);
}

async function cardTextAt(page, start, end) {
  await page.evaluate(([s]) => {
    // Bring the words into view first so the pointer can reach them.
    const node = document.getElementById('editor').firstChild;
    const range = new Range();
    range.setStart(node, s);
    range.setEnd(node, s);
    const box = range.getBoundingClientRect();
    window.scrollBy(0, box.top - innerHeight / 2);
  }, [start]);
  const { x, y } = await pointOver(page, start, end);
  await page.mouse.move(x, y);
  await page.waitForFunction(() => !document.getElementById('card').hidden, null, { timeout: 3000 });
  return page.$eval('#card', (el) => el.textContent);
}

for (const backend of BACKENDS) {
  test(`page with the ${backend.name} analyser`, async (t) => {
    const server = await serve({ mounts: backend.mounts, extra: await sampleRoutes() });
    const browser = await launch({ acceptDownloads: true });
    t.after(async () => {
      await browser.close();
      await server.close();
    });
    const { page, errors } = await openPage(browser.context, `${server.url}/`);

    await t.test('pasting the sample highlights exactly what analyze() finds', async () => {
      await paste(page, SAMPLE);
      const analysis = await assertPaintedEqualsAnalysis(page, SAMPLE);
      if (backend.name === 'fixture') {
        assert.ok(analysis.entities.length > 50 && analysis.claims.length > 5, 'the stand-in finds plenty');
      }
      const status = await page.$eval('#status', (el) => el.textContent);
      assert.match(status, new RegExp(`${analysis.sentences.length} sentences · ${analysis.entities.length} entit(y|ies) · ${analysis.claims.length} claims?`));
    });

    if (backend.name === 'wasm') {
      await t.test('the sample: known names, numbers, groups and speakers', async () => {
        const painted = await paintedRanges(page);
        const at = (text, nth = 0) => {
          let i = -1;
          for (let k = 0; k <= nth; k += 1) i = SAMPLE.indexOf(text, i + 1);
          return { start: i, end: i + text.length, text };
        };
        const expected = {
          MONEY: [at('100 million euros')],
          PERCENT: [at('90 percent')],
          QUANTITY: [at('220,000 square meters')],
          LAW: [at('the 2019 European Regulation')],
          PERSON: [at('Samuel Cogolati'), at('Jean-Luc Crucke'), at('Jean-Pierre Strobakant')],
          ORG: [at('National Security Agency'), at('Department of Homeland Security'), at('Cainiao Network')],
          GPE: [at('Zeebrugge'), at('Xinjiang')],
          NORP: [at('Uighur')],
          DATE: [at('mid-May'), at('early May')],
        };
        for (const [label, spans] of Object.entries(expected)) {
          const got = (painted[`presslens-${label}`] ?? []).map(({ start, end, text }) => ({ start, end, text }));
          for (const span of spans) assert.ok(got.some((g) => g.start === span.start && g.end === span.end && g.text === span.text), `${label} “${span.text}” painted at ${span.start}`);
        }
        const alibaba = (painted['presslens-ORG'] ?? []).filter((r) => r.text === 'Alibaba').length;
        assert.equal(alibaba, SAMPLE.split('Alibaba').length - 1, 'every Alibaba is an organisation');
        const kruk = at('Kruk');
        assert.match(await cardTextAt(page, kruk.start, kruk.end), /GroupJean-Luc Crucke/);
        const quote = at('Alibaba must comply');
        assert.match(await cardTextAt(page, quote.start + 'Alibaba '.length, quote.end), /SpeakerQuikenborn/);
        await page.mouse.move(1, 1);
      });
    }

    await t.test('the legend counts each type and switches it off and on', async () => {
      const analysis = await analyzeInPage(page, SAMPLE);
      const label = analysis.entities[0]?.label ?? 'PERSON';
      const count = analysis.entities.filter((e) => e.label === label).length;
      assert.equal(await page.$eval(`[data-count-for="${label}"]`, (el) => el.textContent), String(count));
      await page.click(`#legend input[data-type="${label}"]`);
      assert.equal(await page.evaluate((l) => CSS.highlights.has(`presslens-${l}`), label), false);
      const hiddenMarks = await page.$$eval(`.mark[data-label="${label}"]`, (els) => els.filter((el) => el.hidden).length);
      assert.equal(hiddenMarks, count);
      await page.click(`#legend input[data-type="${label}"]`);
      if (count) assert.equal(await page.evaluate((l) => CSS.highlights.has(`presslens-${l}`), label), true);
    });

    await t.test('hover cards name the group and the speaker that analyze() gives', async () => {
      const analysis = await analyzeInPage(page, SAMPLE);
      for (const group of analysis.groups.slice(0, 12)) {
        const e = analysis.entities[group.mentions[group.mentions.length - 1]];
        const card = await cardTextAt(page, e.start, e.end);
        assert.ok(card.includes(`Group${group.name}`), `card for “${e.text}” names its group “${group.name}”: ${card}`);
        assert.ok(card.includes(`Mentions${group.mentions.length}`), `mention count of “${group.name}”`);
        assert.ok(card.includes(`(${e.label})`));
      }
      const attributed = analysis.claims.filter((c) => c.source).slice(0, 6);
      for (const claim of attributed) {
        // A point inside the words but past any entity at their start.
        const span = claim.content[0];
        const inside = analysis.entities.find((e) => e.start <= span.start && span.start < e.end);
        const start = inside ? Math.min(inside.end + 1, span.end - 1) : span.start;
        const card = await cardTextAt(page, start, span.end);
        const speaker = claim.source.group == null ? claim.source.text : analysis.groups[claim.source.group].name;
        assert.ok(card.includes(`Speaker${speaker}`), `claim card names ${speaker}: ${card}`);
      }
      await page.mouse.move(1, 1);
    });

    await t.test('the panel lists groups, sources and numbers, and steps through mentions', async () => {
      const analysis = await analyzeInPage(page, SAMPLE);
      assert.equal(await page.$$eval('#groups [data-group]', (els) => els.length), analysis.groups.filter((g) => g.mentions.length).length);
      assert.equal(await page.$$eval('#sources [data-claim]', (els) => els.length), analysis.claims.length);
      // Claims below the confidence threshold, and only they, are marked less sure (quoted
      // phrases aside: they attribute nothing).
      const unsure = analysis.claims.map((c, j) => [c, j]).filter(([c]) => c.kind !== 'scare_quote' && c.confidence < 0.7).map(([, j]) => String(j));
      const marked = await page.$$eval('#sources .claim.unsure', (els) => els.map((b) => b.dataset.claim));
      assert.deepEqual(marked.sort(), unsure.sort());
      assert.equal(await page.$$eval('#numbers [data-claim]', (els) => els.length), analysis.claims.filter((c) => c.numeric).length);
      const group = analysis.groups.find((g) => g.mentions.length > 1);
      if (!group) return;
      for (let k = 0; k <= group.mentions.length; k++) { // past the last mention, back to the first
        await page.click(`#groups [data-group="${group.id}"]`);
        const e = analysis.entities[group.mentions[k % group.mentions.length]];
        const selected = await page.evaluate(() => String(getSelection()));
        assert.equal(selected, e.text);
        const current = (await paintedRanges(page))['presslens-current'];
        assert.deepEqual(current.map((r) => [r.start, r.end]), [[e.start, e.end]]);
      }
    });

    await t.test('offsets stay right after emoji, CJK, combining marks and right-to-left script', async () => {
      await paste(page, UNICODE);
      const analysis = await assertPaintedEqualsAnalysis(page, UNICODE);
      if (backend.name === 'fixture') {
        const texts = analysis.entities.map((e) => e.text);
        for (const expected of ['北京', '東京', 'Layla Haddad', 'Pérez', 'Tōkyō']) assert.ok(texts.some((x) => x.includes(expected)), expected);
        assert.ok(analysis.entities.some((e) => e.start > UNICODE.indexOf('👨‍👩‍👧')), 'entities after a ZWJ sequence');
      }
    });

    await t.test('typing updates the highlights without a button', async () => {
      await paste(page, 'Short text.');
      await page.focus('#editor');
      await page.keyboard.press('End');
      await page.keyboard.press('ControlOrMeta+End');
      const addition = ' Anna Berg said the plan costs 40 million euros.';
      await page.keyboard.type(addition, { delay: 5 });
      await page.keyboard.press('Enter');
      await page.keyboard.type('“It may work,” said Anna Berg.', { delay: 5 });
      const text = await page.$eval('#editor', (el) => el.textContent);
      assert.equal(text, `Short text.${addition}\n“It may work,” said Anna Berg.`);
      assert.equal(await page.$eval('#editor', (el) => el.childNodes.length), 1, 'one text node');
      await waitForAnalysis(page, text);
      await assertPaintedEqualsAnalysis(page, text);
    });

    await t.test('screenshots: light, card, dark, phone width', async () => {
      await paste(page, SAMPLE);
      await page.evaluate(() => window.scrollTo(0, 0));
      await saveScreenshot(page, `page-${backend.name}-light.png`);
      const analysis = await analyzeInPage(page, SAMPLE);
      const e = analysis.entities.find((x) => x.label === 'PERSON') ?? analysis.entities[0];
      if (e) {
        await cardTextAt(page, e.start, e.end);
        await saveScreenshot(page, `page-${backend.name}-card.png`, { fullPage: false });
        await page.mouse.move(1, 1);
      }
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.evaluate(() => window.scrollTo(0, 0));
      await saveScreenshot(page, `page-${backend.name}-dark.png`);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(100);
      await saveScreenshot(page, `page-${backend.name}-phone.png`, { fullPage: false });
      await saveScreenshot(page, `page-${backend.name}-phone-full.png`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `no sideways scrolling at 390 px (${overflow} px too wide)`);
      await page.setViewportSize({ width: 1280, height: 900 });
    });

    await t.test('phone width: the legend is one row that Tab walks through; jump links lead past the text to the panel', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.evaluate(() => window.scrollTo(0, 0));
      const shape = await page.evaluate(() => {
        const legend = document.getElementById('legend');
        const shown = [...legend.querySelectorAll('.legend-item')].filter((el) => el.offsetParent !== null);
        return {
          rows: new Set(shown.map((el) => Math.round(el.getBoundingClientRect().top))).size,
          height: legend.getBoundingClientRect().height,
          shown: shown.length,
        };
      });
      assert.ok(shape.shown > 1);
      assert.equal(shape.rows, 1, 'the legend takes one line');
      assert.ok(shape.height < 56, `the legend is ${shape.height} px tall`);
      await page.focus('#legend input');
      for (let k = 0; k < shape.shown; k++) {
        if (k > 0) await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement;
          const row = document.getElementById('legend').getBoundingClientRect();
          const box = el.getBoundingClientRect();
          return { toggle: el.matches('#legend input'), inRow: box.left >= row.left - 1 && box.right <= row.right + 1 };
        });
        assert.ok(focus.toggle && focus.inRow, `toggle ${k + 1} of ${shape.shown} is reached and scrolled into view`);
      }
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.closest('nav')?.className), 'jump', 'the jump links come next, before the text');
      await page.focus('.jump a[href="#sources-heading"]');
      await page.keyboard.press('Enter');
      const top = await page.$eval('#sources-heading', (el) => el.getBoundingClientRect().top);
      assert.ok(top >= 0 && top < 100, `"Who said what" is at the top of the screen (${top} px)`);
      await page.keyboard.press('Tab');
      assert.ok(await page.evaluate(() => !!document.activeElement.closest('#sources')), 'Tab goes on inside "Who said what"');
      await page.setViewportSize({ width: 1280, height: 900 });
      assert.equal(await page.$eval('.jump', (el) => getComputedStyle(el).display), 'none', 'no jump links beside the panel');
    });

    await t.test('a dropped .txt file is loaded; exports are the JSON result and a Markdown report', async () => {
      const dropped = 'Dropped text: Anna Berg said 40 million euros “may” be too little.';
      await page.evaluate((text) => {
        const data = new DataTransfer();
        data.items.add(new File([text], 'article.txt', { type: 'text/plain' }));
        const wrap = document.getElementById('editor-wrap');
        wrap.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
        wrap.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      }, dropped);
      await waitForAnalysis(page, dropped);
      const analysis = await analyzeInPage(page, dropped);
      const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
      assert.equal(json.suggestedFilename(), 'presslens.json');
      assert.deepEqual(JSON.parse(await readFile(await json.path(), 'utf8')), analysis);
      const [md] = await Promise.all([page.waitForEvent('download'), page.click('#export-md')]);
      assert.equal(md.suggestedFilename(), 'presslens-report.md');
      const report = await readFile(await md.path(), 'utf8');
      assert.match(report, /^# presslens report\n\n12 words · /);
      for (const heading of ['## Who said what', '## Numbers', '## Entities']) assert.ok(report.includes(heading));
    });

    await t.test('paste-to-highlight time (printed, not asserted)', async () => {
      const words = SAMPLE.split(/\s+/).length;
      const long = Array.from({ length: Math.ceil(10000 / words) }, () => SAMPLE).join('\n\n');
      for (const [name, text] of [['sample', SAMPLE], ['10,000-word article', long]]) {
        const times = [];
        for (let run = 0; run < 5; run++) {
          await paste(page, 'x');
          times.push(await page.evaluate(async (t) => {
            const editor = document.getElementById('editor');
            const status = document.getElementById('status');
            editor.focus();
            const t0 = performance.now();
            document.execCommand('selectAll');
            document.execCommand('insertText', false, t);
            for (;;) {
              await new Promise(requestAnimationFrame);
              if (status.dataset.state === 'done' && editor.textContent === t) break;
            }
            return performance.now() - t0;
          }, text));
        }
        times.sort((a, b) => a - b);
        const line = `${backend.name}: paste-to-highlight, ${name} (${text.length} chars): median ${times[2].toFixed(1)} ms of 5 (min ${times[0].toFixed(1)}, max ${times[4].toFixed(1)})`;
        t.diagnostic(line);
        console.log(line);
      }
    });

    assert.deepEqual(errors.map(String), [], 'no uncaught errors in the page');
  });
}

test('without samples/ the page hides "try a sample" and works', async (t) => {
  // scripts/samples.mjs may have made www/samples/: hide it behind an empty folder.
  const server = await serve({ mounts: { ...BACKENDS[1].mounts, '/samples/': join(WWW, 'no-such-folder') } });
  const browser = await launch();
  t.after(async () => {
    await browser.close();
    await server.close();
  });
  const { page, errors } = await openPage(browser.context, `${server.url}/`);
  assert.equal(await page.$eval('#sample', (el) => el.hidden), true);
  await paste(page, 'Anna Berg said so.');
  assert.deepEqual(errors, []);
});
