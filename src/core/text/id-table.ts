// Values by small integer id, kept only while the ids mean the same words: a table of words
// that is emptied hands its ids out again (its generation moves on), and the values go too.
// The per-word memos (TokenMemo, WordMemo) and the tagger's scores by word id all keep one.

export class IdTable<T> {
  private values: (T | undefined)[] = [];
  private generation = -1;

  /** The value of `id` in `generation`, or undefined; asking in a new generation forgets every value. */
  get(id: number, generation: number): T | undefined {
    if (generation !== this.generation) {
      this.values = [];
      this.generation = generation;
    }
    return this.values[id];
  }

  /** Sets the value of `id` in the generation last asked about. */
  set(id: number, value: T): void {
    // Grown by push, never by writing past the end: the array stays dense however high ids go.
    while (this.values.length <= id) this.values.push(undefined);
    this.values[id] = value;
  }

  clear(): void {
    this.values = [];
  }
}
