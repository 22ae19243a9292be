// Builds the word lists the tagger's features consult (stored in the model
// file) from the gazetteers, country lists and the Wikidata name-token pairs.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FlagName, LexiconLists, PhraseLists } from '../../src/core/recognize/tagger/lexicon';
import type { KbFile } from '../../src/core/knowledge/types';
import type { EntityType } from '../../src/core/types';
import { lexKey, splitWord, wordKey } from '../../src/core/recognize/tagger/word';
import { DATA, readCorpus, type Sentence } from './corpora';

const ARABIC = /[\u0600-\u06ff]/;

function lines(file: string): string[] {
  return readFileSync(path.join(DATA, file), 'utf8').split(/\r?\n/).map(l => l.trim()).filter(Boolean);
}

function keys(phrase: string): string[] {
  return (phrase.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map(w => lexKey(wordKey(w)));
}

/** Country names in Arabic from both country datasets. */
export function countryNames(): string[] {
  const names = new Set<string>();
  const mledoze = JSON.parse(readFileSync(path.join(DATA, 'countries-mledoze/countries.json'), 'utf8')) as {
    translations: Record<string, { common: string; official: string }>;
  }[];
  for (const c of mledoze) {
    const ar = c.translations.ara;
    if (ar) names.add(ar.common).add(ar.official);
  }
  const dr5hn = JSON.parse(readFileSync(path.join(DATA, 'countries-dr5hn/countries.json'), 'utf8')) as {
    translations: Record<string, string>;
    native?: string;
  }[];
  for (const c of dr5hn) {
    if (c.translations.ar) names.add(c.translations.ar);
    if (c.native && ARABIC.test(c.native)) names.add(c.native);
  }
  return [...names];
}

/** Arabic names of first-level divisions where the data gives them. */
function divisionNames(): string[] {
  const out: string[] = [];
  for (const row of lines('countries-dr5hn/states.csv').slice(1)) {
    const native = row.split(',')[11];
    if (native && ARABIC.test(native)) out.push(native);
  }
  return out;
}

/** روسيا -> روسي, فرنسا -> فرنسي, مصر -> مصري, العراق -> عراقي. */
export function nisbaStems(countries: string[]): string[] {
  const out = new Set<string>();
  for (const name of countries) {
    const toks = keys(name);
    if (toks.length !== 1) continue;
    const bare = splitWord(toks[0]).article ? toks[0].slice(2) : toks[0];
    if (bare.length < 3) continue;
    out.add(bare.endsWith('يا') ? bare.slice(0, -2) + 'ي' : bare.endsWith('ا') ? bare.slice(0, -1) + 'ي' : bare + 'ي');
  }
  return [...out].sort();
}

/**
 * Ordinary words that the name lists also hold (في, من, علي, كان): frequent in
 * the corpora other than ANERcorp and almost never inside a name there. Left
 * in, they would teach the model that a "known name token" means little.
 */
function commonWords(labelled: readonly Sentence[]): Set<string> {
  const seen = new Map<string, [number, number]>();
  for (const s of labelled) {
    s.words.forEach((w, i) => {
      const k = lexKey(wordKey(w));
      const c = seen.get(k) ?? [0, 0];
      c[0]++;
      if (s.labels[i]) c[1]++;
      seen.set(k, c);
    });
  }
  return new Set([...seen].filter(([, [n, named]]) => n >= 5 && named / n <= 0.05).map(([k]) => k));
}

const KB = path.resolve(__dirname, '../../../media/data/kb.json');
const KB_FLAG: Record<EntityType, FlagName> = { PER: 'kbPerson', LOC: 'kbPlace', ORG: 'kbOrganisation' };

/** Annotated corpora whose labels tell ordinary words from names in the lists (not ANERcorp). */
export function lexiconCorpora(): Sentence[] {
  return (['aqmar', 'newsfane', 'wojood'] as const).flatMap(readCorpus);
}

/** The shipped knowledge base, when built. */
function shippedKb(): KbFile | undefined {
  return existsSync(KB) ? (JSON.parse(readFileSync(KB, 'utf8')) as KbFile) : undefined;
}

/**
 * `labelled`: sentences for the common-word filter; cross-validation passes
 * them without the held-out fold's overlap, and the fold's own knowledge base.
 */
export function buildLexicons(
  labelled: readonly Sentence[] = lexiconCorpora(), kb: KbFile | undefined = shippedKb(),
): { lists: LexiconLists; phrases: PhraseLists; nisba: string[] } {
  const phraseSets: Record<EntityType, Set<string>> = { PER: new Set(), LOC: new Set(), ORG: new Set() };
  const addName = (type: EntityType, phrase: string): void => {
    const k = keys(phrase);
    if (k.length > 1) phraseSets[type].add(k.join(' '));
  };
  const sets = new Map<FlagName, Set<string>>();
  const add = (flag: FlagName, k: string): void => {
    if (k.length < 2) return;
    if (!sets.has(flag)) sets.set(flag, new Set());
    sets.get(flag)!.add(k);
  };
  const addPhrase = (flag: FlagName, phrase: string): void => {
    keys(phrase).forEach((k, i) => add(i === 0 || flag === 'perGazetteer' ? flag : 'gazetteerInner', k));
  };
  for (const l of lines('anergazet/AlignedPersGazetteer.txt')) addPhrase('perGazetteer', l);
  for (const l of lines('anergazet/AlignedLocGazetteer.txt')) if (!/^[=*]+$/.test(l)) { addPhrase('locGazetteer', l); addName('LOC', l); }
  for (const l of lines('anergazet/AlignedOrgGazetteer.txt')) { addPhrase('orgGazetteer', l); addName('ORG', l); }
  for (const l of divisionNames()) { addPhrase('locGazetteer', l); addName('LOC', l); }
  const countries = countryNames();
  for (const c of countries) { addPhrase('country', c); addName('LOC', c); }
  if (kb) {
    for (const e of kb.entries) {
      for (const name of e.ar) {
        keys(name).forEach((k, i) => add(i === 0 || e.type === 'PER' ? KB_FLAG[e.type] : 'gazetteerInner', k));
        addName(e.type, name);
      }
    }
    for (const form of Object.keys(kb.nisba)) keys(form).forEach(k => add('nisba', k));
  }

  const counts = new Map<string, number>();
  for (const row of lines('wd-arabic-names/wd_arabic.normalized.aligned.tokens')) {
    const [, letters, count] = row.split('\t');
    if (!letters) continue;
    const k = lexKey(wordKey(letters.replace(/ /g, '')));
    counts.set(k, (counts.get(k) ?? 0) + Number(count || 1));
  }
  const common = commonWords(labelled);
  for (const k of common) sets.get('perGazetteer')?.delete(k);
  for (const [k, n] of counts) {
    if (common.has(k)) continue;
    add('nameToken', k);
    if (n >= 5) add('frequentNameToken', k);
  }
  const lists: LexiconLists = {};
  for (const [flag, set] of sets) lists[flag] = [...set].sort();
  const phrases: PhraseLists = {};
  for (const t of ['PER', 'LOC', 'ORG'] as const) phrases[t] = [...phraseSets[t]].sort();
  return { lists, phrases, nisba: nisbaStems(countries) };
}
