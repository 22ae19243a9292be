// The reading view on a 1 MB article: the webview draws it in slices, the end of the article is
// there, the command palette opens beside it, and an edit redraws one paragraph.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// A hang guard for a busy machine; how long the workbench is held up is in `npm run bench`.
export const timeoutMs = 600_000;

const SEED_FILE = '000_aa1428275e2aae3c.txt';
const LARGE_FILE = 'zz_large_article.txt';
const LAST = 'الفقرة الأخيرة من المقالة الكبيرة.';

/**
 * The steps the bench repeats to time the workbench while the view draws (`npm run bench`:
 * longest stall on a 1 MB article): exported so both drive the same gestures.
 * 1. Writes the 1 MB article into the workspace and opens the reading view on the seed.
 */
export async function openReadingView({ page, workspace, assert, ui }) {
  const seed = readFileSync(path.join(workspace, SEED_FILE), 'utf8').replace(/^\uFEFF/, '');
  const copies = Math.ceil(1_000_000 / Buffer.byteLength(seed));
  const large = `${Array(copies).fill(seed.trimEnd()).join('\n')}\n${LAST}\n`;
  assert.ok(Buffer.byteLength(large) >= 1_000_000, 'a 1 MB article');
  writeFileSync(path.join(workspace, LARGE_FILE), large);

  await ui.openFile(SEED_FILE);
  await ui.waitForEditorText('بوتين');
  await ui.runCommand('Seed Annotator: Open Reading View');
  const view = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
  await view.locator('.ann-person').first().waitFor({ timeout: 120_000 });
  return { view, large, copies, main: view.locator('main#article'), lastParagraph: view.locator('p', { hasText: LAST }) };
}

/** 2. Opens the 1 MB article with the editor's cursor on its last paragraph: the view draws it out of turn and scrolls to it. */
export async function openLargeAtEnd({ page, ui }, { lastParagraph }) {
  await ui.openFile(LARGE_FILE);
  // The view switches to the large article (its tab's title says so).
  await page.locator('.tab[aria-label*="Reading: zz_large_article.txt"]').first().waitFor({ timeout: 120_000 });
  await page.keyboard.press('Control+End');
  await page.keyboard.press('ArrowUp');
  await lastParagraph.waitFor({ state: 'attached', timeout: 120_000 });
  await ui.until(
    () => lastParagraph.evaluate(el => ({ top: el.getBoundingClientRect().top, bottom: el.getBoundingClientRect().bottom, height: window.innerHeight })),
    box => box.top >= 0 && box.bottom <= box.height,
    { timeout: 120_000, what: "the view scrolled to the editor's cursor on the last paragraph" });
}

/** 3. Waits for the analysis' highlights deep in the article, then for the drawing to settle. */
export async function waitForHighlightsAtEnd({ page, ui }, { main, large }) {
  await ui.until(
    () => main.evaluate(m => Math.max(0, ...[...m.querySelectorAll('.ann-person')].map(a => Number(a.getAttribute('data-start'))))),
    lastPerson => lastPerson > large.length * 0.9,
    { timeout: 240_000, every: 500, what: `highlights reaching the end of the ${large.length}-character article (the last person's offset)` });
  await page.waitForTimeout(1500);
}

export async function run(gear) {
  const { page, screenshot, assert } = gear;
  const article = await openReadingView(gear);
  const { view, copies, main, lastParagraph } = article;
  await openLargeAtEnd(gear, article);
  await waitForHighlightsAtEnd(gear, article);

  // The command palette opens while the view is there.
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').waitFor({ timeout: 30_000 });
  await page.keyboard.press('Escape');

  // Scrolling to the end shows the last paragraph, drawn.
  await view.locator('main#article').evaluate(() => window.scrollTo(0, 0));
  for (let i = 0; i < 3; i++) {
    await lastParagraph.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(300);
  }
  const box = await lastParagraph.evaluate(el => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, height: window.innerHeight, pending: document.querySelectorAll('.pending').length };
  });
  assert.ok(box.top >= 0 && box.bottom <= box.height, `the last paragraph is in view: ${JSON.stringify(box)}`);
  const paragraphs = await view.locator('p[data-start]').count();
  assert.ok(paragraphs > copies * 9, `${paragraphs} paragraphs`);

  // Typing at the end redraws that paragraph only: a marked highlight in the middle keeps its element.
  const middle = main.locator('p[data-start] .ann-person').nth(1000);
  await middle.evaluate(el => { el.dataset.probe = 'kept'; });
  await page.keyboard.press('End');
  await page.keyboard.type(' تحديث');
  await view.locator('p', { hasText: `${LAST} تحديث` }).waitFor({ timeout: 120_000 });
  await page.waitForTimeout(2000);
  assert.equal(await main.locator('[data-probe="kept"]').count(), 1, 'the unchanged paragraphs are not redrawn');

  // Hovering a highlight near the end scrolls the editor there.
  const far = view.locator('.ann-person').last();
  await far.scrollIntoViewIfNeeded();
  await far.hover();
  await page.waitForFunction(min => {
    const numbers = [...document.querySelectorAll('.editor-instance .line-numbers')].map(n => Number(n.textContent));
    return Math.max(0, ...numbers) > min;
  }, copies * 10, { timeout: 60_000 });
  await page.mouse.move(640, 5);
  await page.waitForTimeout(600);
  await screenshot('reading-view-large');
}
