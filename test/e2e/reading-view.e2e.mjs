// The reading view as an analyst sees it: the article right to left in a webview beside the
// editor, highlighted; clicking a highlight there selects it in the editor and back.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Several page loads (a long article, a window reload) on a shared, busy machine. */
export const timeoutMs = 300_000;

const SEED_FILE = '000_aa1428275e2aae3c.txt';
const LONG_FILE = 'zz_long_article.txt';

export async function run({ page, workspace, screenshot, assert, ui }) {
  const seed = readFileSync(path.join(workspace, SEED_FILE), 'utf8').replace(/^\uFEFF/, '');
  const headline = seed.split('\n')[0].trim();
  // Long enough that the webview draws it from a message rather than the page's HTML.
  const longArticle = `${Array(60).fill(seed).join('\n')}\nالفقرة الأخيرة من المقالة الطويلة.`;
  writeFileSync(path.join(workspace, LONG_FILE), longArticle);
  await ui.openFile(SEED_FILE);
  await ui.waitForEditorText('بوتين');
  await ui.runCommand('Seed Annotator: Open Reading View');

  const view = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
  const h1 = view.locator('h1');
  await h1.waitFor({ timeout: 30_000 });
  assert.equal((await h1.textContent())?.trim(), headline);
  await view.locator('.ann-person').first().waitFor({ timeout: 30_000 });

  const layout = await h1.evaluate(el => {
    const range = document.createRange();
    range.setStart(el.firstChild?.firstChild ?? el.firstChild, 0);
    range.setEnd(range.startContainer, 1);
    const first = range.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    const person = document.querySelector('.ann-person');
    return {
      dir: document.documentElement.dir,
      lang: document.documentElement.lang,
      direction: getComputedStyle(el).direction,
      font: getComputedStyle(el).fontFamily,
      // Where the headline's first letter sits: at the right edge when laid out right to left.
      firstFromRight: box.right - first.right,
      firstFromLeft: first.left - box.left,
      personBackground: person ? getComputedStyle(person).backgroundColor : '',
      ourScripts: [...document.scripts].filter(s => s.src.includes('reading-view.js')).map(s => !!s.nonce),
    };
  });
  assert.equal(layout.dir, 'rtl');
  assert.equal(layout.lang, 'ar');
  assert.equal(layout.direction, 'rtl');
  assert.match(layout.font, /Noto Naskh Arabic/);
  assert.ok(layout.firstFromRight < 40 && layout.firstFromLeft > 100, `the headline starts at the right: ${JSON.stringify(layout)}`);
  assert.ok(layout.personBackground && layout.personBackground !== 'rgba(0, 0, 0, 0)', `people are highlighted with the theme colour: ${layout.personBackground}`);
  assert.deepEqual(layout.ourScripts, [true], 'the bundled script, with its nonce');
  // The page's CSP refuses a script written into it (as escaped article text never could be).
  const inlineRan = await h1.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'document.body.dataset.inlineRan = "yes"';
    document.body.appendChild(s);
    await new Promise(r => setTimeout(r, 100));
    return document.body.dataset.inlineRan ?? 'no';
  });
  assert.equal(inlineRan, 'no');

  // A click on a name in the reading view selects it in the editor, and the editor's
  // selection comes back as the view's mark.
  const name = view.locator('p .ann-person').first();
  const nameText = (await name.textContent())?.trim() ?? '';
  const selected = page.locator('[id="status.editor.selection"]', { hasText: `(${nameText.length} selected)` });
  // A click while the view is still redrawing (a busy machine) can land on an element being
  // replaced: click again, as a person would.
  for (let attempt = 1; ; attempt++) {
    await name.click();
    try {
      await selected.waitFor({ timeout: 30_000 });
      break;
    } catch (err) {
      if (attempt === 3) throw err;
    }
  }
  await view.locator('.ann-person.current').first().waitFor({ timeout: 60_000 });

  // Typing in the editor reaches the view, as text: markup typed into an article is not markup.
  await page.keyboard.press('End');
  await page.keyboard.type(' <b>عاجل</b>');
  await view.locator('p', { hasText: '<b>عاجل</b>' }).first().waitFor({ timeout: 60_000 });
  assert.equal(await view.locator('p b').count(), 0);

  await page.mouse.move(640, 5);
  await page.waitForTimeout(800);
  await screenshot('reading-view');

  // The view follows the active article, also one too long to draw on the extension host.
  await ui.openFile(LONG_FILE);
  await view.locator('p', { hasText: 'الفقرة الأخيرة من المقالة الطويلة.' }).waitFor({ timeout: 60_000 });
  assert.ok((await view.locator('p').count()) > 60 * 10, 'every paragraph of the long article');

  // Resting the pointer on a highlight far down the view scrolls the editor there. The
  // highlights follow the text once the analysis is done: on a busy machine, later.
  const far = view.locator('.ann-person').last();
  await ui.until(
    () => far.evaluate(el => el.closest('p')?.getAttribute('data-start')).catch(() => null),
    farLine => Number(farLine) > 100_000,
    { timeout: 120_000, every: 500, what: 'a highlight near the end of the article (its paragraph offset)' });
  await far.scrollIntoViewIfNeeded();
  await far.hover();
  await page.waitForFunction(() => {
    const numbers = [...document.querySelectorAll('.editor-instance .line-numbers')].map(n => Number(n.textContent));
    return Math.max(0, ...numbers) > 700;
  }, undefined, { timeout: 60_000 });

  // A window reload brings the view back, showing the article the restored editor shows.
  await page.reload();
  await ui.ready();
  await view.locator('h1', { hasText: headline }).waitFor({ timeout: 60_000 });
  await view.locator('.ann-person').first().waitFor({ timeout: 30_000 });
}
