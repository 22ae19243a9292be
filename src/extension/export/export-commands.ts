// "Export Annotations…" (this article: format, file, write, offer to open) and
// "Export All Seed Articles…" (the workspace into a folder, with progress and
// cancel). Arguments stand in for the prompts so tests run without dialogs.
// Export All annotates in the analysis worker, never on the extension host.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { atomicWrite } from '../../core/atomic-write';
import { exportFiles, exportText, FORMATS, getFormat, type ExportFormat } from '../../core/formats';
import { annotationConf } from '../../core/formats/brat';
import { decodeBytes } from '../../core/text/decode';
import { checkInput, SNIFF_CHARS } from '../analysis/input-guard';
import type { CancelToken } from '../analysis/scheduler';
import type { AnalysisProvider } from '../analysis/types';
import type { AnnotateInWorker } from '../corpus/corpus-service';
import type { SidecarStore } from '../corrections/sidecar-store';
import { guarded } from '../corrections/session';
import { annotateOptions, readSettings } from '../settings';
import { writeExport } from './write-export';
import { COMMANDS } from '../commands';

export interface ExportDeps {
  analysis: AnalysisProvider;
  store: SidecarStore;
  /** annotate() in the analysis worker. */
  annotate: AnnotateInWorker;
}

export interface ExportAllResult {
  exported: number;
  written: string[];
  failed: string[];
  /** Articles not exported and why ("a.txt (over the size limit)"). */
  skipped: string[];
  cancelled: boolean;
  /** The message shown at the end. */
  summary: string;
}

/** An article left out of Export All on purpose, with the reason the summary gives. */
class SkippedArticle extends Error {}

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
  if (decoded.binary) throw new SkippedArticle(vscode.l10n.t('binary file'));
  return decoded.text;
}

function skipReason(text: string, maxDocumentSize: number): string | undefined {
  const verdict = checkInput(text.length, text.slice(0, SNIFF_CHARS), maxDocumentSize);
  if (verdict.ok) return undefined;
  return verdict.reason === 'tooLarge' ? vscode.l10n.t('over the size limit') : vscode.l10n.t('binary file');
}

function exportAllSummary(result: ExportAllResult, out: string): string {
  const exported = vscode.l10n.t('Exported {0} articles to {1}', result.exported, out);
  const parts = [exported];
  if (result.skipped.length) parts.push(vscode.l10n.t('skipped {0}: {1}', result.skipped.length, result.skipped.join(', ')));
  if (result.failed.length) parts.push(vscode.l10n.t('failed {0}: {1}', result.failed.length, result.failed.join('; ')));
  const summary = `${parts.join('; ')}.`;
  return result.cancelled ? `${vscode.l10n.t('Cancelled.')} ${summary}` : summary;
}

/** Cancelled when either the progress notification or the caller's token is. */
function eitherToken(a: vscode.CancellationToken, b?: vscode.CancellationToken): CancelToken {
  return { get cancelled() { return a.isCancellationRequested || !!b?.isCancellationRequested; } };
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

  const exportAll = async (formatId?: string, folder?: vscode.Uri, cancel?: vscode.CancellationToken): Promise<ExportAllResult | undefined> => {
    const format = await pickFormat(formatId);
    if (!format) return undefined;
    const out = folder ?? (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: vscode.l10n.t('Export here') }))?.[0];
    if (!out) return undefined;
    const articles = await workspaceArticles();
    const result: ExportAllResult = { exported: 0, written: [], failed: [], skipped: [], cancelled: false, summary: '' };
    const parts: string[] = [];
    const eventTypes = new Set<string>();
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting seed articles'), cancellable: true },
      async (progress, progressToken) => {
        const token = eitherToken(progressToken, cancel);
        for (const [i, uri] of articles.entries()) {
          if (token.cancelled) break;
          const relative = vscode.workspace.asRelativePath(uri, false);
          progress.report({ message: `${i + 1}/${articles.length} ${relative}`, increment: 100 / articles.length });
          try {
            const text = await articleText(uri);
            const settings = readSettings(uri);
            const reason = skipReason(text, settings.maxDocumentSize);
            if (reason) throw new SkippedArticle(reason);
            const saved = await deps.store.load(uri).catch(() => undefined);
            const machine = await deps.annotate(text, annotateOptions(settings, relative, saved?.document.publicationDate), token);
            if (token.cancelled) break;
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
            if (token.cancelled) break;
            const name = path.basename(uri.fsPath);
            if (e instanceof SkippedArticle) result.skipped.push(`${name} (${e.message})`);
            else result.failed.push(`${relative}: ${(e as Error).message}`);
          }
        }
        result.cancelled = token.cancelled;
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
    result.summary = exportAllSummary(result, out.fsPath);
    if (result.failed.length || result.skipped.length) void vscode.window.showWarningMessage(result.summary);
    else if (!folder) void vscode.window.showInformationMessage(result.summary);
    return result;
  };

  return vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.exportAnnotations, guarded(exportAnnotations)),
    vscode.commands.registerCommand(COMMANDS.exportAll, guarded(exportAll)),
  );
}
