// Builds media/data/common-words.json: Arabic words that news corpora use
// often and almost never inside a name (تجاوز، تصريح، الجديدة). The name rules
// read them as "not a name token" so a verb or noun after a person's name
// does not join it. Sources: the NER training corpora in ../shared/data
// (ANERcorp training portion, filtered NewsFANE, Wojood sample), through the
// tagger's readers. Run after `npm run build`: node out/scripts/build-common-words.js
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { matchKey } from '../src/core/text/normalize';
import { readCorpus, type CorpusName } from './ner/corpora';

const repo = path.resolve(__dirname, '../..');
const target = path.join(repo, 'media/data/common-words.json');
const CORPORA: CorpusName[] = ['anercorp', 'newsfane', 'wojood'];
/** Seen at least this often… */
const MIN_COUNT = 3;
/** …and inside a name at most this share of the time. */
const MAX_NAME_SHARE = 0.03;

function main(): void {
  const seen = new Map<string, { n: number; named: number }>();
  for (const corpus of CORPORA) {
    for (const s of readCorpus(corpus)) {
      s.words.forEach((w, i) => {
        if (!/^\p{Script=Arabic}{2,}$/u.test(w)) return;
        const key = matchKey(w);
        const c = seen.get(key) ?? { n: 0, named: 0 };
        c.n++;
        if (s.labels[i] !== 0) c.named++;
        seen.set(key, c);
      });
    }
  }
  const words = [...seen]
    .filter(([, c]) => c.n >= MIN_COUNT && c.named / c.n <= MAX_NAME_SHARE)
    .map(([k]) => k)
    .sort();
  writeFileSync(target, JSON.stringify({ sources: CORPORA, minCount: MIN_COUNT, maxNameShare: MAX_NAME_SHARE, words }) + '\n');
  console.log(`common words: ${words.length} → ${path.relative(repo, target)}`);
}

main();
