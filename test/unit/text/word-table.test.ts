import { strict as assert } from 'node:assert';
import { WordTable } from '../../../src/core/text/word-forms';

interface Entry { text: string; id: number }
const make = (text: string, made: Entry[], start: number, end: number, id: number): Entry => {
  const e = { text: text.slice(start, end), id };
  made.push(e);
  return e;
};

describe('word table', () => {
  it('makes a value once per word and finds it again inside any text', () => {
    const table = new WordTable<Entry>(4);
    const made: Entry[] = [];
    const a = table.get('قال بوتين', 4, 9, made, make);
    assert.equal(a.text, 'بوتين');
    assert.equal(table.get('بوتين', 0, 5, made, make), a);
    assert.equal(table.get('وبوتين قال', 1, 6, made, make), a);
    assert.notEqual(table.get('بوتينا', 0, 6, made, make), a);
    assert.deepEqual(made.map(e => [e.text, e.id]), [['بوتين', 0], ['بوتينا', 1]]);
  });

  it('empties itself when half full, bumps its generation and reuses ids', () => {
    const table = new WordTable<Entry>(3);
    const made: Entry[] = [];
    for (const w of ['a', 'b', 'c', 'd']) table.get(w, 0, 1, made, make);
    assert.equal(table.generation, 0);
    assert.deepEqual(made.map(e => e.id), [0, 1, 2, 3]);
    const e = table.get('e', 0, 1, made, make);
    assert.equal(table.generation, 1);
    assert.equal(e.id, 0);
    // 'a' was dropped with the rest: seen again, it is made again under a new id.
    const a = table.get('a', 0, 1, made, make);
    assert.equal(a.id, 1);
    assert.equal(made.length, 6);
    assert.equal(table.get('e', 0, 1, made, make), e);
  });
});
