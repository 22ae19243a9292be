// `npm run bench`: speed and memory figures (targets in brackets). Not a test:
// it prints, it does not fail. Record the figures in the README. The last section holds the
// timings `npm test` once asserted (scripts/bench/test-limits.ts); `npm test` asserts none.
import { existsSync, statSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type * as ShippedCore from './bench/shipped-core';
import { buildArabicText, mb } from './bench/corpus-text';
import { crfsuitePeer, nlpjsPeer } from './bench/peers';
import { measureActivation } from './bench/activation';
import { benchCorpus } from './bench/corpus';
import { coreLimits, layerLimits, readingViewLimits } from './bench/test-limits';

const ROOT = path.resolve(__dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle build.mjs makes of ./bench/shipped-core
const { annotate, buildContext, decodeBytes, IncrementalAnnotator, getKnowledgeBase, getGazetteer, loadTagger, tagText } = require('./bench/shipped-core.bundle.js') as typeof ShippedCore;
let peakRss = 0;
let peakHeap = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};
const rows: [string, string, string][] = [];
const row = (what: string, figure: string, target = '') => {
  rows.push([what, figure, target]);
  console.log(`${what.padEnd(56)} ${figure.padStart(16)}  ${target}`);
};
const ms = (x: number) => `${x.toFixed(1)} ms`;
const rate = (x: number) => `${x.toFixed(2)} MB/s`;

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
}

/**
 * Every throughput is the best of this many passes: on a shared machine single passes vary by
 * ±10%, and the fastest is the one least disturbed by other work.
 */
const PASSES = 5;

function best(n: number, f: () => void): number {
  let b = Infinity;
  for (let i = 0; i < n; i++) b = Math.min(b, time(f)[1]);
  return b;
}

async function main(): Promise<void> {
  console.log('Seed Annotator benchmark (one core, Node ' + process.version + ')\n');
  const [, kbMs] = time(() => getKnowledgeBase());
  const [, gazMs] = time(() => getGazetteer());
  const cpu0 = process.cpuUsage();
  const [, modelMs] = time(() => loadTagger());
  const modelCpu = process.cpuUsage(cpu0);
  row('knowledge base load', ms(kbMs));
  row('gazetteer build', ms(gazMs));
  row('model load', `${ms(modelMs)}, ${ms((modelCpu.user + modelCpu.system) / 1000)} CPU`, '[< 500 ms CPU]');
  sample();

  const text = buildArabicText(Number(process.env.BENCH_BYTES ?? 3_000_000));
  const size = mb(text);
  const tokMs = best(PASSES, () => {
    let n = 0;
    for (const _m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) n++;
    if (n < 0) throw new Error('unreachable');
  });
  const tokRate = size / (tokMs / 1000);
  row(`bare tokenising pass (${size.toFixed(1)} MB)`, rate(tokRate));
  annotate(text.slice(0, 5000));
  const [doc, coldMs] = time(() => annotate(text));
  sample();
  // The editor's worker lives as long as the window: its JIT and per-word caches are warm after a
  // few articles. Pass 2 gets it there; the best of the next PASSES is the steady state.
  time(() => annotate(text));
  const annMs = best(PASSES, () => annotate(text));
  sample();
  const annRate = size / (annMs / 1000);
  row('annotate() throughput, first pass (cold)', rate(size / (coldMs / 1000)));
  row(`annotate() throughput, steady state (best of ${PASSES})`, rate(annRate), '[≥ 1 MB/s]');
  row('  ratio to the tokenising pass', `${(tokRate / annRate).toFixed(1)}×`, '[≤ 10×]');
  row('  mentions / events found', `${doc.mentions.length} / ${doc.events.length}`);

  // The peer below only tags; our tagger doing the same job (tokens in, labels out) is the like-for-like figure.
  const tagger = loadTagger();
  const tokenized = buildContext(text);
  const tagMs = best(PASSES, () => tagText(tokenized, tagger));
  const tagRate = size / (tagMs / 1000);
  row('  our tagger alone (tokens in, names out)', rate(tagRate), 'the job crfsuite does below');
  const crf = crfsuitePeer(text, PASSES);
  sample();
  if ('skipped' in crf) row('peer: crfsuite CRF tagger', 'skipped', crf.skipped);
  else row('peer: crfsuite CRF tagger', rate(crf.mbPerS), `${crf.note}; annotate() ${annRate > crf.mbPerS ? 'ahead' : 'BEHIND'}, our tagger ${tagRate > crf.mbPerS ? 'ahead' : 'BEHIND'}`);
  const nlp = await nlpjsPeer(text, getKnowledgeBase().entries);
  sample();
  if ('skipped' in nlp) row('peer: @nlpjs/ner with the gazetteer', 'skipped', nlp.skipped);
  else row('peer: @nlpjs/ner with the gazetteer', rate(nlp.mbPerS), `${nlp.note}; ours ${annRate > nlp.mbPerS ? 'ahead' : 'BEHIND'}`);

  for (const [label, bytes, target] of [['100 kB', 100_000, 20], ['1 MB', 1_000_000, 150]] as const) {
    let doc100 = text.slice(0, Math.floor(bytes / 1.8));
    const inc = new IncrementalAnnotator();
    inc.annotate(doc100);
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const at = Math.floor(doc100.length * (0.2 + 0.1 * i));
      doc100 = doc100.slice(0, at) + 'ب' + doc100.slice(at);
      times.push(time(() => inc.annotate(doc100))[1]);
    }
    times.sort((a, b) => a - b);
    row(`refresh after a one-character edit, ${label}`, ms(times[3]), `[≤ ${target} ms] median of 7`);
    sample();
  }

  const act = measureActivation(ROOT);
  if ('error' in act) row('extension activation', 'failed', act.error);
  else row('extension activation (load + activate)', ms(act.requireMs + act.activateMs), '[≤ 50 ms] stubbed vscode API');

  const corpus = await benchCorpus(1000, annotate);
  sample();
  row('corpus indexing, 1,000 generated articles', `${corpus.articlesPerSecond.toFixed(0)} art/s`, `heap kept +${corpus.heapMb.toFixed(0)} MB`);
  row('open the Corpus view (entities + events)', ms(corpus.openMs), `[< 500 ms] ${corpus.entities} entities, ${corpus.events} events`);

  row('peak memory (RSS / heap)', `${(peakRss / 1e6).toFixed(0)} / ${(peakHeap / 1e6).toFixed(0)} MB`);
  row('.vsix size', vsixSize(), '[≤ 5 MB]');
  console.log('\nTimings npm test once asserted (figures here, never test failures):');
  for (const r of [...coreLimits(ROOT, { annotate, decodeBytes }), ...await layerLimits(), ...readingViewLimits(ROOT)]) row(...r);
  console.log('\nmedia/data: ' + readdirSync(path.join(ROOT, 'media/data')).filter(f => f.endsWith('.json'))
    .map(f => `${f} ${(statSync(path.join(ROOT, 'media/data', f)).size / 1e6).toFixed(2)} MB`).join(', '));
}

function vsixSize(): string {
  const file = path.join(ROOT, 'seed-annotator.vsix');
  if (!existsSync(file) || process.env.BENCH_REPACKAGE) {
    try {
      execFileSync('npm', ['run', '-s', 'package'], { cwd: ROOT, stdio: 'ignore' });
    } catch {
      return 'not built';
    }
  }
  return `${(statSync(file).size / 1e6).toFixed(2)} MB`;
}

main().catch(err => {
  console.error(err);
  process.exit(1);
});
