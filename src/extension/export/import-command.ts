// "Import Annotations…": a brat .ann or Label Studio JSON becomes the
// analyst's own annotations on the open article, saved in its sidecar.
// Spans are anchored on the imported text, so they find their place even if
// the article was edited since the export.
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { importAnnotations } from '../../core/corrections/edit';
import type { Sidecar } from '../../core/corrections/types';
import { importBrat } from '../../core/formats/import-brat';
import { importLabelStudio, type LabelStudioImport } from '../../core/formats/import-labelstudio';
import type { AnnotationDocument } from '../../core/types';
import { commit, guarded, openSession, type CorrectionDeps } from '../corrections/session';
import { COMMANDS } from '../commands';

interface Imported {
  doc: AnnotationDocument;
  text: string;
  skipped: number;
}

async function readBrat(file: string, articleText: string): Promise<Imported> {
  const ann = await fs.readFile(file, 'utf8');
  // brat offsets refer to the .txt exported beside the .ann; fall back to the article.
  const copy = file.replace(/\.ann$/i, '.txt');
  const text = copy !== file && existsSync(copy) ? (await fs.readFile(copy, 'utf8')).replace(/^\uFEFF/, '') : articleText;
  const { doc, skipped } = importBrat(ann, text);
  return { doc, text, skipped: skipped.length };
}

async function chooseTask(tasks: LabelStudioImport[], articleText: string, relative: string): Promise<LabelStudioImport | undefined> {
  const match = tasks.find(t => t.text === articleText) ?? tasks.find(t => t.path === relative);
  if (match || tasks.length === 1) return match ?? tasks[0];
  const picked = await vscode.window.showQuickPick(
    tasks.map((t, i) => ({ label: t.path ?? t.text.split('\n')[0].slice(0, 80), description: `#${i + 1}`, task: t })),
    { placeHolder: vscode.l10n.t('Which task belongs to this article?') },
  );
  return picked?.task;
}

export function registerImportCommand(deps: CorrectionDeps): vscode.Disposable {
  const importCommand = async (file?: vscode.Uri, article?: vscode.Uri): Promise<Sidecar | undefined> => {
    const session = await openSession(deps, article);
    if (!session) return undefined;
    const source = file ?? (await vscode.window.showOpenDialog({
      canSelectMany: false,
      filters: { [vscode.l10n.t('brat or Label Studio')]: ['ann', 'json'] },
      openLabel: vscode.l10n.t('Import'),
    }))?.[0];
    if (!source) return undefined;
    let imported: Imported | undefined;
    if (/\.ann$/i.test(source.fsPath)) imported = await readBrat(source.fsPath, session.text);
    else {
      const tasks = importLabelStudio(await fs.readFile(source.fsPath, 'utf8'));
      imported = await chooseTask(tasks, session.text, vscode.workspace.asRelativePath(session.document.uri, false));
    }
    if (!imported) return undefined;
    const next = await commit(deps, session, importAnnotations(session.sidecar, imported.doc, imported.text));
    const count = imported.doc.mentions.length + imported.doc.quotes.length + imported.doc.dates.length + imported.doc.events.length;
    void vscode.window.showInformationMessage(imported.skipped
      ? vscode.l10n.t('Imported {0} annotations from {1}; {2} could not be read.', count, path.basename(source.fsPath), imported.skipped)
      : vscode.l10n.t('Imported {0} annotations from {1}.', count, path.basename(source.fsPath)));
    return next;
  };
  return vscode.commands.registerCommand(COMMANDS.importAnnotations, guarded(importCommand));
}
