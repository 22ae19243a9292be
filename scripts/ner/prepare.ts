// Turns corpora into training examples with the runtime feature extractor.
import { FeatureExtractor } from '../../src/core/recognize/tagger/features';
import { Lexicon, type LexiconLists, type PhraseLists } from '../../src/core/recognize/tagger/lexicon';
import { isNisba } from '../../src/core/recognize/tagger/model';
import { wordKey } from '../../src/core/recognize/tagger/word';
import type { Sentence } from './corpora';
import type { KbFile } from '../../src/core/knowledge/types';
import { buildLexicons } from './lexicons';
import type { Example } from './perceptron';

export interface Prepared {
  lists: LexiconLists;
  phrases: PhraseLists;
  nisba: string[];
  extractor: FeatureExtractor;
}

/** `labelled` and `kb`: the annotated sentences and knowledge base the word lists may learn from (see buildLexicons). */
export function prepareFeatures(bits: number, labelled?: readonly Sentence[], kb?: KbFile): Prepared {
  const { lists, phrases, nisba } = buildLexicons(labelled, kb);
  const stems = new Set(nisba);
  return { lists, phrases, nisba, extractor: new FeatureExtractor(new Lexicon(lists, phrases), bits, b => isNisba(stems, b)) };
}

export function toExamples(sentences: readonly Sentence[], extractor: FeatureExtractor): Example[] {
  return sentences.filter(s => s.words.length).map(s => ({ feats: extractor.extract(s.words), labels: Uint8Array.from(s.labels) }));
}

/** The sentences `times` times over (a corpus weight for the perceptron's passes). */
export function repeat(sentences: readonly Sentence[], times: number): Sentence[] {
  return Array.from({ length: times }, () => sentences).flat();
}

function grams(s: Sentence, n: number): string[] {
  const w = s.words.filter(x => /[\p{L}\p{N}]/u.test(x)).map(wordKey);
  const out: string[] = [];
  for (let i = 0; i + n <= w.length; i++) out.push(w.slice(i, i + n).join(' '));
  return out;
}

/**
 * NewsFANE re-annotates much of ANERcorp's text: an extra sentence sharing a
 * word 5-gram with the held-out fold would leak the answer into training.
 */
export function withoutOverlap(extra: readonly Sentence[], heldOut: readonly Sentence[]): Sentence[] {
  const skip = overlapping(extra, heldOut);
  return extra.filter((_, i) => !skip.has(i));
}

/** Indices of the `extra` sentences that share a word 5-gram with `heldOut` (see withoutOverlap). */
export function overlapping(extra: readonly Sentence[], heldOut: readonly Sentence[]): Set<number> {
  const seen = new Set(heldOut.flatMap(s => grams(s, 5)));
  const out = new Set<number>();
  extra.forEach((s, i) => {
    if (grams(s, 5).some(g => seen.has(g))) out.add(i);
  });
  return out;
}
