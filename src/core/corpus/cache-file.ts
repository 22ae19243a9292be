// The corpus cache on disk: valid JSON (CorpusCacheData) laid out one article
// per line, so the extension host can write and read a large corpus in
// slices, yielding between them, instead of one long JSON.stringify/parse.
import { CorpusIndex, CORPUS_CACHE_VERSION, type CorpusCacheData } from './index';
import type { ArticleSummary } from './summary';

/** Called between slices; resolve on the next turn of the event loop. */
export type Pause = () => Promise<void>;

const SLICE_MS = 15;

function slicer(pause: Pause): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < SLICE_MS) return;
    await pause();
    since = performance.now();
  };
}

export async function serialiseCorpus(index: CorpusIndex, fingerprint: string, pause: Pause): Promise<string> {
  const maybePause = slicer(pause);
  const lines: string[] = [];
  for (const path of index.paths()) {
    lines.push(JSON.stringify(index.article(path)));
    await maybePause();
  }
  const head = JSON.stringify({ version: CORPUS_CACHE_VERSION, fingerprint }).slice(0, -1);
  return `${head},"articles":[\n${lines.join(',\n')}\n]}\n`;
}

/**
 * Reads a cache written by serialiseCorpus slice by slice; any other valid
 * cache JSON is parsed whole. A cache of another version or fingerprint, or
 * a damaged one, gives an empty index.
 */
export async function parseCorpus(text: string, fingerprint: string, pause: Pause): Promise<CorpusIndex> {
  const lines = text.split('\n');
  const head = lines[0] ?? '';
  if (!head.endsWith(',"articles":[')) return safeWhole(text, fingerprint);
  let header: Partial<CorpusCacheData>;
  try {
    header = JSON.parse(`${head.slice(0, -',"articles":['.length)}}`) as Partial<CorpusCacheData>;
  } catch {
    return new CorpusIndex();
  }
  if (header.version !== CORPUS_CACHE_VERSION || header.fingerprint !== fingerprint) return new CorpusIndex();
  const articles: ArticleSummary[] = [];
  const maybePause = slicer(pause);
  try {
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i].endsWith(',') ? lines[i].slice(0, -1) : lines[i];
      if (!line.startsWith('{')) continue;
      articles.push(JSON.parse(line) as ArticleSummary);
      await maybePause();
    }
  } catch {
    return new CorpusIndex();
  }
  return CorpusIndex.fromJSON({ version: CORPUS_CACHE_VERSION, fingerprint, articles }, fingerprint);
}

function safeWhole(text: string, fingerprint: string): CorpusIndex {
  try {
    return CorpusIndex.fromJSON(JSON.parse(text), fingerprint);
  } catch {
    return new CorpusIndex();
  }
}
