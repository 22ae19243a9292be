// Builds media/data/word-clusters.json: distributional word classes for the
// tagger's features, so a word the labelled data never tagged still shares
// weights with words used in the same contexts (a new surname after الرئيس
// behaves like the known ones). Text only, labels unused: every training-side
// text in ../shared/data (ANERcorp training portion, AQMAR, filtered NewsFANE,
// Wojood sample train/val). Method: each word's left/right neighbours (one
// and two away, among the most frequent words) weighted by positive PMI, then
// top-down spherical k-means with 16 branches per level, three levels: a
// cluster id is a path of hex digits whose prefixes (4/8/12 bits) serve as
// coarse-to-fine features, as Brown-cluster bit-string prefixes do.
// Run after `npm run build`: node out/scripts/build-clusters.js
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { clusterKey } from '../src/core/recognize/tagger/lexicon';
import { readCorpus, type CorpusName } from './ner/corpora';

const repo = path.resolve(__dirname, '../..');
const target = path.join(repo, 'media/data/word-clusters.json');
const CORPORA: CorpusName[] = ['anercorp', 'aqmar', 'newsfane', 'wojood'];
/** Words seen fewer times have too few contexts to place. */
const MIN_COUNT = Number(process.env.CLUSTER_MIN_COUNT ?? 3);
/** Context words: the most frequent keys; the rest share one "rare" context per offset. */
const CONTEXT_WORDS = 2000;
const BRANCHES = 16;
const LEVELS = 3;
/** A node with fewer words stays a leaf. */
const MIN_SPLIT = 24;
const ITERATIONS = 12;

interface Vec { idx: Int32Array; val: Float32Array }

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
}

function readText(): string[][] {
  return CORPORA.flatMap(c => readCorpus(c)).map(s => s.words.map(w => (/[\p{L}\p{N}]/u.test(w) ? clusterKey(w) : w)));
}

/** PPMI-weighted, unit-length context vectors of the words seen at least MIN_COUNT times. */
function contextVectors(sentences: string[][]): { words: string[]; vecs: Vec[]; dims: number } {
  const freq = new Map<string, number>();
  for (const s of sentences) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
  const byFreq = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const ctxIndex = new Map(byFreq.slice(0, CONTEXT_WORDS).map(([w], i) => [w, i]));
  const rare = CONTEXT_WORDS;
  const span = CONTEXT_WORDS + 2; // + rare + sentence boundary
  const words = byFreq.filter(([w, n]) => n >= MIN_COUNT && /[\p{L}\p{N}]/u.test(w)).map(([w]) => w).sort();
  const row = new Map(words.map((w, i) => [w, i]));
  const counts = words.map(() => new Map<number, number>());
  const offsets = [-2, -1, 1, 2];
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const r = row.get(s[i]);
      if (r === undefined) continue;
      offsets.forEach((o, oi) => {
        const j = i + o;
        const c = j < 0 || j >= s.length ? CONTEXT_WORDS + 1 : ctxIndex.get(s[j]) ?? rare;
        const d = oi * span + c;
        counts[r].set(d, (counts[r].get(d) ?? 0) + (Math.abs(o) === 1 ? 2 : 1));
      });
    }
  }
  const dims = offsets.length * span;
  const colSum = new Float64Array(dims);
  let total = 0;
  for (const m of counts) for (const [d, n] of m) { colSum[d] += n; total += n; }
  const vecs = counts.map(m => {
    let rowSum = 0;
    for (const n of m.values()) rowSum += n;
    const entries = [...m].map(([d, n]) => [d, Math.max(0, Math.log((n * total) / (rowSum * colSum[d])))] as const).filter(([, v]) => v > 0);
    const norm = Math.hypot(...entries.map(([, v]) => v)) || 1;
    return { idx: Int32Array.from(entries, e => e[0]), val: Float32Array.from(entries, e => e[1] / norm) };
  });
  return { words, vecs, dims };
}

function dot(v: Vec, c: Float32Array, off: number): number {
  let s = 0;
  for (let k = 0; k < v.idx.length; k++) s += v.val[k] * c[off + v.idx[k]];
  return s;
}

/** Spherical k-means of the given rows into k groups (k-means++ seeding); returns each row's group. */
function kmeans(vecs: Vec[], rows: number[], k: number, dims: number, random: () => number): number[] {
  const cents = new Float32Array(k * dims);
  const setCentroid = (c: number, v: Vec): void => { for (let t = 0; t < v.idx.length; t++) cents[c * dims + v.idx[t]] = v.val[t]; };
  setCentroid(0, vecs[rows[Math.floor(random() * rows.length)]]);
  const best = rows.map(r => 1 - dot(vecs[r], cents, 0));
  for (let c = 1; c < k; c++) {
    const sum = best.reduce((a, b) => a + Math.max(0, b), 0);
    let x = random() * sum, pick = rows.length - 1;
    for (let i = 0; i < rows.length; i++) if ((x -= Math.max(0, best[i])) <= 0) { pick = i; break; }
    setCentroid(c, vecs[rows[pick]]);
    rows.forEach((r, i) => { best[i] = Math.min(best[i], 1 - dot(vecs[r], cents, c * dims)); });
  }
  const assign = rows.map(() => -1);
  for (let it = 0; it < ITERATIONS; it++) {
    let moved = 0;
    rows.forEach((r, i) => {
      let bc = 0, bs = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dot(vecs[r], cents, c * dims);
        if (s > bs) { bs = s; bc = c; }
      }
      if (assign[i] !== bc) { assign[i] = bc; moved++; }
    });
    if (!moved) break;
    cents.fill(0);
    rows.forEach((r, i) => { const v = vecs[r]; for (let t = 0; t < v.idx.length; t++) cents[assign[i] * dims + v.idx[t]] += v.val[t]; });
    for (let c = 0; c < k; c++) {
      let n = 0;
      for (let d = 0; d < dims; d++) n += cents[c * dims + d] ** 2;
      n = Math.sqrt(n) || 1;
      for (let d = 0; d < dims; d++) cents[c * dims + d] /= n;
    }
  }
  return assign;
}

function main(): void {
  const t0 = Date.now();
  const sentences = readText();
  const { words, vecs, dims } = contextVectors(sentences);
  const random = rng(11);
  const paths = words.map(() => '');
  let frontier = [words.map((_, i) => i)];
  for (let level = 0; level < LEVELS; level++) {
    const next: number[][] = [];
    for (const rows of frontier) {
      if (rows.length < MIN_SPLIT) continue;
      const groups = kmeans(vecs, rows, Math.min(BRANCHES, Math.floor(rows.length / 2)), dims, random);
      const parts = new Map<number, number[]>();
      rows.forEach((r, i) => {
        paths[r] += groups[i].toString(16);
        if (!parts.has(groups[i])) parts.set(groups[i], []);
        parts.get(groups[i])!.push(r);
      });
      next.push(...parts.values());
    }
    frontier = next;
  }
  const clusters: Record<string, string> = {};
  const byPath = new Map<string, string[]>();
  words.forEach((w, i) => { if (!byPath.has(paths[i])) byPath.set(paths[i], []); byPath.get(paths[i])!.push(w); });
  for (const p of [...byPath.keys()].sort()) clusters[p] = byPath.get(p)!.join(' ');
  const json = JSON.stringify({ format: 'seed-word-clusters', sources: CORPORA, minCount: MIN_COUNT, branches: BRANCHES, levels: LEVELS, clusters });
  writeFileSync(target, json + '\n');
  console.log(
    `word clusters: ${words.length} words in ${byPath.size} leaves (${sentences.length} sentences) → ${path.relative(repo, target)} ` +
      `(${(Buffer.byteLength(json) / 1e6).toFixed(2)} MB) in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
}

main();
