// Builds media/data/translit.json: Arabic name token (matchKey) → its most
// frequent English spelling, from the Wikidata person-name token pairs of
// Merhav & Ash (CC0) in ../shared/data/wd-arabic-names. Run after `npm run build`:
//   node out/scripts/build-translit.js
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { matchKey } from '../src/core/text/normalize';
import { isStopWord } from '../src/core/recognize/lexicon';

const repo = path.resolve(__dirname, '../..');
const shared = process.env.SEED_SHARED_DIR ?? path.resolve(repo, '../shared');
const source = path.join(shared, 'data/wd-arabic-names/wd_arabic.normalized.aligned.tokens');
const target = path.join(repo, 'media/data/translit.json');

/** English tokens the alignment pairs with Arabic function words (من → of). */
const ENGLISH_FUNCTION_WORDS = new Set(['of', 'in', 'the', 'and', 'on', 'at', 'to', 'a', 'an', 'for', 'from', 'by', 'with']);

function capitalise(word: string): string {
  return word.replace(/(^|[-'’ʿ`])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

function main(): void {
  const counts = new Map<string, Map<string, number>>();
  for (const line of readFileSync(source, 'utf8').split('\n')) {
    const [en, letters, n] = line.split('\t');
    if (!en || !letters || !n) continue;
    const english = en.trim().toLowerCase();
    if (ENGLISH_FUNCTION_WORDS.has(english) || !/^\p{L}/u.test(english)) continue;
    const key = matchKey(letters.replace(/ /g, ''));
    if (key.length < 2 || isStopWord(key)) continue;
    // Misaligned pairs (اوغلو → beşikçioğlu) spell far more or fewer letters than the Arabic has.
    if (english.length > 2 * key.length || english.length * 2 < key.length) continue;
    const byEn = counts.get(key) ?? new Map<string, number>();
    byEn.set(english, (byEn.get(english) ?? 0) + Number(n));
    counts.set(key, byEn);
  }
  // Ties go to the plain-ASCII spelling (putin over botín), then alphabetical, so the output is stable.
  const rank = (en: string, c: number): [number, number] => [c, /^[a-z'-]+$/.test(en) ? 1 : 0];
  const out: Record<string, string> = {};
  for (const key of [...counts.keys()].sort()) {
    let best = '';
    let bestRank: [number, number] = [-1, -1];
    for (const [en, c] of [...counts.get(key)!].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const r = rank(en, c);
      if (r[0] > bestRank[0] || (r[0] === bestRank[0] && r[1] > bestRank[1])) {
        best = en;
        bestRank = r;
      }
    }
    out[key] = capitalise(best);
  }
  writeFileSync(target, JSON.stringify(out) + '\n');
  console.log(`translit: ${Object.keys(out).length} Arabic name tokens → ${path.relative(repo, target)}`);
}

main();
