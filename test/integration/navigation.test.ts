// References, document highlights, next/previous annotation, entities in the outline, status bar.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { analysisOf, api, offsetOf, openSeed, setSetting, waitFor } from './editor-helpers';

async function putin(editor: vscode.TextEditor) {
  const { doc } = await analysisOf(editor.document);
  const offset = offsetOf(editor.document.getText(), 'بوتين') + 1;
  const mention = doc.mentions.find(m => m.start <= offset && offset <= m.end);
  assert.ok(mention, 'بوتين is a mention');
  const mentions = doc.mentions.filter(m => m.entity === mention.entity).sort((a, b) => a.start - b.start);
  return { doc, offset, mention, mentions };
}

const offsets = (document: vscode.TextDocument, ranges: vscode.Range[]) =>
  ranges.map(r => [document.offsetAt(r.start), document.offsetAt(r.end)]).sort((a, b) => a[0] - b[0]);

describe('navigation', () => {
  it('Shift+F12 on بوتين lists every mention of the entity', async () => {
    const editor = await openSeed();
    const { offset, mentions } = await putin(editor);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, editor.document.positionAt(offset));
    assert.deepEqual(offsets(editor.document, locations.map(l => l.range)), mentions.map(m => [m.start, m.end]));
    for (const l of locations) assert.equal(l.uri.toString(), editor.document.uri.toString());
  });

  it('highlights every mention of the entity under the cursor', async () => {
    const editor = await openSeed();
    const { offset, mentions } = await putin(editor);
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', editor.document.uri, editor.document.positionAt(offset));
    assert.deepEqual(offsets(editor.document, highlights.map(h => h.range)), mentions.map(m => [m.start, m.end]));
  });

  it('Next and Previous Annotation move the cursor through annotation starts in order', async () => {
    const editor = await openSeed();
    const { doc } = await analysisOf(editor.document);
    const starts = [...new Set([...doc.mentions, ...doc.quotes, ...doc.dates, ...doc.events.map(e => e.trigger)].map(s => s.start))].sort((a, b) => a - b);
    assert.ok(starts.length >= 2);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const seen: number[] = [];
    for (let i = 0; i < 3 && i < starts.length; i++) {
      await vscode.commands.executeCommand('seedAnnotator.nextAnnotation');
      seen.push(editor.document.offsetAt(editor.selection.active));
    }
    const firstAfterZero = starts.filter(s => s > 0);
    assert.deepEqual(seen, firstAfterZero.slice(0, seen.length));
    await vscode.commands.executeCommand('seedAnnotator.previousAnnotation');
    assert.equal(editor.document.offsetAt(editor.selection.active), seen[seen.length - 2]);
  });

  it('Show All Mentions opens the references peek for the entity', async () => {
    const editor = await openSeed();
    const { mention } = await putin(editor);
    await vscode.commands.executeCommand('seedAnnotator.showAllMentions', editor.document.uri.toString(), mention.entity);
    await vscode.commands.executeCommand('closeReferenceSearch');
  });

  it('lists entities with their mentions in the outline', async () => {
    const editor = await openSeed();
    const { mention, mentions, doc } = await putin(editor);
    const entity = doc.entities.find(e => e.id === mention.entity)!;
    const symbols = await waitFor('outline with entities', async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
      return s?.find(x => x.name === 'Entities');
    });
    const item = symbols.children.find(c => c.name === entity.name);
    assert.ok(item, `${entity.name} in the outline`);
    assert.equal(item.children.length, mentions.length);
  });

  it('the status bar counts the article\'s people, places, organisations, quotes and events', async () => {
    const editor = await openSeed();
    const { doc } = await analysisOf(editor.document);
    const people = new Set(doc.mentions.filter(m => m.type === 'PER').map(m => m.entity)).size;
    const a = await api();
    const text = await waitFor('status counts', () => (a.testing.statusText().includes('$(person)') ? a.testing.statusText() : undefined));
    assert.ok(text.startsWith(`$(person) ${people} `), text);
    assert.ok(text.endsWith(`$(zap) ${doc.events.length}`), text);
  });

  it('refuses documents over the size limit and binary content with a warning, not an analysis', async () => {
    const a = await api();
    await setSetting('analysis.maxDocumentSize', 1000);
    try {
      const big = await vscode.workspace.openTextDocument({ language: 'seed-article', content: 'قال بوتين. '.repeat(200) });
      const result = await a.analysis.get(big);
      assert.equal(result?.doc.mentions.length, 0);
      assert.match(result?.doc.warnings?.[0] ?? '', /over the limit/);
    } finally {
      await setSetting('analysis.maxDocumentSize', undefined);
    }
    const binary = await vscode.workspace.openTextDocument({ language: 'seed-article', content: 'PK\u0003\u0004\u0000\u0000بوتين' });
    const result = await a.analysis.get(binary);
    assert.match(result?.doc.warnings?.[0] ?? '', /binary/);
  });
});
