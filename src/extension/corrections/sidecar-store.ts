// Where each article's corrections live on disk, and the merge the analysis
// cache runs after every analysis. Sidecars sit under `.seed-annotator/` at
// the workspace root (mirroring the article's path) or beside the article as
// `<name>.annotations.json`, per the sidecar.location setting.
import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import { atomicWrite } from '../../core/atomic-write';
import { applyCorrections } from '../../core/corrections/apply';
import { parseSidecar, serialiseSidecar, SidecarError } from '../../core/corrections/sidecar';
import type { Sidecar } from '../../core/corrections/types';
import type { AnnotationDocument } from '../../core/types';
import { readSettings } from '../settings';

const SIDECAR_FOLDER = '.seed-annotator';

function sidecarUri(article: vscode.Uri, location: 'folder' | 'beside'): vscode.Uri | undefined {
  if (article.scheme !== 'file') return undefined;
  const folder = vscode.workspace.getWorkspaceFolder(article);
  if (location === 'folder' && folder) {
    const relative = vscode.workspace.asRelativePath(article, false);
    return vscode.Uri.joinPath(folder.uri, SIDECAR_FOLDER, `${relative}.json`);
  }
  return article.with({ path: article.path.replace(/(\.[^./]*)?$/, '.annotations.json') });
}

/** The article a sidecar file belongs to (either location), or undefined for other JSON files. */
export function articleOf(sidecar: vscode.Uri): vscode.Uri | undefined {
  const inFolder = sidecar.path.match(/^(.*?)\/\.seed-annotator\/(.+)\.json$/);
  if (inFolder) return sidecar.with({ path: `${inFolder[1]}/${inFolder[2]}` });
  const beside = sidecar.path.match(/^(.+)\.annotations\.json$/);
  return beside ? sidecar.with({ path: `${beside[1]}.txt` }) : undefined;
}

export class SidecarStore {
  /** Damage already reported per sidecar file, so an edit does not repeat the message. */
  private readonly reported = new Set<string>();
  /** Saves to one sidecar run one after another. */
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly publicationDates = new Map<string, string>();
  /** What this store last wrote to each sidecar, to tell its own saves from outside changes. */
  private readonly written = new Map<string, string>();

  constructor(private readonly showError: (message: string) => void = m => void vscode.window.showErrorMessage(m)) {}

  uriFor(article: vscode.Uri): vscode.Uri | undefined {
    return sidecarUri(article, readSettings(article).sidecarLocation);
  }

  /** The article's sidecar, undefined when there is none yet; throws SidecarError when damaged. */
  async load(article: vscode.Uri): Promise<Sidecar | undefined> {
    const uri = this.uriFor(article);
    if (!uri) return undefined;
    let content: string;
    try {
      content = await fs.readFile(uri.fsPath, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new SidecarError(vscode.workspace.asRelativePath(uri, false), `cannot be read: ${(e as Error).message}`);
    }
    const sidecar = parseSidecar(content, vscode.workspace.asRelativePath(uri, false));
    this.reported.delete(uri.toString());
    this.rememberDate(article, sidecar);
    return sidecar;
  }

  async save(article: vscode.Uri, sidecar: Sidecar): Promise<void> {
    const uri = this.uriFor(article);
    if (!uri) throw new Error(vscode.l10n.t('Corrections can only be saved for files on disk.'));
    const key = uri.toString();
    const previous = this.queues.get(key) ?? Promise.resolve();
    const content = serialiseSidecar(sidecar);
    this.written.set(key, content);
    const write = previous.catch(() => undefined).then(() => atomicWrite(uri.fsPath, content));
    this.queues.set(key, write);
    await write;
    this.rememberDate(article, sidecar);
  }

  /** True when the sidecar on disk is not what this store last saved there (edited elsewhere, or deleted). */
  async changedElsewhere(sidecar: vscode.Uri): Promise<boolean> {
    const mine = this.written.get(sidecar.toString());
    if (mine === undefined) return true;
    try {
      return (await fs.readFile(sidecar.fsPath, 'utf8')) !== mine;
    } catch {
      return true;
    }
  }

  /** The publication date the analyst set for the article, once its sidecar has been read. */
  publicationDate(article: vscode.Uri): string | undefined {
    return this.publicationDates.get(article.toString());
  }

  /** For the analysis cache: machine output with the analyst's corrections over it. */
  readonly merge = async (article: vscode.Uri, machine: AnnotationDocument): Promise<AnnotationDocument> => {
    const text = vscode.workspace.textDocuments.find(d => d.uri.toString() === article.toString())?.getText();
    return text === undefined ? machine : this.mergeText(article, machine, text);
  };

  async mergeText(article: vscode.Uri, machine: AnnotationDocument, text: string): Promise<AnnotationDocument> {
    try {
      return applyCorrections(machine, await this.load(article), text);
    } catch (e) {
      if (!(e instanceof SidecarError)) throw e;
      const key = this.uriFor(article)?.toString() ?? '';
      if (!this.reported.has(key)) {
        this.reported.add(key);
        this.showError(e.message);
      }
      return { ...machine, warnings: [...(machine.warnings ?? []), e.message] };
    }
  }

  private rememberDate(article: vscode.Uri, sidecar: Sidecar): void {
    const date = sidecar.document.publicationDate;
    if (date) this.publicationDates.set(article.toString(), date);
    else this.publicationDates.delete(article.toString());
  }
}
