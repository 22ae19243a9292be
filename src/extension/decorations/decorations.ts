// Paints the analysis into visible editors: one decoration type per kind,
// each with its theme colours and an overview-ruler mark. Old decorations
// stay (VS Code moves them with the edit) until the new analysis arrives,
// so typing never flickers.
import * as vscode from 'vscode';
import type { Span } from '../../core/types';
import type { Analysis, AnalysisProvider } from '../analysis/types';
import { HIGHLIGHT_KINDS, onSettingsChanged, readSettings, writeSetting, type HighlightKind } from '../settings';
import { spansByKind, type SpansByKind } from './ranges';
import { COMMANDS } from '../commands';

/** The spans painted for one version of a document. */
export interface PaintedSpans {
  version: number;
  spans: SpansByKind;
}

const COLOUR: Record<HighlightKind, string> = {
  people: 'person', places: 'place', organisations: 'organisation', quotes: 'quote', dates: 'date', events: 'event',
};

function createType(kind: HighlightKind): vscode.TextEditorDecorationType {
  const colour = COLOUR[kind];
  const border = new vscode.ThemeColor(`seedAnnotator.${colour}Border`);
  return vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor(`seedAnnotator.${colour}Background`),
    borderWidth: '1px',
    borderStyle: kind === 'quotes' ? 'dashed' : 'solid',
    borderColor: border,
    borderRadius: '3px',
    overviewRulerColor: border,
    overviewRulerLane: kind === 'quotes' || kind === 'events' ? vscode.OverviewRulerLane.Left : vscode.OverviewRulerLane.Right,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
}

function kindLabel(kind: HighlightKind): string {
  switch (kind) {
    case 'people': return vscode.l10n.t('People');
    case 'places': return vscode.l10n.t('Places');
    case 'organisations': return vscode.l10n.t('Organisations');
    case 'quotes': return vscode.l10n.t('Quotes');
    case 'dates': return vscode.l10n.t('Dates');
    case 'events': return vscode.l10n.t('Event triggers');
  }
}

export class DecorationController implements vscode.Disposable {
  private readonly types = new Map<HighlightKind, vscode.TextEditorDecorationType>();
  /** What was last painted per document, for tests (spans per kind, disabled kinds empty). */
  private readonly applied = new Map<string, PaintedSpans>();
  private readonly ranges = new WeakMap<Analysis, Record<HighlightKind, vscode.Range[]>>();
  private enabled = readSettings().highlight;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly analysis: AnalysisProvider) {
    for (const kind of HIGHLIGHT_KINDS) this.types.set(kind, createType(kind));
    this.disposables.push(
      analysis.onDidAnalyse(a => this.onAnalysis(a)),
      vscode.window.onDidChangeVisibleTextEditors(editors => editors.forEach(e => this.refresh(e))),
      vscode.workspace.onDidCloseTextDocument(d => this.applied.delete(d.uri.toString())),
      onSettingsChanged(e => {
        if (!e.affectsConfiguration('seedAnnotator.highlight')) return;
        this.enabled = readSettings().highlight;
        vscode.window.visibleTextEditors.forEach(ed => this.refresh(ed));
      }),
    );
    vscode.window.visibleTextEditors.forEach(e => this.refresh(e));
  }

  appliedSpans(uri: vscode.Uri): PaintedSpans | undefined {
    return this.applied.get(uri.toString());
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    for (const t of this.types.values()) t.dispose();
  }

  /** Painted in a task of its own, so the other views' refresh and ours never add up to one long block. */
  private onAnalysis(a: Analysis): void {
    setTimeout(() => {
      const key = a.uri.toString();
      for (const editor of vscode.window.visibleTextEditors) {
        if (editor.document.uri.toString() === key && editor.document.version === a.version) this.paint(editor, a);
      }
    }, 0);
  }

  private refresh(editor: vscode.TextEditor): void {
    const done = this.analysis.peek(editor.document.uri);
    if (done && done.version === editor.document.version) {
      this.paint(editor, done);
      return;
    }
    // Not analysed yet (or a non-article): ask; onDidAnalyse paints when ready.
    if (editor.document.languageId === 'seed-article') void this.analysis.get(editor.document);
  }

  private paint(editor: vscode.TextEditor, a: Analysis): void {
    const ranges = this.rangesOf(editor.document, a);
    const spans = spansByKind(a.doc);
    const record = {} as SpansByKind;
    for (const kind of HIGHLIGHT_KINDS) {
      const on = this.enabled[kind];
      editor.setDecorations(this.types.get(kind)!, on ? ranges[kind] : []);
      record[kind] = on ? spans[kind] : [];
    }
    this.applied.set(a.uri.toString(), { version: a.version, spans: record });
  }

  /** Offsets become positions once per analysis, shared by every editor showing it. */
  private rangesOf(document: vscode.TextDocument, a: Analysis): Record<HighlightKind, vscode.Range[]> {
    let ranges = this.ranges.get(a);
    if (!ranges) {
      const spans = spansByKind(a.doc);
      const toRange = (s: Span) => new vscode.Range(document.positionAt(s.start), document.positionAt(s.end));
      ranges = {} as Record<HighlightKind, vscode.Range[]>;
      for (const kind of HIGHLIGHT_KINDS) ranges[kind] = spans[kind].map(toRange);
      this.ranges.set(a, ranges);
    }
    return ranges;
  }
}

async function toggleHighlights(): Promise<void> {
  const enabled = readSettings().highlight;
  const items = HIGHLIGHT_KINDS.map(kind => ({ label: kindLabel(kind), picked: enabled[kind], highlight: kind }));
  const picked = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: vscode.l10n.t('Highlight these annotation types'),
    placeHolder: vscode.l10n.t('Checked types are highlighted in the editor'),
  });
  if (!picked) return;
  const on = new Set(picked.map(p => p.highlight));
  for (const kind of HIGHLIGHT_KINDS) {
    if (enabled[kind] !== on.has(kind)) await writeSetting(`highlight.${kind}`, on.has(kind));
  }
}

export function registerDecorations(analysis: AnalysisProvider): { controller: DecorationController; disposable: vscode.Disposable } {
  const controller = new DecorationController(analysis);
  const command = vscode.commands.registerCommand(COMMANDS.toggleHighlights, toggleHighlights);
  return { controller, disposable: vscode.Disposable.from(controller, command) };
}
