// The recognisers names.ts combines, behind one interface so tests can
// substitute small fakes for the knowledge base and the trained model.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { dataDir } from '../data-dir';
import { getGazetteer, type Gazetteer } from '../knowledge/gazetteer';
import { getKnowledgeBase, type KnowledgeBase } from '../knowledge/kb';
import type { ArticleContext } from '../text/context';
import { nameCandidate, type NameCandidate } from './candidate';
import { MODEL_FILE, tagNames } from './tagger';
import type { Country, NisbaLookup } from './titles';
import { isCommonWord } from './common-words';
import { isNameToken } from './transliterate';
import { memoByString } from '../text/text-memo';

/** What the knowledge base says about an entry. */
export interface KbInfo {
  nameEn?: string;
  description?: string;
  wikidata?: string;
  subtype?: string;
}

export interface NameSources {
  /** Knowledge-base matches (source 'gazetteer', with kbId). */
  gazetteer(ctx: ArticleContext): NameCandidate[];
  /** The trained tagger's spans (source 'model'). */
  tagger(ctx: ArticleContext): NameCandidate[];
  nisbaOf: NisbaLookup;
  /** The country an English demonym stands for (Armenian → Armenia). */
  countryByDemonym(demonym: string): Country | undefined;
  /** A word key known as a name token (Wikidata name pairs, knowledge base). */
  isNameWord(key: string): boolean;
  /** A word key corpora almost never use inside a name, unless the knowledge base names a person with it. */
  isCommonWord(key: string): boolean;
  /** A word key that is a name of any type as written (لبنان is not ل + بنان). */
  isKnownName(key: string): boolean;
  kbEntry(id: string): KbInfo | undefined;
  /**
   * A place that acts as a state (by its knowledge-base id, else its name): a country, a region of states (الخليج),
   * a continent, or a capital standing for its government (أنقرة، واشنطن); never a town, province or village.
   */
  actsAsState(kbId: string | undefined, name: string): boolean;
}

/** The tagger, when its weights ship (media/data is built by scripts/ner). */
function taggerIfBuilt(ctx: ArticleContext): NameCandidate[] {
  return existsSync(path.join(dataDir(), MODEL_FILE)) ? tagNames(ctx) : [];
}

/** What the sources are made of; read through functions, so nothing loads until a source is asked. */
export interface SourceParts {
  kb: () => KnowledgeBase;
  gazetteer: () => Gazetteer;
  tagger: (ctx: ArticleContext) => NameCandidate[];
  /** A word corpora almost never use inside a name (the knowledge base's person names aside). */
  isCommonWord: (key: string) => boolean;
}

/**
 * The sources over one knowledge base: the shipped one (defaultSources), or a
 * cross-validation fold's (scripts/ner/pipeline-score.ts).
 */
export function sourcesOf(parts: SourceParts): NameSources {
  const isPerson = (key: string): boolean => parts.kb().byName(key).some(e => e.type === 'PER');
  // Asked for most words of an article (is it a nisba?) and almost always no: misses are kept too.
  const nisba = memoByString((key: string): Country | null => {
    const country = parts.kb().nisbaCountry(key);
    return country ? { id: country.id, nameEn: country.en ?? country.id, ...(country.demonym ? { demonym: country.demonym } : {}) } : null;
  }, 100_000);
  let demonyms: Map<string, Country> | undefined;
  return {
    // Knowledge-base names: linked, high confidence; ANERGazet list names stay with the tagger's evidence.
    gazetteer: ctx => parts.gazetteer().match(ctx)
      .map(m => (nameCandidate({ start: m.start, end: m.end, type: m.type, kbId: m.id, subtype: m.subtype, confidence: m.confidence, source: 'gazetteer' }))),
    tagger: parts.tagger,
    nisbaOf: key => nisba(key) ?? undefined,
    countryByDemonym: demonym => {
      demonyms ??= new Map(parts.kb().entries.flatMap(e => (e.demonym && e.en ? [[e.demonym, { id: e.id, nameEn: e.en }] as [string, Country]] : [])));
      return demonyms.get(demonym);
    },
    isNameWord: key => isNameToken(key) || isPerson(key),
    isCommonWord: key => parts.isCommonWord(key) && !isPerson(key),
    isKnownName: key => isNameToken(key) || parts.kb().byName(key).length > 0,
    kbEntry: id => {
      const kb = parts.kb();
      const e = kb.byId(id);
      return e && { nameEn: e.en, description: kb.describe(id), wikidata: e.wikidata, subtype: e.subtype };
    },
    actsAsState: (kbId, name) => {
      const kb = parts.kb();
      const entries = kbId ? [kb.byId(kbId)] : kb.byName(name);
      return entries.some(entry => !!entry && entry.type === 'LOC' && (entry.subtype === 'country' || entry.subtype === 'region' || entry.subtype === 'continent' ||
        (entry.subtype === 'city' && !!entry.country && kb.byId(entry.country)?.capital === entry.id)));
    },
  };
}

let sources: NameSources | undefined;
export function defaultSources(): NameSources {
  return (sources ??= sourcesOf({ kb: getKnowledgeBase, gazetteer: getGazetteer, tagger: taggerIfBuilt, isCommonWord }));
}
