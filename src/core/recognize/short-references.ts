// What a definite noun with no name after it (وقال الوزير، ودعا الرئيس، وأعلن المرصد) stands
// for, shared by speaker attribution and event actors so both read an article alike: the last
// organisation named before it whose name starts with that noun, else the last person named
// before it with that noun among the three words before the name (محافظ المدينة فلان … وقال
// المحافظ), and the adjective that follows the noun too when it has one (الوزير الكندي: not
// another minister).
import type { Mention } from '../types';
import { COMPLEMENTISERS, isNisba, isTitleNoun, isTitleWord, wordIndexAt, type Discourse } from './discourse';
import { partitionPoint } from '../text/search';
import { BodyReferences, bareNoun } from './body-references';

export interface DefiniteNoun {
  head: string;
  qualifier?: string;
}

/**
 * The definite noun at word j that is no name, and the nisba after it (الوزير الكندي; any other
 * definite word there is as often the verb's object: ودعا الرئيس المواطنين); `blocked` marks
 * words where what is said begins (a quotation), which are never a subject.
 */
export function definiteNounAt(d: Discourse, j: number, end: number, blocked: (j: number) => boolean = () => false): DefiniteNoun | undefined {
  if (j >= end || d.mentionAt[j] || blocked(j)) return undefined;
  const key = d.words[j].key;
  if (!key.startsWith('ال') || key.length <= 3 || COMPLEMENTISERS.has(key)) return undefined;
  const next = j + 1 < end && !d.mentionAt[j + 1] && !blocked(j + 1) && isNisba(d, d.words[j + 1]) ? bareNoun(d.words[j + 1].key) : undefined;
  return { head: bareNoun(key), qualifier: next };
}

/**
 * An office without the article in the subject's place (اعلن وزير الخارجية القطري …) and the nisba
 * that closes it: a title whose person the article may name only further on.
 */
export function officeAt(d: Discourse, j: number, end: number): DefiniteNoun | undefined {
  if (j >= end || d.mentionAt[j] || d.words[j].key.startsWith('ال') || !isTitleWord(d, j)) return undefined;
  for (let k = j + 1; k < end && k <= j + 3 && !d.mentionAt[k]; k++) if (isNisba(d, d.words[k])) return { head: bareNoun(d.words[j].key), qualifier: bareNoun(d.words[k].key) };
  return undefined;
}

export class ShortReferences {
  /** The organisations a bare kind noun may name again, also asked directly by event arguments. */
  readonly bodies: BodyReferences;
  private readonly byTitle = new Map<string, Mention[]>();
  private readonly titleWords = new Map<Mention, string[]>();
  constructor(d: Discourse, mentions: readonly Mention[]) {
    this.bodies = new BodyReferences(mentions);
    for (const m of [...mentions].sort((x, y) => x.start - y.start)) {
      if (m.type !== 'PER') continue;
      const j = wordIndexAt(d, m.start);
      const before: string[] = [];
      for (let t = j - 1; t >= 0 && t >= j - 3 && d.words[t].sentence === d.words[j]?.sentence; t--) before.push(bareNoun(d.words[t].key));
      const after = titleAfter(d, wordIndexAt(d, m.end), d.words[j]?.sentence);
      const words = after.length ? before.concat(after) : before;
      this.titleWords.set(m, words);
      for (const w of words) push(this.byTitle, w, m);
    }
  }

  /** The entity the noun stands for at offset `at`, if the article named one with it before (or, `ahead`, after). */
  resolve(noun: DefiniteNoun, at: number, ahead = false): string | undefined {
    const org = this.bodies.resolve(noun.head, at);
    if (org) return org.entity;
    const people = this.byTitle.get(noun.head);
    if (!people) return undefined;
    const from = partitionPoint(people.length, i => people[i].start < at);
    const fits = (m: Mention): boolean => !noun.qualifier || this.titleWords.get(m)!.includes(noun.qualifier);
    for (let k = from - 1, seen = 0; k >= 0 && seen < 20; k--, seen++) if (fits(people[k])) return people[k].entity;
    if (ahead && noun.qualifier) for (let k = from; k < people.length && k < from + 20; k++) if (fits(people[k])) return people[k].entity;
    return undefined;
  }
}

/**
 * A title in apposition after a name (فلان، رئيس الجالية اليمنية) and the words after it: the article may
 * name the person again by that title alone (وأضاف رئيس الجالية اليمنية).
 */
function titleAfter(d: Discourse, e: number, sentence: number | undefined): string[] {
  if (e >= d.words.length || d.words[e].sentence !== sentence || d.mentionAt[e] || /[^\s،,]/.test(d.words[e].gap) || !isTitleNoun(d, e)) return [];
  const out: string[] = [];
  for (let t = e; t < e + 3 && t < d.words.length && d.words[t].sentence === sentence && !d.mentionAt[t]; t++) {
    if (t > e && /[^\s]/.test(d.words[t].gap)) break;
    out.push(bareNoun(d.words[t].key));
  }
  return out;
}

const memo = new WeakMap<Discourse, ShortReferences>();

/** The resolver of one article view (a discourse is built once per mentions), built once. */
export function shortReferences(d: Discourse, mentions: readonly Mention[]): ShortReferences {
  let hit = memo.get(d);
  if (!hit) memo.set(d, (hit = new ShortReferences(d, mentions)));
  return hit;
}

function push(map: Map<string, Mention[]>, key: string, m: Mention): void {
  const list = map.get(key);
  if (!list) map.set(key, [m]);
  else if (list[list.length - 1] !== m) list.push(m);
}
