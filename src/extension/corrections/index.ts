// The analyst's corrections: the sidecar store (whose merge the analysis cache
// runs) and the commands that record corrections in it.
import * as vscode from 'vscode';
import type { AnalysisProvider } from '../analysis/types';
import { registerAnnotateCommands } from './annotate-commands';
import { registerEntityCommands } from './entity-commands';
import { articleOf, SidecarStore } from './sidecar-store';

export { SidecarStore } from './sidecar-store';

export function registerCorrections(deps: { analysis: AnalysisProvider; store: SidecarStore }): vscode.Disposable {
  return vscode.Disposable.from(registerAnnotateCommands(deps), registerEntityCommands(deps), watchSidecars(deps));
}

/** A sidecar changed outside these commands (a pull, a hand edit, a restore): re-merge its article. */
function watchSidecars(deps: { analysis: AnalysisProvider; store: SidecarStore }): vscode.Disposable {
  const watcher = vscode.workspace.createFileSystemWatcher('**/{.seed-annotator/**/*.json,*.annotations.json}');
  const changed = async (uri: vscode.Uri) => {
    const article = articleOf(uri);
    // The commands re-analyse after their own saves; only outside changes need it here.
    if (article && (await deps.store.changedElsewhere(uri))) deps.analysis.invalidate(article);
  };
  return vscode.Disposable.from(watcher, watcher.onDidChange(changed), watcher.onDidCreate(changed), watcher.onDidDelete(changed));
}

export function createSidecarStore(): SidecarStore {
  return new SidecarStore();
}
