// What activate() returns: the analysis cache for other extensions and the
// extension-host tests (which load their own copy of the sources, so they
// reach the running instances only through this object: the one route for
// tests, so nothing test-only is registered as a command users could run).
import type * as vscode from 'vscode';
import type { AnalysisProvider } from './analysis/types';
import type { PaintedSpans } from './decorations/decorations';
import type { PanelTesting } from './views/register-views';
import type { ReadingViewState } from './reading-view/reading-view';
import type { CorpusTesting } from './corpus';

export interface SeedAnnotatorApi {
  analysis: AnalysisProvider;
  testing: PanelTesting & CorpusTesting & {
    /** Spans per highlight type last painted for the document, and its version (disabled types empty). */
    decorations(uri: vscode.Uri): PaintedSpans | undefined;
    /** Text of the status bar item. */
    statusText(): string;
    /** What the reading view shows; undefined while it is closed. */
    readingView(): ReadingViewState | undefined;
  };
}
