// The analysis cache in the real extension host: long articles are re-analysed
// paragraph by paragraph while typing, then in full once typing pauses.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { Analysis } from '../../src/extension/analysis/types';
import { analysisOf, api, openSeed, waitFor } from './editor-helpers';

describe('analysis cache', () => {
  it('after an edit in a long article, the quick analysis and the full one both slice to the text', async () => {
    const seed = (await openSeed()).document.getText();
    // Just over the 20,000 characters from which the cache re-analyses paragraph by paragraph.
    const long = Array.from({ length: 9 }, () => seed).join('\n');
    assert.ok(long.length > 20_000);
    const document = await vscode.workspace.openTextDocument({ language: 'seed-article', content: long });
    const editor = await vscode.window.showTextDocument(document);
    const first = await analysisOf(document);
    assert.ok(first.doc.mentions.length > 0);
    const a = await api();
    const published: Analysis[] = [];
    const listener = a.analysis.onDidAnalyse(x => { if (x.uri.toString() === document.uri.toString()) published.push(x); });
    try {
      const line = Math.floor(document.lineCount / 2);
      await editor.edit(b => b.insert(document.lineAt(line).range.end, ' و'));
      const version = document.version;
      await waitFor('the quick and the full analysis of the edit', () => published.filter(p => p.version === version).length >= 2 || undefined, 30_000);
      const text = document.getText();
      for (const p of published.filter(x => x.version === version)) {
        for (const m of p.doc.mentions) assert.equal(text.slice(m.start, m.end), m.text);
        const ids = new Set(p.doc.entities.map(e => e.id));
        for (const m of p.doc.mentions) assert.ok(ids.has(m.entity));
      }
      const [quick, full] = published.filter(x => x.version === version);
      assert.equal(quick.doc.mentions.length, full.doc.mentions.length, 'the quick analysis found what the full one did');
    } finally {
      listener.dispose();
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('a single line over the size limit is refused at once with a warning, also after an edit', async () => {
    const a = await api();
    const huge = await vscode.workspace.openTextDocument({ language: 'seed-article', content: 'بوتين '.repeat(1_000_000) });
    // How fast a refusal is is a figure of `npm run bench`; here it is refused, not analysed.
    const result = await a.analysis.get(huge);
    assert.equal(result?.doc.mentions.length, 0);
    assert.match(result?.doc.warnings?.[0] ?? '', /over the limit/);
    assert.equal(result?.doc.document.length, 6_000_000);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(huge.uri, new vscode.Position(0, 0), 'x');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const again = await a.analysis.get(huge);
    assert.equal(again?.version, huge.version);
    assert.equal(again?.doc.document.length, 6_000_001);
  });
});
