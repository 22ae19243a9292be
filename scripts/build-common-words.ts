// Builds media/data/common-words.json: Arabic words that news corpora use
// often and almost never inside a name (تجاوز، تصريح، الجديدة). The name rules
// read them as "not a name token" so a verb or noun after a person's name
// does not join it. Sources: the NER training corpora in ../shared/data
// (ANERcorp training portion, filtered NewsFANE, Wojood sample), through the
// tagger's readers; cross-validation rebuilds the list per fold
// (scripts/ner/common-words.ts). Run after `npm run build`: node out/scripts/build-common-words.js
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readCorpus } from './ner/corpora';
import { COMMON_WORD_CORPORA, commonWordKeys, MAX_NAME_SHARE, MIN_COUNT } from './ner/common-words';

const repo = path.resolve(__dirname, '../..');
const target = path.join(repo, 'media/data/common-words.json');

function main(): void {
  const words = commonWordKeys(COMMON_WORD_CORPORA.flatMap(readCorpus));
  writeFileSync(target, JSON.stringify({ sources: COMMON_WORD_CORPORA, minCount: MIN_COUNT, maxNameShare: MAX_NAME_SHARE, words }) + '\n');
  console.log(`common words: ${words.length} → ${path.relative(repo, target)}`);
}

main();
