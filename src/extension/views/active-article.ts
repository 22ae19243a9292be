// Which seed article the panel shows: the active editor's when it is one, else the
// last one shown while it stays open (focusing the panel or a webview keeps it).
import * as vscode from 'vscode';
import { SEED_LANGUAGE } from '../analysis/cache';
import type { Analysis, AnalysisProvider } from '../analysis/types';

function isSeedArticle(document: vscode.TextDocument): boolean {
  return document.languageId === SEED_LANGUAGE;
}

export class ActiveArticle implements vscode.Disposable {
  private current: vscode.TextDocument | undefined;
  private latest: Analysis | undefined;
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[];

  /** Fires when the article changes or its analysis is refreshed. */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly analysis: AnalysisProvider) {
    this.disposables = [
      this.emitter,
      vscode.window.onDidChangeActiveTextEditor(e => {
        if (e && isSeedArticle(e.document)) this.show(e.document);
      }),
      vscode.workspace.onDidOpenTextDocument(d => {
        // A document whose language changes (Treat as Seed Article) is reopened under the new id.
        if (isSeedArticle(d) && vscode.window.activeTextEditor?.document === d) this.show(d);
      }),
      vscode.workspace.onDidCloseTextDocument(d => {
        if (d === this.current) this.show(this.firstVisibleSeed());
      }),
      analysis.onDidAnalyse(a => {
        if (this.current && a.uri.toString() === this.current.uri.toString()) {
          this.latest = a;
          this.emitter.fire();
        }
      }),
    ];
    const active = vscode.window.activeTextEditor?.document;
    this.show(active && isSeedArticle(active) ? active : this.firstVisibleSeed());
  }

  get document(): vscode.TextDocument | undefined {
    return this.current;
  }

  /** The latest finished analysis of the shown article (possibly of an older version). */
  get result(): Analysis | undefined {
    return this.latest;
  }

  /** Resolves once the shown article's current version is analysed. */
  async ready(): Promise<Analysis | undefined> {
    const doc = this.current;
    if (!doc) return undefined;
    const a = await this.analysis.get(doc);
    if (a && doc === this.current) this.latest = a;
    return this.latest;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private firstVisibleSeed(): vscode.TextDocument | undefined {
    return vscode.window.visibleTextEditors.map(e => e.document).find(isSeedArticle);
  }

  private show(document: vscode.TextDocument | undefined): void {
    if (document === this.current) return;
    this.current = document;
    this.latest = document ? this.analysis.peek(document.uri) : undefined;
    this.emitter.fire();
    if (document) {
      void this.analysis.get(document).then(a => {
        if (a && document === this.current && a !== this.latest) {
          this.latest = a;
          this.emitter.fire();
        }
      });
    }
  }
}
