// The Seed Annotator panel as an analyst opens it: the activity-bar icon, then the Events
// view with one row per event of the analysis (checked against the core run here).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const SEED_FILE = '000_aa1428275e2aae3c.txt';

/** Every row of a virtualised tree, scrolling it through: index → { group, label }. */
async function allRows(page, body) {
  const rows = new Map();
  await body.hover();
  for (let stable = 0; stable < 3;) {
    const before = rows.size;
    // One snapshot per scroll position: rows are recycled as the list scrolls.
    const visible = await body.evaluate(el => [...el.querySelectorAll('.monaco-list-row')].map(r => [
      Number(r.getAttribute('data-index')), !!r.querySelector('.monaco-tl-twistie.collapsible'), (r.textContent ?? '').trim(),
    ]));
    for (const [index, group, label] of visible) rows.set(index, { group, label });
    stable = rows.size === before ? stable + 1 : 0;
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(150);
  }
  return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, r]) => r);
}

export async function run({ page, workspace, screenshot, assert, ui }) {
  const { annotate } = require('../../out/src/core/annotate.js');
  const expected = annotate(readFileSync(path.join(workspace, SEED_FILE), 'utf8')).events;

  const icon = page.locator('.activitybar .action-item [aria-label^="Seed Annotator"]').first();
  const pane = page.locator('.split-view-view .pane', { has: page.locator('.pane-header h3.title', { hasText: /^Events$/ }) });
  const body = pane.locator('.pane-body');
  // Before any article is open the panel says what to do.
  await icon.click();
  await body.locator('.welcome-view-content', { hasText: 'Open a seed article' }).waitFor({ timeout: 30_000 });

  await ui.openFile(SEED_FILE);
  await ui.waitForEditorText('بوتين');
  if (!(await body.isVisible())) await icon.click();
  await body.waitFor({ timeout: 30_000 });
  // The view is ready when it shows the article's rows, or says it found none.
  if (expected.length) await body.locator('.monaco-list-row').nth(1).waitFor({ timeout: 30_000 });
  else await pane.locator('.message', { hasText: 'No events' }).waitFor({ timeout: 30_000 });

  const rows = await allRows(page, body);
  const eventRows = rows.filter(r => !r.group);
  assert.equal(eventRows.length, expected.length, `Events rows: ${JSON.stringify(rows.map(r => r.label))}`);
  for (const ev of expected) {
    assert.ok(eventRows.some(r => r.label.includes(`${ev.plover} (${ev.cameo})`)), `a row shows ${ev.plover} (${ev.cameo})`);
  }
  const groups = rows.filter(r => r.group).map(r => r.label.replace(/\d+$/, ''));
  assert.deepEqual(groups, [...new Set(expected.map(e => e.plover))].sort());

  await body.hover();
  for (let i = 0; i < 20; i++) {
    await page.mouse.wheel(0, -200);
    await page.waitForTimeout(50);
  }
  // Clicking an event row selects its trigger in the editor (the status bar counts the selection).
  if (expected.length) {
    const first = body.locator('.monaco-list-row[data-index="1"]');
    await first.click();
    await page.locator('[id="status.editor.selection"]', { hasText: /selected/ }).waitFor({ timeout: 60_000 });
  }
  await page.mouse.move(700, 10);
  await page.waitForTimeout(800);
  await screenshot('panel');

  // The title-bar button orders the events by time: the same rows, without type groups.
  await pane.locator('.pane-header').hover();
  await pane.locator('.pane-header .action-label[aria-label="Order Events by Time"]').click();
  await pane.locator('.pane-header .action-label[aria-label="Group Events by Type"]').waitFor({ timeout: 60_000 });
  if (expected.length) {
    await body.locator('.monaco-list-row .monaco-tl-twistie.collapsible').first().waitFor({ state: 'detached', timeout: 60_000 });
    const flat = await allRows(page, body);
    assert.equal(flat.filter(r => !r.group).length, expected.length);
    assert.equal(flat.filter(r => r.group).length, 0);
  }
  await page.mouse.move(700, 10);
  await page.waitForTimeout(500);
  await screenshot('panel-by-time');
}
