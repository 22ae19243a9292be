// The one per-document analysis every view reads: debounced after edits,
// keyed by uri and version, run in a worker thread, merged with the analyst's
// corrections. Stale work is cancelled and its result never published.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { AnnotateOptions, AnnotationDocument } from '../../core/types';
import { annotateOptions, onSettingsChanged, readSettings } from '../settings';
import type { Analysis, AnalysisProvider } from './types';
import { KeyedScheduler, type CancelToken } from './scheduler';
import { CancelledError, WorkerEngine, type AnnotateEngine } from './worker-engine';
import { checkInput, SNIFF_CHARS } from './input-guard';
import { shiftDocument } from './shift';

export const SEED_LANGUAGE = 'seed-article';
/** Below this size a full analysis after each edit is cheap, and exact. */
const INCREMENTAL_MIN_CHARS = 20_000;
/** A paragraph-only analysis is replaced by a full one once typing pauses this long. */
const REFINE_AFTER_MS = 1500;

export type MergeCorrections = (uri: vscode.Uri, doc: AnnotationDocument) => Promise<AnnotationDocument>;

export interface AnalysisCacheOptions {
  /** Path of dist/worker.js. */
  workerPath: string;
  mergeCorrections?: MergeCorrections;
  /** Where messages go; tests replace it to count them. */
  showMessage?: (message: string) => void;
}

/**
 * An analysis with no annotations and the reason why, for refused documents. It is
 * built from the length alone: copying or hashing a 20 MB text would block the host.
 */
function refusedDocument(length: number, pathLabel: string, warning: string): AnnotationDocument {
  return {
    format: 'seed-annotations',
    version: 1,
    // No hash: the text was never read. An empty sha256 means "not computed".
    document: { path: pathLabel, sha256: '', length, language: 'unknown', headline: null, lead: null },
    entities: [], mentions: [], quotes: [], dates: [], events: [],
    warnings: [warning],
  };
}

function reportFailure(e: unknown): undefined {
  if (!(e instanceof CancelledError)) console.error('[seed-annotator] analysis failed', e);
  return undefined;
}

export class AnalysisCache implements AnalysisProvider {
  private readonly finished = new Map<string, Analysis>();
  private readonly documents = new Map<string, vscode.TextDocument>();
  /** Uris already told why they are not analysed, so edits don't repeat the message. */
  private readonly warned = new Map<string, string>();
  /** Documents edited since their last analysis: the next one may be paragraph-only. */
  private readonly edited = new Set<string>();
  private readonly refineTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly emitter = new vscode.EventEmitter<Analysis>();
  private readonly scheduler: KeyedScheduler<Analysis>;
  private readonly engine: AnnotateEngine;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly mergeCorrections: MergeCorrections | undefined;
  private readonly showMessage: (message: string) => void;

  readonly onDidAnalyse = this.emitter.event;

  constructor(options: AnalysisCacheOptions) {
    this.engine = new WorkerEngine(options.workerPath);
    this.mergeCorrections = options.mergeCorrections;
    this.showMessage = options.showMessage ?? (m => void vscode.window.showWarningMessage(m));
    this.scheduler = new KeyedScheduler((key, version, token) => this.analyse(key, version, token));
    this.disposables.push(
      this.emitter,
      vscode.workspace.onDidOpenTextDocument(d => this.track(d, 0)),
      vscode.workspace.onDidChangeTextDocument(e => {
        if (!e.contentChanges.length) return;
        this.carryThroughEdit(e);
        this.edited.add(e.document.uri.toString());
        this.track(e.document, readSettings(e.document.uri).debounceMs);
      }),
      vscode.workspace.onDidCloseTextDocument(d => this.forget(d.uri)),
      onSettingsChanged(e => {
        // Highlight and view settings change what is shown, not what is found.
        if (e.affectsConfiguration('seedAnnotator.analysis') || e.affectsConfiguration('seedAnnotator.publicationDate')) this.invalidate();
      }),
    );
    for (const d of vscode.workspace.textDocuments) this.track(d, 0);
  }

  get(document: vscode.TextDocument): Promise<Analysis | undefined> {
    const key = document.uri.toString();
    const done = this.finished.get(key);
    if (done && done.version === document.version && !done.provisional) return Promise.resolve(done);
    this.documents.set(key, document);
    return this.scheduler.request(key, document.version, 0).catch(reportFailure);
  }

  /** annotate() in the same worker for a text no editor shows (the corpus index). */
  annotateText(text: string, options: AnnotateOptions, token: CancelToken): Promise<AnnotationDocument> {
    return this.engine.run(text, options, token);
  }

  peek(uri: vscode.Uri): Analysis | undefined {
    return this.finished.get(uri.toString());
  }

  invalidate(uri?: vscode.Uri): void {
    const keys = uri ? [uri.toString()] : [...this.documents.keys()];
    for (const key of keys) {
      const doc = this.documents.get(key);
      this.finished.delete(key);
      // Views showing this document get a fresh analysis without waiting for an
      // edit, and callers already waiting get that one, not undefined.
      if (doc && !doc.isClosed) void this.scheduler.restart(key, doc.version, 0).catch(reportFailure);
      else this.scheduler.cancel(key);
    }
  }

  dispose(): void {
    for (const t of this.refineTimers.values()) clearTimeout(t);
    this.scheduler.dispose();
    this.engine.dispose();
    for (const d of this.disposables) d.dispose();
  }

  /** Keeps peek() aligned with the text while the re-analysis runs (see shift.ts). */
  private carryThroughEdit(e: vscode.TextDocumentChangeEvent): void {
    const key = e.document.uri.toString();
    const prev = this.finished.get(key);
    if (!prev || prev.version !== e.document.version - 1) return;
    const changes = e.contentChanges.map(c => ({ start: c.rangeOffset, removed: c.rangeLength, inserted: c.text.length }));
    // Shifted only when someone reads it (a hover), so a keystroke costs nothing here.
    let shifted: AnnotationDocument | undefined;
    this.finished.set(key, {
      uri: prev.uri,
      version: e.document.version,
      provisional: true,
      get doc() {
        return (shifted ??= shiftDocument(prev.doc, changes));
      },
    });
  }

  private track(document: vscode.TextDocument, delayMs: number): void {
    const key = document.uri.toString();
    if (document.languageId !== SEED_LANGUAGE && !this.documents.has(key)) return;
    this.documents.set(key, document);
    this.scheduler.request(key, document.version, delayMs).catch(reportFailure);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.scheduler.cancel(key);
    this.finished.delete(key);
    this.documents.delete(key);
    this.warned.delete(key);
    this.edited.delete(key);
    clearTimeout(this.refineTimers.get(key));
    this.refineTimers.delete(key);
  }

  private async analyse(key: string, version: number, token: CancelToken): Promise<Analysis> {
    const document = this.documents.get(key);
    if (!document || document.isClosed || document.version !== version) throw new CancelledError();
    const uri = document.uri;
    const settings = readSettings(uri);
    const label = vscode.workspace.asRelativePath(uri, false);
    const length = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
    const head = document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(SNIFF_CHARS)));
    const verdict = checkInput(length, head, settings.maxDocumentSize);
    let doc: AnnotationDocument;
    if (!verdict.ok) {
      const message = verdict.reason === 'tooLarge'
        ? vscode.l10n.t('Seed Annotator: {0} is not analysed: {1} characters is over the limit of {2} (setting seedAnnotator.analysis.maxDocumentSize).', path.basename(uri.path), length, settings.maxDocumentSize)
        : vscode.l10n.t('Seed Annotator: {0} looks like a binary file and is not analysed.', path.basename(uri.path));
      if (this.warned.get(key) !== verdict.reason) {
        this.warned.set(key, verdict.reason);
        this.showMessage(message);
      }
      doc = refusedDocument(length, label, message);
    } else {
      this.warned.delete(key);
      const text = document.getText();
      const incremental = this.edited.delete(key) && text.length >= INCREMENTAL_MIN_CHARS;
      doc = await this.engine.run(text, annotateOptions(settings, label), token, { key, incremental });
      if (token.cancelled) throw new CancelledError();
      if (this.mergeCorrections) doc = await this.safeMerge(uri, doc);
      if (incremental) this.refineLater(key, version);
    }
    if (token.cancelled) throw new CancelledError();
    return this.publish(key, { uri, version, doc });
  }

  private publish(key: string, analysis: Analysis): Analysis {
    this.finished.set(key, analysis);
    this.emitter.fire(analysis);
    return analysis;
  }

  /** Replaces a paragraph-only analysis with a full one if the document stays at `version`. */
  private refineLater(key: string, version: number): void {
    clearTimeout(this.refineTimers.get(key));
    this.refineTimers.set(key, setTimeout(async () => {
      this.refineTimers.delete(key);
      const document = this.documents.get(key);
      const stale = () => !document || document.isClosed || document.version !== version || this.edited.has(key);
      if (stale()) return;
      const token = { get cancelled() { return stale(); } };
      try {
        const options = annotateOptions(readSettings(document!.uri), vscode.workspace.asRelativePath(document!.uri, false));
        let doc = await this.engine.run(document!.getText(), options, token, { key });
        if (this.mergeCorrections) doc = await this.safeMerge(document!.uri, doc);
        if (!stale()) this.publish(key, { uri: document!.uri, version, doc });
      } catch (e) {
        reportFailure(e);
      }
    }, REFINE_AFTER_MS));
  }

  private async safeMerge(uri: vscode.Uri, doc: AnnotationDocument): Promise<AnnotationDocument> {
    try {
      return await this.mergeCorrections!(uri, doc);
    } catch (e) {
      console.error('[seed-annotator] corrections could not be merged', e);
      return doc;
    }
  }
}

/**
 * The analysis to answer a request from at once: the finished or shifted one
 * for this version when there is one (typing in a long article), else wait.
 */
export async function currentAnalysis(provider: AnalysisProvider, document: vscode.TextDocument): Promise<Analysis | undefined> {
  const done = provider.peek(document.uri);
  if (done && done.version === document.version) return done;
  const fresh = await provider.get(document);
  return fresh && fresh.version === document.version ? fresh : undefined;
}

/** Creates the cache with the bundled worker; dispose the returned disposable on deactivate. */
export function registerAnalysisCache(
  context: Pick<vscode.ExtensionContext, 'extensionPath'>,
  mergeCorrections?: MergeCorrections,
): { provider: AnalysisCache; disposable: vscode.Disposable } {
  const workerPath = path.join(context.extensionPath, 'dist', 'worker.js');
  const provider = new AnalysisCache({ workerPath, mergeCorrections });
  return { provider, disposable: provider };
}
