// The Corpus view over the fixture corpus as an analyst sees it: open the panel, expand Baku
// to the three articles that mention it, expand one article to its mentions, click a mention
// and see it selected in that article; fold the entities to see the events in date order; then "Find in all seeds" from a hover card opens the
// peek view with every mention. Screenshots: test-results/corpus.png, corpus-events.png, corpus-peek.png.
export const workspace = 'test/fixtures/corpus';
export const timeoutMs = 300_000;

const BAKU = 'باكو';

/** Visible rows of a tree: { index, level, expanded, text }. */
function rows(body) {
  return body.evaluate(el => [...el.querySelectorAll('.monaco-list-row')].map(r => ({
    index: Number(r.getAttribute('data-index')),
    level: Number(r.getAttribute('aria-level')),
    expanded: r.getAttribute('aria-expanded'),
    text: (r.textContent ?? '').trim(),
  })).sort((a, b) => a.index - b.index));
}

export async function run({ page, screenshot, assert, ui }) {
  const icon = page.locator('.activitybar .action-item [aria-label^="Seed Annotator"]').first();
  await icon.click();
  const pane = name => page.locator('.split-view-view .pane', { has: page.locator('.pane-header h3.title', { hasText: new RegExp(`^${name}$`) }) });
  // Room for the Corpus view: fold the per-article views, unfold Corpus.
  for (const name of ['Events', 'Entities', 'Quotes']) {
    const header = pane(name).locator('.pane-header');
    if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
  }
  const corpusHeader = pane('Corpus').locator('.pane-header');
  await corpusHeader.waitFor({ timeout: 30_000 });
  if ((await corpusHeader.getAttribute('aria-expanded')) !== 'true') await corpusHeader.click();
  const body = pane('Corpus').locator('.pane-body');

  // The index is built in the background and the view shows it as it grows (on a busy machine
  // Baku's row first reads 2 articles): wait for the finished count.
  const anyBakuRow = body.locator('.monaco-list-row', { hasText: BAKU }).filter({ hasText: 'articles' }).first();
  const bakuRow = anyBakuRow.filter({ hasText: /Baku · 3 articles · \d+ mentions/ });
  await bakuRow.waitFor({ timeout: 180_000 }).catch(async err => {
    throw new Error(`Baku's row never read "3 articles"; it reads ${JSON.stringify(await anyBakuRow.textContent({ timeout: 1000 }).catch(() => null))} (${err.message.split('\n')[0]})`);
  });
  await bakuRow.click();
  await page.waitForTimeout(500);
  let shown = await rows(body);
  const at = shown.findIndex(r => r.text.includes(BAKU) && r.text.includes('articles'));
  assert.equal(shown[at].expanded, 'true', 'Baku expanded');
  const articleRows = [];
  for (const r of shown.slice(at + 1)) {
    if (r.level <= shown[at].level) break;
    if (r.level === shown[at].level + 1) articleRows.push(r);
  }
  assert.equal(articleRows.length, 3, JSON.stringify(shown.map(r => r.text)));
  assert.ok(articleRows.every(r => /^\d\d_\w+\.txt×\d+ · /.test(r.text)), JSON.stringify(articleRows));

  // Expand the first article (its twistie), then click one of its mentions.
  const first = body.locator(`.monaco-list-row[data-index="${articleRows[0].index}"]`);
  await first.locator('.monaco-tl-twistie').click();
  await page.waitForTimeout(500);
  shown = await rows(body);
  const mention = shown.find(r => r.index > articleRows[0].index && r.level === articleRows[0].level + 1);
  assert.ok(mention && /line \d+/.test(mention.text), JSON.stringify(shown.map(r => r.text)));
  await body.locator(`.monaco-list-row[data-index="${mention.index}"]`).click();
  await page.locator('[id="status.editor.selection"]', { hasText: /selected/ }).waitFor({ timeout: 60_000 });
  await ui.waitForEditorText(BAKU);
  await page.mouse.move(700, 10);
  await page.waitForTimeout(800);
  await screenshot('corpus');

  // Fold the entities: the events across articles follow, in date order.
  await body.locator('.monaco-list-row[data-index="0"]').click();
  const eventRow = body.locator('.monaco-list-row', { hasText: /^\d{4}-\d\d-\d\d · [A-Z]+ · / }).first();
  await eventRow.waitFor({ timeout: 60_000 });
  const dates = (await rows(body)).map(r => r.text.match(/^(\d{4}-\d\d-\d\d) · /)?.[1]).filter(Boolean);
  assert.ok(dates.length >= 3, `event rows: ${dates}`);
  assert.deepEqual(dates, [...dates].sort(), 'event rows in date order');
  await page.mouse.move(700, 10);
  await page.waitForTimeout(500);
  await screenshot('corpus-events');

  // The hover card's "Find in all seeds" opens the peek view with Baku's mentions in every article.
  await page.keyboard.press('Escape');
  for (let attempt = 0; attempt < 20; attempt++) {
    const box = await ui.wordBox(BAKU);
    assert.ok(box, `${BAKU} is rendered`);
    await page.mouse.move(box.x + box.width + 200, box.y + 300);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    try {
      await page.locator('.monaco-hover a', { hasText: 'Find in all seeds' }).first().waitFor({ state: 'visible', timeout: 3000 });
      break;
    } catch { /* the analysis may still be running */ }
  }
  await page.locator('.monaco-hover a', { hasText: 'Find in all seeds' }).first().click();
  const peek = page.locator('.peekview-widget');
  await peek.waitFor({ timeout: 60_000 });
  await page.waitForTimeout(800);
  const peekText = (await peek.textContent()) ?? '';
  for (const f of ['01_lavrov_baku.txt', '02_lavrov_yerevan.txt', '05_aliyev_pashinyan.txt']) assert.ok(peekText.includes(f), `peek lists ${f}: ${peekText.slice(0, 300)}`);
  await screenshot('corpus-peek');
}
