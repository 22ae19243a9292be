// Corpus figures: index 1,000 generated articles through the same core, then
// time what opening the Corpus view computes (entities and events across articles).
import type { annotate as Annotate } from '../../src/core/annotate';
import { summarise } from '../../src/core/corpus/summary';
import { CorpusIndex } from '../../src/core/corpus/index';
import { buildArabicText } from './corpus-text';
import { buildCorpusRows } from '../../src/extension/corpus/corpus-rows';

/** `annotate`: the benchmark's (the shipped bundle's), so the model and caches load once. */
export async function benchCorpus(count: number, annotate: typeof Annotate): Promise<{
  articlesPerSecond: number; heapMb: number; openMs: number; entities: number; events: number; cacheMb: number; cacheLoadMs: number;
}> {
  const paragraphs = buildArabicText(count * 1500).split('\n').filter(p => p.trim());
  const articles: string[] = [];
  for (let i = 0; i < count; i++) {
    // Headline, lead and a few body paragraphs, varied by rotating through the pool.
    const pick = (k: number) => paragraphs[(i * 3 + k) % paragraphs.length];
    articles.push([pick(0).slice(0, 80), pick(1), pick(2), pick(3)].join('\n'));
  }
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const index = new CorpusIndex();
  const t0 = performance.now();
  articles.forEach((text, i) => {
    const path = `seeds/gen/${String(i).padStart(4, '0')}.txt`;
    const day = String(1 + (i % 28)).padStart(2, '0');
    index.set(summarise(path, text, annotate(text, { path, publicationDate: `2020-09-${day}` })));
  });
  const seconds = (performance.now() - t0) / 1000;
  // What indexing keeps (the index, grown word caches), not the garbage it left: collected first
  // (npm run bench passes --expose-gc; without it the figure includes garbage, or goes negative).
  global.gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heap0) / 1e6;
  // Opening the view: the rows VS Code asks for first (sections, type groups, entity and event rows).
  const t1 = performance.now();
  const rows = buildCorpusRows(index);
  let entities = 0;
  let events = 0;
  for (const section of rows) {
    for (const child of section.children?.() ?? []) {
      if (child.children) entities += child.children().length;
      else events++;
    }
  }
  const openMs = performance.now() - t1;
  // Reopening the workspace: the disk cache parsed back into an index.
  const json = JSON.stringify(index.toJSON('bench'));
  const t2 = performance.now();
  const reopened = CorpusIndex.fromJSON(JSON.parse(json), 'bench');
  const cacheLoadMs = performance.now() - t2;
  if (reopened.size !== count) throw new Error(`cache reload kept ${reopened.size} of ${count} articles`);
  return { articlesPerSecond: count / seconds, heapMb, openMs, entities, events, cacheMb: json.length / 1e6, cacheLoadMs };
}
