// "UN chief", "Iran's foreign minister": a body and a title written where a name would be stand for
// the person the article names with both ("UN Secretary-General X", "Iranian Foreign Minister X").
// Events ("UN chief urges …") and quotes ("…," the UN chief said) ask this one resolver.
import type { Entity, Mention } from '../types';
import type { NameSources } from './sources';
import { alternation, capitalisable, lexicon } from '../lang/lexicon';

const words = lexicon<Record<string, string[]>>('en', 'event-words');
let subjectPattern: RegExp | undefined;
/** Group 1 the body's token, group 2 the title's modifiers, group 3 the title; at the end of the text read. */
function subjectAtEnd(): RegExp {
  subjectPattern ??= new RegExp(`(?:^|[\\s"“(])(\\p{Lu}[\\p{L}.-]*?)(?:['’]s)?\\s+((?:(?:${capitalisable(words.titleModifiers)})\\s+){0,2})(${capitalisable(words.titles)})\\s+$`, 'u');
  return subjectPattern;
}
/** Titles of a body's head, which a generic "UN chief" stands for. */
const HEAD_TITLE = new RegExp(`(?<![\\p{L}-])(?:${alternation(words.headTitles)})(?![\\p{L}-])`, 'iu');

export interface TitledSubject {
  /** The body's token as written (UN, Iran, Saudi). */
  body: string;
  /** Title modifiers, lower case (foreign, policy). */
  modifiers: string[];
  /** The title, lower case (chief, minister). */
  title: string;
}

/** The body and title that end `text` ("… the UN chief "), or null. */
export function titledSubjectAtEnd(text: string): TitledSubject | null {
  const t = subjectAtEnd().exec(text);
  return t ? { body: t[1], modifiers: t[2].toLowerCase().split(/\s+/).filter(Boolean), title: t[3].toLowerCase() } : null;
}

/**
 * The people an article names with titles, asked by body and title: the first person named with
 * the subject's title (for a generic head, any head's title), its modifiers and its body or the
 * body's demonym; null when there is none. One per article: each subject is resolved once.
 */
export class TitledPeople {
  private readonly found = new Map<string, string | null>();

  constructor(
    private readonly text: string, private readonly mentions: readonly Mention[], private readonly byId: ReadonlyMap<string, Entity>,
    private readonly sources: Pick<NameSources, 'countryByDemonym'>,
  ) {}

  person(s: TitledSubject): string | null {
    const key = `${s.body} ${s.modifiers.join(' ')} ${s.title}`;
    let id = this.found.get(key);
    if (id === undefined) {
      id = this.search(s);
      this.found.set(key, id);
    }
    return id;
  }

  private search(s: TitledSubject): string | null {
    const { text, sources } = this;
    const generic = words.genericTitles.includes(s.title);
    for (const m of this.mentions) {
      if (this.byId.get(m.entity)?.type !== 'PER') continue;
      // The title before the name ("UN envoy X") or in apposition after it ("X, the UN envoy,").
      const apposition = /^,\s+([^,.;:"“”]{1,40})/u.exec(text.slice(m.end, m.end + 45))?.[1] ?? '';
      const before = `${text.slice(Math.max(0, m.start - 40), m.start)} ${apposition}`;
      const lower = before.toLowerCase();
      // A generic head is a person written as the body's head: not its envoy, nor a person merely near its name.
      if (generic ? !HEAD_TITLE.test(before) : !lower.includes(s.title)) continue;
      // The modifiers tell offices apart: Iran's defence minister is not its foreign minister.
      if (s.modifiers.some(w => !lower.includes(w))) continue;
      const tokens = before.split(/[^\p{L}.-]+/u);
      if (tokens.includes(s.body) || tokens.some(w => /^\p{Lu}/u.test(w) && sources.countryByDemonym(w)?.nameEn === s.body)) return m.entity;
    }
    return null;
  }
}
