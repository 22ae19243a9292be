// What activate() returns: the analysis cache for other extensions and the
// extension-host tests (which load their own copy of the sources, so they
// reach the running instances only through this object).
import type * as vscode from 'vscode';
import type { AnalysisProvider } from './analysis/types';
import type { PaintedSpans } from './decorations/decorations';

export interface SeedAnnotatorApi {
  analysis: AnalysisProvider;
  testing: {
    /** Spans per highlight type last painted for the document, and its version (disabled types empty). */
    decorations(uri: vscode.Uri): PaintedSpans | undefined;
    /** Text of the status bar item. */
    statusText(): string;
  };
}
