// The tagger's weights kept only for buckets that hold one. About one bucket in
// ten does: packed, the weights take 1.4 MB instead of 15 MB and stay in the
// processor's cache, where every token's pair features look them up at random.
//
// A bucket's place among the packed ones is its rank: the buckets in use before
// it, read from a bitmap word and the running count stored beside that word.

/** Per 32 buckets, two words: the bitmap of those in use, then how many are in use before them. */
export type BucketIndex = Uint32Array;

export interface PackedWeights {
  index: BucketIndex;
  /** `labels` int8 weights per bucket in use, in bucket order. */
  weights: Int8Array;
}

/** Set bits of a 32-bit word. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Offset of bucket `id`'s weights in the packed array, or -1 when the bucket holds none. */
export function packedOffset(index: BucketIndex, id: number, labels: number): number {
  const w = (id >>> 5) << 1;
  const bits = index[w];
  const bit = id & 31;
  if (!((bits >>> bit) & 1)) return -1;
  return (index[w + 1] + popcount(bits & ((1 << bit) - 1))) * labels;
}

/**
 * Reads the stored form (base64 of varint gaps between non-zero weights, each
 * followed by its int8 value; see encodeWeights) for `buckets` buckets of
 * `labels` weights, straight into the packed layout.
 */
export function decodePacked(b64: string, buckets: number, labels: number): PackedWeights {
  const bytes = Buffer.from(b64, 'base64');
  const index = new Uint32Array(((buckets + 31) >>> 5) << 1);
  // Pass 1: which buckets are in use.
  let pos = -1;
  for (let k = 0; k < bytes.length; k++) {
    let gap = 0, shift = 0, b: number;
    do { b = bytes[k++]; gap |= (b & 0x7f) << shift; shift += 7; } while (b & 0x80);
    pos += gap + 1;
    const bucket = (pos / labels) | 0;
    index[(bucket >>> 5) << 1] |= 1 << (bucket & 31);
  }
  let used = 0;
  for (let w = 0; w < index.length; w += 2) {
    index[w + 1] = used;
    used += popcount(index[w]);
  }
  // Pass 2: the values, at their bucket's packed offset.
  const weights = new Int8Array(used * labels);
  pos = -1;
  for (let k = 0; k < bytes.length; ) {
    let gap = 0, shift = 0, b: number;
    do { b = bytes[k++]; gap |= (b & 0x7f) << shift; shift += 7; } while (b & 0x80);
    pos += gap + 1;
    const bucket = (pos / labels) | 0;
    weights[packedOffset(index, bucket, labels) + (pos - bucket * labels)] = (bytes[k++] << 24) >> 24;
  }
  return { index, weights };
}
