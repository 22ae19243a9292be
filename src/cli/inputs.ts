// Turns the paths on the command line into the list of articles to read.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as l10n from '@vscode/l10n';

export interface Article {
  /** Path as the user can recognise it (as given, or under the given folder). */
  path: string;
  /** Path relative to the folder it was found in (its own name for a file argument). */
  relative: string;
  bytes: number;
}

export class InputError extends Error {}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (e.isFile() && e.name.toLowerCase().endsWith('.txt')) out.push(p);
  }
  return out;
}

/** All articles, in a stable order; throws InputError for a path that gives none. */
export async function collectArticles(inputs: string[]): Promise<Article[]> {
  const articles: Article[] = [];
  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch {
      throw new InputError(l10n.t('{0}: no such file or folder', input));
    }
    if (stat.isDirectory()) {
      const files = await walk(input);
      if (!files.length) throw new InputError(l10n.t('{0}: folder holds no .txt files', input));
      for (const f of files) articles.push({ path: f, relative: path.relative(input, f), bytes: (await fs.stat(f)).size });
    } else if (stat.isFile()) articles.push({ path: input, relative: path.basename(input), bytes: stat.size });
    else throw new InputError(l10n.t('{0}: not a regular file or folder', input));
  }
  return articles;
}
