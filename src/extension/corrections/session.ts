// What every correction command starts from (the article, its merged
// analysis, its sidecar moved onto the current text) and how it ends (save
// atomically, then re-analyse so every view shows the change).
import * as vscode from 'vscode';
import { annotationAt, type Target } from '../../core/corrections/edit';
import { emptySidecar, reanchorSidecar, SidecarError } from '../../core/corrections/sidecar';
import type { Sidecar } from '../../core/corrections/types';
import type { AnnotationDocument, Entity, Span } from '../../core/types';
import type { AnalysisProvider } from '../analysis/types';
import type { SidecarStore } from './sidecar-store';

export interface CorrectionDeps {
  analysis: AnalysisProvider;
  store: SidecarStore;
}

export interface Session {
  document: vscode.TextDocument;
  text: string;
  doc: AnnotationDocument;
  sidecar: Sidecar;
}

export async function openSession(deps: CorrectionDeps, uri?: vscode.Uri): Promise<Session | undefined> {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a seed article first.'));
    return undefined;
  }
  // A re-analysis started meanwhile (an outside sidecar change) cancels the first request.
  const analysis = (await deps.analysis.get(document)) ?? (await deps.analysis.get(document));
  if (!analysis) {
    void vscode.window.showWarningMessage(vscode.l10n.t('This article has no analysis to correct yet.'));
    return undefined;
  }
  const text = document.getText();
  try {
    const saved = await deps.store.load(document.uri);
    const sidecar = reanchorSidecar(saved ?? emptySidecar(text, vscode.workspace.asRelativePath(document.uri, false)), text);
    return { document, text, doc: analysis.doc, sidecar };
  } catch (e) {
    if (!(e instanceof SidecarError)) throw e;
    void vscode.window.showErrorMessage(e.message);
    return undefined;
  }
}

export async function commit(deps: CorrectionDeps, session: Session, next: Sidecar): Promise<Sidecar> {
  await deps.store.save(session.document.uri, next);
  deps.analysis.invalidate(session.document.uri);
  return next;
}

function editorFor(document: vscode.TextDocument): vscode.TextEditor | undefined {
  return vscode.window.visibleTextEditors.find(e => e.document === document);
}

function cursorOffset(session: Session, offset?: number): number | undefined {
  if (typeof offset === 'number') return offset;
  const editor = editorFor(session.document);
  return editor && session.document.offsetAt(editor.selection.active);
}

/** The given range, the editor's selection, or the word under the cursor. */
export function selectedSpan(session: Session, range?: vscode.Range): Span | undefined {
  const editor = editorFor(session.document);
  let r = range ?? editor?.selection;
  if (r && r.isEmpty) r = session.document.getWordRangeAtPosition(r.start, /[\p{L}\p{M}\p{N}]+/u);
  if (!r || r.isEmpty) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Select the text to annotate first.'));
    return undefined;
  }
  return { start: session.document.offsetAt(r.start), end: session.document.offsetAt(r.end) };
}

function only(doc: AnnotationDocument, kinds: Target['kind'][]): AnnotationDocument {
  const keep = <T>(kind: Target['kind'], list: T[]): T[] => (kinds.includes(kind) ? list : []);
  return { ...doc, mentions: keep('mention', doc.mentions), quotes: keep('quote', doc.quotes), dates: keep('date', doc.dates), events: keep('event', doc.events) };
}

export function targetAt(session: Session, offset?: number, kinds?: Target['kind'][]): Target | undefined {
  const at = cursorOffset(session, offset);
  const doc = kinds ? only(session.doc, kinds) : session.doc;
  const target = at === undefined ? undefined : annotationAt(doc, at);
  if (!target) void vscode.window.showWarningMessage(kinds?.length === 1 && kinds[0] === 'mention'
    ? vscode.l10n.t('Put the cursor on a name first.')
    : vscode.l10n.t('There is no annotation at the cursor.'));
  return target;
}

export function entityLabel(e: Entity): string {
  return e.nameEn ? `${e.name} — ${e.nameEn}` : e.name;
}

/** A quick pick of the article's entities (those that still have a mention). */
export async function pickEntity(session: Session, placeHolder: string, exclude?: string, types?: Entity['type'][]): Promise<string | undefined> {
  const counts = new Map<string, number>();
  for (const m of session.doc.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const items = session.doc.entities
    .filter(e => e.id !== exclude && counts.has(e.id) && (!types || types.includes(e.type)))
    .map(e => ({ label: entityLabel(e), description: `${e.type} · ${counts.get(e.id)}`, id: e.id }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true });
  return picked?.id;
}

/** Runs a command so that a refused correction is a message, not a stack trace. */
export function guarded<A extends unknown[], R>(fn: (...args: A) => Promise<R>): (...args: A) => Promise<R | undefined> {
  return async (...args: A) => {
    try {
      return await fn(...args);
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Seed Annotator: {0}', e instanceof Error ? e.message : String(e)));
      return undefined;
    }
  };
}
