// The knowledge base (media/data/kb.json) from ../shared/data (or
// $SEED_SHARED_DIR) and the hand-curated tables in scripts/kb/. One function
// so the shipped file (scripts/build-kb.ts) and each cross-validation fold's
// knowledge base (whose ordinary-word filter must not see the held-out fold)
// follow the same rule.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { EntityType } from '../../src/core/types';
import type { KbEntry, KbFile } from '../../src/core/knowledge/types';
import { matchKey } from '../../src/core/text/normalize';
import { transliterateName } from '../../src/core/recognize/transliterate';
import { organisationKinds } from '../../src/core/lang/lexicon';
import { PEOPLE } from './curated-people';
import { ORGS } from './curated-orgs';
import { MEDIA } from './curated-media';
import { GROUPS } from './curated-groups';
import { PLACES, COUNTRY_ALIASES, AMBIGUOUS_NAMES, BAD_DR5HN_COUNTRY_NAMES } from './curated-places';
import { nisbaForms } from './nisba';
import { readNameTokens, readPetrarchPeople } from './petrarch';
import { readPetrarchOrgs } from './petrarch-orgs';
import { readArabDivisions, readCountries, readAnerGazet, type CountryRecord, type TagCounts } from './sources';

const root = path.resolve(__dirname, '..', '..', '..');
const shared = process.env.SEED_SHARED_DIR ?? path.resolve(root, '..', 'shared');
const data = (...p: string[]) => path.join(shared, 'data', ...p);

/** Names split on |, deduplicated by match key (first spelling wins), empty ones dropped. */
/**
 * A one-word name with a kind noun before it (منظمة الإنتربول، حزب الليكود) where the one word is
 * listed too: the kind is a classifier there, outside the name as the gold marks تنظيم داعش, so
 * only the bare name is kept for the gazetteer to match. Longer names keep their kind (منظمة
 * العفو الدولية), which belongs to them.
 */
function withoutClassifiedNames(ar: string[]): string[] {
  const kinds = new Set([...organisationKinds().kinds.entries.map(e => e[0]), ...organisationKinds().cues.entries].map(matchKey));
  const keys = new Set(ar.map(matchKey));
  return ar.filter(name => {
    const words = name.split(/\s+/);
    return !(words.length === 2 && kinds.has(matchKey(words[0])) && keys.has(matchKey(words[1])));
  });
}

function names(...lists: Array<string | string[] | undefined>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const list of lists) {
    for (const raw of typeof list === 'string' ? list.split('|') : list ?? []) {
      const name = raw.trim();
      const key = matchKey(name);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      out.push(name);
    }
  }
  return out;
}

const countryId = (iso2: string) => `country/${iso2}`;

function countryEntries(countries: CountryRecord[], capitals: Map<string, string>): KbEntry[] {
  const bad = new Set(BAD_DR5HN_COUNTRY_NAMES);
  return countries.map(c => {
    const dr5hn = bad.has(c.iso2) || !c.arDr5hn ? [] : c.arDr5hn.split(/[()]/).map(s => s.trim());
    const where = c.subregion || c.region;
    return {
      id: countryId(c.iso2),
      type: 'LOC' as EntityType,
      subtype: 'country',
      ar: names(c.arCommon, COUNTRY_ALIASES[c.iso2], dr5hn, c.arOfficial),
      en: c.en,
      ...(c.enAliases.length ? { enAliases: c.enAliases } : {}),
      ...(c.wikidata ? { wikidata: c.wikidata } : {}),
      description: `${c.independent ? 'Country' : 'Territory'}${where ? ` in ${where}` : ''}${c.capitalEn ? `; capital ${c.capitalEn}` : ''}`,
      iso2: c.iso2,
      iso3: c.iso3,
      ...(capitals.has(c.iso2) ? { capital: capitals.get(c.iso2) } : {}),
      ...(c.demonym ? { demonym: c.demonym } : {}),
    };
  });
}

/**
 * ANERGazet names minus ordinary words: a name that annotated corpora (AQMAR,
 * NewsFANE, the Wojood sample; not ANERcorp, which the tagger is
 * cross-validated on) mostly tag O (على، من، بيان، سلام) is dropped.
 */
function anerGazetLists(ordinary: (key: string) => boolean): Record<EntityType, string[]> {
  const gazet = readAnerGazet(data('anergazet'));
  const lists = {} as Record<EntityType, string[]>;
  for (const t of Object.keys(gazet) as EntityType[]) {
    lists[t] = [...new Set(gazet[t].map(matchKey))].filter(k => k.length >= 3 && !ordinary(k)).sort();
  }
  return lists;
}

/** The annotated corpora whose tags tell ordinary words from names (NewsFANE apart: it re-annotates ANERcorp's text). */
export function ordinaryWordFiles(): { others: string[]; newsfane: string } {
  const aqmar = readdirSync(data('aqmar')).filter(f => f.endsWith('.txt')).map(f => data('aqmar', f));
  return { others: [...aqmar, data('wojood-sample', 'train.txt')], newsfane: data('newsfane-gold-filtered', 'NewsFANE_Gold_2014_filtered_noANERtest.txt') };
}

/** True for a token key that the annotated corpora (`counts`, see readTagCounts) mostly tag O. */
export function ordinaryWords(counts: TagCounts): (key: string) => boolean {
  return k => {
    const c = counts.get(k);
    return !!c && c.o >= 2 && c.o > 2 * c.name;
  };
}

const ROMAN: Record<string, string> = {
  ا: 'a', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's',
  ض: 'd', ط: 't', ظ: 'z', ع: 'a', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', و: 'w', ي: 'y', ء: '', ' ': '-',
};

/** An ASCII slug of an Arabic match key (letter by letter), for ids that stay stable. */
function romanize(key: string): string {
  return [...key].map(c => ROMAN[c] ?? (/[a-z0-9]/.test(c) ? c : '')).join('').replace(/-+/g, '-');
}

/**
 * Politicians from the PETRARCH actor dictionary whose names no earlier entry
 * (or ANERGazet place/organisation list) holds: a lower-trust source, marked
 * `source: 'petrarch'`.
 */
function petrarchEntries(
  ordinary: (key: string) => boolean, taken: Set<string>, countries: CountryRecord[], nisbaKeys: string[], lists: Record<EntityType, string[]>,
): KbEntry[] {
  const tokens = readNameTokens(data('wd-arabic-names', 'wd_arabic.normalized.aligned.tokens'), matchKey);
  const nisba = new Set(nisbaKeys);
  const isName = (k: string) => tokens.has(k) && !ordinary(k) && !nisba.has(k);
  const iso2Of = new Map(countries.map(c => [c.iso3, c]));
  const ids = new Set<string>();
  const out: KbEntry[] = [];
  for (const p of readPetrarchPeople(data('petrarch-arabic-dicts', 'actor_dict_ar_v4.txt'), isName, matchKey)) {
    const key = matchKey(p.ar);
    if (taken.has(key) || lists.LOC.includes(key) || lists.ORG.includes(key)) continue;
    taken.add(key);
    const parts = key.split(' ').map(t => tokens.get(t)?.en);
    // Spelt as the recogniser spells names (al- apart, bin, Abdul...), where Wikidata knows every word.
    const en = parts.every(Boolean) ? transliterateName(p.ar) : undefined;
    let slug = romanize(key);
    for (let n = 2; ids.has(slug); n++) slug = `${romanize(key)}-${n}`;
    ids.add(slug);
    const country = iso2Of.get(p.iso3);
    const where = country ? `, ${country.en}` : '';
    out.push({
      id: `per/${slug}`, type: 'PER', subtype: 'politician', source: 'petrarch', ar: [p.ar], ...(en ? { en } : {}),
      description: `${p.role}${where}${p.years ? ` (${p.years})` : ''}`,
      ...(country ? { country: countryId(country.iso2) } : {}),
    });
  }
  return out;
}

/**
 * Organisations from the PETRARCH actor dictionary in the forms the unlabelled
 * news writes them, where no earlier entry holds the name: no English name
 * (the dictionary gives none), kind and country from the actor code.
 */
function petrarchOrgEntries(taken: Set<string>, countries: CountryRecord[]): KbEntry[] {
  const byIso3 = new Map(countries.map(c => [c.iso3, c]));
  const out: KbEntry[] = [];
  const ids = new Set<string>();
  for (const o of readPetrarchOrgs(data('petrarch-arabic-dicts', 'actor_dict_ar_v4.txt'), data('saudinewsnet-unlabelled', 'saudinewsnet-unlabelled.jsonl.xz'), matchKey)) {
    const ar = o.ar.filter(f => !taken.has(f));
    if (ar.length < o.ar.length || !ar.length) continue;
    ar.forEach(f => taken.add(f));
    let slug = romanize(ar[0]);
    for (let n = 2; ids.has(slug); n++) slug = `${romanize(ar[0])}-${n}`;
    ids.add(slug);
    const country = byIso3.get(o.iso3);
    out.push({
      id: `org/pt-${slug}`, type: 'ORG', subtype: o.subtype, source: 'petrarch', ar,
      description: `${o.kind}${country ? `, ${country.en}` : ''}`,
      ...(country ? { country: countryId(country.iso2) } : {}),
    });
  }
  return out;
}

/** The knowledge base, with `ordinary` words (see ordinaryWords) kept out of the name lists and PETRARCH people. */
export function buildKb(ordinary: (key: string) => boolean): KbFile {
  const countries = readCountries(data('countries-dr5hn', 'countries.json'), data('countries-mledoze', 'countries.json'));
  const byIso = new Map(countries.map(c => [c.iso2, c]));
  const countryName = (iso2: string) => byIso.get(iso2)?.en ?? iso2;
  const capitals = new Map(PLACES.filter(p => p[5] && p[4]).map(p => [p[4], `city/${p[0]}`]));

  const curatedPlaces: KbEntry[] = PLACES.map(([slug, subtype, ar, en, iso2, capital]) => ({
    id: `${subtype === 'city' ? 'city' : 'loc'}/${slug}`,
    type: 'LOC',
    subtype,
    ar: names(ar),
    en,
    description: capital ? `Capital of ${countryName(iso2)}` : `${subtype[0].toUpperCase()}${subtype.slice(1)}${iso2 ? ` in ${countryName(iso2)}` : ''}`,
    ...(iso2 ? { country: countryId(iso2) } : {}),
  }));
  const orgs: KbEntry[] = [...ORGS, ...MEDIA, ...GROUPS].map(([slug, subtype, ar, en, description, iso2]) => ({
    id: `org/${slug}`, type: 'ORG', subtype, ar: names(ar), en, description, ...(iso2 ? { country: countryId(iso2) } : {}),
  }));
  const people: KbEntry[] = PEOPLE.map(([slug, full, short, en, description, iso2]) => ({
    id: `per/${slug}`, type: 'PER', subtype: 'politician', ar: names(full, short), en, description, ...(iso2 ? { country: countryId(iso2) } : {}),
  }));
  const divisions: KbEntry[] = readArabDivisions(data('countries-dr5hn', 'states.csv')).map(d => ({
    id: `division/${d.code}`,
    type: 'LOC',
    subtype: 'division',
    ar: names(d.ar),
    en: d.en,
    ...(d.wikidata ? { wikidata: d.wikidata } : {}),
    description: `${d.kind ? d.kind[0].toUpperCase() + d.kind.slice(1) : 'Division'} of ${countryName(d.iso2)}`,
    country: countryId(d.iso2),
  }));

  // Order is priority: where two entries share a name, the gazetteer prefers the earlier.
  const nisba: Record<string, string> = {};
  const independent = countries.filter(c => c.independent && c.arCommon).map(c => ({ iso2: c.iso2, name: c.arCommon }));
  for (const { form, iso2 } of nisbaForms(independent)) {
    const key = matchKey(form);
    if (byIso.has(iso2) && !(key in nisba)) nisba[key] = countryId(iso2);
  }
  const entries = [...people, ...orgs, ...curatedPlaces, ...countryEntries(countries, capitals), ...divisions];
  const taken = new Set(entries.flatMap(e => e.ar.map(matchKey)));
  const lists = anerGazetLists(ordinary);
  entries.push(...petrarchEntries(ordinary, taken, countries, Object.keys(nisba), lists));
  entries.push(...petrarchOrgEntries(taken, countries));
  // After the other sources skipped every curated name, so none lists a dropped one as a body of its own.
  for (const e of entries) if (e.type === 'ORG') e.ar = withoutClassifiedNames(e.ar);

  return {
    version: 1,
    sources: [
      'dr5hn/countries-states-cities-database (ODbL 1.0 / DbCL 1.0): countries, Arab first-level divisions, Wikidata ids, English demonyms',
      'mledoze/countries (ODbL 1.0): Arabic country names, ISO codes, demonyms dr5hn lacks',
      'ANERGazet, Benajiba, Rosso & Benedí 2007 (research use): PER/LOC/ORG name lists',
      'UniversalPetrarch Arabic actor dictionary (MIT): politicians with their countries and roles; organisations and their kinds',
      'Wikidata English-Arabic person-name tokens, Merhav & Ash 2018 (CC0): telling names from descriptions, English spellings',
      'AQMAR, NewsFANE, Wojood sample (annotated corpora): telling ordinary words from names',
      'Seed Annotator curated tables (scripts/kb): capitals, organisations, officials, nisba exceptions',
      'SaudiNewsNet unlabelled, Alhagri 2015 (CC BY-NC-SA 4.0): which organisations the curated tables list, by how often the news names them',
    ],
    entries,
    nisba,
    ambiguous: [...new Set(AMBIGUOUS_NAMES.map(matchKey))],
    lists,
  };
}
