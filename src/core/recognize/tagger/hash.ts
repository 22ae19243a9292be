// Integer feature hashing: a feature is (template, value hash) mixed into a
// bucket, so the hot loop never concatenates strings. Value hashes: text/hash.ts.

/** Mixes a template id with one or two value hashes (murmur3 finaliser). */
export function mix(template: number, a: number, b = 0): number {
  return mixBits(template, a, b) >>> 0;
}

/**
 * mix(template, a, b) & mask, for a mask below 2^30: a small integer, where an
 * unsigned 32-bit result is a heap number each time a call is not inlined
 * (millions per article on the per-token path).
 */
export function mixMasked(template: number, a: number, b: number, mask: number): number {
  return mixBits(template, a, b) & mask;
}

function mixBits(template: number, a: number, b: number): number {
  let h = Math.imul(template + 1, 0x9e3779b1) ^ a;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h ^= Math.imul(b + 0x27d4eb2f, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}
