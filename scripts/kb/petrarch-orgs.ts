// Organisations from the UniversalPetrarch Arabic actor dictionary (MIT). The
// dictionary writes them lemmatised, without articles or agreement
// (اتحاد_أفريقي_ for الاتحاد الأفريقي, جبهة_تحرير_وطني_جزائري_), so each entry's
// possible written forms (article or not on each word, feminine adjectives,
// ل and و joined) are generated and only those the unlabelled news writes at
// least MIN_NEWS times are kept: a form the news never writes is no name.
// The actor code gives the kind (REB → armed group) and the country.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * Head nouns that start an organisation's name; entries starting otherwise are
 * people, places or descriptions. Not جيش: the dictionary's armies are the
 * army of a country (الجيش اللبناني), which annotated news leaves unnamed.
 */
const HEADS = new Set([
  'حركة', 'جماعة', 'تنظيم', 'حزب', 'منظمة', 'جبهة', 'وكالة', 'اتحاد', 'مجلس', 'كتائب', 'كتيبة', 'شركة', 'بنك',
  'هيئة', 'لجنة', 'ائتلاف', 'تحالف', 'مؤسسة', 'صندوق', 'محكمة', 'برلمان', 'رابطة', 'جمعية', 'مصرف', 'تيار', 'فيلق', 'لواء', 'سرايا',
]);

/** CAMEO role code → knowledge-base subtype and an English kind for the description. */
const KINDS: Record<string, [string, string]> = {
  REB: ['armed-group', 'Armed group'], INS: ['armed-group', 'Insurgent group'], OPP: ['party', 'Opposition group'],
  PTY: ['party', 'Political party'], MIL: ['military', 'Armed forces'], GOV: ['government', 'Government body'],
  LEG: ['legislature', 'Legislature'], JUD: ['court', 'Judicial body'], COP: ['police', 'Police force'],
  SPY: ['agency', 'Intelligence service'], MED: ['media', 'News outlet'], BUS: ['company', 'Company'],
  NGO: ['ngo', 'Non-governmental organisation'], HRI: ['ngo', 'Human rights organisation'], IGO: ['igo', 'Intergovernmental organisation'],
  EDU: ['education', 'Educational body'], REL: ['religious', 'Religious body'], CVL: ['ngo', 'Civil society group'],
  IMG: ['armed-group', 'International armed group'], NGM: ['party', 'Transnational movement'], INT: ['ngo', 'International organisation'],
};

/** Codes without a country that still name one body; a bare role code (GOV, BUS, PTY) marks a description (حزب سياسي). */
const COUNTRYLESS = new Set(['IGO', 'IMG', 'NGO', 'NGM', 'INT']);

/** Heads whose phrase with only a nisba after it describes (الشركة الروسية، لجنة وزارية) rather than names. */
const GENERIC_HEADS = new Set(['شركة', 'مؤسسة', 'لجنة', 'محكمة', 'جماعة', 'منظمة', 'هيئة', 'جمعية', 'حزب']);

/** Forms that pass every test but are countries, malformed, or a short form annotators leave unnamed (keys). */
const NOT_ORGS = new Set(['الاتحاد السوفياتي', 'الاتحاد السوفيتي', 'الاتحاد الروسي', 'المجلس الشيخ', 'مجلس التعاون']);

/**
 * Written forms fewer news articles than this use are not kept. Articles, not
 * occurrences: a name one article repeats is no evidence of a name the news uses.
 */
const MIN_ARTICLES = 3;
/** Entries longer than this generate too many forms to be worth it (and are rarely written whole). */
const MAX_WORDS = 5;

export interface PetrarchOrg {
  /** Written forms the news uses, most frequent first. */
  ar: string[];
  subtype: string;
  kind: string;
  /** ISO3 of the actor code, '' for IGO and codes without a country. */
  iso3: string;
}

interface Lemma {
  tokens: string[];
  code: string;
}

function readLemmas(file: string, key: (s: string) => string): Lemma[] {
  const heads = new Set([...HEADS].map(key));
  const out: Lemma[] = [];
  const seen = new Set<string>();
  let current: Lemma | undefined;
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const code = /\[([^\]]*)\]/.exec(line)?.[1].trim();
    if (!/^\s/.test(line) || !code) {
      const tokens = line.replace(/\[.*$/, '').replace(/#.*$/, '').split(/[_\s]+/).map(key).filter(Boolean);
      const k = tokens.join(' ');
      current = undefined;
      if (tokens.length < 2 || tokens.length > MAX_WORDS || !heads.has(tokens[0]) || seen.has(k)) continue;
      seen.add(k);
      current = { tokens, code: '' };
      out.push(current);
    }
    if (code && current && !current.code) current.code = code;
  }
  return out.filter(l => l.code);
}

const article = (w: string) => (w.startsWith('ال') ? [w] : [w, 'ال' + w]);

/** The forms one lemma word may take after `prev` (an adjective agrees with a feminine noun: فلسطيني → الفلسطينية). */
function wordForms(w: string, feminine: boolean): string[] {
  const forms = article(w);
  if (feminine && w.endsWith('ي')) forms.push(...article(w + 'ه'));
  return forms;
}

/** Every written form of a lemmatised name, as match keys (ة is ه in keys). */
export function surfaceForms(tokens: string[]): string[] {
  let forms: string[][] = article(tokens[0]).map(f => [f]);
  const feminine = tokens[0].endsWith('ه');
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if ((t === 'ل' || t === 'و') && i + 1 < tokens.length) {
      const next = wordForms(tokens[++i], feminine).map(f => (t === 'ل' && f.startsWith('ال') ? 'ل' + f.slice(1) : t + f));
      forms = forms.flatMap(f => next.map(n => [...f, n]));
    } else forms = forms.flatMap(f => wordForms(t, feminine).map(n => [...f, n]));
  }
  return forms.map(f => f.join(' '));
}

/** In how many unlabelled news articles each of `phrases` (match keys) is written, a conjunction or preposition before the first word allowed. */
export function newsCounts(xzFile: string, phrases: Set<string>, key: (s: string) => string): Map<string, number> {
  const prefixes = new Set<string>();
  for (const p of phrases) {
    const words = p.split(' ');
    for (let n = 1; n <= words.length; n++) prefixes.add(words.slice(0, n).join(' '));
  }
  const counts = new Map<string, number>();
  const text = execFileSync('xz', ['-dc', xzFile], { maxBuffer: 1 << 30 }).toString('utf8');
  for (const line of text.split('\n')) {
    const body = line.indexOf('"text"');
    if (body < 0) continue;
    const words = (line.slice(body).match(/[\u0621-\u064a]+/g) ?? []).map(key);
    const inArticle = new Set<string>();
    for (let i = 0; i < words.length; i++) {
      for (const first of firstReadings(words[i])) {
        if (!prefixes.has(first)) continue;
        let phrase = first;
        for (let j = i + 1; ; j++) {
          if (phrases.has(phrase) && !inArticle.has(phrase)) {
            inArticle.add(phrase);
            counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
          }
          if (j >= words.length) break;
          phrase += ' ' + words[j];
          if (!prefixes.has(phrase)) break;
        }
      }
    }
  }
  return counts;
}

/** A word as written and without a leading و/ف/ب/ل (لل restoring the article). */
function firstReadings(w: string): string[] {
  const out = [w];
  const m = /^([وف]?)([بل]?)(.+)$/.exec(w);
  if (m && (m[1] || m[2]) && m[3].length > 2) out.push(m[2] === 'ل' && m[3].startsWith('ل') ? 'ا' + m[3] : m[3]);
  return out;
}

const read = new Map<string, PetrarchOrg[]>();

/** Organisations of the actor dictionary in the forms the news writes them (read once: cross-validation asks per fold). */
export function readPetrarchOrgs(dictFile: string, newsXz: string, key: (s: string) => string): PetrarchOrg[] {
  const k = `${dictFile}\n${newsXz}`;
  if (!read.has(k)) read.set(k, readOrgs(dictFile, newsXz, key));
  return read.get(k)!;
}

/** A descriptive phrase, no name: indefinite adjectives only (اتحاد أوروبي), or a generic head with only adjectives (الشركة السعودية). */
function describes(form: string, genericHeads: Set<string>): boolean {
  const [head, ...rest] = form.split(' ');
  const adjectives = rest.every(w => /يه?$/.test(w));
  if (adjectives && rest.every(w => !w.startsWith('ال'))) return true;
  return adjectives && genericHeads.has(head.replace(/^ال/, ''));
}

function readOrgs(dictFile: string, newsXz: string, key: (s: string) => string): PetrarchOrg[] {
  const generic = new Set([...GENERIC_HEADS].map(key));
  const notOrgs = new Set([...NOT_ORGS].map(key));
  const lemmas = readLemmas(dictFile, key)
    .filter(l => /^[A-Z]{3}/.test(l.code) && (COUNTRYLESS.has(l.code.slice(0, 3)) || !KINDS[l.code.slice(0, 3)]))
    .map(l => ({ ...l, forms: surfaceForms(l.tokens).filter(f => !describes(f, generic) && !notOrgs.has(f)) }));
  const counts = newsCounts(newsXz, new Set(lemmas.flatMap(l => l.forms)), key);
  const out: PetrarchOrg[] = [];
  for (const l of lemmas) {
    const ar = l.forms.filter(f => (counts.get(f) ?? 0) >= MIN_ARTICLES).sort((a, b) => counts.get(b)! - counts.get(a)!);
    if (!ar.length) continue;
    const countryless = COUNTRYLESS.has(l.code.slice(0, 3));
    const role = countryless ? l.code.slice(0, 3) : l.code.slice(3, 6) || 'GOV';
    const [subtype, kind] = KINDS[role] ?? KINDS.GOV;
    out.push({ ar, subtype, kind, iso3: countryless ? '' : l.code.slice(0, 3) });
  }
  return out;
}
