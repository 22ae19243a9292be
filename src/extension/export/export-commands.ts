// "Export Annotations…" (this article: format, file, write, offer to open) and
// "Export All Seed Articles…" (the workspace into a folder, with progress and
// cancel). Arguments stand in for the prompts so tests run without dialogs.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { annotate } from '../../core/annotate';
import { atomicWrite } from '../../core/atomic-write';
import { exportFiles, exportText, FORMATS, getFormat, type ExportFormat } from '../../core/formats';
import { annotationConf } from '../../core/formats/brat';
import { decodeBytes } from '../../core/text/decode';
import type { AnalysisProvider } from '../analysis/types';
import type { SidecarStore } from '../corrections/sidecar-store';
import { guarded } from '../corrections/session';
import { annotateOptions, readSettings } from '../settings';
import { writeExport } from './write-export';

export interface ExportDeps {
  analysis: AnalysisProvider;
  store: SidecarStore;
}

export interface ExportAllResult {
  exported: number;
  written: string[];
  failed: string[];
  cancelled: boolean;
}

async function pickFormat(formatId?: string): Promise<ExportFormat | undefined> {
  if (formatId) {
    const format = getFormat(formatId);
    if (!format) throw new Error(vscode.l10n.t('Unknown export format "{0}".', formatId));
    return format;
  }
  const picked = await vscode.window.showQuickPick(
    FORMATS.map(f => ({ label: f.label, description: f.id, format: f })),
    { placeHolder: vscode.l10n.t('Export format') },
  );
  return picked?.format;
}

function offerToOpen(file: string): void {
  const open = vscode.l10n.t('Open');
  void vscode.window.showInformationMessage(vscode.l10n.t('Annotations exported to {0}.', file), open).then(choice => {
    if (choice === open) void vscode.window.showTextDocument(vscode.Uri.file(file));
  });
}

/** Seed articles of the workspace: .txt files under a `seeds` folder, and any open seed article. */
async function workspaceArticles(): Promise<vscode.Uri[]> {
  const found = await vscode.workspace.findFiles('**/*.txt', '{**/node_modules/**,**/.seed-annotator/**}');
  const inSeeds = found.filter(u => /(^|\/)seeds\//.test(u.path));
  const open = vscode.workspace.textDocuments.filter(d => d.languageId === 'seed-article' && d.uri.scheme === 'file').map(d => d.uri);
  const all = new Map([...inSeeds, ...open].map(u => [u.toString(), u]));
  return [...all.values()].sort((a, b) => a.path.localeCompare(b.path));
}

async function articleText(uri: vscode.Uri): Promise<string> {
  const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  const decoded = decodeBytes(await fs.readFile(uri.fsPath));
  if (decoded.binary) throw new Error(vscode.l10n.t('binary file, not a text article'));
  return decoded.text;
}

export function registerExportCommands(deps: ExportDeps): vscode.Disposable {
  const exportAnnotations = async (formatId?: string, target?: vscode.Uri, article?: vscode.Uri): Promise<string[] | undefined> => {
    const document = article ? await vscode.workspace.openTextDocument(article) : vscode.window.activeTextEditor?.document;
    if (!document) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a seed article first.'));
      return undefined;
    }
    const format = await pickFormat(formatId);
    if (!format) return undefined;
    const analysis = (await deps.analysis.get(document)) ?? (await deps.analysis.get(document));
    if (!analysis) return undefined;
    const text = document.getText();
    const base = path.basename(document.uri.fsPath).replace(/\.[^.]*$/, '');
    const destination = target ?? (await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.file(path.join(path.dirname(document.uri.fsPath), `${base}${format.extension}`)),
      filters: { [format.label]: [format.extension.slice(1)] },
      title: vscode.l10n.t('Export Annotations'),
    }));
    if (!destination) return undefined;
    const files = exportFiles(format, { ...analysis.doc, document: { ...analysis.doc.document, path: vscode.workspace.asRelativePath(document.uri, false) } }, text);
    const written = await writeExport(format, files, destination.fsPath, document.uri.fsPath);
    if (!target) offerToOpen(destination.fsPath);
    return written;
  };

  const exportAll = async (formatId?: string, folder?: vscode.Uri): Promise<ExportAllResult | undefined> => {
    const format = await pickFormat(formatId);
    if (!format) return undefined;
    const out = folder ?? (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: vscode.l10n.t('Export here') }))?.[0];
    if (!out) return undefined;
    const articles = await workspaceArticles();
    const result: ExportAllResult = { exported: 0, written: [], failed: [], cancelled: false };
    const parts: string[] = [];
    const eventTypes = new Set<string>();
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting seed articles'), cancellable: true },
      async (progress, token) => {
        for (const [i, uri] of articles.entries()) {
          if (token.isCancellationRequested) {
            result.cancelled = true;
            break;
          }
          const relative = vscode.workspace.asRelativePath(uri, false);
          progress.report({ message: `${i + 1}/${articles.length} ${relative}`, increment: 100 / articles.length });
          try {
            const text = await articleText(uri);
            const saved = await deps.store.load(uri).catch(() => undefined);
            const machine = annotate(text, annotateOptions(readSettings(uri), relative, saved?.document.publicationDate));
            const doc = await deps.store.mergeText(uri, machine, text);
            doc.events.forEach(v => eventTypes.add(v.plover));
            if (format.combine) parts.push(exportText(format, doc, text));
            else {
              for (const f of exportFiles(format, doc, text)) {
                if (f.name === 'annotation.conf') continue;
                const file = path.join(out.fsPath, path.dirname(relative), f.name);
                await atomicWrite(file, f.content);
                result.written.push(file);
              }
            }
            result.exported++;
          } catch (e) {
            result.failed.push(`${relative}: ${(e as Error).message}`);
          }
          // Let the editor breathe between articles.
          await new Promise(resolve => setImmediate(resolve));
        }
      },
    );
    if (format.combine && parts.length) {
      const file = path.join(out.fsPath, `corpus${format.extension}`);
      await atomicWrite(file, format.combine(parts));
      result.written.push(file);
    }
    if (format.id === 'brat' && result.written.length) {
      const conf = path.join(out.fsPath, 'annotation.conf');
      await atomicWrite(conf, annotationConf(eventTypes));
      result.written.push(conf);
    }
    const summary = vscode.l10n.t('Exported {0} of {1} seed articles to {2}.', result.exported, articles.length, out.fsPath);
    if (result.failed.length) void vscode.window.showWarningMessage(`${summary} ${vscode.l10n.t('Failed: {0}', result.failed.join('; '))}`);
    else if (!folder) void vscode.window.showInformationMessage(summary);
    return result;
  };

  return vscode.Disposable.from(
    vscode.commands.registerCommand('seedAnnotator.exportAnnotations', guarded(exportAnnotations)),
    vscode.commands.registerCommand('seedAnnotator.exportAll', guarded(exportAll)),
  );
}
