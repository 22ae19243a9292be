// Every entry of the speech-verb and cue-word lexicons, on a sentence written for it.
import { strict as assert } from 'node:assert';
import { findQuotes } from '../../../src/core/recognize/quotes';
import { cueWords } from '../../../src/core/lang/lexicon';
import { fixture } from '../events/fixture';

const quotesOf = (text: string, names: Parameters<typeof fixture>[1] = []) => {
  const f = fixture(text, names);
  return findQuotes(f.ctx, f.entities, f.mentions);
};

describe('quotes lexicon: words after which a quoted phrase is a name', () => {
  for (const head of cueWords('ar').nameHeads ?? []) {
    it(`${head} «…» is no quote`, () => {
      const text = `وتحدث المراسل عن ${head} «النجمة الزرقاء» طويلا.`;
      assert.deepEqual(quotesOf(text).map(q => q.text), []);
    });
  }
  it('a speech verb before the same words keeps the quote', () => {
    assert.deepEqual(quotesOf('وتحدث المراسل قائلا «النجمة الزرقاء» طويلا.').map(q => q.text), ['النجمة الزرقاء']);
  });
});
