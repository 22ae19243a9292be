// A given name that folds into a function word: علي (Ali) and the preposition على share a key,
// and the tagger, trained on folded words, reads the name as the preposition. Written with ي in
// an article that writes the preposition with ى, and followed by a surname, it is the person.
import type { ArticleContext } from '../text/context';
import { functionWords } from '../lang/lexicon';
import { matchKey } from '../text/normalize';
import { nameCandidate, type NameCandidate } from './candidate';
import { KeyTest } from './lexicon';
import { isMaksuraTwin } from './maksura';
import { personAfter } from './person-span';
import type { RuleEvidence } from './rules';
import { gapAfter } from './token-view';

let names: Map<string, string> | undefined;
/** Each twin name's key, and the function word as written with ى (علي → على). */
const twinNames = (): Map<string, string> =>
  (names ??= new Map(functionWords().maksuraNames.entries.map(name => [matchKey(name), name.slice(0, -1) + 'ى'])));

const twinCue = new KeyTest(key => twinNames().has(key));

/** A surname the name takes only with evidence: a known name word, or an article word ending in a nisba ي (الحجيري). */
const NISBA_SURNAME = /^ال.+ي$/;

/** علي before a surname (علي الحجيري، «علي سلامة»), where the article tells the name from the preposition by its letter. */
export function twinNamedPersons(ctx: ArticleContext, ev: RuleEvidence, out: NameCandidate[]): void {
  const { tokens, text } = ctx;
  // Whether the article writes each function word with ى, asked once per article.
  const written = new Map<string, boolean>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!twinCue.at(ctx, i) || ev.isTaggedPerson(i) || !isMaksuraTwin(ctx, i)) continue;
    const word = twinNames().get(tokens[i].key)!;
    if (!written.has(word)) written.set(word, text.includes(word));
    if (!written.get(word)) continue;
    // A middle name (محمد علي الحوثي) belongs to the name before it.
    if (i > 0 && gapAfter(ctx, i - 1) === 'space' && ev.isNameToken(i - 1)) continue;
    const p = personAfter(ctx, i, ev, false);
    if (!p || p.to - p.from < 2) continue;
    // Quote marks around just the name (الطفل «علي سلامة») say it is one.
    const quoted = /[«"“]\s*$/.test(text.slice(i > 0 ? tokens[i - 1].end : 0, tokens[i].start)) && /^\s*[»"”]/.test(text.slice(tokens[p.to - 1].end, tokens[p.to]?.start ?? text.length));
    if (p.evidence < 2 && !NISBA_SURNAME.test(tokens[i + 1].key) && !quoted) continue;
    out.push(nameCandidate({ start: tokens[i].start, end: tokens[p.to - 1].end, type: 'PER', confidence: 0.75, source: 'rule' }));
    i = p.to - 1;
  }
}
