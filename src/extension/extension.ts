// Wiring only: each feature lives in its own module and returns its Disposables.
import * as vscode from 'vscode';
import { registerAnalysisCache } from './analysis/cache';
import { registerLanguageFeatures } from './language';
import { registerRevealCommand } from './reveal';
import { registerViews } from './views/register-views';

export function activate(context: vscode.ExtensionContext): void {
  const analysis = registerAnalysisCache(context);
  context.subscriptions.push(analysis.disposable);
  context.subscriptions.push(registerLanguageFeatures());
  context.subscriptions.push(registerRevealCommand());
  context.subscriptions.push(registerViews({ analysis: analysis.provider }));
}

export function deactivate(): void {
  // Everything registered is disposed through context.subscriptions.
}
