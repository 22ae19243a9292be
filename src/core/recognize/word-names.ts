// Bodies whose bare name is also an ordinary word (القاعدة: al-Qaeda, the base, the rule). The
// knowledge base lists only their longer names (تنظيم القاعدة), which are safe; the bare word is
// the body where its members or leaders are named in construct with it (زعيم القاعدة، قيادي في
// القاعدة، عضو بالقاعدة) or where it is joined by و to another organisation (طالبان والقاعدة).
// An adjective after it (القاعدة العسكرية) makes it the ordinary noun again.
import { organisationKinds } from '../lang/lexicon';
import type { ArticleContext } from '../text/context';
import { matchKey } from '../text/normalize';
import { nameCandidate, type NameCandidate } from './candidate';
import { KeyTest } from './lexicon';
import { gapAfter, lazyReadingFilter, readingsAt, tokenIndexAt } from './token-view';

interface Lists {
  names: Map<string, string>;
  cues: Set<string>;
  links: Set<string>;
}
let lists: Lists | undefined;
const words = (): Lists =>
  (lists ??= {
    names: new Map((organisationKinds().wordNames?.entries ?? []).map(([name, id]) => [matchKey(name), id])),
    cues: new Set((organisationKinds().memberCues?.entries ?? []).map(matchKey)),
    links: new Set((organisationKinds().memberLinks?.entries ?? []).map(matchKey)),
  });

/** Whether token j is a member or leader noun (with or without a proclitic). */
// A cheap test before a token's readings: almost no token is a word name.
const nameCue = new KeyTest(lazyReadingFilter(() => words().names.keys()));

const memberAt = (ctx: ArticleContext, j: number): boolean => j >= 0 && gapAfter(ctx, j) === 'space' && readingsAt(ctx, j).some(r => words().cues.has(r.key));

export function wordNamedBodies(ctx: ArticleContext, found: NameCandidate[]): NameCandidate[] {
  const { tokens } = ctx;
  const { names } = words();
  if (!names.size) return found;
  const owner = new Int32Array(tokens.length).fill(-1);
  found.forEach((c, n) => {
    for (let i = tokenIndexAt(tokens, c.start); i < tokens.length && tokens[i].start < c.end; i++) owner[i] = n;
  });
  const org = (j: number): boolean => j >= 0 && j < tokens.length && owner[j] >= 0 && found[owner[j]].type === 'ORG';
  const more: NameCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (owner[i] >= 0 || !nameCue.at(ctx, i)) continue;
    const r = readingsAt(ctx, i).find(x => names.has(x.key));
    if (!r) continue;
    const next = i + 1 < tokens.length && gapAfter(ctx, i) === 'space' ? i + 1 : -1;
    if (next >= 0 && owner[next] < 0 && tokens[next].key.startsWith('ال')) continue;
    const joined = (r.split && tokens[i].key.startsWith('و') && i > 0 && gapAfter(ctx, i - 1) === 'space' && org(i - 1)) || (next >= 0 && tokens[next].key.startsWith('و') && org(next));
    const member = memberAt(ctx, i - 1) || (i > 1 && words().links.has(tokens[i - 1].key) && memberAt(ctx, i - 2));
    if (!joined && !member) continue;
    more.push(nameCandidate({ start: tokens[i].start + r.offset, end: tokens[i].end, type: 'ORG', kbId: names.get(r.key), confidence: 0.8, source: 'rule' }));
  }
  return more.length ? [...found, ...more].sort((a, b) => a.start - b.start) : found;
}
