// The outline of a seed article: headline, lead, then one entry per paragraph, named by its first
// words so the analyst recognises each paragraph at a glance. Paragraphs come from the core's
// splitter, so the outline agrees with annotate() on what the headline and the lead are.
import * as vscode from 'vscode';
import { splitParagraphs } from '../../core/text/sentences';

/**
 * Extra symbols from other features (entities, quotes…). Each one is nested under the section
 * whose range contains it; anything that fits no single section is listed after the sections.
 */
export type ExtraOutlineSymbols = (
  document: vscode.TextDocument,
  token: vscode.CancellationToken,
) => vscode.DocumentSymbol[] | Thenable<vscode.DocumentSymbol[]>;

const NAME_WORDS = 7;

/** The first words of a paragraph, with an ellipsis when there is more. */
function firstWords(text: string, count = NAME_WORDS): string {
  const words = text.trim().split(/\s+/u);
  const head = words.slice(0, count).join(' ').replace(/[\s،,؛;:]+$/u, '');
  return words.length > count ? `${head}…` : head;
}

function sectionLabel(index: number): { detail: string; kind: vscode.SymbolKind } {
  if (index === 0) return { detail: vscode.l10n.t('Headline'), kind: vscode.SymbolKind.Namespace };
  if (index === 1) return { detail: vscode.l10n.t('Lead'), kind: vscode.SymbolKind.Package };
  return { detail: vscode.l10n.t('Paragraph {0}', index - 1), kind: vscode.SymbolKind.String };
}

function sectionSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
  const text = document.getText();
  return splitParagraphs(text).map((p, i) => {
    const range = new vscode.Range(document.positionAt(p.start), document.positionAt(p.end));
    const { detail, kind } = sectionLabel(i);
    return new vscode.DocumentSymbol(firstWords(text.slice(p.start, p.end)) || detail, detail, kind, range, range);
  });
}

export class SeedOutlineProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly extraSymbols?: ExtraOutlineSymbols) {}

  async provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[]> {
    const sections = sectionSymbols(document);
    if (!this.extraSymbols) return sections;
    const extras = await this.extraSymbols(document, token);
    const unplaced: vscode.DocumentSymbol[] = [];
    for (const extra of extras) {
      const home = sections.find(s => s.range.contains(extra.range));
      if (home) home.children.push(extra);
      else unplaced.push(extra);
    }
    // The article's own structure leads; groups that span it (Entities…) follow.
    return [...sections, ...unplaced];
  }
}
