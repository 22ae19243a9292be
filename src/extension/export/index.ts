// Export (one article, all seed articles) and import (brat, Label Studio).
import * as vscode from 'vscode';
import type { AnalysisProvider } from '../analysis/types';
import type { SidecarStore } from '../corrections/sidecar-store';
import type { AnnotateInWorker } from '../corpus/corpus-service';
import { registerExportCommands } from './export-commands';
import { registerImportCommand } from './import-command';

export function registerExport(deps: { analysis: AnalysisProvider; store: SidecarStore; annotate: AnnotateInWorker }): vscode.Disposable {
  return vscode.Disposable.from(registerExportCommands(deps), registerImportCommand(deps));
}
