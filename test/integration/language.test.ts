// The seed-article mode in a real VS Code: the workspace is a copy of seeds/ (see test/harness).
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'seed-annotator.seed-annotator';
const SEED_FILE = '000_aa1428275e2aae3c.txt';
const HEADLINE_START = 'بوتين وماكرون يدعوان';

async function seedUri(): Promise<vscode.Uri> {
  const found = await vscode.workspace.findFiles(`**/${SEED_FILE}`, undefined, 1);
  assert.equal(found.length, 1, `${SEED_FILE} is in the test workspace`);
  return found[0];
}

async function symbolsOf(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  // The provider is registered on activation; poll briefly rather than race it.
  for (let i = 0; i < 50; i++) {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri);
    if (symbols && symbols.length > 0) return symbols;
    await new Promise(r => setTimeout(r, 100));
  }
  return [];
}

describe('seed-article language mode', () => {
  it('activates the extension without errors', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded`);
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  it('opens a file under seeds/ as seed-article', async () => {
    const document = await vscode.workspace.openTextDocument(await seedUri());
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'seed-article');
    assert.ok(document.lineAt(0).text.startsWith(HEADLINE_START));
  });

  it('lists the headline, the lead and every paragraph in the outline', async () => {
    const uri = await seedUri();
    const document = await vscode.workspace.openTextDocument(uri);
    const symbols = await symbolsOf(uri);
    assert.ok(symbols.length >= 3, `outline has ${symbols.length} entries`);
    const headline = symbols.find(s => s.detail === 'Headline');
    const lead = symbols.find(s => s.detail === 'Lead');
    assert.ok(headline && lead, `outline: ${symbols.map(s => s.detail).join(', ')}`);
    assert.equal(symbols[0], headline, 'the headline comes first');
    assert.ok(headline.name.startsWith(HEADLINE_START), headline.name);
    assert.equal(headline.range.start.line, 0);
    assert.ok(lead.name.startsWith('الرئيس الروسي فلاديمير بوتين'), lead.name);
    const nonBlankLines = document.getText().split(/\r?\n/).filter(l => l.trim()).length;
    const sections = symbols.filter(s => ['Headline', 'Lead'].includes(s.detail) || s.detail.startsWith('Paragraph'));
    assert.equal(sections.length, nonBlankLines);
  });

  it('switches any text file to seed-article with "Treat as Seed Article"', async () => {
    const document = await vscode.workspace.openTextDocument({ content: 'عنوان\nمقدمة\n', language: 'plaintext' });
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'plaintext');
    await vscode.commands.executeCommand('seedAnnotator.treatAsSeedArticle');
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'seed-article');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
