// BIO labels over the three name types the product shows.
import type { EntityType } from '../../types';

export const LABELS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'] as const;
export type Label = (typeof LABELS)[number];
export const NUM_LABELS = LABELS.length;
export const O = 0;

const index = new Map<string, number>(LABELS.map((l, i) => [l, i]));

export function labelIndex(label: string): number {
  const i = index.get(label);
  if (i === undefined) throw new Error(`unknown label ${label}`);
  return i;
}

function isBegin(label: number): boolean {
  return label % 2 === 1;
}

function labelType(label: number): EntityType | undefined {
  if (label === O) return undefined;
  return (['PER', 'LOC', 'ORG'] as const)[(label - 1) >> 1];
}

/**
 * I-X may only continue B-X or I-X: decoding never produces a dangling inside tag.
 * Read from the label names, so it holds for any BIO label set; `prev` undefined is the sentence start.
 */
export function allowedMove(prev: string | undefined, next: string): boolean {
  if (!next.startsWith('I-')) return true;
  return prev !== undefined && (prev === 'B-' + next.slice(2) || prev === next);
}

/**
 * The allowed moves of a label set as flat lists the decoding loops walk: the labels that may
 * precede label q are preds[predFrom[q] .. predFrom[q + 1]), in label order, with the index of
 * each move's score in the transition table (row = previous label, L rows plus the start row)
 * in predTrans; succs, succFrom and succTrans list the labels that may follow, the same way.
 */
export interface LabelMoves {
  size: number;
  /** Labels a sentence may start with. */
  start: Uint8Array;
  predFrom: Int32Array;
  preds: Int32Array;
  predTrans: Int32Array;
  succFrom: Int32Array;
  succs: Int32Array;
  succTrans: Int32Array;
}

export function labelMoves(labels: readonly string[]): LabelMoves {
  const L = labels.length;
  if (L > 256) throw new Error('at most 256 labels: paths are kept as bytes');
  const lists = (allowed: (a: number, b: number) => boolean) => {
    const from = new Int32Array(L + 1), to: number[] = [], at: number[] = [];
    for (let a = 0; a < L; a++) {
      for (let b = 0; b < L; b++) if (allowed(a, b)) { to.push(b); at.push(a); }
      from[a + 1] = to.length;
    }
    return { from, to: Int32Array.from(to), at };
  };
  const pred = lists((q, p) => allowedMove(labels[p], labels[q]));
  const succ = lists((p, q) => allowedMove(labels[p], labels[q]));
  return {
    size: L,
    start: Uint8Array.from(labels, l => (allowedMove(undefined, l) ? 1 : 0)),
    predFrom: pred.from, preds: pred.to, predTrans: Int32Array.from(pred.to, (p, j) => p * L + pred.at[j]),
    succFrom: succ.from, succs: succ.to, succTrans: Int32Array.from(succ.to, (q, j) => succ.at[j] * L + q),
  };
}

/** Spans [from, to) of token indices with their types, read from a BIO sequence. */
export function decodeSpans(labels: ArrayLike<number>): { from: number; to: number; type: EntityType }[] {
  const out: { from: number; to: number; type: EntityType }[] = [];
  let open: { from: number; to: number; type: EntityType } | undefined;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    const t = labelType(l);
    if (open && (l === O || isBegin(l) || t !== open.type)) {
      out.push(open);
      open = undefined;
    }
    if (t && !open) open = { from: i, to: i + 1, type: t };
    else if (open) open.to = i + 1;
  }
  if (open) out.push(open);
  return out;
}
