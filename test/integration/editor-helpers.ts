// Shared by the editor-feature tests: the running extension's API and the seed article.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { SeedAnnotatorApi } from '../../src/extension/api';
import type { Analysis } from '../../src/extension/analysis/types';

export const EXTENSION_ID = 'seed-annotator.seed-annotator';
export const SEED_FILE = '000_aa1428275e2aae3c.txt';

export async function api(): Promise<SeedAnnotatorApi> {
  const extension = vscode.extensions.getExtension<SeedAnnotatorApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is loaded`);
  return extension.activate();
}

export async function openSeed(): Promise<vscode.TextEditor> {
  const [uri] = await vscode.workspace.findFiles(`**/${SEED_FILE}`, undefined, 1);
  assert.ok(uri, `${SEED_FILE} is in the test workspace`);
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false });
}

/** The analysis of the document's current version. */
export async function analysisOf(document: vscode.TextDocument): Promise<Analysis> {
  const result = await (await api()).analysis.get(document);
  assert.ok(result, 'the document is analysed');
  assert.equal(result.version, document.version);
  return result;
}

/** Polls `probe` until it gives a value. `timeoutMs` is a hang guard for a busy machine, not a speed limit. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 50));
  }
}

/** The offset of the n-th (0-based) occurrence of `needle`. */
export function offsetOf(text: string, needle: string, n = 0): number {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `${needle} occurs ${n + 1} times`);
  }
  return at;
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('seedAnnotator').update(key, value, vscode.ConfigurationTarget.Global);
}
