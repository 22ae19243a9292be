// Moving through an article's annotations: references and highlights for an
// entity's mentions, next/previous annotation, and the reveal and
// show-mentions command that hover cards link to (the reveal command
// lives with the shared reveal helper in ../reveal.ts).
import * as vscode from 'vscode';
import type { AnalysisProvider } from '../analysis/types';
import { currentAnalysis } from '../analysis/cache';
import { hitsAt, mentionsOf, nextStart, previousStart, hitStartingAt } from '../analysis/lookup';
import { spanToRange } from '../reveal';
import type { AnnotationDocument, Mention } from '../../core/types';
import { COMMANDS } from '../commands';

async function mentionsAt(analysis: AnalysisProvider, document: vscode.TextDocument, position: vscode.Position): Promise<Mention[] | undefined> {
  const result = await currentAnalysis(analysis, document);
  if (!result || result.version !== document.version) return undefined;
  const hit = hitsAt(result.doc, document.offsetAt(position)).find(h => h.kind === 'mention');
  return hit?.kind === 'mention' ? mentionsOf(result.doc, hit.mention.entity) : undefined;
}

function toUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string' && value) return vscode.Uri.parse(value);
  return undefined;
}

async function showAllMentions(analysis: AnalysisProvider, uriArg?: unknown, entityArg?: unknown): Promise<void> {
  const active = vscode.window.activeTextEditor;
  const uri = toUri(uriArg) ?? active?.document.uri;
  if (!uri) return;
  const document = await vscode.workspace.openTextDocument(uri);
  const result = await currentAnalysis(analysis, document);
  if (!result) return;
  let entityId = typeof entityArg === 'string' ? entityArg : undefined;
  if (!entityId && active && active.document === document) {
    const hit = hitsAt(result.doc, document.offsetAt(active.selection.active)).find(h => h.kind === 'mention');
    if (hit?.kind === 'mention') entityId = hit.mention.entity;
  }
  const mentions = entityId ? mentionsOf(result.doc, entityId) : [];
  if (!mentions.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Place the cursor on a highlighted name to list its mentions.'));
    return;
  }
  const locations = mentions.map(m => new vscode.Location(uri, spanToRange(document, m)));
  const anchor = active?.document === document ? active.selection.active : locations[0].range.start;
  await vscode.commands.executeCommand('editor.action.showReferences', uri, anchor, locations);
}

async function step(analysis: AnalysisProvider, find: (doc: AnnotationDocument, offset: number) => number | undefined): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const result = await currentAnalysis(analysis, editor.document);
  if (!result || result.version !== editor.document.version) return;
  const start = find(result.doc, editor.document.offsetAt(editor.selection.active));
  if (start === undefined) {
    void vscode.window.setStatusBarMessage(vscode.l10n.t('No annotations in this article.'), 3000);
    return;
  }
  const hit = hitStartingAt(result.doc, start)!;
  const range = spanToRange(editor.document, hit.span);
  // The cursor lands at the start so the next step moves on rather than staying inside.
  editor.selection = new vscode.Selection(range.end, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export function registerNavigation(analysis: AnalysisProvider, selector: vscode.DocumentSelector): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerReferenceProvider(selector, {
      async provideReferences(document, position) {
        const mentions = await mentionsAt(analysis, document, position);
        return mentions?.map(m => new vscode.Location(document.uri, spanToRange(document, m)));
      },
    }),
    vscode.languages.registerDocumentHighlightProvider(selector, {
      async provideDocumentHighlights(document, position) {
        const mentions = await mentionsAt(analysis, document, position);
        return mentions?.map(m => new vscode.DocumentHighlight(spanToRange(document, m), vscode.DocumentHighlightKind.Read));
      },
    }),
    vscode.commands.registerCommand(COMMANDS.showAllMentions, (u?: unknown, e?: unknown) => showAllMentions(analysis, u, e)),
    vscode.commands.registerCommand(COMMANDS.nextAnnotation, () => step(analysis, nextStart)),
    vscode.commands.registerCommand(COMMANDS.previousAnnotation, () => step(analysis, previousStart)),
  );
}
