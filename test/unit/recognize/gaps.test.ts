import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { buildContext } from '../../../src/core/text/context';
import { gapAfter } from '../../../src/core/recognize/token-view';

/** The rule as first written, over the gap's text: the character scan must agree with it. */
function byRegex(between: string): string {
  if (between === '') return 'space';
  if (/[.!?؟؛;:«»"“”„()[\]{}\n\r\u2026]/.test(between)) return 'break';
  if (/[،,]/.test(between)) return 'comma';
  return /\S/.test(between.replace(/[\u200e\u200f\u061c-]/g, '')) ? 'break' : 'space';
}

const GAP_CHARS = [' ', '\u00a0', '\t', '\n', '،', ',', '.', '«', '»', '(', '-', '\u200e', '\u200f', '\u061c', '\u200b', '*', '/', '\u2026', '\ud83d'];

describe('gaps between tokens', () => {
  it('name the same gap as the regex rule for any run of separators', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...GAP_CHARS), { minLength: 1, maxLength: 6 }), chars => {
        const gap = chars.join('');
        const ctx = buildContext(`بوتين${gap}لافروف`);
        if (ctx.tokens.length !== 2) return;
        const between = ctx.text.slice(ctx.tokens[0].end, ctx.tokens[1].start);
        assert.equal(gapAfter(ctx, 0), byRegex(between), JSON.stringify(between));
      }),
      { numRuns: 500 },
    );
  });

  it('after the last token is a break; a single space is a space; a comma a comma', () => {
    const ctx = buildContext('قال بوتين، إن');
    assert.deepEqual([0, 1, 2].map(i => gapAfter(ctx, i)), ['space', 'comma', 'break']);
  });
});
