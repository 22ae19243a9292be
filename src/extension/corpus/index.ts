// The whole seeds/ folder as one corpus: the index (built in the background,
// cached on disk, kept current), the Corpus view, Find Entity in All Seeds,
// workspace symbols and the rebuild command.
import { statSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Analysis, AnalysisProvider } from '../analysis/types';
import { onSettingsChanged, readSettings } from '../settings';
import { articlePathForSidecar, SEED_GLOB } from './corpus-paths';
import { CorpusService, type AnnotateInWorker, type CorpusCorrections } from './corpus-service';
import { registerCorpusView, type ShownCorpusRow } from './corpus-view';
import type { CorpusEntity, CorpusEvent } from '../../core/corpus/index';
import { registerFindEntity } from './find-entity';
import { COMMANDS } from '../commands';

const CORPUS_CACHE_FILE = 'corpus-index.json';
/** The index as the extension-host tests see it, through the API's testing object. */
export interface CorpusState {
  articles: string[];
  annotated: number;
  cacheFile: string;
  entities: CorpusEntity[];
  events: CorpusEvent[];
}

export interface CorpusTesting {
  /** The index's state once it is complete (and, with 'reload'/'rebuild', after doing that first). */
  corpusState(action?: 'reload' | 'rebuild'): Promise<CorpusState>;
  /** The Corpus view's rows, expanded `depth` levels deep, once the index is ready. */
  corpusRows(depth?: number): Promise<ShownCorpusRow[]>;
}

export interface CorpusDeps {
  context: Pick<vscode.ExtensionContext, 'storageUri' | 'globalStorageUri' | 'extensionPath'> & { extension?: { packageJSON: { version?: string } } };
  analysis: AnalysisProvider;
  annotate: AnnotateInWorker;
  corrections?: CorpusCorrections;
}

/** What summaries depend on besides the text: the core build and the analysis settings. */
function fingerprint(extensionPath: string, version: string): () => string {
  return () => {
    let worker = '';
    try {
      const st = statSync(path.join(extensionPath, 'dist', 'worker.js'));
      worker = `${st.size}:${Math.round(st.mtimeMs)}`;
    } catch {
      // No worker bundle: nothing gets annotated anyway.
    }
    const s = readSettings();
    return [version, worker, s.language, s.publicationDate, s.maxDocumentSize].join('|');
  };
}

export function registerCorpus(deps: CorpusDeps): { disposable: vscode.Disposable; testing: CorpusTesting } {
  const { context } = deps;
  const storage = context.storageUri ?? context.globalStorageUri;
  const cacheFile = vscode.Uri.joinPath(storage, CORPUS_CACHE_FILE);
  const service = new CorpusService({
    annotate: deps.annotate,
    corrections: deps.corrections,
    cacheFile,
    fingerprint: fingerprint(context.extensionPath, context.extension?.packageJSON.version ?? ''),
  });
  const articles = vscode.workspace.createFileSystemWatcher(SEED_GLOB);
  const sidecars = [
    vscode.workspace.createFileSystemWatcher('**/.seed-annotator/**/*.json'),
    vscode.workspace.createFileSystemWatcher('**/*.annotations.json'),
  ];
  const onSidecar = (uri: vscode.Uri) => {
    const article = articlePathForSidecar(uri.path);
    if (article) service.update(uri.with({ path: article }));
  };
  const onAnalysis = (a: Analysis) => {
    if (!a.provisional) service.update(a.uri);
  };
  void service.start();
  const view = registerCorpusView(service);
  const disposable = vscode.Disposable.from(
    service,
    articles,
    ...sidecars,
    articles.onDidCreate(uri => service.update(uri)),
    articles.onDidChange(uri => service.update(uri)),
    articles.onDidDelete(uri => service.remove(uri)),
    ...sidecars.flatMap(w => [w.onDidCreate(onSidecar), w.onDidChange(onSidecar), w.onDidDelete(onSidecar)]),
    deps.analysis.onDidAnalyse(onAnalysis),
    // A document closed without saving: the file on disk is the article again.
    vscode.workspace.onDidCloseTextDocument(d => service.update(d.uri)),
    onSettingsChanged(e => {
      // Only what changes annotations (the fingerprint's settings) calls for a rebuild.
      const keys = ['analysis.language', 'analysis.maxDocumentSize', 'publicationDate'];
      if (keys.some(k => e.affectsConfiguration(`seedAnnotator.${k}`))) void service.rebuild();
    }),
    view.disposable,
    registerFindEntity(service, deps.analysis),
    vscode.commands.registerCommand(COMMANDS.rebuildCorpusIndex, () => service.rebuild()),
  );
  const corpusState = async (action?: 'reload' | 'rebuild'): Promise<CorpusState> => {
    if (action === 'reload') await service.reload();
    else if (action === 'rebuild') await service.rebuild();
    await service.ready();
    await service.flush();
    const index = service.current;
    return {
      articles: index.paths(),
      annotated: service.annotatedCount,
      cacheFile: cacheFile.toString(),
      entities: index.entities(),
      events: index.events(),
    };
  };
  return { disposable, testing: { corpusState, corpusRows: view.rows } };
}
