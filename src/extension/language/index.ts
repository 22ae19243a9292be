// The seed-article language mode: the "Treat as Seed Article" command and the outline.
// The grammar and the language configuration are declared in package.json (media/).
import * as vscode from 'vscode';
import { SeedOutlineProvider, type ExtraOutlineSymbols } from './outline';
import { SEED_LANGUAGE_ID, registerTreatAsSeedArticle } from './treat-as-seed-article';

export type { ExtraOutlineSymbols } from './outline';

export interface LanguageFeatureOptions {
  /** Adds entries (entities, quotes…) to the outline under the paragraph that holds them. */
  extraOutlineSymbols?: ExtraOutlineSymbols;
}

export function registerLanguageFeatures(options: LanguageFeatureOptions = {}): vscode.Disposable {
  return vscode.Disposable.from(
    registerTreatAsSeedArticle(),
    vscode.languages.registerDocumentSymbolProvider(
      { language: SEED_LANGUAGE_ID },
      new SeedOutlineProvider(options.extraOutlineSymbols),
      { label: vscode.l10n.t('Seed Article') },
    ),
  );
}
