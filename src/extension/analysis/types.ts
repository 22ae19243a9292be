// The seam every view reads: one analysis per document, keyed by uri and version.
import type * as vscode from 'vscode';
import type { AnnotationDocument } from '../../core/types';

export interface Analysis {
  uri: vscode.Uri;
  version: number;
  /** Machine output merged with the analyst's corrections from the sidecar. */
  doc: AnnotationDocument;
  /**
   * True while the previous analysis was only shifted through an edit (spans the edit
   * touched dropped) and the re-analysis has not arrived; get() never returns one.
   */
  provisional?: boolean;
}

export interface AnalysisProvider extends vscode.Disposable {
  /** Latest analysis for the document's current version (debounced, cancelled when stale). */
  get(document: vscode.TextDocument): Promise<Analysis | undefined>;
  /** Last finished analysis, even if the document changed since; never waits. */
  peek(uri: vscode.Uri): Analysis | undefined;
  /** Fires when a document's analysis is ready (after an edit, a setting or a correction). */
  readonly onDidAnalyse: vscode.Event<Analysis>;
  /** Drops cached results so the next get() re-analyses (after corrections or settings changes). */
  invalidate(uri?: vscode.Uri): void;
}
