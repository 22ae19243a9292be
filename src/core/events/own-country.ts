// "His country" (بلاده) as a subject is the country of the person it refers to, and news names
// that country in the person's title by its nisba (وزير الخارجية الكندي فلان): read it there.
import { isTitleWord, type Discourse } from '../recognize/discourse';
import { oneClause } from './roles';

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
