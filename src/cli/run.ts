// seed-annotate: articles in, exports out. Every failure is one clear line on
// stderr; bad input fails that article, never the run.
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as l10n from '@vscode/l10n';
import { DEFAULT_MAX_LENGTH } from '../core/annotate';
import { atomicWrite } from '../core/atomic-write';
import { exportFiles, exportText, getFormat, type ExportFormat } from '../core/formats';
import { annotationConf } from '../core/formats/brat';
import { decodeBytes } from '../core/text/decode';
import { parseArgs, usage, type CliOptions } from './args';
import { collectArticles, InputError, type Article } from './inputs';
import { cliLocale, useCliLocale } from './locale';
import { findWorkerScript, inlinePool, workerPool, type Pool } from './pool';
import { progressBar } from './progress';

const EXIT_OK = 0;
const EXIT_SOME_FAILED = 1;
const EXIT_USAGE = 2;

export interface CliIO {
  stdout: { write(s: string): unknown };
  stderr: NodeJS.WriteStream | { write(s: string): unknown; isTTY?: boolean };
}

const NAME = 'seed-annotate';

class ArticleError extends Error {}

/** The version in our package.json, found above dist/ or out/ wherever the CLI runs from. */
function packageVersion(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'seed-annotator') return pkg.version ?? 'unknown';
    }
    if (path.dirname(dir) === dir) return 'unknown';
  }
}

const tooLarge = (size: string) => new ArticleError(l10n.t('{0} is over the limit of {1} characters; not analysed, skipped', size, DEFAULT_MAX_LENGTH));

async function readArticle(a: Article, io: CliIO): Promise<{ text: string; bytes: number }> {
  // UTF-8 takes at most 3 bytes per UTF-16 unit: a file this large cannot fit, so it is not even read.
  if (a.bytes > 3 * DEFAULT_MAX_LENGTH) throw tooLarge(l10n.t('{0} bytes', a.bytes));
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(a.path);
  } catch (e) {
    throw new ArticleError(l10n.t('cannot read ({0})', (e as NodeJS.ErrnoException).code ?? (e as Error).message));
  }
  const decoded = decodeBytes(bytes);
  if (decoded.binary) throw new ArticleError(l10n.t('binary file, not a UTF-8 text article; skipped'));
  // Refused like a binary file: an export with no annotations would pass for a real one.
  if (decoded.text.length > DEFAULT_MAX_LENGTH) throw tooLarge(l10n.t('{0} characters', decoded.text.length));
  if (decoded.invalidSequences) {
    io.stderr.write(`${NAME}: ${l10n.t('warning: {0}: {1} invalid UTF-8 sequence(s) read as U+FFFD', a.path, decoded.invalidSequences)}\n`);
  }
  return { text: decoded.text, bytes: bytes.length };
}

/** Below this much work, starting workers (each loads the model) costs more than it saves. */
const WORKER_MIN_ARTICLES = 100;
const WORKER_MIN_BYTES = 2_000_000;

function poolSize(options: CliOptions, articles: Article[]): number {
  if (options.jobs) return Math.min(options.jobs, articles.length);
  const bytes = articles.reduce((n, a) => n + a.bytes, 0);
  const large = articles.length >= WORKER_MIN_ARTICLES || bytes >= WORKER_MIN_BYTES;
  return large ? Math.min(os.availableParallelism(), articles.length) : 1;
}

function choosePool(size: number): Pool {
  const script = findWorkerScript();
  return size > 1 && script ? workerPool(size, script) : inlinePool();
}

async function exportAll(options: CliOptions, format: ExportFormat, articles: Article[], io: CliIO): Promise<number> {
  const size = poolSize(options, articles);
  const pool = choosePool(size);
  const progress = progressBar(articles.length, io.stderr as NodeJS.WriteStream);
  const parts: string[] = new Array(articles.length).fill('');
  const eventTypes = new Set<string>();
  let failures = 0;
  let next = 0;
  const one = async (i: number): Promise<void> => {
    const a = articles[i];
    let bytes = 0;
    try {
      const read = await readArticle(a, io);
      bytes = read.bytes;
      const doc = await pool.annotate(read.text, {
        path: a.path.split(path.sep).join('/'),
        language: options.language,
        ...(options.publicationDate ? { publicationDate: options.publicationDate } : {}),
      });
      for (const w of doc.warnings ?? []) io.stderr.write(`${NAME}: ${l10n.t('warning: {0}: {1}', a.path, w)}\n`);
      doc.events.forEach(v => eventTypes.add(v.plover));
      if (options.out) {
        const dir = path.join(options.out, path.dirname(a.relative));
        for (const f of exportFiles(format, doc, read.text)) {
          if (f.name !== 'annotation.conf') await atomicWrite(path.join(dir, f.name), f.content);
        }
      } else parts[i] = exportText(format, doc, read.text);
    } catch (e) {
      failures++;
      const reason = e instanceof ArticleError ? e.message : l10n.t('failed: {0}', (e as Error).message ?? String(e));
      io.stderr.write(`${NAME}: ${a.path}: ${reason}\n`);
    } finally {
      progress.tick(bytes);
    }
  };
  try {
    await Promise.all(Array.from({ length: size }, async () => {
      while (next < articles.length) await one(next++);
    }));
  } finally {
    progress.done();
    await pool.close();
  }
  if (options.out && format.id === 'brat') await atomicWrite(path.join(options.out, 'annotation.conf'), annotationConf(eventTypes));
  if (!options.out) io.stdout.write(articles.length === 1 || !format.combine ? parts.join('') : format.combine(parts.filter(p => p)));
  return failures ? EXIT_SOME_FAILED : EXIT_OK;
}

export async function runCli(argv: string[], io: CliIO = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  useCliLocale(cliLocale(argv));
  const parsed = parseArgs(argv);
  if ('error' in parsed) {
    io.stderr.write(`${NAME}: ${l10n.t('error: {0}', parsed.error)}\n`);
    return EXIT_USAGE;
  }
  const { options } = parsed;
  if (options.help) {
    io.stdout.write(usage() + '\n');
    return EXIT_OK;
  }
  if (options.version) {
    io.stdout.write(`${packageVersion()}\n`);
    return EXIT_OK;
  }
  const format = getFormat(options.format)!;
  let articles: Article[];
  try {
    articles = await collectArticles(options.inputs);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    io.stderr.write(`${NAME}: ${l10n.t('error: {0}', e.message)}\n`);
    return EXIT_USAGE;
  }
  if (articles.length > 1 && !options.out && !format.combine) {
    const corpusFormats = 'jsonl, doccano, labelstudio, csv, csv-entities, plover';
    const problem = l10n.t('{0} articles in format {1} need --out DIR (or a corpus format: {2})', articles.length, format.id, corpusFormats);
    io.stderr.write(`${NAME}: ${l10n.t('error: {0}', problem)}\n`);
    return EXIT_USAGE;
  }
  return exportAll(options, format, articles, io);
}
