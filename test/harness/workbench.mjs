// Debian's Chromium driven by playwright-core, and the few workbench gestures UI checks share.
import { chromium } from 'playwright-core';

export { workbenchUrl } from '../../scripts/code-server.mjs';

export const CHROMIUM = process.env.SEED_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function launchBrowser() {
  // Playwright kills the browser's process group when this process exits, also on signals.
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** Gestures on an open workbench page; every wait has a timeout so a check fails, never hangs. */
export function workbenchHelpers(page) {
  const ui = {
    async ready(timeout = 60_000) {
      await page.locator('.monaco-workbench').waitFor({ timeout });
      await page.locator('.statusbar').waitFor({ timeout });
    },
    /** Opens a file of the workspace through Quick Open (Ctrl+P). */
    async openFile(fileName, timeout = 30_000) {
      await ui.ready();
      await page.locator('.monaco-workbench').click({ position: { x: 5, y: 5 }, force: true }).catch(() => {});
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ timeout });
      await input.fill(fileName);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor({ timeout });
      await page.keyboard.press('Enter');
      await page.locator(`.tab[aria-label*="${fileName}"]`).first().waitFor({ timeout });
    },
    /** Runs a command by its palette title (F1), e.g. "Seed Annotator: Treat as Seed Article". */
    async runCommand(title, timeout = 30_000) {
      await ui.ready();
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ timeout });
      await input.fill(`>${title}`);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout });
      await page.keyboard.press('Enter');
    },
    /** The visible text of the active editor, with the renderer's no-break spaces made plain. */
    async editorText() {
      const lines = page.locator('.editor-instance .view-lines').first();
      return ((await lines.textContent()) ?? '').replace(/\u00a0/g, ' ');
    },
    /**
     * Polls `read()` until `done(value)`, returning that value. `timeout` is a hang guard for a busy
     * machine, like Playwright's own waits: on it, the error names what was last seen.
     */
    async until(read, done, { timeout = 30_000, every = 200, what = 'the condition' } = {}) {
      const deadline = Date.now() + timeout;
      for (;;) {
        const value = await read();
        if (done(value)) return value;
        if (Date.now() > deadline) throw new Error(`${what} never held; last seen ${JSON.stringify(value)?.slice(0, 300)}`);
        await page.waitForTimeout(every);
      }
    },
    /** Waits until the active editor shows `text`. */
    async waitForEditorText(text, timeout = 30_000) {
      return ui.until(() => ui.editorText().catch(() => ''), shown => shown.includes(text),
        { timeout, what: `the editor showing ${JSON.stringify(text)}` });
    },
    /** Screen rectangle of the first rendered occurrence of `word` in the editor's lines, or null. */
    async wordBox(word) {
      return page.evaluate(w => {
        const root = document.querySelector('.editor-instance .view-lines');
        if (!root) return null;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent.indexOf(w);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + w.length);
          const r = range.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        }
        return null;
      }, word);
    },
    /** The status bar's language indicator ("Plain Text", "Seed Article"…). */
    async languageStatus() {
      return ((await page.locator('[id="status.editor.mode"]').first().textContent()) ?? '').trim();
    },
  };
  return ui;
}
