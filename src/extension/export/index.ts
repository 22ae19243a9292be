// Export (one article, all seed articles) and import (brat, Label Studio).
import * as vscode from 'vscode';
import type { AnalysisProvider } from '../analysis/types';
import type { SidecarStore } from '../corrections/sidecar-store';
import { registerExportCommands } from './export-commands';
import { registerImportCommand } from './import-command';

export function registerExport(deps: { analysis: AnalysisProvider; store: SidecarStore }): vscode.Disposable {
  return vscode.Disposable.from(registerExportCommands(deps), registerImportCommand(deps));
}
