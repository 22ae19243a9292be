// The corpus over test/fixtures/corpus (3 Arabic and 2 English articles, sidecars giving three
// of them a publication date): the index, its disk cache, the Corpus view's rows, workspace
// symbols, Find Entity in All Seeds, and updates when files and open documents change.
import { strict as assert } from 'node:assert';
import { existsSync, promises as fs, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { annotate } from '../../../src/core/annotate';
import { entityKey } from '../../../src/core/corpus/summary';
import { emptySidecar, serialiseSidecar } from '../../../src/core/corrections/sidecar';
import type { CorpusState } from '../../../src/extension/corpus';
import { api, waitFor } from '../editor-helpers';

const state = async (action?: 'reload' | 'rebuild') => (await api()).testing.corpusState(action);
const BAKU = 'kb:city/baku';
const LAVROV = 'kb:per/sergey-lavrov';

function seedsFolder(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace is open');
  return path.join(folder.uri.fsPath, 'seeds');
}

/** Mentions per article of an entity, counted by the core itself on each fixture file. */
function expectedCounts(key: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const name of readdirSync(seedsFolder()).filter(f => f.endsWith('.txt'))) {
    const doc = annotate(readFileSync(path.join(seedsFolder(), name), 'utf8'));
    const ids = new Set(doc.entities.filter(e => entityKey(e) === key).map(e => e.id));
    const n = doc.mentions.filter(m => ids.has(m.entity)).length;
    if (n) out.set(name, n);
  }
  return out;
}

async function textAt(location: vscode.Location): Promise<string> {
  return (await vscode.workspace.openTextDocument(location.uri)).getText(location.range);
}

describe('corpus of all seed articles', function () {
  this.timeout(120_000);
  let first: CorpusState;

  before(async () => {
    await api();
    first = await state();
  });

  it('indexes every fixture article', () => {
    const names = first.articles.map(p => path.basename(vscode.Uri.parse(p).path)).sort();
    assert.deepEqual(names, readdirSync(seedsFolder()).filter(f => f.endsWith('.txt')).sort());
  });

  it('joins an entity across articles: Baku in 3 articles, with the core’s counts', () => {
    const baku = first.entities.find(e => e.key === BAKU);
    assert.ok(baku, first.entities.map(e => e.key).join(', '));
    const expected = expectedCounts(BAKU);
    assert.equal(expected.size, 3);
    assert.deepEqual(new Map(baku.articles.map(a => [path.basename(vscode.Uri.parse(a.path).path), a.count])), expected);
    assert.equal(baku.total, [...expected.values()].reduce((a, b) => a + b, 0));
    const lavrov = first.entities.find(e => e.key === LAVROV);
    assert.equal(lavrov?.articles.length, 5, 'Lavrov in the Arabic and the English articles');
    assert.equal(lavrov?.name, 'سيرغي لافروف');
    assert.equal(lavrov?.nameEn, 'Sergey Lavrov');
  });

  it('lists events in date order: resolved dates, publication dates from the sidecars, undated last', () => {
    const dates = first.events.map(e => e.sortDate);
    assert.ok(first.events.length >= 5);
    const dated = dates.filter((d): d is string => !!d);
    assert.deepEqual(dated, [...dated].sort(), 'dated events ascend');
    assert.ok(dates.indexOf(undefined) === -1 || dates.slice(dates.indexOf(undefined)).every(d => d === undefined), 'undated last');
    const baku = first.events.filter(e => e.path.endsWith('01_lavrov_baku.txt'));
    assert.ok(baku.length > 0);
    // أمس in an article published 2020-10-05 resolves to the day before.
    assert.ok(baku.some(e => e.iso === '2020-10-04'), JSON.stringify(baku.map(e => [e.iso, e.sortDate])));
    assert.ok(baku.every(e => (e.sortDate ?? '') >= '2020-10-04' && (e.sortDate ?? '') <= '2020-10-05'));
  });

  it('shows the Corpus view rows: Baku expands to its 3 articles, each to its mentions', async () => {
    const rows = await (await api()).testing.corpusRows(4);
    const at = rows.findIndex(r => r.entityKey === BAKU);
    assert.ok(at >= 0);
    assert.match(rows[at].description ?? '', /^Baku · 3 articles · \d+ mentions$/);
    const articleRows = rows.slice(at + 1).filter((r, i, all) => all.slice(0, i).every(x => x.depth > rows[at].depth) && r.depth === rows[at].depth + 1);
    assert.equal(articleRows.length, 3);
    assert.ok(rows.some(r => r.label.startsWith('2020-10-04 · ')), 'an event row starts with its date');
    await vscode.commands.executeCommand('seedAnnotator.filterCorpus', { entityKey: BAKU });
    const filtered = await (await api()).testing.corpusRows(3);
    const entityRows = filtered.filter(r => r.entityKey);
    assert.ok(entityRows.some(r => r.entityKey === BAKU) && !entityRows.some(r => r.entityKey === 'kb:per/antony-blinken'), 'only entities sharing an article with Baku');
    await vscode.commands.executeCommand('seedAnnotator.clearCorpusFilter');
  });

  it('answers workspace symbols (Ctrl+T) in Arabic and English with locations in several files', async () => {
    const arabic = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'لافروف');
    const lavrov = arabic.filter(s => s.name === 'سيرغي لافروف');
    assert.ok(new Set(lavrov.map(s => s.location.uri.toString())).size >= 4, JSON.stringify(arabic.map(s => s.name)));
    for (const s of lavrov) assert.match(await textAt(s.location), /لافروف|Lavrov/);
    const english = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Lavrov');
    const named = english.filter(s => s.name === 'Sergey Lavrov');
    assert.equal(new Set(named.map(s => s.location.uri.toString())).size, 5);
    assert.match(named[0].containerName, /سيرغي لافروف/);
  });

  it('finds an entity in all seeds: every mention, in the right place', async () => {
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('seedAnnotator.findEntityInAllSeeds', BAKU, { show: false });
    const expected = expectedCounts(BAKU);
    assert.equal(locations.length, [...expected.values()].reduce((a, b) => a + b, 0));
    assert.equal(new Set(locations.map(l => l.uri.toString())).size, 3);
    for (const l of locations) assert.match(await textAt(l), /باكو|Baku/);
  });

  it('writes the disk cache, and a reopened corpus reuses it without re-annotating', async () => {
    const file = vscode.Uri.parse(first.cacheFile).fsPath;
    assert.ok(existsSync(file), file);
    const cached = JSON.parse(await fs.readFile(file, 'utf8')) as { version: number; articles: { path: string; sha256: string }[] };
    assert.equal(cached.articles.length, 5);
    assert.ok(cached.articles.every(a => /^[0-9a-f]{64}$/.test(a.sha256)));
    const before = (await state()).annotated;
    const reloaded = await state('reload');
    assert.equal(reloaded.annotated, before, 'nothing re-annotated');
    assert.equal(reloaded.articles.length, 5);
    const rebuilt = await state('rebuild');
    assert.equal(rebuilt.annotated, before + 5, 'a rebuild annotates every article again');
  });

  it('follows files created and deleted on disk', async () => {
    const extra = path.join(seedsFolder(), '06_extra.txt');
    await fs.writeFile(extra, 'لافروف في باكو مجدداً\nعاد وزير الخارجية الروسي سيرغي لافروف إلى باكو.\n', 'utf8');
    await waitFor('the new article in the index', async () => (await state()).articles.some(p => p.endsWith('06_extra.txt')) || undefined, 30_000);
    const baku = (await state()).entities.find(e => e.key === BAKU);
    assert.equal(baku?.articles.length, 4);
    await fs.unlink(extra);
    await waitFor('the deleted article gone', async () => !(await state()).articles.some(p => p.endsWith('06_extra.txt')) || undefined, 30_000);
  });

  it('follows a sidecar written beside the corpus: its publication date dates the article’s events', async () => {
    const name = '03_erdogan_call.txt';
    const undated = (await state()).events.filter(e => e.path.endsWith(name));
    assert.ok(undated.length > 0 && undated.every(e => e.sortDate === undefined));
    const sidecar = emptySidecar(readFileSync(path.join(seedsFolder(), name), 'utf8'), `seeds/${name}`);
    sidecar.document.publicationDate = '2020-10-06';
    const file = path.join(seedsFolder(), '..', '.seed-annotator', 'seeds', `${name}.json`);
    await fs.writeFile(file, serialiseSidecar(sidecar), 'utf8');
    const dated = await waitFor('the article’s events dated', async () => {
      const events = (await state()).events.filter(e => e.path.endsWith(name));
      return events.every(e => e.sortDate) ? events : undefined;
    }, 30_000);
    // اليوم resolves to the publication day itself.
    assert.ok(dated.some(e => e.iso === '2020-10-06'), JSON.stringify(dated.map(e => [e.iso, e.dateText])));
    await fs.unlink(file);
    await waitFor('the date gone with the sidecar', async () => (await state()).events.filter(e => e.path.endsWith(name)).every(e => !e.sortDate) || undefined, 30_000);
  });

  it('follows edits to an open document before it is saved', async function () {
    // Two round trips through the debounced analysis and the worker: generous under a loaded machine.
    this.timeout(240_000);
    const uri = vscode.Uri.file(path.join(seedsFolder(), '03_erdogan_call.txt'));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const bakuIn = async () => (await state()).entities.find(e => e.key === BAKU)?.articles.some(a => a.path === uri.toString());
    assert.equal(await bakuIn(), false);
    await editor.edit(b => b.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, '\nووصل الوزير لاحقاً إلى باكو.'));
    await waitFor('Baku in the edited article', async () => (await bakuIn()) || undefined, 100_000);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor('the edit reverted in the index', async () => (await bakuIn()) === false || undefined, 100_000);
  });
});
