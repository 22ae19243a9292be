// Hover cards in the real editor, through VS Code's own hover command.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { analysisOf, offsetOf, openSeed } from './editor-helpers';

async function hoverText(document: vscode.TextDocument, offset: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset));
  return hovers.flatMap(h => h.contents).map(c => (typeof c === 'string' ? c : c.value)).join('\n');
}

describe('hover cards', () => {
  it('on بوتين: the English name, the type and a "Show all mentions" link', async () => {
    const editor = await openSeed();
    const text = editor.document.getText();
    await analysisOf(editor.document);
    const md = await hoverText(editor.document, offsetOf(text, 'بوتين') + 2);
    assert.match(md, /Vladimir Putin/);
    assert.match(md, /Person/);
    assert.match(md, /Show all mentions/);
    assert.match(md, /command:seedAnnotator\.showAllMentions\?/);
  });

  it('shows the mention count the analysis has for the entity', async () => {
    const editor = await openSeed();
    const text = editor.document.getText();
    const { doc } = await analysisOf(editor.document);
    const offset = offsetOf(text, 'بوتين') + 2;
    const mention = doc.mentions.find(m => m.start <= offset && offset <= m.end);
    assert.ok(mention, 'بوتين is a mention');
    const count = doc.mentions.filter(m => m.entity === mention.entity).length;
    assert.match(await hoverText(editor.document, offset), count === 1 ? /1 mention\b/ : new RegExp(`${count} mentions`));
  });

  it('on a quote names its speaker, on a date gives its value', async () => {
    const editor = await openSeed();
    const { doc } = await analysisOf(editor.document);
    const quote = doc.quotes[0];
    if (quote) assert.match(await hoverText(editor.document, quote.start + 1), /Speaker: /);
    const date = doc.dates[0];
    if (date) assert.match(await hoverText(editor.document, date.start), /Date/);
    const event = doc.events[0];
    if (event) assert.match(await hoverText(editor.document, event.trigger.start), /CAMEO/);
  });

  it('gives no hover away from any annotation', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'seed-article', content: 'نص عادي بلا أسماء\n' });
    assert.equal(await hoverText(document, 2), '');
  });
});
