// Wiring only: each feature lives in its own module and returns its Disposables.
import * as vscode from 'vscode';
import { registerAnalysisCache } from './analysis/cache';
import { registerLanguageFeatures } from './language';
import { registerReadingView } from './reading-view/reading-view';
import { registerRevealCommand } from './reveal';
import { registerViews } from './views/register-views';
import { registerDecorations } from './decorations/decorations';
import { registerHoverProvider } from './hover/hover-provider';
import { registerNavigation } from './navigation/navigation';
import { entityOutline } from './navigation/outline-entities';
import { registerStatusBar } from './status/status-bar';
import { createSidecarStore, registerCorrections } from './corrections';
import { registerExport } from './export';
import { registerCorpus } from './corpus';
import type { SeedAnnotatorApi } from './api';

const ARTICLES: vscode.DocumentSelector = { language: 'seed-article' };

export function activate(context: vscode.ExtensionContext): SeedAnnotatorApi {
  const corrections = createSidecarStore();
  const analysis = registerAnalysisCache(context, corrections.merge);
  context.subscriptions.push(analysis.disposable);
  context.subscriptions.push(registerLanguageFeatures({ extraOutlineSymbols: entityOutline(analysis.provider) }));
  context.subscriptions.push(registerRevealCommand());
  context.subscriptions.push(registerCorrections({ analysis: analysis.provider, store: corrections }));
  context.subscriptions.push(registerExport({
    analysis: analysis.provider, store: corrections,
    annotate: (text, options, token) => analysis.provider.annotateText(text, options, token),
  }));
  const panel = registerViews({ analysis: analysis.provider });
  const readingView = registerReadingView({ analysis: analysis.provider, extensionUri: context.extensionUri });
  const corpus = registerCorpus({
    context, analysis: analysis.provider, corrections,
    annotate: (text, options, token) => analysis.provider.annotateText(text, options, token),
  });
  context.subscriptions.push(panel.disposable, readingView.disposable, corpus.disposable);
  const decorations = registerDecorations(analysis.provider);
  const status = registerStatusBar(analysis.provider);
  context.subscriptions.push(
    decorations.disposable,
    registerHoverProvider(analysis.provider, ARTICLES),
    registerNavigation(analysis.provider, ARTICLES),
    status.disposable,
  );
  return {
    analysis: analysis.provider,
    testing: {
      ...panel.testing,
      ...corpus.testing,
      readingView: readingView.state,
      decorations: uri => decorations.controller.appliedSpans(uri),
      statusText: () => status.statusBar.text,
    },
  };
}

export function deactivate(): void {
  // Everything registered is disposed through context.subscriptions.
}
