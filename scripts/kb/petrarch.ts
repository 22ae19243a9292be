// Politicians from the UniversalPetrarch Arabic actor dictionary
// (actor_dict_ar_v4.txt, MIT): entries such as `أرييل_شارون_ [ISRGOV
// 19810505-19920713]`. The dictionary mixes names with lemmatised
// descriptions (رئيس_وزير_صين، صحيفة_روسي); an entry counts as a person
// only when every token is a Wikidata person-name token (wd-arabic-names)
// that annotated corpora do not mostly tag O, and it is not a title.
import { readFileSync } from 'node:fs';

export interface PetrarchPerson {
  /** Arabic name as written in the dictionary, underscores turned to spaces. */
  ar: string;
  /** ISO3 country from the actor code, '' for IGO and codes without a country. */
  iso3: string;
  role: string;
  /** Years of the first dated code, e.g. "1981–1992" or "from 2005". */
  years?: string;
}

/** CAMEO actor role codes → English. */
const ROLES: Record<string, string> = {
  GOV: 'Government official', ELI: 'Political figure', LEG: 'Legislator', PTY: 'Party politician',
  MIL: 'Military officer', OPP: 'Opposition figure', REB: 'Rebel leader', MED: 'Journalist', JUD: 'Judge',
  BUS: 'Businessperson', CVL: 'Public figure', IGO: 'International official', SPY: 'Intelligence official',
  COP: 'Police official', REL: 'Religious figure', HRI: 'Human rights activist', EDU: 'Academic',
};

/** Title and office words the dictionary keeps inside names; an entry holding one is not a plain name. */
const TITLES = new Set([
  'رئيس', 'وزير', 'امير', 'ملك', 'شيخ', 'سفير', 'جنرال', 'مسوول', 'زعيم', 'نايب', 'قايد', 'سابق', 'عام', 'امين',
  'ولي', 'عهد', 'مستشار', 'متحدث', 'مبعوث', 'حاكم', 'نواب', 'مجلس', 'حزب', 'حركه', 'دوله', 'سيد', 'سلطان',
  'لواء', 'عقيد', 'عميد', 'رييس', 'اميره', 'ملكه', 'اية', 'مفتي', 'بابا', 'قاضي', 'دكتور', 'نظام', 'حكومه', 'جيش',
]);

/** Dictionary entries that pass the name test but are places, companies or newspapers (matchKeys). */
const NOT_PEOPLE = new Set(['بيونغ يانغ', 'لوك اويل', 'حي اكدال', 'بالا بولوك', 'واشنطن بوست', 'باري ماتش']);

/** English spelling of a name token, when one spelling dominates. */
export interface NameToken {
  en?: string;
}

/**
 * Name tokens of the wd-arabic-names file ("english<TAB>letters separated by
 * spaces<TAB>count"), keyed by `key` of the Arabic word. `en` is set when one
 * English spelling has at least half of the token's occurrences.
 */
export function readNameTokens(file: string, key: (s: string) => string): Map<string, NameToken> {
  const counts = new Map<string, Map<string, number>>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [en, letters, count] = line.split('\t');
    if (!en || !letters) continue;
    const k = key(letters.replace(/ /g, ''));
    let m = counts.get(k);
    if (!m) counts.set(k, (m = new Map()));
    m.set(en, (m.get(en) ?? 0) + (Number(count) || 1));
  }
  const out = new Map<string, NameToken>();
  for (const [k, m] of counts) {
    const total = [...m.values()].reduce((a, b) => a + b, 0);
    const [en, n] = [...m].sort((a, b) => b[1] - a[1])[0];
    out.set(k, n * 2 >= total && total >= 2 ? { en } : {});
  }
  return out;
}

/** Start year and label of a dated code: "1981–1992", "from 2005"; undefined when undated. */
function dates(code: string): { start: number; label: string } | undefined {
  const range = /(\d{4})\d{4}\s*-\s*(\d{4})\d{4}/.exec(code);
  if (range) return { start: +range[1], label: range[2] === '1800' ? `from ${range[1]}` : `${range[1]}–${range[2]}` };
  const from = />\s*(\d{4})\d{4}/.exec(code);
  return from ? { start: +from[1], label: `from ${from[1]}` } : undefined;
}

/**
 * People from the actor dictionary, one per distinct name (its codes merged;
 * the most recent dated code gives role, country and years). `isNameToken`
 * gets token keys as made by `key`.
 */
export function readPetrarchPeople(file: string, isNameToken: (key: string) => boolean, key: (s: string) => string): PetrarchPerson[] {
  const byName = new Map<string, { ar: string; codes: string[] }>();
  let current: { ar: string; codes: string[] } | undefined;
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const code = /\[[^\]]*\]/.exec(line)?.[0];
    if (!/^\s/.test(line) || !code) {
      const ar = line.replace(/\[.*$/, '').replace(/#.*$/, '').replace(/_+/g, ' ').trim();
      const k = key(ar);
      current = byName.get(k) ?? { ar, codes: [] };
      byName.set(k, current);
    }
    if (code && current) current.codes.push(code.slice(1, -1).trim());
  }
  const out: PetrarchPerson[] = [];
  for (const [k, { ar, codes }] of byName) {
    const tokens = k.split(' ');
    if (NOT_PEOPLE.has(k) || tokens.length < 2 || (tokens.length === 2 && /^(عبد|ابو|بن|ابن|ال)$/.test(tokens[0]))) continue;
    if (!tokens.every(t => !TITLES.has(t) && isNameToken(t))) continue;
    const withCountry = codes.filter(c => /^[A-Z]{3}/.test(c));
    if (!withCountry.length) continue;
    const latest = withCountry.reduce((a, b) => ((dates(b)?.start ?? 0) > (dates(a)?.start ?? 0) ? b : a));
    const head = latest.split(/\s/)[0];
    const igo = head.startsWith('IGO');
    out.push({ ar, iso3: igo ? '' : head.slice(0, 3), role: ROLES[igo ? 'IGO' : head.slice(3, 6)] ?? 'Public figure', years: dates(latest)?.label });
  }
  return out;
}
