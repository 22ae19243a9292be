// The one binary search the recognisers and views share: over anything sorted, by a predicate.
import type { Span } from '../types';

/**
 * The first index in [0, n) where `before(i)` is false, given that it is true for a prefix of
 * the indices and false after it (n when it is true everywhere).
 */
export function partitionPoint(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a span overlaps any of `spans`: a binary search over their starts, not a scan per question. */
export function overlapTest(spans: readonly Span[]): (c: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // reach[k]: the furthest end among the first k + 1 spans.
  const reach = new Float64Array(sorted.length);
  sorted.forEach((s, k) => (reach[k] = Math.max(s.end, k ? reach[k - 1] : -Infinity)));
  return c => {
    const lo = partitionPoint(sorted.length, k => sorted[k].start < c.end);
    return lo > 0 && reach[lo - 1] > c.start;
  };
}
