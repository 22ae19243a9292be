// "Open Reading View": the active seed article laid out right to left in a webview
// beside the editor, with the same highlights; the two follow each other.
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { AnalysisProvider } from '../analysis/types';
import { revealSpan, spanToRange } from '../reveal';
import { onSettingsChanged, readSettings, type HighlightKind } from '../settings';
import { ActiveArticle } from '../views/active-article';
import type { FromWebview, ToWebview } from './protocol';
import { articleDirection, articleLayout, renderLayoutBody, renderReadingHtml, type HighlightClass } from './render-html';
import { COMMANDS } from '../commands';

type ArticleMessage = Extract<ToWebview, { type: 'article' }>;

const READING_VIEW_TYPE = 'seedAnnotator.readingView';
/** What the reading view shows (for the extension-host tests, through the API's testing object). */
export interface ReadingViewState {
  /** The page HTML the view was last given. */
  html: string;
  /** The article's laid-out body, as the page draws it. */
  body: string;
  title: string;
  viewColumn: vscode.ViewColumn | undefined;
}

const CLASS_SETTING: Record<HighlightClass, HighlightKind> = {
  person: 'people', place: 'places', organisation: 'organisations', quote: 'quotes', date: 'dates', event: 'events',
};
/** Articles up to this size are drawn into the first page; longer ones by the webview (off the extension host). */
const INLINE_BODY_LIMIT = 100_000;
/** How long the editor marks the place a reading-view hover points at. */
const PEEK_MS = 1500;

export interface ReadingViewDeps {
  analysis: AnalysisProvider;
  extensionUri: vscode.Uri;
}

class ReadingViewPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly peek = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('editor.findMatchHighlightBackground'),
    border: '1px solid',
    borderColor: new vscode.ThemeColor('focusBorder'),
  });
  private peekTimer: ReturnType<typeof setTimeout> | undefined;
  /** Document, version and analysis state the webview was last sent, to skip redundant work. */
  private shown = '';
  /** What the page's HTML itself holds ('' when the webview draws the article from a message). */
  private inline = '';
  last: ArticleMessage | undefined;

  constructor(readonly panel: vscode.WebviewPanel, private readonly article: ActiveArticle, private readonly extensionUri: vscode.Uri) {
    this.disposables.push(
      this.peek,
      article.onDidChange(() => this.update()),
      onSettingsChanged(e => {
        if (e.affectsConfiguration('seedAnnotator.highlight')) this.update(true);
      }),
      vscode.window.onDidChangeTextEditorSelection(e => {
        if (e.textEditor.document !== this.article.document) return;
        const d = e.textEditor.document;
        const s = e.selections[0];
        this.post({ type: 'mark', start: d.offsetAt(s.start), end: d.offsetAt(s.end) });
      }),
      panel.webview.onDidReceiveMessage((m: FromWebview) => this.receive(m)),
    );
    this.renderPage();
  }

  /** The whole page once; later changes go as messages so scroll and marks survive. */
  private renderPage(): void {
    const webview = this.panel.webview;
    const nonce = randomBytes(18).toString('base64');
    const asset = (...p: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, ...p)).toString();
    const m = this.snapshot();
    const drawHere = m.text.length <= INLINE_BODY_LIMIT;
    this.inline = drawHere ? this.shown : '';
    this.panel.webview.html = renderReadingHtml({
      body: drawHere ? renderLayoutBody(m.text, m.layout) : '',
      dir: m.dir,
      lang: m.lang,
      nonce,
      title: this.panel.title,
      cspSource: webview.cspSource,
      scriptUri: asset('dist', 'webview', 'reading-view.js'),
      styleUri: asset('media', 'webview', 'reading-view.css'),
    });
  }

  private snapshot(): ArticleMessage {
    const doc = this.article.document;
    const a = this.article.result;
    this.panel.title = doc ? vscode.l10n.t('Reading: {0}', path.basename(doc.uri.path)) : vscode.l10n.t('Reading View');
    // Highlights only from an analysis of this very text: offsets shift with every edit.
    const analysed = a && doc && a.version === doc.version ? a.doc : undefined;
    const settings = readSettings(doc?.uri);
    const hidden = new Set((Object.keys(CLASS_SETTING) as HighlightClass[]).filter(c => !settings.highlight[CLASS_SETTING[c]]));
    const text = doc ? doc.getText() : '';
    const message = (warning: string) => ({ highlights: [], warnings: [warning] });
    this.shown = this.key();
    this.last = {
      type: 'article',
      ...articleDirection(analysed),
      ...(!doc
        ? { text: '', layout: message(vscode.l10n.t('Open a seed article to read it here.')) }
        : text.length > settings.maxDocumentSize
          ? { text: '', layout: message(vscode.l10n.t('Too large to show: {0} characters.', text.length)) }
          : { text, layout: articleLayout(analysed, { hidden }) }),
    };
    return this.last;
  }

  private key(): string {
    const doc = this.article.document;
    const a = this.article.result;
    return doc ? `${doc.uri.toString()}@${doc.version}@${a && a.version === doc.version ? 'a' : '-'}` : '';
  }

  update(force = false): void {
    if (!force && this.key() === this.shown) return;
    this.post(this.snapshot());
  }

  private post(m: ToWebview): void {
    void this.panel.webview.postMessage(m);
  }

  private async receive(m: FromWebview): Promise<void> {
    if (m.type === 'ready') {
      // A fresh page (first load, or shown again after being hidden) holds what was drawn
      // into its HTML; send the article when that is not the latest.
      if (this.last && this.inline !== this.shown) this.post(this.last);
      return;
    }
    const doc = this.article.document;
    if (!doc) return;
    const length = doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
    const span = { start: Math.max(0, m.start), end: Math.min(length, m.end) };
    const editor = await revealSpan(doc.uri, span, { select: m.select, preserveFocus: !m.select });
    if (!m.select) {
      editor.setDecorations(this.peek, [spanToRange(doc, span)]);
      clearTimeout(this.peekTimer);
      this.peekTimer = setTimeout(() => editor.setDecorations(this.peek, []), PEEK_MS);
    }
  }

  dispose(): void {
    clearTimeout(this.peekTimer);
    for (const d of this.disposables) d.dispose();
  }
}

export function registerReadingView(deps: ReadingViewDeps): { disposable: vscode.Disposable; state: () => ReadingViewState | undefined } {
  let current: ReadingViewPanel | undefined;

  const webviewOptions: vscode.WebviewOptions = {
    enableScripts: true,
    localResourceRoots: [vscode.Uri.joinPath(deps.extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(deps.extensionUri, 'media', 'webview')],
  };

  const adopt = (panel: vscode.WebviewPanel, followed: ActiveArticle): ReadingViewPanel => {
    panel.iconPath = vscode.Uri.joinPath(deps.extensionUri, 'media', 'icons', 'seed-annotator.svg');
    const view = new ReadingViewPanel(panel, followed, deps.extensionUri);
    current = view;
    panel.onDidDispose(() => {
      view.dispose();
      followed.dispose();
      if (current === view) current = undefined;
    });
    return view;
  };

  const open = async () => {
    if (current) {
      current.panel.reveal(vscode.ViewColumn.Beside, true);
      return;
    }
    const followed = new ActiveArticle(deps.analysis);
    if (!followed.document) {
      followed.dispose();
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a seed article first, then the reading view shows it right to left.'));
      return;
    }
    const panel = vscode.window.createWebviewPanel(READING_VIEW_TYPE, vscode.l10n.t('Reading View'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, webviewOptions);
    const view = adopt(panel, followed);
    // Highlights arrive as soon as the article's analysis is ready.
    await followed.ready();
    view.update();
  };

  /** Undefined while the view is closed. */
  const state = (): ReadingViewState | undefined => current ? {
    html: current.panel.webview.html,
    body: current.last ? renderLayoutBody(current.last.text, current.last.layout) : '',
    title: current.panel.title,
    viewColumn: current.panel.viewColumn,
  } : undefined;

  const disposable = vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.openReadingView, open),
    // After a window reload the view comes back and shows the active article again.
    vscode.window.registerWebviewPanelSerializer(READING_VIEW_TYPE, {
      deserializeWebviewPanel: async panel => {
        if (current) return panel.dispose();
        panel.webview.options = webviewOptions;
        const followed = new ActiveArticle(deps.analysis);
        const view = adopt(panel, followed);
        await followed.ready();
        view.update();
      },
    }),
    { dispose: () => current?.panel.dispose() },
  );
  return { disposable, state };
}
