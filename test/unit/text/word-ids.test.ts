import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { wordsOf } from '../../../src/core/recognize/discourse';
import { recognizeNames } from '../../../src/core/recognize/names';
import { buildContext, type ArticleContext } from '../../../src/core/text/context';
import { tokenizeWithIds } from '../../../src/core/text/tokens';
import { wordFormsGeneration } from '../../../src/core/text/word-forms';

/** `n` distinct Arabic words, none of them in the seed article. */
function distinctWords(n: number, from = 0): string {
  const out: string[] = [];
  for (let i = from; i < from + n; i++) {
    let w = '';
    for (let x = i + 20000; x > 0; x = Math.floor(x / 26)) w += String.fromCharCode(0x628 + (x % 26));
    out.push(w + 'ي');
  }
  return out.join(' ');
}

let fresh = 1_000_000;

/** New words until the word table is emptied: the next new words get the lowest ids. */
function emptyWordTable(): void {
  const before = wordFormsGeneration();
  while (wordFormsGeneration() === before) tokenizeWithIds(distinctWords(1, fresh++));
}

/** The same article with the given word ids (stale, or none): a new object, so no per-context cache answers. */
function withIds(ctx: ArticleContext, wordIds: ArticleContext['wordIds']): ArticleContext {
  return { ...ctx, wordIds };
}

const SEED = readFileSync(path.join(__dirname, '../../../../seeds/000_aa1428275e2aae3c.txt'), 'utf8');
const REVERSED = SEED.split(/\s+/).reverse().join(' ');
const keysOf = (ctx: ArticleContext) => wordsOf(ctx).words.map(w => [w.key, ...w.keys].join('|'));

describe('word ids', () => {
  it('gives every occurrence of a word one id, and none to a text read across an emptying of the table', () => {
    const { tokens, wordIds } = tokenizeWithIds('قال بوتين إن بوتين قال');
    assert.ok(wordIds);
    assert.equal(wordIds.generation, wordFormsGeneration());
    assert.deepEqual([...wordIds.ids].map(id => id === wordIds.ids[0]), [true, false, false, false, true]);
    assert.equal(wordIds.ids[1], wordIds.ids[3]);
    assert.equal(tokens.length, 5);
    const across = tokenizeWithIds(distinctWords(40_000, 100_000));
    assert.equal(across.wordIds, undefined);
    assert.equal(across.tokens.length, 40_000);
    assert.notEqual(wordIds.generation, wordFormsGeneration());
  });

  it('reads words by text when a context\'s ids are stale or missing', () => {
    emptyWordTable();
    const ctx = buildContext(SEED);
    const expected = keysOf(ctx);
    emptyWordTable();
    // The seed's words again, in another order: other words now hold the seed's ids, and their vocables are filed under them.
    keysOf(buildContext(REVERSED));
    assert.deepEqual(keysOf(withIds(ctx, ctx.wordIds)), expected);
    assert.deepEqual(keysOf(withIds(ctx, undefined)), expected);
  });

  it('finds the same names when a context\'s ids are stale or missing', () => {
    emptyWordTable();
    const ctx = buildContext(SEED);
    const expected = JSON.stringify(recognizeNames(ctx));
    emptyWordTable();
    recognizeNames(buildContext(REVERSED));
    assert.equal(JSON.stringify(recognizeNames(withIds(ctx, ctx.wordIds))), expected);
    assert.equal(JSON.stringify(recognizeNames(withIds(ctx, undefined))), expected);
  });
});
