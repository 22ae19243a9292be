// Reads a title phrase at a token: the title words (الرئيس، وزير الخارجية،
// نظيره…), an optional nisba (الروسي) and an optional comma. The name rules
// read forward from it; coreference reads it back from a mention to describe
// the person.
import type { ArticleContext } from '../text/context';
import { MAX_TITLE_TOKENS, titleFirstWords as firstWords, titleLexicon, type Title } from './lexicon';
import { gapAfter, readingsAt } from './token-view';

/** A country a nisba adjective points to. */
export interface Country {
  id: string;
  nameEn: string;
}
export type NisbaLookup = (key: string) => Country | undefined;

export interface TitlePhrase {
  title: Title;
  /** Offset where the title starts (after any proclitic: ونظيره → نظيره). */
  start: number;
  /** Offset after the title words and nisba. */
  end: number;
  country?: Country;
  /** Token index after the phrase (and after a comma that follows it). */
  next: number;
  /** Text of the title and nisba, e.g. "الرئيس الروسي". */
  text: string;
}

/** The title phrase starting at token i, or undefined. */
export function readTitleAt(ctx: ArticleContext, i: number, nisbaOf: NisbaLookup): TitlePhrase | undefined {
  const { tokens } = ctx;
  const lex = titleLexicon();
  for (const r of readingsAt(ctx, i)) {
    if (!firstWords().has(r.key)) continue;
    let key = r.key;
    let found: { title: Title; last: number } | undefined;
    for (let j = i; j < tokens.length && j - i < MAX_TITLE_TOKENS; j++) {
      if (j > i) {
        if (gapAfter(ctx, j - 1) !== 'space') break;
        key += ' ' + tokens[j].key;
      }
      const t = lex.get(key);
      if (t && t.length === j - i + 1) found = { title: t, last: j };
    }
    if (!found) continue;
    let last = found.last;
    let country: Country | undefined;
    if (gapAfter(ctx, last) === 'space' && last + 1 < tokens.length) {
      country = nisbaOf(tokens[last + 1].key);
      if (country) last++;
    }
    const end = tokens[last].end;
    const next = gapAfter(ctx, last) === 'break' ? tokens.length : last + 1;
    return { title: found.title, start: r.start, end, country, next, text: ctx.text.slice(r.start, end) };
  }
  return undefined;
}

/** English description from a title and country: "President of Russia". */
export function describeTitle(title: Title, country?: Country): string | undefined {
  if (title.kind === 'counterpart' || title.kind === 'honorific' || title.kind === 'spokesperson') return undefined;
  return country ? `${title.en} of ${country.nameEn}` : title.en;
}
