// "His country" (بلاده) as a subject is the country of the person it refers to, and news names
// that country in the person's title by its nisba (وزير الخارجية الكندي فلان): read it there.
// The other way round, "its president" (رئيسها) is the person whose title names the country so.
import { isTitleWord, type Discourse } from '../recognize/discourse';
import { bareNoun } from '../recognize/body-references';
import { wordKey } from '../recognize/word-key';
import { titles } from '../lang/lexicon';
import { oneClause, relativeSubject } from './roles';
import type { EventFrame } from './triggers';

let titleNouns: Set<string> | undefined;
/** The possessive endings of a title (رئيسها، وزيره): morphology, not a word class. */
const POSSESSIVE = /^(.{3,}?)(?:ها|ه|هم)$/;

/** The title a word names with a possessive pronoun (رئيسها → رئيس), or undefined. */
function possessiveTitle(d: Discourse, j: number): string | undefined {
  titleNouns ??= new Set(titles().clauseWords.entries.map(w => bareNoun(wordKey(w))));
  const stem = POSSESSIVE.exec(d.words[j]?.key ?? '')?.[1];
  return stem && titleNouns.has(stem) ? stem : undefined;
}

/** Per article: "title|country entity" -> the first person titled so (الرئيس النيجيري فلان), built once: a long text may ask often. */
const holders = new WeakMap<Discourse, Map<string, string>>();

/** The person whose title run names both `title` and, by its nisba, `country` (for رئيسها after Nigeria), if any. */
function titleHolder(d: Discourse, entityByKbId: ReadonlyMap<string, string>, title: string, country: string): string | undefined {
  let index = holders.get(d);
  if (!index) {
    index = new Map();
    for (let j = 0; j < d.words.length; j++) {
      const m = d.mentionAt[j];
      if (!m || m.type !== 'PER') continue;
      const run: string[] = [];
      const countries: string[] = [];
      for (let q = j - 1; q >= 0 && q >= j - 4 && isTitleWord(d, q) && oneClause(d, q, j); q--) {
        run.push(bareNoun(d.words[q].key));
        const id = entityByKbId.get(d.sources.nisbaOf(d.words[q].text)?.id ?? '');
        if (id) countries.push(id);
      }
      for (const t of run) for (const c of countries) if (!index.has(`${t}|${c}`)) index.set(`${t}|${c}`, m.entity);
    }
    holders.set(d, index);
  }
  return index.get(`${title}|${country}`);
}

/**
 * Person entity id -> the entity of the country a nisba in the title run before one of the
 * person's mentions names (only countries the article names: `entityByKbId`). One scan per
 * article: a long text may say بلاده thousands of times.
 */
export function personCountries(d: Discourse, entityByKbId: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (let j = 0; j < d.words.length; j++) {
    const m = d.mentionAt[j];
    if (!m || m.type !== 'PER' || out.has(m.entity)) continue;
    for (let q = j - 1; q >= 0 && q >= j - 4 && isTitleWord(d, q) && oneClause(d, q, j); q--) {
      const id = entityByKbId.get(d.sources.nisbaOf(d.words[q].text)?.id ?? '');
      if (id) {
        out.set(m.entity, id);
        break;
      }
    }
  }
  return out;
}

/**
 * A title with a pronoun right after the verb (نيجيريا التي حذر رئيسها): the person the article titles so for
 * the country the pronoun refers to, the relative clause's antecedent or the last name before the verb.
 */
export function titleSubject(d: Discourse, f: EventFrame, first: number, entityByKbId: ReadonlyMap<string, string>, isPlace: (id: string) => boolean): string | undefined {
  const title = f.participle ? undefined : possessiveTitle(d, f.head + 1);
  if (!title || !oneClause(d, f.head, f.head + 1)) return undefined;
  let owner = relativeSubject(d, f)?.entity;
  for (let j = f.from - 1; !owner && j >= first; j--) owner = d.mentionAt[j]?.entity;
  return owner && isPlace(owner) ? titleHolder(d, entityByKbId, title, owner) : undefined;
}
