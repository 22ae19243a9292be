// First-order decoding over BIO labels. `trans` has (L + 1) rows: row L is the
// sentence start. Forbidden moves (O -> I-X) are never taken: each pass walks only
// the allowed moves, listed once per label set (see LabelMoves).
import { labelMoves, LABELS, type LabelMoves } from './labels';

/** The moves of the product's label set: what the tagger and training decode with unless told otherwise. */
const BIO_MOVES: LabelMoves = labelMoves(LABELS);

interface MoveScores {
  trans: Float32Array | Float64Array;
  pred: Float64Array;
  succ: Float64Array;
}

/**
 * The transition score of each listed move, in list order: the passes read them in sequence.
 * Kept for the table last seen with these moves (the tagger decodes every sentence with one
 * table), so a table is read once: callers that change scores pass a new table, as training does.
 */
const scoresOf = new WeakMap<LabelMoves, MoveScores>();

function moveScores(trans: Float32Array | Float64Array, moves: LabelMoves): MoveScores {
  let s = scoresOf.get(moves);
  if (s?.trans !== trans) {
    s = { trans, pred: Float64Array.from(moves.predTrans, at => trans[at]), succ: Float64Array.from(moves.succTrans, at => trans[at]) };
    scoresOf.set(moves, s);
  }
  return s;
}

/**
 * Best label sequence for emission scores `emit[i * L + label]`. Pass `score`
 * (n * L) to keep the best-path scores: they are the forward max-marginals
 * `margins` needs, so it need not compute them again. `back` (n * L or more)
 * and `out` (n or more, returned) may be reused buffers.
 */
export function viterbi(
  emit: Float32Array | Float64Array, n: number, trans: Float32Array | Float64Array, moves: LabelMoves = BIO_MOVES,
  score: Float64Array = new Float64Array(n * moves.size), back: Uint8Array = new Uint8Array(n * moves.size), out: Uint8Array = new Uint8Array(n),
): Uint8Array {
  const L = moves.size, { start, predFrom, preds } = moves;
  if (n === 0) return out;
  const moveScore = moveScores(trans, moves).pred;
  for (let q = 0; q < L; q++) score[q] = start[q] ? trans[L * L + q] + emit[q] : -Infinity;
  for (let i = 1; i < n; i++) {
    const row = i * L, prev = row - L;
    for (let q = 0; q < L; q++) {
      // Ties go to the lowest predecessor: the lists are in label order.
      let b = -Infinity, k = 0;
      for (let j = predFrom[q], end = predFrom[q + 1]; j < end; j++) {
        const p = preds[j];
        const s = score[prev + p] + moveScore[j];
        if (s > b) { b = s; k = p; }
      }
      score[row + q] = b + emit[row + q];
      back[row + q] = k;
    }
  }
  let best = -Infinity;
  const last = (n - 1) * L;
  out[n - 1] = 0;
  for (let q = 0; q < L; q++) if (score[last + q] > best) { best = score[last + q]; out[n - 1] = q; }
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]];
  return out;
}

/**
 * For each token from `from` on, how much the best path beats the best path that gives the
 * token any other label (max-marginals from a forward and a backward pass); the tagger asks
 * from a sentence's first name on, as only names carry a confidence.
 * `bwd` (n * L or more) and `out` (n or more) may be reused buffers; `out` is returned.
 */
export function margins(
  emit: Float32Array | Float64Array, n: number, trans: Float32Array | Float64Array, labels: Uint8Array, moves: LabelMoves = BIO_MOVES, forward?: Float64Array,
  bwd: Float64Array = new Float64Array(n * moves.size), out: Float64Array = new Float64Array(n), from = 0,
): Float64Array {
  const L = moves.size, { succFrom, succs } = moves;
  if (n === 0) return out;
  const moveScore = moveScores(trans, moves).succ;
  // The backward pass starts from zeros after the last token.
  bwd.fill(0, (n - 1) * L, n * L);
  // Viterbi's best-path scores are the forward max-marginals.
  const fwd = forward ?? new Float64Array(n * L);
  if (!forward) viterbi(emit, n, trans, moves, fwd);
  for (let i = n - 2; i >= from; i--) {
    const next = (i + 1) * L, row = i * L;
    for (let p = 0; p < L; p++) {
      let m = -Infinity;
      for (let j = succFrom[p], end = succFrom[p + 1]; j < end; j++) {
        const q = succs[j];
        const s = moveScore[j] + emit[next + q] + bwd[next + q];
        if (s > m) m = s;
      }
      bwd[row + p] = m;
    }
  }
  for (let i = from; i < n; i++) {
    let other = -Infinity;
    const row = i * L, label = labels[i];
    for (let q = 0; q < L; q++) {
      const s = fwd[row + q] + bwd[row + q];
      if (q !== label && s > other) other = s;
    }
    out[i] = fwd[row + label] + bwd[row + label] - other;
  }
  return out;
}
