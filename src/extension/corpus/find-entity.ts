// Cross-article navigation: "Find Entity in All Seeds" (palette, hover card,
// Corpus view) shows every mention in the peek view, and workspace symbols
// (Ctrl+T) list corpus entities by article.
import * as vscode from 'vscode';
import type { CorpusIndex } from '../../core/corpus/index';
import { entityKey, type CorpusMention } from '../../core/corpus/summary';
import type { AnalysisProvider } from '../analysis/types';
import { mentionAt, symbolMatches, symbolName } from './symbol-match';
import type { CorpusService } from './corpus-service';
import { articleCounts } from './corpus-rows';
import { COMMANDS } from '../commands';

const t = (message: string, ...args: Array<string | number>) => vscode.l10n.t(message, ...args);

const MAX_SYMBOLS = 1000;

function range(m: CorpusMention): vscode.Range {
  return new vscode.Range(m.line, m.character, m.endLine, m.endCharacter);
}

function entityLocations(index: CorpusIndex, key: string): vscode.Location[] {
  return index.occurrences(key).flatMap(o => o.mentions.map(m => new vscode.Location(vscode.Uri.parse(o.path), range(m))));
}

/** The corpus key of the entity under the active editor's cursor, if any. */
function entityAtCursor(analysis: AnalysisProvider): string | undefined {
  const editor = vscode.window.activeTextEditor;
  const result = editor && analysis.peek(editor.document.uri);
  if (!editor || !result || result.version !== editor.document.version) return undefined;
  const entity = mentionAt(result.doc, editor.document.offsetAt(editor.selection.active));
  return entity && entityKey(entity);
}

async function pickEntity(index: CorpusIndex, preferred: string | undefined): Promise<string | undefined> {
  const items = index.entities().map(e => ({
    label: e.name,
    description: [e.nameEn, articleCounts(e.articles.length, e.total, t)].filter(Boolean).join(' · '),
    key: e.key,
  }));
  const first = items.findIndex(i => i.key === preferred);
  if (first > 0) items.unshift(...items.splice(first, 1));
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Find Entity in All Seeds'), matchOnDescription: true });
  return picked?.key;
}

/** Shows the mentions in the peek view over the active editor, else as a quick pick to open one. */
async function showLocations(locations: vscode.Location[], title: string): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (editor) {
    await vscode.commands.executeCommand('editor.action.peekLocations', editor.document.uri, editor.selection.active, locations, 'peek');
    return;
  }
  const items = locations.map(l => ({
    label: vscode.workspace.asRelativePath(l.uri, false),
    description: vscode.l10n.t('line {0}', l.range.start.line + 1),
    location: l,
  }));
  const picked = await vscode.window.showQuickPick(items, { title });
  if (picked) {
    const shown = await vscode.window.showTextDocument(picked.location.uri, { preview: false });
    shown.selection = new vscode.Selection(picked.location.range.start, picked.location.range.end);
    shown.revealRange(picked.location.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}

export function registerFindEntity(service: CorpusService, analysis: AnalysisProvider): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.findEntityInAllSeeds, async (arg?: string | { entityKey?: string }, options?: { show?: boolean }) => {
      await service.ready();
      const index = service.current;
      let key = typeof arg === 'string' ? arg : arg?.entityKey;
      if (!key) key = await pickEntity(index, entityAtCursor(analysis));
      if (!key) return [];
      const locations = entityLocations(index, key);
      if (!locations.length) {
        void vscode.window.showInformationMessage(vscode.l10n.t('No seed article mentions this entity (the corpus index may still be building).'));
        return [];
      }
      if (options?.show !== false) await showLocations(locations, index.entity(key)?.name ?? key);
      return locations;
    }),
    vscode.languages.registerWorkspaceSymbolProvider({
      provideWorkspaceSymbols(query, token) {
        return workspaceSymbols(service.current, query, token);
      },
    }),
  );
}

/** One symbol per entity and article (its first mention there), in one pass over the articles. */
function workspaceSymbols(index: CorpusIndex, query: string, token: vscode.CancellationToken): vscode.SymbolInformation[] {
  const entities = new Map(index.entities().map(e => [e.key, e]));
  const verdicts = new Map<string, { name: string; container: string } | null>();
  const out: vscode.SymbolInformation[] = [];
  for (const path of index.paths()) {
    if (token.isCancellationRequested) break;
    const uri = vscode.Uri.parse(path);
    for (const ref of index.article(path)?.entities ?? []) {
      let verdict = verdicts.get(ref.key);
      if (verdict === undefined) {
        const e = entities.get(ref.key)!;
        verdict = symbolMatches(query, e) ? symbolName(query, e) : null;
        verdicts.set(ref.key, verdict);
      }
      if (!verdict || !ref.mentions[0]) continue;
      const kind = ref.type === 'PER' ? vscode.SymbolKind.Object : ref.type === 'LOC' ? vscode.SymbolKind.Namespace : vscode.SymbolKind.Module;
      out.push(new vscode.SymbolInformation(verdict.name, kind, verdict.container, new vscode.Location(uri, range(ref.mentions[0]))));
      if (out.length >= MAX_SYMBOLS) return out;
    }
  }
  return out;
}
