// Builds media/data/translit.json (see TranslitFile): Arabic name token
// (matchKey) → its most frequent English spelling, from the Wikidata
// person-name token pairs of Merhav & Ash (CC0) in ../shared/data/wd-arabic-names;
// and the spellings the knowledge base's English names give their tokens,
// which win (data about the person over data about the token). Run after
// `npm run build:kb`: node out/scripts/build-translit.js
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { matchKey } from '../src/core/text/normalize';
import { isStopWord } from '../src/core/recognize/lexicon';
import { lexicon } from '../src/core/lang/lexicon';
import type { TranslitFile } from '../src/core/recognize/transliterate';
import type { KbFile } from '../src/core/knowledge/types';

const repo = path.resolve(__dirname, '../..');
const shared = process.env.SEED_SHARED_DIR ?? path.resolve(repo, '../shared');
const source = path.join(shared, 'data/wd-arabic-names/wd_arabic.normalized.aligned.tokens');
const target = path.join(repo, 'media/data/translit.json');
const kbFile = path.join(repo, 'media/data/kb.json');

/** A function word's key that is also a frequent name (على and علي share a key): spelt, but no evidence of a name. */
const NAME_AND_WORD_MIN = 20;
/**
 * One person's spelling (Barham Salih) is no better guess for everyone named
 * صالح than Wikidata's most frequent one: the knowledge base spells a token
 * only where Wikidata saw it fewer times than this.
 */
const KB_OVER_WIKIDATA_BELOW = 5;

/** Latin letters an English name may start with for an Arabic first letter: a check that two names' words line up. */
const FIRST_LATIN: Record<string, string> = {
  ا: 'aeiouāáâäçéíóöüı', ب: 'bp', ت: 'tç', ث: 't', ج: 'jgdyz', ح: 'h', خ: 'khx', د: 'd', ذ: 'dzt', ر: 'r', ز: 'z', س: 'sşš', ش: 'scşš',
  ص: 's', ض: 'dz', ط: 't', ظ: 'zd', ع: 'aeiou', غ: 'g', ف: 'fvp', ق: 'qkg', ك: 'kcqg', ل: 'l', م: 'm', ن: 'n',
  ه: 'hae', و: 'wvou', ي: 'yiej', ء: 'aeiou',
};
const lineUp = (ar: string, en: string) => !!FIRST_LATIN[ar[0]]?.includes(en[0].toLowerCase());

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
    if (key.length < 2) continue;
    // Misaligned pairs (اوغلو → beşikçioğlu) spell far more or fewer letters than the Arabic has.
    if (english.length > 2 * key.length || english.length * 2 < key.length) continue;
    const byEn = counts.get(key) ?? new Map<string, number>();
    byEn.set(english, (byEn.get(english) ?? 0) + Number(n));
    counts.set(key, byEn);
  }
  // Ties go to the plain-ASCII spelling (putin over botín), then alphabetical, so the output is stable.
  const rank = (en: string, c: number): [number, number] => [c, /^[a-z'-]+$/.test(en) ? 1 : 0];
  const tokens: Record<string, string> = {};
  const spellings: Record<string, string> = {};
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
    if (!isStopWord(key)) tokens[key] = capitalise(best);
    else if (bestRank[0] >= NAME_AND_WORD_MIN) spellings[key] = capitalise(best);
  }
  const fromKb = kbSpellings();
  const seen = (key: string) => [...(counts.get(key)?.values() ?? [])].reduce((a, b) => a + b, 0);
  for (const key of Object.keys(fromKb).sort()) {
    if (tokens[key] !== fromKb[key] && seen(key) < KB_OVER_WIKIDATA_BELOW) spellings[key] = fromKb[key];
  }
  const out: TranslitFile = { tokens, spellings };
  writeFileSync(target, JSON.stringify(out) + '\n');
  console.log(`translit: ${Object.keys(tokens).length} Arabic name tokens, ${Object.keys(spellings).length} spellings from the knowledge base and name-words → ${path.relative(repo, target)}`);
}

/**
 * Token spellings of the knowledge base's people whose Arabic and English names
 * have as many words (محمد بن سلمان / Mohammed bin Salman); the first entry
 * (curated before mined) wins. Particles and articles are left to name-parts.
 */
function kbSpellings(): Record<string, string> {
  const kb = JSON.parse(readFileSync(kbFile, 'utf8')) as KbFile;
  const parts = lexicon<{ particles: Record<string, unknown>; servant: Record<string, unknown> }>('ar', 'name-parts');
  const particle = (k: string) => k in parts.particles || k in parts.servant;
  const out: Record<string, string> = {};
  for (const e of kb.entries) {
    if (e.type !== 'PER' || !e.en || e.source) continue;
    const en = e.en.replace(/\s*\(.*\)$/, '').split(' ');
    for (const ar of e.ar) {
      const keys = matchKey(ar).split(' ');
      // Same word count by chance (a surname of two words beside first name and surname) shows in the first letters.
      if (keys.length !== en.length || keys.length < 2 || !keys.every((k, i) => lineUp(k, en[i]))) continue;
      keys.forEach((k, i) => {
        if (k.length < 3 || isStopWord(k) || particle(k) || !/^\p{Lu}/u.test(en[i]) || k in out) return;
        out[k] = en[i];
      });
    }
  }
  return out;
}

main();
