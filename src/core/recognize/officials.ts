// An unnamed official speaks and acts for the body named after him (مسؤول في الخارجية، مصدر
// في الوزارة، متحدث باسم الجيش): analysts want the body, as they would for its statement; and a
// statement speaks for its issuer (قال بيان من مكتب الوزير: the minister).
// Shared by speaker attribution and event actors.
import type { Mention } from '../types';
import { WordMemo, isNisba, type Discourse } from './discourse';
import { definiteNounAt, type ShortReferences } from './short-references';
import { cueWords } from '../lang/lexicon';
import { wordKey } from './word-key';

const folded = (list: string[] | undefined): Set<string> => new Set((list ?? []).map(wordKey));
const OFFICIAL = new WordMemo(w => {
  const set = folded(cueWords('ar').officials);
  // The whole word or after و/ف only: بالمسؤول is an object.
  return set.has(w.key) || w.keys.some((k, i) => i > 0 && /^[وف]$/.test(w.prefixes[i]) && set.has(k));
});
const OFFICIAL_OF = new WordMemo(w => folded(cueWords('ar').officialOf).has(w.key));
const BREAK = /[،,.:؛«"“»”]/;

/** A nisba-shaped adjective (أمني، رسمي، حكومية، أمريكي): it qualifies the official, whatever country it names or none. */
const ADJECTIVE = /..(?:ي|يه)$/;

/** The organisation the unnamed official at word j speaks for (adjectives between allowed: مصدر أمني في). */
export function officialsBody(d: Discourse, j: number, end: number): { mention: Mention; word: number } | undefined {
  if (j >= end || d.mentionAt[j] || !OFFICIAL.word(d, j)) return undefined;
  let k = j + 1;
  while (k < end && k <= j + 3 && !d.mentionAt[k] && !BREAK.test(d.words[k].gap) && (ADJECTIVE.test(d.words[k].key) || isNisba(d, d.words[k]))) k++;
  if (k + 1 >= end || BREAK.test(d.words[k].gap) || BREAK.test(d.words[k + 1].gap) || !OFFICIAL_OF.word(d, k)) return undefined;
  const m = d.mentionAt[k + 1];
  return m && m.type === 'ORG' && m.start === d.words[k + 1].start ? { mention: m, word: k + 1 } : undefined;
}

/** The mention at word j is the body of an unnamed official before it (… مسؤول في [الخارجية]). */
export function isOfficialsBody(d: Discourse, j: number): boolean {
  for (let q = j - 2; q >= 0 && q >= j - 5; q--) if (officialsBody(d, q, j + 1)?.word === j) return true;
  return false;
}

const STATEMENT = new WordMemo(w => folded(cueWords('ar').statements).has(w.key));

/** A statement noun (بيان، تصريح), with or without the article or a preposition (في بيان). */
const STATEMENT_READING = new WordMemo(w => {
  const set = folded(cueWords('ar').statements);
  return w.keys.some(k => set.has(k.startsWith('ال') ? k.slice(2) : k));
});
export const isStatementWord = (d: Discourse, j: number): boolean => STATEMENT_READING.word(d, j);
const STATEMENT_LINK = new WordMemo(w => {
  const set = folded(cueWords('ar').statementLinks);
  return w.keys.some(k => set.has(k));
});

/**
 * The issuer of the statement at word j (بيان من مكتب الوزير، تصريح صادر عن الشركة): a name, or
 * a title the article named someone with, after the words that link a statement to its issuer.
 */
export function statementIssuer(d: Discourse, j: number, end: number, blocked: (word: number) => boolean, refs: ShortReferences): string | undefined {
  if (j >= end || d.mentionAt[j] || !STATEMENT.word(d, j)) return undefined;
  let k = j + 1;
  while (k < end && k <= j + 4 && !d.mentionAt[k] && !blocked(k) && !BREAK.test(d.words[k].gap) && STATEMENT_LINK.word(d, k)) k++;
  if (k === j + 1 || k >= end || blocked(k) || BREAK.test(d.words[k].gap)) return undefined;
  const m = d.mentionAt[k];
  if (m) return m.type === 'LOC' ? undefined : m.entity;
  const noun = definiteNounAt(d, k, end, blocked);
  return noun ? refs.resolve(noun, d.words[k].start) : undefined;
}
