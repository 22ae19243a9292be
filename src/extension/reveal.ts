// Shows a span of an article in its editor: the panel rows, the reading view and
// hover links all land here, so they scroll and select the same way.
import * as vscode from 'vscode';
import type { Span } from '../core/types';
import { COMMANDS } from './commands';

export interface RevealOptions {
  /** Select the span (a click) or only scroll it into view (a hover elsewhere). */
  select: boolean;
  /** Keep keyboard focus where it is (the panel or the reading view). */
  preserveFocus: boolean;
}

export function spanToRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

/** Reveals in the editor already showing the article, opening one only when none does. */
export async function revealSpan(uri: vscode.Uri, span: Span, options: RevealOptions): Promise<vscode.TextEditor> {
  const key = uri.toString();
  const visible = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === key);
  const editor = visible && options.preserveFocus
    ? visible
    : await vscode.window.showTextDocument(visible?.document ?? await vscode.workspace.openTextDocument(uri), {
      viewColumn: visible?.viewColumn,
      preserveFocus: options.preserveFocus,
      preview: false,
    });
  const range = spanToRange(editor.document, span);
  if (options.select) editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** `COMMANDS.revealRange` (uri, start, end): what panel rows and hover links run on click. */
export function registerRevealCommand(): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.revealRange, (uri: vscode.Uri | string, start: number, end: number) =>
    revealSpan(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri, { start, end }, { select: true, preserveFocus: false }));
}
