// Entities in the outline: one "Entities" entry spanning the article, with
// each entity under it and its mentions under the entity.
import * as vscode from 'vscode';
import type { EntityType } from '../../core/types';
import type { AnalysisProvider } from '../analysis/types';
import type { ExtraOutlineSymbols } from '../language';
import { mentionsOf } from '../analysis/lookup';
import { spanToRange } from '../reveal';

const KIND: Record<EntityType, vscode.SymbolKind> = {
  PER: vscode.SymbolKind.Object,
  LOC: vscode.SymbolKind.Field,
  ORG: vscode.SymbolKind.Struct,
};

function typeName(type: EntityType): string {
  return type === 'PER' ? vscode.l10n.t('Person') : type === 'LOC' ? vscode.l10n.t('Place') : vscode.l10n.t('Organisation');
}

export function entityOutline(analysis: AnalysisProvider): ExtraOutlineSymbols {
  return async (document, token) => {
    const result = await analysis.get(document);
    if (!result || token.isCancellationRequested || result.version !== document.version) return [];
    const entities: vscode.DocumentSymbol[] = [];
    for (const e of result.doc.entities) {
      const mentions = mentionsOf(result.doc, e.id).filter(m => m.state !== 'rejected');
      if (!mentions.length) continue;
      const first = spanToRange(document, mentions[0]);
      const whole = new vscode.Range(first.start, document.positionAt(mentions[mentions.length - 1].end));
      const detail = `${typeName(e.type)}${e.nameEn ? ` · ${e.nameEn}` : ''} · ${mentions.length === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', mentions.length)}`;
      const symbol = new vscode.DocumentSymbol(e.name, detail, KIND[e.type] ?? vscode.SymbolKind.Object, whole, first);
      symbol.children = mentions.map(m => {
        const r = spanToRange(document, m);
        return new vscode.DocumentSymbol(m.text, '', vscode.SymbolKind.Key, r, r);
      });
      entities.push(symbol);
    }
    if (!entities.length) return [];
    const all = new vscode.Range(0, 0, document.lineCount - 1, document.lineAt(document.lineCount - 1).range.end.character);
    const group = new vscode.DocumentSymbol(vscode.l10n.t('Entities'), vscode.l10n.t('{0} entities', entities.length),
      vscode.SymbolKind.Namespace, all, new vscode.Range(0, 0, 0, 0));
    group.children = entities;
    return [group];
  };
}
