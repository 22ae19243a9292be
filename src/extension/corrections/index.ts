// The analyst's corrections: the sidecar store (whose merge the analysis cache
// runs) and the commands that record corrections in it.
import * as vscode from 'vscode';
import type { AnalysisProvider } from '../analysis/types';
import { registerAnnotateCommands } from './annotate-commands';
import { registerEntityCommands } from './entity-commands';
import { SidecarStore } from './sidecar-store';

export { SidecarStore } from './sidecar-store';

export function registerCorrections(deps: { analysis: AnalysisProvider; store: SidecarStore }): vscode.Disposable {
  return vscode.Disposable.from(registerAnnotateCommands(deps), registerEntityCommands(deps));
}

export function createSidecarStore(): SidecarStore {
  return new SidecarStore();
}
