// Wiring only: each feature lives in its own module and returns its Disposables.
import * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push();
}

export function deactivate(): void {
  // Everything registered is disposed through context.subscriptions.
}
