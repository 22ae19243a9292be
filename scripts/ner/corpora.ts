// Readers for the NER training corpora in ../shared/data, each mapped to the
// product's PER/LOC/ORG BIO labels and to the tagger's token stream (words and
// single punctuation marks). ANERcorp's held-out portion is not in the data
// folder and is never looked for.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { labelIndex } from '../../src/core/recognize/tagger/labels';

export const SHARED = process.env.SEED_SHARED_DIR ?? path.resolve(__dirname, '../../../../shared');
export const DATA = path.join(SHARED, 'data');

export interface Sentence {
  words: string[];
  labels: number[];
}

export type CorpusName = 'anercorp' | 'aqmar' | 'newsfane' | 'wojood';

/** Raw "token tag" rows, a blank line between sentences. */
function readColumns(file: string, sep: RegExp): string[][][] {
  const out: string[][][] = [];
  let cur: string[][] = [];
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const cols = line.replace(/[\u200e\u200f\ufeff]/g, '').trim().split(sep);
    if (!cols[0]) {
      if (cur.length) out.push(cur);
      cur = [];
    } else cur.push(cols);
  }
  if (cur.length) out.push(cur);
  return out;
}

/** Splits tokens like "(د" or "للانقسام؛" the way the runtime tokenizer does, and repairs BIO. */
function toSentence(rows: { word: string; tag: string }[]): Sentence {
  const words: string[] = [];
  const labels: number[] = [];
  for (const { word, tag } of rows) {
    const type = tag === 'O' ? '' : tag.slice(2);
    let first = true;
    for (const m of word.matchAll(/[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu)) {
      const isWord = /[\p{L}\p{N}]/u.test(m[0]);
      words.push(m[0]);
      if (!type || !isWord) labels.push(0);
      else labels.push(labelIndex(`${first && tag.startsWith('B') ? 'B' : 'I'}-${type}`));
      if (isWord) first = false;
    }
  }
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (l !== 0 && l % 2 === 0 && (i === 0 || labels[i - 1] === 0 || ((labels[i - 1] - 1) >> 1) !== ((l - 1) >> 1))) labels[i] = l - 1;
  }
  return { words, labels };
}

function mapTag(tag: string, types: Record<string, string>): string {
  const m = /^([BI])-+(.+)$/.exec(tag);
  if (!m) return 'O';
  const t = types[m[2]];
  return t ? `${m[1]}-${t}` : 'O';
}

export function readAnercorp(): Sentence[] {
  const types = { PERS: 'PER', LOC: 'LOC', ORG: 'ORG' };
  return readColumns(path.join(DATA, 'anercorp-train/ANERcorp_train_derived.txt'), / +/).map(rows =>
    toSentence(rows.map(([word, tag]) => ({ word, tag: mapTag(tag ?? 'O', types) }))),
  );
}

export function readAqmar(): Sentence[] {
  const dir = path.join(DATA, 'aqmar');
  const types = { PER: 'PER', LOC: 'LOC', ORG: 'ORG' };
  const files = readdirSync(dir).filter(f => f.endsWith('.txt')).sort();
  return files.flatMap(f =>
    readColumns(path.join(dir, f), /\s+/).map(rows => toSentence(rows.map(([word, tag]) => ({ word, tag: mapTag(tag ?? 'O', types) })))),
  );
}

const NEWSFANE_TYPES: Record<string, string> = {
  Politician: 'PER', Athlete: 'PER', Artist: 'PER', Other_PER: 'PER', Religious_PER: 'PER', Scientist: 'PER',
  Businessperson: 'PER', Lawyer: 'PER', Engineer: 'PER', Police: 'PER',
  Nation: 'LOC', 'Population-Center': 'LOC', 'State-or-Province': 'LOC', 'GPE-Cluster': 'LOC', Continent: 'LOC',
  'Water-Body': 'LOC', 'Land-Region-Natural': 'LOC', 'County-or-District': 'LOC', Land: 'LOC',
  Government: 'ORG', 'Non-Governmental': 'ORG', Sports: 'ORG', Media: 'ORG', Commercial: 'ORG', Educational: 'ORG',
  Religious_ORG: 'ORG', Entertainment: 'ORG', 'Medical-Science': 'ORG',
};
const SPLIT_PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
const SPLIT_SUFFIXES = new Set(['ه', 'ها', 'هم', 'هما']);

/** NewsFANE separates clitics ("و الصادرات"); glue them back as ANERcorp and real text have them. */
export function readNewsfane(): Sentence[] {
  const file = path.join(DATA, 'newsfane-gold-filtered/NewsFANE_Gold_2014_filtered_noANERtest.txt');
  return readColumns(file, /\t/).map(rows => {
    const merged: { word: string; tag: string }[] = [];
    for (let i = 0; i < rows.length; i++) {
      const word = rows[i][0];
      const tag = mapTag(rows[i][1] ?? 'O', NEWSFANE_TYPES);
      const next = rows[i + 1];
      if (SPLIT_PROCLITICS.has(word) && tag === 'O' && next && /^\p{L}{2}/u.test(next[0])) {
        rows[i + 1] = [word + next[0], next[1]];
        continue;
      }
      const prev = merged[merged.length - 1];
      if (SPLIT_SUFFIXES.has(word) && tag === 'O' && prev && /\p{L}$/u.test(prev.word)) {
        prev.word += word;
        continue;
      }
      merged.push({ word, tag });
    }
    return toSentence(merged);
  });
}

export function readWojood(): Sentence[] {
  const types = { PERS: 'PER', GPE: 'LOC', LOC: 'LOC', ORG: 'ORG' };
  return ['train.txt', 'val.txt'].flatMap(f =>
    readColumns(path.join(DATA, 'wojood-sample', f), / +/).map(rows =>
      toSentence(rows.filter(([w]) => w !== '$#$').map(([word, tag]) => ({ word, tag: mapTag(tag ?? 'O', types) }))),
    ),
  );
}

export function readCorpus(name: CorpusName): Sentence[] {
  switch (name) {
    case 'anercorp': return readAnercorp();
    case 'aqmar': return readAqmar();
    case 'newsfane': return readNewsfane();
    case 'wojood': return readWojood();
  }
}
