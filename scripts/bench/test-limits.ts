// The timings `npm test` once asserted, each next to the limit it asserted. They are figures to
// watch, not tests: on a shared machine a test that depends on how busy it is fails good work.
// Each times the same input its test checks (the texts come from the tests' own builders).
import { execFileSync } from 'node:child_process';
import type * as ShippedCore from './shipped-core';
import { CASES, PATHOLOGICAL, SENTENCE, singleLine } from '../../test/unit/bad-input/hostile-texts';
import { longArticle } from '../../test/unit/core/long-article';
import { longDocument } from '../../test/unit/analysis/long-document';
import { fixture } from '../../test/unit/events/fixture';
import { findQuotes } from '../../src/core/recognize/quotes';
import { findDates } from '../../src/core/recognize/dates';
import { extractEvents } from '../../src/core/events/extract';
import { shiftDocument } from '../../src/extension/analysis/shift';
import { KeyedScheduler } from '../../src/extension/analysis/scheduler';

export type Row = [what: string, figure: string, target: string];
type Core = Pick<typeof ShippedCore, 'annotate' | 'decodeBytes'>;

const msOf = (f: () => unknown) => { const t0 = performance.now(); f(); return performance.now() - t0; };
const bestMs = (runs: number, f: () => unknown) => Math.min(...Array.from({ length: runs }, () => msOf(f)));
/** CPU milliseconds (user + system) of the best of `runs` calls. */
function bestCpuMs(runs: number, f: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = process.cpuUsage();
    f();
    const t = process.cpuUsage(t0);
    best = Math.min(best, (t.user + t.system) / 1000);
  }
  return best;
}
const ms = (x: number) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const times = (x: number) => `${x.toFixed(1)}×`;

/** Scaling and hostile input through the core (the shipped bundle's annotate and decodeBytes). */
export function coreLimits(root: string, { annotate, decodeBytes }: Core): Row[] {
  const rows: Row[] = [];
  const small = longArticle(root, 60_000);
  const large = longArticle(root, 240_000);
  annotate(large);
  rows.push(['annotate(), 4× the article: CPU time ratio', times(bestCpuMs(3, () => annotate(large)) / bestCpuMs(3, () => annotate(small))), '[≤ 8×] linear ≈ 4×, quadratic 16×']);

  const line = singleLine(150_000);
  const longLine = singleLine(1_500_000);
  annotate(line);
  const lineMs = msOf(() => annotate(line));
  const longLineMs = msOf(() => annotate(longLine));
  rows.push(['annotate(), one line of 1.5M vs 150k characters', `${times(longLineMs / lineMs)} (${ms(longLineMs)})`, '[< 25×, < 30 s] linear ≈ 10×']);

  let worst = { name: '', ratio: 0 };
  for (const [name, make, n] of PATHOLOGICAL) {
    const one = Math.max(bestMs(3, () => annotate(make(n))), 20);
    const ratio = bestMs(3, () => annotate(make(4 * n))) / one;
    if (ratio > worst.ratio) worst = { name, ratio };
  }
  rows.push(['annotate(), once-quadratic texts at 4×: worst', times(worst.ratio), `[< 10×] linear ≈ 4× (${worst.name})`]);

  let slowest = { name: '', ms: 0 };
  for (const c of CASES) {
    const t = msOf(() => annotate(c.text));
    if (t > slowest.ms) slowest = { name: c.name, ms: t };
  }
  rows.push(['annotate(), slowest of the bad-input texts', ms(slowest.ms), `[< 5 s] (${slowest.name})`]);

  const refuse20 = msOf(() => annotate(singleLine(20_000_000)));
  const refuse6 = msOf(() => annotate('بوتين '.repeat(1_000_000)));
  rows.push(['refuse a text over the size limit (20 MB line / 6 MB)', `${ms(refuse20)} / ${ms(refuse6)}`, '[< 1 s; < 2 s through the editor]']);

  const bytes = Buffer.from(SENTENCE.repeat(Math.ceil(20_000_000 / Buffer.byteLength(SENTENCE))), 'utf8');
  rows.push(['decodeBytes(), 20 MB', ms(msOf(() => decodeBytes(bytes))), '[< 3 s]']);
  return rows;
}

/** The layers the unit tests time on their own: events on a run-on line, the scheduler, shifting. */
export async function layerLimits(): Promise<Row[]> {
  const rows: Row[] = [];
  const runOn = 'هاجم مسلحون قرية و"قال أمس الأربعاء إن قوات تظاهرت، '.repeat(20000) + '«'.repeat(20000);
  const eventsMs = msOf(() => {
    const f = fixture(runOn, [['قوات', 'forces', 'ORG']]);
    const quotes = findQuotes(f.ctx, f.entities, f.mentions);
    const dates = findDates(f.ctx);
    extractEvents(f.ctx, { entities: f.entities, mentions: f.mentions, quotes, dates });
  });
  rows.push(['quotes, dates and events of a 1.1 MB run-on line', ms(eventsMs), '[< 30 s] 100,000 triggers']);

  const scheduler = new KeyedScheduler(async (_k: string, v: number) => v);
  const t0 = performance.now();
  void scheduler.request('a', 4, 3_600_000);
  await scheduler.request('a', 4, 0);
  rows.push(['scheduler: a zero-delay request starts a debounced one', ms(performance.now() - t0), '[< 1 s]']);
  scheduler.dispose();

  const big = longDocument(10_000);
  rows.push(['shift 10,000 annotations through an edit (best of 7)', ms(bestMs(7, () => shiftDocument(big, [{ start: 500_050, removed: 0, inserted: 1 }]))), '[< 20 ms]']);
  return rows;
}

/** The reading view in code-server + Chromium (scripts/bench/reading-view.mjs, in its own process). */
export function readingViewLimits(root: string): Row[] {
  let result: { maxStallMs?: number; roundTripMs?: number; over100?: number; ticks?: number; error?: string };
  try {
    const out = execFileSync(process.execPath, ['scripts/bench/reading-view.mjs'], { cwd: root, encoding: 'utf8', timeout: 900_000, stdio: ['ignore', 'pipe', 'ignore'] });
    result = JSON.parse(out.trim().split('\n').pop() ?? '{}');
  } catch (err) {
    const out = String((err as { stdout?: string }).stdout ?? '').trim().split('\n').pop();
    try { result = JSON.parse(out ?? ''); } catch { result = { error: (err as Error).message.split('\n')[0] }; }
  }
  if (result.error !== undefined || result.maxStallMs === undefined) {
    return [['reading view, 1 MB article: longest workbench stall', 'skipped', `${result.error} (npm test sets up code-server and Chromium)`]];
  }
  return [
    ['reading view, 1 MB article: longest workbench stall', ms(result.maxStallMs), `[< 1000 ms] ${result.over100} of ${result.ticks} ticks over 100 ms`],
    ['  a round trip to the workbench while it draws', ms(result.roundTripMs ?? NaN), '[< 1000 ms]'],
  ];
}
