// Hovering over بوتين in the seed shows his card, as an analyst sees it.
const SEED_FILE = '000_aa1428275e2aae3c.txt';
const NAME = 'بوتين';

export async function run({ page, screenshot, assert, ui }) {
  await ui.openFile(SEED_FILE);
  await ui.waitForEditorText(NAME);
  await page.locator('.statusbar-item', { hasText: 'Analysing' }).first().waitFor({ state: 'hidden', timeout: 60_000 });
  const hover = page.locator('.monaco-hover', { hasText: 'Vladimir Putin' });
  // The first analysis may still be running: move away and back until the card shows.
  for (let attempt = 0; attempt < 20; attempt++) {
    const box = await ui.wordBox(NAME);
    assert.ok(box && box.width > 0, `${NAME} is rendered`);
    await page.mouse.move(box.x + box.width + 200, box.y + 300);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    try {
      await hover.first().waitFor({ state: 'visible', timeout: 3000 });
      break;
    } catch { /* try again */ }
  }
  const text = (await hover.first().textContent()) ?? '';
  assert.ok(text.includes('Vladimir Putin'), `hover reads: ${text.slice(0, 200)}`);
  assert.ok(text.includes('Show all mentions'), 'the card links to all mentions');
  await page.waitForTimeout(300);
  await screenshot('hover');
  // A speaker's card lists what he said and the events he takes part in, as links.
  const lavrov = await ui.wordBox('لافروف');
  if (lavrov) {
    await page.mouse.move(lavrov.x + lavrov.width + 200, lavrov.y + 300);
    await page.mouse.move(lavrov.x + lavrov.width / 2, lavrov.y + lavrov.height / 2, { steps: 4 });
    await page.locator('.monaco-hover', { hasText: 'Lavrov' }).first().waitFor({ state: 'visible', timeout: 30_000 });
    await page.waitForTimeout(300);
    await screenshot('hover-lavrov');
  }
}
