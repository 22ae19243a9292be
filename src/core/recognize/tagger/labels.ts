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

export function isBegin(label: number): boolean {
  return label % 2 === 1;
}

export function labelType(label: number): EntityType | undefined {
  if (label === O) return undefined;
  return (['PER', 'LOC', 'ORG'] as const)[(label - 1) >> 1];
}

/** I-X may only continue B-X or I-X: decoding never produces a dangling inside tag. */
export function allowedTransition(prev: number, next: number): boolean {
  if (next === O || isBegin(next)) return true;
  return prev !== O && labelType(prev) === labelType(next);
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
