// Export, export-all and import in the real editor, with the dialogs' answers passed as arguments.
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import type { Sidecar } from '../../src/core/corrections/types';
import { analysisOf, api, openSeed, SEED_FILE } from './editor-helpers';

const run = <T>(command: string, ...args: unknown[]) => vscode.commands.executeCommand<T | undefined>(`seedAnnotator.${command}`, ...args);
const base = SEED_FILE.replace(/\.txt$/, '');

describe('export and import', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'seed-export-'));
  let document: vscode.TextDocument;

  function sidecarPath(): string {
    const folder = vscode.workspace.getWorkspaceFolder(document.uri)!;
    return path.join(folder.uri.fsPath, '.seed-annotator', `${vscode.workspace.asRelativePath(document.uri, false)}.json`);
  }

  beforeEach(async () => {
    document = (await openSeed()).document;
  });
  after(async () => {
    rmSync(out, { recursive: true, force: true });
    rmSync(sidecarPath(), { force: true });
    (await api()).analysis.invalidate(document.uri);
  });

  it('exports the article as native JSON: the analysis the editor shows', async () => {
    const target = vscode.Uri.file(path.join(out, 'seed.json'));
    const written = await run<string[]>('exportAnnotations', 'json', target);
    assert.deepEqual(written, [target.fsPath]);
    const exported = JSON.parse(readFileSync(target.fsPath, 'utf8'));
    const { doc } = await analysisOf(document);
    assert.equal(exported.format, 'seed-annotations');
    assert.equal(exported.mentions.length, doc.mentions.length);
    assert.equal(exported.document.path, vscode.workspace.asRelativePath(document.uri, false));
  });

  it('exports brat with the .txt copy and annotation.conf beside the .ann', async () => {
    const target = vscode.Uri.file(path.join(out, 'brat', 'article.ann'));
    await run('exportAnnotations', 'brat', target);
    for (const f of ['article.ann', 'article.txt', 'annotation.conf']) assert.ok(existsSync(path.join(out, 'brat', f)), f);
    assert.equal(readFileSync(path.join(out, 'brat', 'article.txt'), 'utf8'), document.getText());
    assert.match(readFileSync(target.fsPath, 'utf8'), /^T1\t/);
  });

  it('every format exports without error', async () => {
    for (const id of ['jsonl', 'conll', 'webanno', 'labelstudio', 'doccano', 'csv', 'csv-entities', 'plover']) {
      const target = vscode.Uri.file(path.join(out, 'all', `seed-${id}.out`));
      const written = await run<string[]>('exportAnnotations', id, target);
      assert.ok(written?.length, id);
      assert.ok(readFileSync(target.fsPath, 'utf8').length > 0, id);
    }
  });

  it('exports all seed articles: a corpus file for JSONL, one .ann per article for brat', async () => {
    const jsonl = await run<{ exported: number; written: string[]; failed: string[] }>('exportAll', 'jsonl', vscode.Uri.file(path.join(out, 'corpus')));
    assert.equal(jsonl?.failed.length, 0);
    assert.ok(jsonl!.exported >= 1);
    const lines = readFileSync(path.join(out, 'corpus', 'corpus.jsonl'), 'utf8').trim().split('\n');
    assert.equal(lines.length, jsonl!.exported);
    const brat = await run<{ written: string[] }>('exportAll', 'brat', vscode.Uri.file(path.join(out, 'brat-all')));
    assert.ok(brat!.written.some(f => f.endsWith(`${base}.ann`)));
    assert.ok(existsSync(path.join(out, 'brat-all', 'annotation.conf')));
  });

  it('export all skips binary and over-limit articles and names them in its summary', async () => {
    const seeds = path.dirname(document.uri.fsPath);
    const binary = path.join(seeds, 'zz-binary.txt');
    const huge = path.join(seeds, 'zz-huge.txt');
    writeFileSync(binary, Buffer.from([0, 1, 2, 0, 0, 3, 4, 0]));
    writeFileSync(huge, 'كلمة '.repeat(1_100_000)); // 5.5 M characters, over the default 5 M limit
    try {
      const result = await run<{ exported: number; skipped: string[]; failed: string[]; summary: string }>('exportAll', 'jsonl', vscode.Uri.file(path.join(out, 'skips')));
      // Other tests leave their own odd files in the workspace: look for these two.
      const mine = result!.skipped.filter(x => x.startsWith('zz-'));
      assert.deepEqual(mine, ['zz-binary.txt (binary file)', 'zz-huge.txt (over the size limit)']);
      assert.equal(result?.failed.length, 0);
      assert.ok(result!.exported >= 1);
      const listed = result!.skipped.map(x => x.replace(/[.()]/g, '\\$&')).join(', ');
      assert.match(result!.summary, new RegExp(`^Exported ${result!.exported} articles to .*; skipped ${result!.skipped.length}: ${listed}\\.$`));
      const lines = readFileSync(path.join(out, 'skips', 'corpus.jsonl'), 'utf8').trim().split('\n');
      assert.equal(lines.length, result!.exported);
    } finally {
      rmSync(binary, { force: true });
      rmSync(huge, { force: true });
    }
  });

  it('export all stops when its cancellation token is cancelled', async () => {
    const source = new vscode.CancellationTokenSource();
    source.cancel();
    const result = await run<{ exported: number; cancelled: boolean; summary: string }>('exportAll', 'jsonl', vscode.Uri.file(path.join(out, 'cancelled')), source.token);
    assert.equal(result?.cancelled, true);
    assert.equal(result?.exported, 0);
    assert.match(result!.summary, /^Cancelled\. Exported 0 articles/);
  });

  it('imports a brat file back as the analyst’s own annotations', async () => {
    const target = vscode.Uri.file(path.join(out, 'import', `${base}.ann`));
    await run('exportAnnotations', 'brat', target);
    rmSync(sidecarPath(), { force: true });
    const saved = await run<Sidecar>('importAnnotations', target);
    assert.ok(saved && saved.annotations.length > 0);
    (await api()).analysis.invalidate(document.uri);
    const { doc } = await analysisOf(document);
    const manual = doc.mentions.filter(m => m.origin === 'manual');
    assert.ok(manual.length >= saved!.annotations.filter(a => a.kind === 'mention').length * 0.9);
    for (const m of doc.mentions) assert.equal(document.getText().slice(m.start, m.end), m.text);
  });

  it('imports Label Studio tasks, picking the task of this article', async () => {
    const text = document.getText();
    const at = text.indexOf('القاعدة العسكرية');
    const tasks = [
      { data: { text: 'نص آخر' }, predictions: [] },
      { data: { text }, annotations: [{ result: [{ id: 'r1', type: 'labels', value: { start: at, end: at + 16, text: 'القاعدة العسكرية', labels: ['ORG'] } }] }] },
    ];
    const file = path.join(out, 'ls.json');
    writeFileSync(file, JSON.stringify(tasks));
    rmSync(sidecarPath(), { force: true });
    const saved = await run<Sidecar>('importAnnotations', vscode.Uri.file(file));
    assert.equal(saved?.annotations.length, 1);
    const { doc } = await analysisOf(document);
    assert.ok(doc.mentions.some(m => m.start === at && m.origin === 'manual' && m.type === 'ORG'));
  });
});
