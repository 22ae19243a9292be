// Reads a title phrase at a token: the title words (الرئيس، وزير الخارجية،
// نظيره…), an optional nisba (الروسي) and an optional comma. The name rules
// read forward from it; coreference reads it back from a mention to describe
// the person.
import type { ArticleContext } from '../text/context';
import { KeyTest, MAX_TITLE_TOKENS, titleFirstWords as firstWords, titleLexicon, titleModifiers, type Title } from './lexicon';
import { gapAfter, readingFilter, readingsAt } from './token-view';
import { lexicon } from '../lang/lexicon';

/** A country a nisba adjective points to. */
export interface Country {
  id: string;
  nameEn: string;
  /** English adjective (Saudi, Israeli): bodies are named with it as English news names them. */
  demonym?: string;
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

let cue: ((key: string) => boolean) | undefined;
const titleCue = new KeyTest(key => (cue ??= readingFilter(firstWords()))(key));

/** Title words starting at token i (longest title), read after any proclitic. */
function titleWordsAt(ctx: ArticleContext, i: number, unsplitOnly: boolean): { title: Title; last: number; start: number } | undefined {
  if (!titleCue.at(ctx, i)) return undefined;
  const { tokens } = ctx;
  const lex = titleLexicon();
  for (const r of readingsAt(ctx, i)) {
    if (unsplitOnly && r.split) break;
    if (!firstWords().has(r.key)) continue;
    let key = r.key;
    let found: { title: Title; last: number; start: number } | undefined;
    for (let j = i; j < tokens.length && j - i < MAX_TITLE_TOKENS; j++) {
      if (j > i) {
        if (gapAfter(ctx, j - 1) !== 'space') break;
        key += ' ' + tokens[j].key;
      }
      const t = lex.get(key);
      if (t && t.length === j - i + 1) found = { title: t, last: j, start: tokens[i].start + r.offset };
    }
    if (found) return found;
  }
  return undefined;
}


/**
 * The title phrase starting at token i, or undefined: title words, then any
 * nisba, modifier or second title (العاهل الأردني الملك، المستشارة الألمانية السابقة).
 */
export function readTitleAt(ctx: ArticleContext, i: number, nisbaOf: NisbaLookup): TitlePhrase | undefined {
  const { tokens } = ctx;
  const found = titleWordsAt(ctx, i, false);
  if (!found) return undefined;
  let { title, last } = found;
  let country: Country | undefined;
  for (let steps = 0; steps < 4 && gapAfter(ctx, last) === 'space' && last + 1 < tokens.length; steps++) {
    const key = tokens[last + 1].key;
    const nisba = country ? undefined : nisbaOf(key);
    if (nisba) country = nisba;
    else if (!titleModifiers().has(key)) {
      const more = titleWordsAt(ctx, last + 1, true);
      if (!more) break;
      if (title.kind === 'honorific') title = more.title;
      last = more.last;
      continue;
    }
    last++;
  }
  const end = tokens[last].end;
  const next = gapAfter(ctx, last) === 'break' ? tokens.length : last + 1;
  return { title, start: found.start, end, country, next, text: ctx.text.slice(found.start, end) };
}

let definite: RegExp | undefined;
/** Names English writes with "the" (the United States, the Kremlin, the Ministry of …): media/lang/en/definite-names.json. */
export function withArticle(country: string): string {
  if (!definite) {
    const names = lexicon<{ starts: string[]; words: string[] }>('en', 'definite-names');
    definite = new RegExp(`^(?:${names.starts.join('|')})|${names.words.join('|')}`);
  }
  return definite.test(country) && !/^the /i.test(country)
    ? `the ${country}`
    : country;
}

/** English description from a title and country: "President of Russia". */
export function describeTitle(title: Title, country?: Country): string | undefined {
  if (title.kind === 'counterpart' || title.kind === 'honorific' || title.kind === 'spokesperson') return undefined;
  return country ? `${title.en} of ${withArticle(country.nameEn)}` : title.en;
}

/**
 * A nisba without the article after a name word is a family name (جون كندي، سامي مصري): an
 * adjective of a name, which is definite, would carry ال (جون الكندي). Singular masculine
 * only: the plural and feminine forms name no family.
 */
export function isSurnameNisba(key: string, nisbaOf: NisbaLookup): boolean {
  return !key.startsWith('ال') && key.endsWith('ي') && !!nisbaOf(key);
}
