// Readers for the shared data files the knowledge base is built from.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityType } from '../../src/core/types';

export interface CountryRecord {
  iso2: string;
  iso3: string;
  en: string;
  /** Other English names news writes (Turkey beside Türkiye, Ivory Coast, Burma): the other file's, the official one, alternative spellings. */
  enAliases: string[];
  arCommon: string;
  arOfficial: string;
  /** dr5hn's Arabic name: often fine, sometimes a machine-translation error (see BAD_DR5HN_COUNTRY_NAMES). */
  arDr5hn: string;
  wikidata?: string;
  capitalEn?: string;
  demonym?: string;
  region?: string;
  subregion?: string;
  independent: boolean;
}

interface Dr5hnCountry {
  iso2: string; iso3: string; name: string; capital?: string; wikiDataId?: string; translations?: Record<string, string>;
  region?: string; subregion?: string;
  /** English adjectives, most used first ("Saudi, Saudi Arabian"; "Bosnian or Herzegovinian"). */
  nationality?: string;
}
interface MledozeCountry {
  cca2: string; cca3: string; independent?: boolean; name: { common: string; official?: string }; altSpellings?: string[];
  translations?: { ara?: { common: string; official: string } }; capital?: string[]; region?: string; subregion?: string;
  demonyms?: { eng?: { m: string } };
}

/** Names other than `en`, once each; codes and abbreviations (TR, USA) are left to the short-name list. */
function englishAliases(en: string, names: Array<string | undefined>): string[] {
  const out: string[] = [];
  // Latin letters only: an English article writes neither the native script nor a phonetic
  // transcription. "The Netherlands": the article stays outside the name, as in every mention.
  for (const n of names) {
    if (n && n !== en && n.length > 3 && !/^[A-Z.]+$/.test(n) && !/^the\s/i.test(n) && /^[A-Za-z\u00c0-\u017f\s'’.,-]+$/.test(n) && !out.includes(n)) out.push(n);
  }
  return out;
}

/** Countries from both files, joined on ISO2 (mledoze names first, dr5hn ids and capitals). */
export function readCountries(dr5hnFile: string, mledozeFile: string): CountryRecord[] {
  const dr = JSON.parse(readFileSync(dr5hnFile, 'utf8')) as Dr5hnCountry[];
  const ml = new Map((JSON.parse(readFileSync(mledozeFile, 'utf8')) as MledozeCountry[]).map(c => [c.cca2, c]));
  return dr.map(c => {
    const m = ml.get(c.iso2);
    return {
      iso2: c.iso2,
      iso3: c.iso3,
      en: m?.name.common ?? c.name,
      enAliases: englishAliases(m?.name.common ?? c.name, [c.name, m?.name.official, ...(m?.altSpellings ?? [])]),
      arCommon: m?.translations?.ara?.common ?? '',
      arOfficial: m?.translations?.ara?.official ?? '',
      arDr5hn: (c.translations?.ar ?? '').trim(),
      wikidata: /^Q\d+$/.test(c.wikiDataId ?? '') ? c.wikiDataId : undefined,
      capitalEn: c.capital || m?.capital?.[0] || undefined,
      // dr5hn's first adjective is the one news writes before a noun (Saudi forces; mledoze: Saudi Arabian, Icelander).
      demonym: c.nationality?.split(/,|\sor\s/)[0].trim() || m?.demonyms?.eng?.m || undefined,
      region: m?.region ?? c.region,
      subregion: m?.subregion ?? c.subregion,
      independent: m?.independent ?? false,
    };
  });
}

/** Arab League members (and Palestine), whose first-level divisions the KB carries. */
export const ARAB_LEAGUE = ['DZ', 'BH', 'KM', 'DJ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MR', 'MA', 'OM', 'PS', 'QA', 'SA', 'SO', 'SD', 'SY', 'TN', 'AE', 'YE'];

/** dr5hn `native` values that are machine-translation errors or truncations, by ISO 3166-2 code. */
const BAD_DIVISION_NAMES = new Set(['MA-SAL', 'OM-MA', 'QA-US', 'DZ-57', 'LB-BH', 'LB-BA', 'BH-13', 'KW-KU', 'LB-JA', 'BH-14', 'KM-G', 'QA-MS', 'MA-02', 'DZ-29', 'DZ-39', 'LY-WA']);
/** dr5hn values that are wrong words rather than truncations (Ha'il's `native` is يشيد, "praises"), and English names news does not write. */
const DIVISION_FIXES: Record<string, { ar?: string; en?: string }> = {
  'SA-06': { ar: 'حائل' },
  'YE-AD': { en: 'Aden' },
  // Transliterated back from French or English, or translated word by word (Akkar as الحبار, "the squid").
  'LB-AK': { ar: 'عكار' },
  'LB-NA': { ar: 'النبطية' },
  'BH-15': { ar: 'المحرق' },
  'QA-WA': { ar: 'الوكرة' },
  'QA-ZA': { ar: 'الضعاين' },
  'AE-UQ': { ar: 'أم القيوين' },
  'DZ-10': { ar: 'البويرة' },
  'DZ-25': { ar: 'قسنطينة' },
  'DZ-26': { ar: 'المدية' },
  'DZ-28': { ar: 'المسيلة' },
  'DZ-45': { ar: 'النعامة' },
  'DZ-58': { ar: 'عين قزام' },
  'LY-JG': { ar: 'الجبل الغربي' },
  'LY-MB': { ar: 'المرقب' },
  'LY-MJ': { ar: 'المرج' },
  'LY-ZA': { ar: 'الزاوية' },
  'MR-01': { ar: 'الحوض الشرقي' },
  'MR-02': { ar: 'الحوض الغربي' },
  'MR-03': { ar: 'لعصابة' },
};
/** Generic words that name a division only in context (الشمالية، العاصمة). */
const GENERIC = /^(ال)?(شمال|جنوب|شرق|غرب|وسط|عاصمة|شمالي|جنوبي|شرقي|غربي|شمالية|جنوبية|شرقية|غربية|وسطى|داخلية|محرق)$/;

export interface Division {
  code: string;
  iso2: string;
  en: string;
  ar: string;
  kind?: string;
  wikidata?: string;
}

/** Minimal RFC 4180 line splitter (states.csv quotes fields that hold commas). */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

export function readArabDivisions(statesCsv: string): Division[] {
  const [header, ...lines] = readFileSync(statesCsv, 'utf8').split(/\r?\n/);
  const col = Object.fromEntries(csvFields(header).map((h, i) => [h, i]));
  const arab = new Set(ARAB_LEAGUE);
  const out: Division[] = [];
  for (const line of lines) {
    if (!line) continue;
    const f = csvFields(line);
    const iso2 = f[col.country_code];
    const code = f[col.iso3166_2] || `${iso2}-${f[col.iso2]}`;
    if (!arab.has(iso2) || BAD_DIVISION_NAMES.has(code)) continue;
    // Drop "(EH)" / "(EH-جزئي)" notes; keep Arabic-script names only.
    const fix = DIVISION_FIXES[code];
    const ar = (fix?.ar ?? f[col.native]).replace(/\(.*?\)/g, '').trim();
    if (!ar || /[A-Za-z]/.test(ar) || !/[\u0600-\u06ff]/.test(ar) || GENERIC.test(ar)) continue;
    out.push({
      code,
      iso2,
      en: fix?.en ?? f[col.name].trim(),
      ar,
      kind: f[col.type] || undefined,
      wikidata: /^Q\d+$/.test(f[col.wikiDataId]) ? f[col.wikiDataId] : undefined,
    });
  }
  return out;
}

/** ANERGazet lists; the LOC file's ==== / **** lines are group separators. */
export function readAnerGazet(dir: string): Record<EntityType, string[]> {
  const read = (file: string) =>
    readFileSync(path.join(dir, file), 'utf8').split(/\r?\n/).map(s => s.trim()).filter(s => s && !/^[=*]+$/.test(s));
  return { PER: read('AlignedPersGazetteer.txt'), LOC: read('AlignedLocGazetteer.txt'), ORG: read('AlignedOrgGazetteer.txt') };
}

export type TagCounts = Map<string, { o: number; name: number }>;

/**
 * Per token (any spelling folded by `key`), how often annotated corpora tag it
 * O and how often as a name, added to `counts`. `skip(file, n)` leaves out the
 * file's n-th sentence (blank-line separated, counted as scripts/ner/corpora.ts
 * reads them), for cross-validation folds.
 */
export function readTagCounts(
  files: string[], key: (token: string) => string, skip: (file: string, sentence: number) => boolean = () => false, counts: TagCounts = new Map(),
): TagCounts {
  for (const file of files) {
    let sentence = 0, inSentence = false;
    for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
      const text = line.replace(/[\u200e\u200f\ufeff]/g, '').trim();
      if (!text.split(/\s/)[0]) {
        if (inSentence) sentence++;
        inSentence = false;
        continue;
      }
      inSentence = true;
      const m = /^(\S+)\s+(\S+)$/.exec(line.trim());
      if (!m || skip(file, sentence)) continue;
      const k = key(m[1]);
      let c = counts.get(k);
      if (!c) counts.set(k, (c = { o: 0, name: 0 }));
      if (m[2] === 'O') c.o++;
      else c.name++;
    }
  }
  return counts;
}
