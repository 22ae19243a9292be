// Matching folds ى into ي, so the name علي and the preposition على share a key;
// the letter as written tells them apart.
import type { ArticleContext } from '../text/context';
import { functionWords } from '../lang/lexicon';
import { matchKey } from '../text/normalize';

let maksuraWords: Set<string> | undefined;
/** Keys of function words written with a final ى. */
const MAKSURA_WORDS = (): Set<string> => (maksuraWords ??= new Set(functionWords().maksuraWords.entries.map(matchKey)));

/** True for token i written with ي whose key is a ى function word's (علي the name, not على). */
export function isMaksuraTwin(ctx: ArticleContext, i: number): boolean {
  const tok = ctx.tokens[i];
  return MAKSURA_WORDS().has(tok.key) && /ي[\u064b-\u0652]*$/.test(tok.text);
}
