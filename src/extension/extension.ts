// Wiring only: each feature lives in its own module and returns its Disposables.
import * as vscode from 'vscode';
import { registerAnalysisCache } from './analysis/cache';

export function activate(context: vscode.ExtensionContext): void {
  const analysis = registerAnalysisCache(context);
  context.subscriptions.push(analysis.disposable);
}

export function deactivate(): void {
  // Everything registered is disposed through context.subscriptions.
}
