// The one binary search the recognisers and views share: over anything sorted, by a predicate.

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
