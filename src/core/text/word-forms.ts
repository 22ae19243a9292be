// The strings of a word, shared by all its occurrences: news vocabulary repeats, so most tokens
// take the forms of an earlier occurrence instead of slicing, folding and segmenting their own
// (fewer live strings for the GC to copy, and their hashes are already computed for later map
// lookups). Each word gets a small id too, which later stages use to memoise per-word facts.
// An open-addressing table compared code unit by code unit: no string is built to look a word up.

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

const SLOTS = 1 << 16;
/** Emptied when half full, so probes stay short. */
const FORMS_MAX = SLOTS >> 1;
/**
 * Slot s holds [hash, id + 1] at 2s and 2s + 1 (0: empty): probing reads one small typed
 * array, 8 bytes a slot, and touches a word's forms only when the hash matches.
 */
const slots = new Int32Array(SLOTS * 2);
let formsById: WordForms[] = [];
let generation = 0;

/** Bumped each time the table is emptied. */
export function wordFormsGeneration(): number {
  return generation;
}

function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

function spells(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/** The forms of the word text[start, end), made by `make` (given the new id) the first time it is seen. */
export function wordForms(
  text: string,
  norm: string,
  start: number,
  end: number,
  make: (text: string, norm: string, start: number, end: number, id: number) => WordForms,
): WordForms {
  const h = hashOf(text, start, end);
  let slot = h & (SLOTS - 1);
  for (let id = slots[2 * slot + 1]; id !== 0; id = slots[2 * slot + 1]) {
    if (slots[2 * slot] === h) {
      const f = formsById[id - 1];
      if (spells(f.text, text, start, end)) return f;
    }
    slot = (slot + 1) & (SLOTS - 1);
  }
  if (formsById.length >= FORMS_MAX) {
    slots.fill(0);
    formsById = [];
    generation++;
    slot = h & (SLOTS - 1);
  }
  const forms = make(text, norm, start, end, formsById.length);
  formsById.push(forms);
  slots[2 * slot] = h;
  slots[2 * slot + 1] = formsById.length;
  return forms;
}
