// The strings of a word, shared by all its occurrences: news vocabulary repeats, so most tokens
// take the forms of an earlier occurrence instead of slicing, folding and segmenting their own
// (fewer live strings for the GC to copy, and their hashes are already computed for later map
// lookups). Each word gets a small id too, which later stages use to memoise per-word facts.
// An open-addressing table compared code unit by code unit: no string is built to look a word up.
import { hashRange } from './hash';

/** What a token's strings are, the same for every occurrence of one word. */
export interface WordForms {
  /** Index of the word in the table; ids are reused after the table is emptied (see `wordFormsGeneration`). */
  id: number;
  text: string;
  norm: string;
  key: string;
  prefix: string;
  stemOffset: number;
  stemKey: string;
}

/** The word id of every token of an article, valid while the table is in `generation`. */
export interface WordIds {
  ids: Int32Array;
  generation: number;
}


function spells(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/**
 * Values made once per distinct word text[start, end) and found again without slicing the
 * text. Slot s holds [hash, id + 1] at 2s and 2s + 1 (0: empty): probing reads one small
 * typed array, 8 bytes a slot, and touches a value only when the hash matches. Emptied when
 * half full, so probes stay short; `generation` counts the emptyings (ids are then reused).
 */
export class WordTable<T extends { readonly text: string }> {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly max: number;
  private values: T[] = [];
  generation = 0;

  /** `bits`: log2 of the slot count; at most half the slots are filled. */
  constructor(bits: number) {
    this.slots = new Int32Array(2 << bits);
    this.mask = (1 << bits) - 1;
    this.max = 1 << (bits - 1);
  }

  /** The value of the word text[start, end), made by `make` (given `arg` and the new id) the first time it is seen. */
  get<A>(text: string, start: number, end: number, arg: A, make: (text: string, arg: A, start: number, end: number, id: number) => T): T {
    const slots = this.slots, mask = this.mask;
    // Signed, as the Int32Array slots hold it.
    const h = hashRange(text, start, end) | 0;
    let slot = h & mask;
    for (let id = slots[2 * slot + 1]; id !== 0; id = slots[2 * slot + 1]) {
      if (slots[2 * slot] === h) {
        const v = this.values[id - 1];
        if (spells(v.text, text, start, end)) return v;
      }
      slot = (slot + 1) & mask;
    }
    if (this.values.length >= this.max) {
      slots.fill(0);
      this.values = [];
      this.generation++;
      slot = h & mask;
    }
    const value = make(text, arg, start, end, this.values.length);
    this.values.push(value);
    slots[2 * slot] = h;
    slots[2 * slot + 1] = this.values.length;
    return value;
  }
}

/** 2^16 slots (512 KB): the table stays in cache. */
const FORMS = new WordTable<WordForms>(16);

/** Bumped each time the table is emptied. */
export function wordFormsGeneration(): number {
  return FORMS.generation;
}

/** The forms of the word text[start, end), made by `make` (given the new id) the first time it is seen. */
export function wordForms(
  text: string,
  norm: string,
  start: number,
  end: number,
  make: (text: string, norm: string, start: number, end: number, id: number) => WordForms,
): WordForms {
  return FORMS.get(text, start, end, norm, make);
}
