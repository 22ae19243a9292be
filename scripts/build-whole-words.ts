// Builds media/data/whole-words.json: words whose first letter looks like a proclitic
// (و ف ب ل ك) but belongs to the word, by the unlabelled news
// (../shared/data/saudinewsnet-unlabelled, 30,000 articles): the word is common there and
// its remainder is rare as a word of its own (لاهاي but hardly اهاي; ولندن is و + لندن). The
// tagger marks whole tokens, and trimming asks this before it cuts a letter off a name it
// does not know. Run after `npm run build`: node out/scripts/build-whole-words.js
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { matchKey } from '../src/core/text/normalize';
import { DATA } from './ner/corpora';

const repo = path.resolve(__dirname, '../..');
const target = path.join(repo, 'media/data/whole-words.json');
const NEWS = path.join(DATA, 'saudinewsnet-unlabelled/saudinewsnet-unlabelled.jsonl.xz');
/** Seen fewer times, a word says too little about its first letter. */
const MIN_COUNT = 5;
/** و and ف join any word, a rare name in a list too (وبينين with no بينين alone): more evidence needed. */
const MIN_COUNT_CONJUNCTION = 20;
/** The remainder as a word of its own at most this share of the whole word's count. */
const MAX_REST_SHARE = 0.1;

function main(): void {
  const xz = spawnSync('xz', ['-dc', NEWS], { maxBuffer: 400 * 1024 * 1024, encoding: 'utf8' });
  if (xz.status !== 0) throw new Error(`xz -dc ${NEWS}: ${xz.stderr}`);
  const counts = new Map<string, number>();
  for (const line of xz.stdout.split('\n')) {
    if (!line.trim()) continue;
    const { title, text } = JSON.parse(line) as { title?: string; text?: string };
    for (const w of `${title ?? ''} ${text ?? ''}`.match(/\p{Script=Arabic}+/gu) ?? []) {
      const key = matchKey(w);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const words: string[] = [];
  for (const [key, n] of counts) {
    // لل and a proclitic before the article (للمخرج، والعظائم) are always split.
    if (n < MIN_COUNT || key.length < 4 || !/^[وفبلك]/.test(key) || key.startsWith('ال') || key.startsWith('لل') || key.startsWith('ال', 1)) continue;
    if (/^[وف]/.test(key) && n < MIN_COUNT_CONJUNCTION) continue;
    if ((counts.get(key.slice(1)) ?? 0) <= n * MAX_REST_SHARE) words.push(key);
  }
  words.sort();
  writeFileSync(target, JSON.stringify({ source: 'saudinewsnet-unlabelled', minCount: MIN_COUNT, minCountConjunction: MIN_COUNT_CONJUNCTION, maxRestShare: MAX_REST_SHARE, words }) + '\n');
  console.log(`whole words: ${words.length} of ${counts.size} → ${path.relative(repo, target)}`);
}

main();
