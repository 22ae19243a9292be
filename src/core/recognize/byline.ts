// A report's byline or dateline opens its first sentence, its parts joined by dashes and closed by a
// colon or glued to the body (فلان- الوكالة- المدينة: …، الوكالة- المدينة: …، فلان – المدينة أعلن …).
// Its names are the writer, the agency and where the report was filed: never the subject of the
// body's verbs, which a search back to the sentence start would otherwise take.
// Punctuation only (dashes, the colon), no word list: read in a handful of words at the sentence start.
import type { Discourse } from './discourse';

const DASH = /[-–—]/;
/** Punctuation that no byline holds before its first dash (a comma or stop: a clause has begun). */
const CLAUSE_MARK = /[.،,؛:"«»()!?؟/]/;
/** The first dash stands within this many words of the sentence start. */
const LEAD = 4;
/** A byline has at most this many dash-joined parts after the first (writer- outlet- place). */
const PARTS = 3;
/** An aside between dashes closes within this many words of where it opened. */
const ASIDE = 5;

/** The word after the part starting at word j: past the name there, else past the one word. */
function partEnd(d: Discourse, j: number, end: number): number {
  const m = d.mentionAt[j];
  let k = j + 1;
  if (m) while (k < end && d.words[k].start < m.end) k++;
  return k;
}

/**
 * The first word of sentence s after a byline that opens it, or the sentence's first word when none
 * does. A byline starts with one name, or with words no name starts in (الوكالة- …), and its first
 * dash comes within a few words, with no other punctuation before it.
 */
export function bodyStart(d: Discourse, s: number): number {
  const a = d.sentenceStart[s];
  const end = d.sentenceStart[s + 1];
  let k = a + 1;
  for (; k < end && k <= a + LEAD && !DASH.test(d.words[k].gap); k++) if (CLAUSE_MARK.test(d.words[k].gap)) return a;
  if (k >= end || k > a + LEAD || CLAUSE_MARK.test(d.words[k].gap.replace(DASH, ''))) return a;
  const lead = d.mentionAt[a];
  if (lead ? d.words[k - 1].end > lead.end || d.words[a].start !== lead.start : d.mentionAt.slice(a + 1, k).some(Boolean)) return a;
  let j = k;
  for (let p = 0; p < PARTS && j < end; p++) {
    j = partEnd(d, j, end);
    if (j >= end || !DASH.test(d.words[j].gap) || CLAUSE_MARK.test(d.words[j].gap)) break;
  }
  if (j >= end || /:/.test(d.words[j].gap)) return Math.min(j, end);
  // With no colon, a dash soon after closes an aside instead (الشرطة - بحسب صحيفة X - أحبطت): no byline.
  for (let q = j + 1; q < end && q <= j + ASIDE; q++) if (DASH.test(d.words[q].gap)) return a;
  return j;
}

/** First word of word j's sentence for a search back from j: past a byline that opens it, unless j is in it. */
export function bodyFirst(d: Discourse, j: number): number {
  const s = d.words[j].sentence;
  const body = bodyStart(d, s);
  return body <= j ? body : d.sentenceStart[s];
}
