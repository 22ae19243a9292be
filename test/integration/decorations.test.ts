// Highlights in the real editor: what was painted equals the analysis, per type.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { AnnotationDocument, Span } from '../../src/core/types';
import { analysisOf, api, openSeed, setSetting, waitFor } from './editor-helpers';

const sorted = (spans: Span[]) => spans.map(s => [s.start, s.end]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);

function expected(doc: AnnotationDocument) {
  const live = <T extends { state?: string }>(xs: T[]) => xs.filter(x => x.state !== 'rejected');
  const mentions = (type: string) => sorted(live(doc.mentions).filter(m => m.type === type));
  return {
    people: mentions('PER'),
    places: mentions('LOC'),
    organisations: mentions('ORG'),
    quotes: sorted(live(doc.quotes)),
    dates: sorted(live(doc.dates)),
    events: sorted(live(doc.events).map(e => e.trigger)),
  };
}

async function painted(uri: vscode.Uri, version: number) {
  const a = await api();
  return waitFor('decorations for the current analysis', () => {
    const painted = a.testing.decorations(uri);
    return painted?.version === version ? painted.spans : undefined;
  });
}

describe('decorations', () => {
  after(async () => {
    await setSetting('highlight.people', undefined);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('paints every annotation of the seed with its type, and nothing else', async () => {
    const editor = await openSeed();
    const { doc } = await analysisOf(editor.document);
    assert.ok(doc.mentions.length > 0, 'the seed has names');
    const spans = await painted(editor.document.uri, editor.document.version);
    const want = expected(doc);
    for (const kind of Object.keys(want) as Array<keyof typeof want>) {
      assert.deepEqual(sorted(spans[kind]), want[kind], kind);
    }
  });

  it('turning a type off clears only that type; turning it on restores it', async () => {
    const editor = await openSeed();
    const uri = editor.document.uri;
    const { doc } = await analysisOf(editor.document);
    const want = expected(doc);
    await setSetting('highlight.people', false);
    const a = await api();
    await waitFor('people cleared', () => a.testing.decorations(uri)?.spans.people.length === 0 || undefined);
    assert.deepEqual(sorted(a.testing.decorations(uri)!.spans.places), want.places);
    await setSetting('highlight.people', true);
    await waitFor('people back', () => a.testing.decorations(uri)?.spans.people.length === want.people.length || undefined);
    assert.deepEqual(sorted(a.testing.decorations(uri)!.spans.people), want.people);
  });

  it('after an edit, the new analysis is painted at the shifted offsets', async () => {
    const editor = await openSeed();
    const before = (await analysisOf(editor.document)).doc;
    await editor.edit(b => b.insert(new vscode.Position(0, 0), ' '));
    const after = (await analysisOf(editor.document)).doc;
    const spans = await painted(editor.document.uri, editor.document.version);
    assert.deepEqual(sorted(spans.people), expected(after).people);
    assert.deepEqual(expected(after).people, expected(before).people.map(([s, e]) => [s + 1, e + 1]), 'the same names, one place later');
    await vscode.commands.executeCommand('undo');
  });

  it('between an edit and its re-analysis, peek() already follows the text', async () => {
    const editor = await openSeed();
    await analysisOf(editor.document);
    const a = await api();
    await editor.edit(b => b.insert(new vscode.Position(0, 0), '  '));
    const shifted = a.analysis.peek(editor.document.uri);
    assert.ok(shifted && shifted.version === editor.document.version, 'an analysis for the new version at once');
    const text = editor.document.getText();
    for (const m of shifted.doc.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    const settled = await analysisOf(editor.document);
    assert.equal(settled.provisional, undefined, 'get() waits for the real analysis');
    await vscode.commands.executeCommand('undo');
  });

  it('leaves documents that are not in a visible editor undecorated', async () => {
    const a = await api();
    const hidden = await vscode.workspace.openTextDocument({ language: 'seed-article', content: 'قال الرئيس الروسي فلاديمير بوتين أمس.\n' });
    const analysed = await a.analysis.get(hidden);
    assert.ok(analysed, 'a hidden article is still analysed for the views');
    assert.equal(a.testing.decorations(hidden.uri), undefined);
  });
});
