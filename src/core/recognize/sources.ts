// The recognisers names.ts combines, behind one interface so tests can
// substitute small fakes for the knowledge base and the trained model.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { dataDir } from '../data-dir';
import type { ArticleContext } from '../text/context';
import type { NameCandidate } from './candidate';
import { MODEL_FILE, tagNames } from './tagger';
import type { NisbaLookup } from './titles';
import { isNameToken } from './transliterate';

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
  /** A word key known as a name token (Wikidata name pairs, knowledge base). */
  isNameWord(key: string): boolean;
  kbEntry(id: string): KbInfo | undefined;
}

/** The tagger, when its weights ship (media/data is built by scripts/ner). */
function taggerIfBuilt(ctx: ArticleContext): NameCandidate[] {
  return existsSync(path.join(dataDir(), MODEL_FILE)) ? tagNames(ctx) : [];
}

let sources: NameSources | undefined;
export function defaultSources(): NameSources {
  return (sources ??= {
    gazetteer: () => [],
    tagger: taggerIfBuilt,
    nisbaOf: () => undefined,
    isNameWord: isNameToken,
    kbEntry: () => undefined,
  });
}
