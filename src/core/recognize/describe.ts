// What the text says about a person: the title phrase right before a mention
// (الرئيس الروسي فلاديمير بوتين → "President of Russia"). A counterpart
// (ونظيره الفرنسي إيمانويل ماكرون) holds the office of the person the sentence
// named just before, in the counterpart's country.
import type { ArticleContext } from '../text/context';
import type { Span } from '../types';
import type { Title } from './lexicon';
import { describeTitle, readTitleAt, withArticle, type NisbaLookup, type TitlePhrase } from './titles';
import { tokenIndexAt } from './token-view';

/** How far back from a name a title may start, in tokens (title, nisba, organisation). */
const LOOK_BACK = 7;

export interface PersonTitle {
  /** The title phrase as written, e.g. "الرئيس الروسي" (an alias of the person). */
  text: string;
  /** "President of Russia", when the title names an office. */
  description?: string;
  /** The office, for counterparts that follow. */
  office?: Title;
  /** نظيره: the phrase is no alias of the person (it names them only relative to another). */
  counterpart: boolean;
}

/** A title phrase before a person, and the organisation named between them, if any. */
export interface TitleBefore extends TitlePhrase {
  /** Offsets between the title and the name (المتحدث باسم [الكرملين] ديمتري بيسكوف). */
  between?: Span;
}

/** The title phrase that introduces the mention starting at `start`, if any. */
function titleBefore(ctx: ArticleContext, start: number, nisbaOf: NisbaLookup): TitleBefore | undefined {
  const { tokens } = ctx;
  const at = tokenIndexAt(tokens, start);
  for (let j = at - 1; j >= 0 && at - j <= LOOK_BACK; j--) {
    const phrase = readTitleAt(ctx, j, nisbaOf);
    if (!phrase) continue;
    if (phrase.next === at) return phrase;
    // An organisation may sit between the title and the name (المتحدث باسم الكرملين، الأمين العام للأمم المتحدة).
    if (phrase.next < at) return { ...phrase, between: { start: tokens[phrase.next].start, end: tokens[at - 1].end } };
    return undefined;
  }
  return undefined;
}

function within(spans: readonly Span[], offset: number): Span | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else if (spans[mid].start > offset) hi = mid - 1;
    else return spans[mid];
  }
  return undefined;
}

/** English name of what the text names inside a span, if anything. */
export type NameInside = (span: Span) => string | undefined;

/**
 * Titles of person mentions (sorted by start), keyed by mention index.
 * Counterparts inherit the office of the last titled person in the same sentence.
 */
export function personTitles(ctx: ArticleContext, starts: readonly number[], nisbaOf: NisbaLookup, nameInside: NameInside): Map<number, PersonTitle> {
  const out = new Map<number, PersonTitle>();
  let lastOffice: { title: Title; sentence?: Span } | undefined;
  starts.forEach((start, k) => {
    const phrase = titleBefore(ctx, start, nisbaOf);
    if (!phrase) return;
    const org = phrase.between && nameInside(phrase.between);
    // Words between a title and a name that name nothing: no title of this person.
    if (phrase.between && !org) return;
    const sentence = within(ctx.sentences, start);
    if (phrase.title.kind === 'counterpart') {
      const office = lastOffice && lastOffice.sentence === sentence ? lastOffice.title : undefined;
      out.set(k, { text: phrase.text, description: office ? describeTitle(office, phrase.country) : undefined, office, counterpart: true });
      return;
    }
    const posted = phrase.between && /^لد[ىي]\s/.test(ctx.text.slice(phrase.between.start, phrase.between.end));
    const description = !org
      ? describeTitle(phrase.title, phrase.country)
      : posted
        ? `${describeTitle(phrase.title, phrase.country)} to ${withArticle(org)}`
        : phrase.title.kind === 'spokesperson'
          ? `Spokesperson for ${withArticle(org)}`
          : `${phrase.title.en} of ${withArticle(org)}`;
    if (phrase.title.kind === 'office') lastOffice = { title: phrase.title, sentence };
    out.set(k, { text: phrase.text, description, office: phrase.title.kind === 'office' ? phrase.title : undefined, counterpart: false });
  });
  return out;
}
