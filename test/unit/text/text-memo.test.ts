import { strict as assert } from 'node:assert';
import { memoByString, TextMemo } from '../../../src/core/text/text-memo';
import { tokenize, tokenizeWithIds } from '../../../src/core/text/tokens';

describe('TextMemo', () => {
  it('computes a fact once per written word, whatever object carries the word', () => {
    const seen: string[] = [];
    const memo = new TextMemo((w: { text: string; key: string }) => (seen.push(w.text), w.key.length));
    const tokens = tokenize('قال الوزير إن الوزير قال');
    assert.deepEqual(tokens.map((_, i) => memo.at({ tokens }, i)), [3, 6, 2, 6, 3]);
    assert.deepEqual(memo.get({ text: 'الوزير', key: 'ignored: already known' }), 6);
    assert.deepEqual(seen, ['قال', 'الوزير', 'إن']);
  });

  it('reads a token by its word id while the ids are current, computing once per word', () => {
    const seen: string[] = [];
    const memo = new TextMemo((t: { text: string }) => (seen.push(t.text), t.text.length));
    const article = tokenizeWithIds('وصل الوفد ثم وصل الوفد');
    assert.ok(article.wordIds);
    assert.deepEqual(article.tokens.map((_, i) => memo.at(article, i)), [3, 5, 2, 3, 5]);
    assert.deepEqual(seen, ['وصل', 'الوفد', 'ثم']);
    // Ids of a generation that has passed are not trusted: the word is found by its text.
    const stale = { ...article, wordIds: { ids: article.wordIds.ids, generation: article.wordIds.generation - 1 } };
    assert.deepEqual(stale.tokens.map((_, i) => memo.at(stale, i)), [3, 5, 2, 3, 5]);
  });

  it('holds at most its limit, then starts over, and forgets everything on clear', () => {
    let calls = 0;
    const memo = new TextMemo((s: string) => (calls++, s.length), 2);
    memo.get('ab');
    memo.get('abc');
    memo.get('ab');
    assert.equal(calls, 2);
    memo.get('abcd'); // full: emptied before this one is kept
    memo.get('ab');
    assert.equal(calls, 4);
    memo.clear();
    memo.get('abcd');
    assert.equal(calls, 5);
  });

  it('memoises a function of a string', () => {
    let calls = 0;
    const twice = memoByString(s => (calls++, s + s));
    assert.equal(twice('لا'), 'لالا');
    assert.equal(twice('لا'), 'لالا');
    assert.equal(calls, 1);
  });
});
