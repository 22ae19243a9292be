// "Toggle Highlights by Type…": a checkbox per type; unchecking People hides
// people's highlights and the choice is remembered (the setting is written).
const SEED_FILE = '000_aa1428275e2aae3c.txt';
const TITLE = 'Seed Annotator: Toggle Highlights by Type…';

async function peopleRow(page) {
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: 'People' }).first();
  await row.waitFor({ timeout: 30_000 });
  return row;
}

async function isChecked(row) {
  const box = row.locator('input[type=checkbox], [role=checkbox]').first();
  if (await box.count()) {
    const aria = await box.getAttribute('aria-checked');
    return aria !== null ? aria === 'true' : box.isChecked();
  }
  return (await row.getAttribute('aria-checked')) === 'true';
}

export async function run({ page, screenshot, assert, ui }) {
  await ui.openFile(SEED_FILE);
  await ui.waitForEditorText('بوتين');
  await page.locator('.statusbar-item', { hasText: 'Analysing' }).first().waitFor({ state: 'hidden', timeout: 60_000 });
  await ui.runCommand(TITLE);
  let row = await peopleRow(page);
  assert.equal(await isChecked(row), true, 'People starts checked');
  assert.equal(await page.locator('.quick-input-list .monaco-list-row').count(), 6, 'one row per highlight type');
  await screenshot('toggle-highlights');
  await row.locator('input[type=checkbox], [role=checkbox]').first().click();
  assert.equal(await isChecked(row), false, 'People unchecked');
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 60_000 });
  await page.waitForTimeout(1000);
  await screenshot('toggle-highlights-people-off');
  await ui.runCommand(TITLE);
  row = await peopleRow(page);
  assert.equal(await isChecked(row), false, 'the choice was saved');
  await row.locator('input[type=checkbox], [role=checkbox]').first().click();
  await page.keyboard.press('Enter');
}
