// Bodies whose bare name is also an ordinary word (القاعدة: al-Qaeda, the base, the rule). The
// knowledge base lists only their longer names (تنظيم القاعدة), which are safe; the bare word is
// the body where its members or leaders are named in construct with it (زعيم القاعدة، قيادي في
// القاعدة، عضو بالقاعدة) or where it is joined by و to another organisation (طالبان والقاعدة).
// An adjective after it (القاعدة العسكرية) makes it the ordinary noun again.
// Football clubs named bare by a word (الهلال، النصر، الاتحاد) are the club only in a match's or a
// team's words (لاعب الهلال، فاز النصر على التعاون): elsewhere the crescent, victory, a union. Where
// the word is only an ordinary word and the article names no match, a tagger's organisation there
// is the word (الاتفاق النووي).
import { organisationKinds } from '../lang/lexicon';
import type { ArticleContext } from '../text/context';
import { matchKey } from '../text/normalize';
import { nameCandidate, type NameCandidate } from './candidate';
import { isStopWord, KeyTest } from './lexicon';
import { gapAfter, lazyReadingFilter, readingsAt, tokenIndexAt } from './token-view';

interface Lists {
  names: Map<string, string>;
  cues: Set<string>;
  links: Set<string>;
  /** Club word -> its other sense (word, body, place). */
  clubs: Map<string, string>;
  clubCues: Set<string>;
  /** Two-word phrases, as word keys joined by a space, in which a club word is the ordinary word. */
  clubWordPhrases: Set<string>;
}
let lists: Lists | undefined;
const words = (): Lists =>
  (lists ??= {
    names: new Map((organisationKinds().wordNames?.entries ?? []).map(([name, id]) => [matchKey(name), id])),
    cues: new Set((organisationKinds().memberCues?.entries ?? []).map(matchKey)),
    links: new Set((organisationKinds().memberLinks?.entries ?? []).map(matchKey)),
    clubs: new Map((organisationKinds().clubWordNames?.entries ?? []).map(([name, sense]) => [matchKey(name), sense])),
    clubCues: new Set((organisationKinds().clubCues?.entries ?? []).map(matchKey)),
    clubWordPhrases: new Set((organisationKinds().clubWordPhrases?.entries ?? []).map(p => p.split(' ').map(matchKey).join(' '))),
  });

/** Whether token j is a member or leader noun (with or without a proclitic). */
// A cheap test before a token's readings: almost no token is a word name.
const nameCue = new KeyTest(lazyReadingFilter(() => [...words().names.keys(), ...words().clubs.keys()]));
const clubCue = new KeyTest(lazyReadingFilter(() => words().clubCues));

/** How many words a match's or team's word may stand from a bare club word, in its sentence. */
const CLUB_REACH = 5;

const clubCueAt = (ctx: ArticleContext, j: number): boolean => clubCue.at(ctx, j) && readingsAt(ctx, j).some(r => words().clubCues.has(r.key));

/** Whether a club cue stands within CLUB_REACH words of token i, no sentence or quote mark between. */
function nearClubCue(ctx: ArticleContext, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - CLUB_REACH && gapAfter(ctx, j) !== 'break'; j--) if (clubCueAt(ctx, j)) return true;
  for (let j = i + 1; j < ctx.tokens.length && j <= i + CLUB_REACH && gapAfter(ctx, j - 1) !== 'break'; j++) if (clubCueAt(ctx, j)) return true;
  return false;
}

/** Whether token i (club word `key`) and the word before or after it make one of clubWordPhrases (بالتعاون مع). */
function inOrdinaryPhrase(ctx: ArticleContext, i: number, next: number, key: string): boolean {
  const { tokens } = ctx;
  const { clubWordPhrases } = words();
  return (next >= 0 && readingsAt(ctx, i).some(x => clubWordPhrases.has(`${x.key} ${tokens[next].key}`))) ||
    (i > 0 && gapAfter(ctx, i - 1) === 'space' && readingsAt(ctx, i - 1).some(x => clubWordPhrases.has(`${x.key} ${key}`) || clubWordPhrases.has(`${x.key} ${tokens[i].key}`)));
}

/** Whether any club cue stands in the article. */
function namesAMatch(ctx: ArticleContext): boolean {
  for (let j = 0; j < ctx.tokens.length; j++) if (clubCueAt(ctx, j)) return true;
  return false;
}

const memberAt = (ctx: ArticleContext, j: number): boolean => j >= 0 && gapAfter(ctx, j) === 'space' && readingsAt(ctx, j).some(r => words().cues.has(r.key));

export function wordNamedBodies(ctx: ArticleContext, found: NameCandidate[]): NameCandidate[] {
  const { tokens } = ctx;
  const { names, clubs } = words();
  if (!names.size && !clubs.size) return found;
  const owner = new Int32Array(tokens.length).fill(-1);
  found.forEach((c, n) => {
    for (let i = tokenIndexAt(tokens, c.start); i < tokens.length && tokens[i].start < c.end; i++) owner[i] = n;
  });
  const org = (j: number): boolean => j >= 0 && j < tokens.length && owner[j] >= 0 && found[owner[j]].type === 'ORG';
  const more: NameCandidate[] = [];
  let dropped: Set<NameCandidate> | undefined;
  let match: boolean | undefined;
  for (let i = 0; i < tokens.length; i++) {
    // An owned token matters only under a tagger's organisation (below); the owner test is the cheap one.
    const o = owner[i];
    if ((o >= 0 && (found[o].source !== 'model' || found[o].type !== 'ORG')) || !nameCue.at(ctx, i)) continue;
    const r = readingsAt(ctx, i).find(x => names.has(x.key) || clubs.has(x.key));
    if (!r) continue;
    const start = tokens[i].start + r.offset;
    if (o >= 0) {
      // A tagger's organisation over exactly a club word that is elsewhere an ordinary word, in an article naming no match.
      const c = found[o];
      if (c.start === start && c.end === tokens[i].end && clubs.get(r.key) === 'word' && !(match ??= namesAMatch(ctx))) (dropped ??= new Set()).add(c);
      continue;
    }
    const next = i + 1 < tokens.length && gapAfter(ctx, i) === 'space' ? i + 1 : -1;
    // An article word after it describes the ordinary noun (القاعدة العسكرية); إلى only looks like one.
    if (next >= 0 && owner[next] < 0 && tokens[next].key.startsWith('ال') && !isStopWord(tokens[next].key)) continue;
    if (clubs.has(r.key)) {
      // The cue test first: most club words (التعاون، الاتفاق) stand in no match's words.
      if (nearClubCue(ctx, i) && !inOrdinaryPhrase(ctx, i, next, r.key)) more.push(nameCandidate({ start, end: tokens[i].end, type: 'ORG', subtype: 'club', confidence: 0.8, source: 'rule' }));
      continue;
    }
    const joined = (r.split && tokens[i].key.startsWith('و') && i > 0 && gapAfter(ctx, i - 1) === 'space' && org(i - 1)) || (next >= 0 && tokens[next].key.startsWith('و') && org(next));
    const member = memberAt(ctx, i - 1) || (i > 1 && words().links.has(tokens[i - 1].key) && memberAt(ctx, i - 2));
    if (!joined && !member) continue;
    more.push(nameCandidate({ start, end: tokens[i].end, type: 'ORG', kbId: names.get(r.key), confidence: 0.8, source: 'rule' }));
  }
  const kept = dropped ? found.filter(c => !dropped.has(c)) : found;
  return more.length ? byStart(kept, more) : kept;
}

/** Two lists that each run by start, merged into one that does. */
function byStart(a: readonly NameCandidate[], b: readonly NameCandidate[]): NameCandidate[] {
  const out: NameCandidate[] = [];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i].start <= b[j].start) ? a[i++] : b[j++]);
  return out;
}
