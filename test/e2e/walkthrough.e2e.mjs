// The first-use walkthrough opens from the palette with its five steps, and a step's
// markdown page shows beside them.
export async function run({ page, screenshot, assert, ui }) {
  await ui.runCommand('Welcome: Open Walkthrough...');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Annotate your first seed article' }).first().click();
  const steps = page.locator('.getting-started-step');
  await steps.first().waitFor({ timeout: 30_000 });
  const titles = await page.locator('.getting-started-step .step-title').allTextContents();
  assert.deepEqual(titles.map(t => t.trim()), [
    'Open an article', 'Read the highlights and hover cards', 'List events, entities and quotes', 'Correct the annotations', 'Export',
  ]);
  await page.locator('.getting-started-step', { hasText: 'List events, entities and quotes' }).click();
  const media = page.frameLocator('.getting-started-media iframe').frameLocator('iframe#active-frame');
  await media.locator('h1', { hasText: 'The Seed Annotator panel' }).waitFor({ timeout: 30_000 });
  await page.waitForTimeout(500);
  await screenshot('walkthrough');
}
