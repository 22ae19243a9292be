// Hover cards on names, quotes, dates and event triggers, from the analysis cache.
import * as vscode from 'vscode';
import type { AnalysisProvider } from '../analysis/types';
import { currentAnalysis } from '../analysis/cache';
import { hitsAt } from '../analysis/lookup';
import { HOVER_COMMANDS, hoverMarkdown, type Translate } from './hover-markdown';

const t: Translate = (message, ...args) => vscode.l10n.t(message, ...args);

export function registerHoverProvider(analysis: AnalysisProvider, selector: vscode.DocumentSelector): vscode.Disposable {
  return vscode.languages.registerHoverProvider(selector, {
    async provideHover(document, position, token) {
      const result = await currentAnalysis(analysis, document);
      if (!result || token.isCancellationRequested || result.version !== document.version) return undefined;
      const hits = hitsAt(result.doc, document.offsetAt(position));
      if (!hits.length) return undefined;
      const markdown = new vscode.MarkdownString(hoverMarkdown(result.doc, hits, { uri: document.uri.toString(), t }));
      markdown.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
      markdown.supportHtml = false;
      const span = hits[0].span;
      return new vscode.Hover(markdown, new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)));
    },
  });
}
