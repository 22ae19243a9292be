// A status bar item with the active article's counts; clicking it opens the panel.
import * as vscode from 'vscode';
import type { Analysis, AnalysisProvider } from '../analysis/types';
import { countAnnotations } from './counts';
import { COMMANDS } from '../commands';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('seedAnnotator.counts', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly analysis: AnalysisProvider) {
    this.item.name = vscode.l10n.t('Seed Annotator counts');
    this.item.command = COMMANDS.focusPanel;
    this.disposables.push(
      this.item,
      analysis.onDidAnalyse(a => {
        if (a.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.show(a);
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
    this.update();
  }

  /** The text currently shown, for tests. */
  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private update(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'seed-article') {
      this.item.hide();
      return;
    }
    const done = this.analysis.peek(editor.document.uri);
    if (done) this.show(done);
    else {
      this.item.text = `$(loading~spin) ${vscode.l10n.t('Analysing…')}`;
      this.item.show();
    }
  }

  private show(a: Analysis): void {
    if (a.doc.warnings?.length && !a.doc.mentions.length) {
      this.item.text = `$(warning) ${vscode.l10n.t('Not analysed')}`;
      this.item.tooltip = a.doc.warnings.join('\n');
      this.item.show();
      return;
    }
    const c = countAnnotations(a.doc);
    const orphans = c.orphans ? `  $(warning) ${c.orphans}` : '';
    this.item.text = `$(person) ${c.people}  $(location) ${c.places}  $(organization) ${c.organisations}  $(quote) ${c.quotes}  $(zap) ${c.events}${orphans}`;
    const tooltip = vscode.l10n.t('{0} people, {1} places, {2} organisations, {3} quotes, {4} events. Click to open the Seed Annotator panel.',
      c.people, c.places, c.organisations, c.quotes, c.events);
    this.item.tooltip = c.orphans ? `${tooltip}\n${vscode.l10n.t('{0} orphaned corrections: see "Orphaned annotations" in the Entities view.', c.orphans)}` : tooltip;
    this.item.show();
  }
}

export function registerStatusBar(analysis: AnalysisProvider): { statusBar: StatusBar; disposable: vscode.Disposable } {
  const statusBar = new StatusBar(analysis);
  return { statusBar, disposable: statusBar };
}
