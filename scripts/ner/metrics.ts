// conlleval-style scoring (exact whole-token spans) and the memorisation
// baseline that tags any span seen with a type in training.
import type { EntityType } from '../../src/core/types';
import { decodeSpans } from '../../src/core/recognize/tagger/labels';
import { wordKey } from '../../src/core/recognize/tagger/word';
import type { Sentence } from './corpora';

const TYPES: EntityType[] = ['PER', 'LOC', 'ORG'];

export class SpanScore {
  readonly tp = new Map<string, number>();
  readonly fp = new Map<string, number>();
  readonly fn = new Map<string, number>();

  /**
   * `optional` marks tokens predicted as a class the dev gold leaves optional (see isOptionalClass):
   * a predicted span wholly inside them that touches no gold span is no error, as scoring.md says.
   */
  add(gold: ArrayLike<number>, pred: ArrayLike<number>, optional?: ArrayLike<number>): void {
    const key = (s: { from: number; to: number; type: string }): string => `${s.from}:${s.to}:${s.type}`;
    const gs = decodeSpans(gold);
    const g = new Map(gs.map(s => [key(s), s.type]));
    const loose = (s: { from: number; to: number }): boolean => {
      if (!optional || gs.some(x => x.from < s.to && x.to > s.from)) return false;
      for (let i = s.from; i < s.to; i++) if (!optional[i]) return false;
      return true;
    };
    const p = new Map(decodeSpans(pred).filter(s => !loose(s)).map(s => [key(s), s.type]));
    for (const [k, t] of p) bump(g.has(k) ? this.tp : this.fp, t);
    for (const [k, t] of g) if (!p.has(k)) bump(this.fn, t);
  }

  prf(type?: string): { p: number; r: number; f: number; n: number } {
    const sum = (m: Map<string, number>): number => (type ? m.get(type) ?? 0 : [...m.values()].reduce((a, b) => a + b, 0));
    const tp = sum(this.tp), fp = sum(this.fp), fn = sum(this.fn);
    const p = tp + fp ? tp / (tp + fp) : 0, r = tp + fn ? tp / (tp + fn) : 0;
    return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, n: tp + fn };
  }

  table(label: string): string[] {
    const fmt = (x: number): string => x.toFixed(3);
    return [...TYPES, undefined].map(t => {
      const s = this.prf(t);
      return `${label.padEnd(22)} ${(t ?? 'micro').padEnd(5)}  P ${fmt(s.p)}  R ${fmt(s.r)}  F1 ${fmt(s.f)}  (gold ${s.n})`;
    });
  }
}

function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

const spanText = (words: readonly string[], from: number, to: number): string => words.slice(from, to).map(wordKey).join(' ');

/** Every training span's text with its most frequent type. */
export function seenSpans(train: readonly Sentence[]): Map<string, EntityType> {
  const counts = new Map<string, Map<EntityType, number>>();
  for (const s of train) {
    for (const sp of decodeSpans(s.labels)) {
      const k = spanText(s.words, sp.from, sp.to);
      if (!counts.has(k)) counts.set(k, new Map());
      bump(counts.get(k)! as Map<string, number>, sp.type);
    }
  }
  const out = new Map<string, EntityType>();
  for (const [k, m] of counts) out.set(k, [...m].sort((a, b) => b[1] - a[1])[0][0]);
  return out;
}

/** Longest-match tagging with the training spans: the memorisation baseline. */
export function memorise(seen: Map<string, EntityType>, words: readonly string[]): number[] {
  const labels = new Array<number>(words.length).fill(0);
  for (let i = 0; i < words.length; ) {
    let hit = 0;
    for (let len = Math.min(8, words.length - i); len >= 1 && !hit; len--) {
      const t = seen.get(spanText(words, i, i + len));
      if (t) {
        const b = 1 + 2 * TYPES.indexOf(t);
        for (let k = 0; k < len; k++) labels[i + k] = k ? b + 1 : b;
        hit = len;
      }
    }
    i += hit || 1;
  }
  return labels;
}

/** Recall on gold spans whose text never appeared as a span in training. */
export function unseenRecall(seen: Map<string, EntityType>, s: Sentence, pred: ArrayLike<number>, acc: { found: number; total: number }): void {
  const p = new Set(decodeSpans(pred).map(x => `${x.from}:${x.to}:${x.type}`));
  for (const g of decodeSpans(s.labels)) {
    if (seen.has(spanText(s.words, g.from, g.to))) continue;
    acc.total++;
    if (p.has(`${g.from}:${g.to}:${g.type}`)) acc.found++;
  }
}
