// Facts that depend on how a word is written and not on where it stands (its readings, cue
// tests, which names it may start) recur across articles with the vocabulary, so they are
// computed once per written word. While an article's word ids are current (see word-forms.ts)
// the fact is an array index away; otherwise it is found by the word's text. Both tables are
// bounded: the ids' table is emptied when the ids move on, the texts' table when it is full.
import { wordFormsGeneration, type WordIds } from './word-forms';

/** A word, token or name: a string, or anything that carries the string it is written as. */
export type Written = string | { readonly text: string };

const DEFAULT_MAX = 200_000;

/** `compute` memoised per written word, holding at most `max` texts besides the current ids. */
export class TextMemo<W extends Written, T> {
  private byId: (T | undefined)[] = [];
  private generation = -1;
  private readonly byText = new Map<string, T>();

  constructor(private readonly compute: (w: W) => T, private readonly max = DEFAULT_MAX) {}

  /** The value for `w`, found by its text. */
  get(w: W): T {
    const text = typeof w === 'string' ? w : w.text;
    let v = this.byText.get(text);
    if (v === undefined) {
      v = this.compute(w);
      if (this.byText.size >= this.max) this.byText.clear();
      this.byText.set(text, v);
    }
    return v;
  }

  /** The value for `items[i]`, by its word id `ids.ids[i]` while those ids are current, else by its text. */
  of(items: readonly W[], ids: WordIds | undefined, i: number): T {
    if (ids === undefined || ids.generation !== wordFormsGeneration()) return this.get(items[i]);
    if (ids.generation !== this.generation) {
      this.byId = [];
      this.generation = ids.generation;
    }
    const id = ids.ids[i];
    let v = this.byId[id];
    if (v === undefined) {
      v = this.compute(items[i]);
      // Grown by push, never by writing past the end: the array stays dense however high ids go.
      while (this.byId.length <= id) this.byId.push(undefined);
      this.byId[id] = v;
    }
    return v;
  }

  /** The value for token i of an article. */
  at(article: { readonly tokens: readonly W[]; readonly wordIds?: WordIds }, i: number): T {
    return this.of(article.tokens, article.wordIds, i);
  }

  /** Forgets every value: for when what `compute` reads has changed. */
  clear(): void {
    this.byId = [];
    this.byText.clear();
  }
}

/** A function of a string, memoised by it. */
export function memoByString<T>(f: (s: string) => T, max = DEFAULT_MAX): (s: string) => T {
  const memo = new TextMemo<string, T>(f, max);
  return s => memo.get(s);
}
