// Any text file can be read as a seed article, not only those under a seeds/ folder.
import * as vscode from 'vscode';
import { COMMANDS } from '../commands';

export const SEED_LANGUAGE_ID = 'seed-article';

/** Switches the given file (explorer context) or the active editor to the seed-article mode. */
async function treatAsSeedArticle(uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
  if (!target) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a text file first, then run "Treat as Seed Article".'));
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument(target);
  if (document.languageId === SEED_LANGUAGE_ID) return document;
  const switched = await vscode.languages.setTextDocumentLanguage(document, SEED_LANGUAGE_ID);
  if (uri instanceof vscode.Uri) await vscode.window.showTextDocument(switched, { preview: false });
  return switched;
}

export function registerTreatAsSeedArticle(): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.treatAsSeedArticle, treatAsSeedArticle);
}
