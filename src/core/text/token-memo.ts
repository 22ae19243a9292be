// A fact about a token that depends on its text alone (readings, cue tests, which names it may
// start), computed once per written word. While an article's word ids are current (see
// word-forms.ts) the fact is an array index away; otherwise it is looked up by the token's text.
import type { Token } from './tokens';
import { IdTable } from './id-table';
import { wordFormsGeneration, type WordIds } from './word-forms';

/** What a memo needs of an article: its tokens and, when the tokenizer gave them, their word ids. */
export interface TokenSource {
  tokens: readonly Token[];
  wordIds?: WordIds;
}

const BY_TEXT_MAX = 200_000;

export class TokenMemo<T> {
  /** By word id, in the word table's current generation. */
  private readonly byId = new IdTable<T>();
  private readonly byText = new Map<string, T>();

  constructor(private readonly compute: (token: Token) => T) {}

  /** The fact for token i of `source`. */
  at(source: TokenSource, i: number): T {
    const wordIds = source.wordIds;
    const generation = wordFormsGeneration();
    if (wordIds === undefined || wordIds.generation !== generation) return this.atText(source.tokens[i]);
    const id = wordIds.ids[i];
    const v = this.byId.get(id, generation);
    return v === undefined ? this.fill(id, source.tokens[i]) : v;
  }

  /** Forgets every fact: for when what `compute` reads has changed. */
  clear(): void {
    this.byId.clear();
    this.byText.clear();
  }

  private fill(id: number, token: Token): T {
    const v = this.compute(token);
    this.byId.set(id, v);
    return v;
  }

  private atText(token: Token): T {
    let v = this.byText.get(token.text);
    if (v === undefined) {
      v = this.compute(token);
      if (this.byText.size >= BY_TEXT_MAX) this.byText.clear();
      this.byText.set(token.text, v);
    }
    return v;
  }
}
