import { strict as assert } from 'node:assert';
import { Lexicon, type PhraseWord } from '../../../src/core/recognize/tagger/lexicon';
import { lexKey } from '../../../src/core/recognize/tagger/word';

// Names that share their first word, as the model file's gazetteer phrases do (جمهورية …).
const lexicon = new Lexicon({}, {
  LOC: ['جمهوريه مصر العربيه', 'جمهوريه مصر', 'جمهوريه العراق'],
  ORG: ['مجلس الامن الدولي', 'مجلس الامن'],
});

/** Words as the tagger hands them over: lookup keys only where some phrase starts. */
function words(text: string): PhraseWord[] {
  return text.split(' ').map(w => {
    const key = lexKey(w);
    return { lexFirst: lexicon.startsPhrase(key) ? [key] : [], lexPlain: key };
  });
}

describe('tagger phrase features', () => {
  it('codes the longest phrase: first word 2t - 1, inside 2t, last word 6 + t (t: PER 1, LOC 2, ORG 3)', () => {
    assert.deepEqual(Array.from(lexicon.matchPhrases(words('زار جمهوريه مصر العربيه امس'))), [0, 3, 4, 8, 0]);
    assert.deepEqual(Array.from(lexicon.matchPhrases(words('في جمهوريه مصر امس'))), [0, 3, 8, 0]);
  });

  it('tells apart names that share their first word by the words after it', () => {
    assert.deepEqual(Array.from(lexicon.matchPhrases(words('جمهوريه العراق و مجلس الامن الدولي'))), [3, 8, 0, 5, 6, 9]);
    assert.deepEqual(Array.from(lexicon.matchPhrases(words('مجلس الامن ثم مجلس النواب'))), [5, 9, 0, 0, 0]);
  });

  it('matches a name that ends the sentence, and none that would run past it', () => {
    assert.deepEqual(Array.from(lexicon.matchPhrases(words('مجلس الامن الدولي'))), [5, 6, 9]);
    assert.deepEqual(Array.from(lexicon.matchPhrases(words('زار جمهوريه'))), [0, 0]);
    assert.deepEqual(Array.from(lexicon.matchPhrases(words('زار جمهوريه مصر'))), [0, 3, 8]);
  });
});
