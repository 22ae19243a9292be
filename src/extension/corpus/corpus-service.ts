// The workspace corpus: every seed article summarised into one CorpusIndex,
// built in the background (annotate() runs in the analysis worker, one
// article at a time, so the extension host only reads files and merges),
// kept current by file watchers and the analysis cache, and cached on disk
// with each article's sha256 so a reopened workspace re-annotates only what
// changed.
import { promises as fs } from 'node:fs';
import { createHash } from 'node:crypto';
import * as vscode from 'vscode';
import { atomicWrite } from '../../core/atomic-write';
import { parseCorpus, serialiseCorpus } from '../../core/corpus/cache-file';
import { CorpusIndex } from '../../core/corpus/index';
import { summarise } from '../../core/corpus/summary';
import { decodeBytes } from '../../core/text/decode';
import type { AnnotateOptions, AnnotationDocument } from '../../core/types';
import type { CancelToken } from '../analysis/scheduler';
import { annotateOptions, readSettings } from '../settings';
import { isSeedArticlePath, SEED_GLOB } from './corpus-paths';

/** What the corpus needs of the corrections store (SidecarStore has it). */
export interface CorpusCorrections {
  uriFor(article: vscode.Uri): vscode.Uri | undefined;
  load(article: vscode.Uri): Promise<{ document: { publicationDate?: string } } | undefined>;
  mergeText(article: vscode.Uri, machine: AnnotationDocument, text: string): Promise<AnnotationDocument>;
}

export type AnnotateInWorker = (text: string, options: AnnotateOptions, token: CancelToken) => Promise<AnnotationDocument>;

export interface CorpusServiceOptions {
  annotate: AnnotateInWorker;
  corrections?: CorpusCorrections;
  /** The on-disk cache (JSON); none keeps the index in memory only. */
  cacheFile?: vscode.Uri;
  /** What summaries depend on besides the text (core build, settings); part of the cache. */
  fingerprint: () => string;
}

/** More stale articles than this get a notification with a Cancel button; fewer, the status bar. */
const NOTIFY_ABOVE = 10;
const SAVE_DELAY_MS = 1000;
const CHANGE_EVENT_EVERY_MS = 400;

/** Lets the extension host handle other work between slices of a long job. */
const nextTurn = () => new Promise<void>(resolve => setImmediate(resolve));

interface ArticleText {
  text: string;
  sha256: string;
}

export class CorpusService implements vscode.Disposable {
  private index = new CorpusIndex();
  private readonly pending = new Map<string, vscode.Uri>();
  private draining: Promise<void> | undefined;
  private stopRequested = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private lastChangeEvent = 0;
  private readonly emitter = new vscode.EventEmitter<void>();
  private loaded: Promise<void> | undefined;
  /** The running build (finding and checking files, then draining). */
  private building: Promise<void> | undefined;
  /** Articles sent to annotate() since activation (tests check the cache spares this work). */
  annotatedCount = 0;
  readonly onDidChange = this.emitter.event;

  constructor(private readonly options: CorpusServiceOptions) {}

  get current(): CorpusIndex {
    return this.index;
  }

  /** Loads the disk cache (once), then brings every article up to date. */
  start(): Promise<void> {
    this.loaded ??= this.loadCache();
    return this.loaded.then(() => this.build());
  }

  /** Forgets everything (memory and disk cache) and indexes every article again. */
  async rebuild(): Promise<void> {
    await this.stop();
    this.index = new CorpusIndex();
    this.emitter.fire();
    await this.build(true);
  }

  /** Reads the disk cache again as a reopened workspace would, then builds (tests use it). */
  async reload(): Promise<void> {
    await this.stop();
    this.index = new CorpusIndex();
    this.loaded = this.loadCache();
    await this.start();
  }

  /** Finds every seed article, drops the ones gone, and indexes the stale ones with progress. */
  build(notify = false): Promise<void> {
    const run = this.findAndIndex(notify).finally(() => {
      if (this.building === run) this.building = undefined;
    });
    this.building = run;
    return run;
  }

  private async findAndIndex(notify: boolean): Promise<void> {
    const uris = (await vscode.workspace.findFiles(SEED_GLOB)).filter(u => isSeedArticlePath(u.path));
    const present = new Set(uris.map(u => u.toString()));
    let removed = false;
    for (const path of this.index.paths()) if (!present.has(path)) removed = this.index.delete(path) || removed;
    if (removed) this.changed(true);
    const stale: vscode.Uri[] = [];
    for (const uri of uris) {
      if (this.stopRequested) return;
      const article = await this.readArticle(uri);
      if (!article || !this.index.isCurrent(uri.toString(), article.sha256, await this.correctionsFingerprint(uri))) stale.push(uri);
    }
    if (this.stopRequested) return;
    for (const uri of stale) this.pending.set(uri.toString(), uri);
    await this.drain(notify || stale.length > NOTIFY_ABOVE ? 'notify' : 'window');
  }

  /** Re-indexes one article (file created or changed, analysis or corrections updated). */
  update(uri: vscode.Uri): void {
    if (!isSeedArticlePath(uri.path) || !vscode.workspace.getWorkspaceFolder(uri)) return;
    this.pending.set(uri.toString(), uri);
    void this.drain('quiet');
  }

  remove(uri: vscode.Uri): void {
    this.pending.delete(uri.toString());
    if (this.index.delete(uri.toString())) this.changed(true);
  }

  /** Resolves once nothing is queued (the index is complete for now). */
  async ready(): Promise<void> {
    await this.loaded;
    while (this.building || this.draining) await (this.building ?? this.draining);
  }

  /** Flushes a pending cache write (tests, deactivation). */
  async flush(): Promise<void> {
    if (!this.saveTimer) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    await this.save();
  }

  dispose(): void {
    this.stopRequested = true;
    this.pending.clear();
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      void this.save();
    }
    this.emitter.dispose();
  }

  private async stop(): Promise<void> {
    this.stopRequested = true;
    this.pending.clear();
    while (this.building || this.draining) await (this.building ?? this.draining);
    this.stopRequested = false;
  }

  /**
   * Indexes what is queued, one article at a time. A build shows progress (a
   * cancellable notification when there is much to do); single updates after
   * an edit or a file change run quietly.
   */
  private drain(mode: 'notify' | 'window' | 'quiet'): Promise<void> {
    if (this.draining || !this.pending.size) return this.draining ?? Promise.resolve();
    const loop = async (progress?: vscode.Progress<{ message?: string; increment?: number }>, cancel?: vscode.CancellationToken) => {
      let done = 0;
      const token: CancelToken = { get cancelled() { return !!cancel?.isCancellationRequested; } };
      while (this.pending.size && !this.stopRequested && !token.cancelled) {
        const [key, uri] = this.pending.entries().next().value as [string, vscode.Uri];
        this.pending.delete(key);
        const total = done + this.pending.size + 1;
        progress?.report({ message: vscode.l10n.t('{0} of {1}', done + 1, total), increment: 100 / total });
        try {
          await this.indexOne(uri, token);
        } catch (e) {
          if (!token.cancelled) console.error(`[seed-annotator] corpus: ${uri.toString()} not indexed`, e);
        }
        done++;
      }
      // Cancelled: what is left stays stale and is picked up by the next build.
      if (token.cancelled) this.pending.clear();
    };
    const run = mode === 'quiet' ? loop() : vscode.window.withProgress({
      location: mode === 'notify' ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window,
      title: vscode.l10n.t('Indexing seed articles'),
      cancellable: mode === 'notify',
    }, loop);
    this.draining = Promise.resolve(run).finally(() => {
      this.draining = undefined;
      this.changed(false, true);
      if (this.pending.size && !this.stopRequested) void this.drain('quiet');
    });
    return this.draining;
  }

  private async indexOne(uri: vscode.Uri, token: CancelToken): Promise<void> {
    const key = uri.toString();
    const article = await this.readArticle(uri);
    if (!article) {
      if (this.index.delete(key)) this.changed(true);
      return;
    }
    const fingerprint = await this.correctionsFingerprint(uri);
    if (this.index.isCurrent(key, article.sha256, fingerprint)) return;
    const settings = readSettings(uri);
    const sidecarDate = fingerprint ? await this.sidecarDate(uri) : undefined;
    const options = annotateOptions(settings, vscode.workspace.asRelativePath(uri, false), sidecarDate);
    this.annotatedCount++;
    let doc = await this.options.annotate(article.text, options, token);
    if (token.cancelled) return;
    if (this.options.corrections && fingerprint) doc = await this.options.corrections.mergeText(uri, doc, article.text);
    this.index.set(summarise(key, article.text, doc, fingerprint));
    this.changed(true);
  }

  /** The text VS Code shows (an open document's, edits included), else the file's; binary files are left out. */
  private async readArticle(uri: vscode.Uri): Promise<ArticleText | undefined> {
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    let text: string;
    if (open) text = open.getText();
    else {
      let bytes: Uint8Array;
      try {
        bytes = uri.scheme === 'file' ? await fs.readFile(uri.fsPath) : await vscode.workspace.fs.readFile(uri);
      } catch {
        return undefined;
      }
      const decoded = decodeBytes(bytes);
      if (decoded.binary) return undefined;
      text = decoded.text;
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text, sha256: createHash('sha256').update(text, 'utf8').digest('hex') };
  }

  /** Size and time of the article's sidecar: a changed sidecar means a re-merge. */
  private async correctionsFingerprint(uri: vscode.Uri): Promise<string | undefined> {
    const sidecar = this.options.corrections?.uriFor(uri);
    if (!sidecar || sidecar.scheme !== 'file') return undefined;
    try {
      const st = await fs.stat(sidecar.fsPath);
      return `${st.size}:${Math.round(st.mtimeMs)}`;
    } catch {
      return undefined;
    }
  }

  private async sidecarDate(uri: vscode.Uri): Promise<string | undefined> {
    try {
      return (await this.options.corrections?.load(uri))?.document.publicationDate;
    } catch {
      // A damaged sidecar is reported by the corrections module; the article is indexed without it.
      return undefined;
    }
  }

  private async loadCache(): Promise<void> {
    const file = this.options.cacheFile;
    if (!file) return;
    let raw: string;
    try {
      raw = file.scheme === 'file' ? await fs.readFile(file.fsPath, 'utf8') : new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    } catch {
      return; // No cache yet: the build indexes everything.
    }
    this.index = await parseCorpus(raw, this.options.fingerprint(), nextTurn);
    this.emitter.fire();
  }

  private async save(): Promise<void> {
    const file = this.options.cacheFile;
    if (!file) return;
    try {
      const content = await serialiseCorpus(this.index, this.options.fingerprint(), nextTurn);
      if (file.scheme === 'file') await atomicWrite(file.fsPath, content);
      else await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(content));
    } catch (e) {
      console.error('[seed-annotator] corpus cache not written', e);
    }
  }

  /** Tells views (at most every few hundred ms while indexing) and schedules a cache write. */
  private changed(dirty: boolean, force = false): void {
    if (dirty) {
      if (this.saveTimer) clearTimeout(this.saveTimer);
      this.saveTimer = setTimeout(() => {
        this.saveTimer = undefined;
        void this.save();
      }, SAVE_DELAY_MS);
    }
    const now = Date.now();
    if (force || now - this.lastChangeEvent >= CHANGE_EVENT_EVERY_MS) {
      this.lastChangeEvent = now;
      this.emitter.fire();
    }
  }
}
