import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { annotate } from '../../../src/core/annotate';
import { longArticle } from './long-article';

const root = path.resolve(__dirname, '../../../..');

describe('annotate() on a long article', function () {
  // A hang guard only: whether 4× the text takes about 4× the time is a figure of `npm run bench`.
  this.timeout(300_000);

  it('finds about four times the mentions in four times the text', () => {
    const small = annotate(longArticle(root, 60_000));
    const large = annotate(longArticle(root, 240_000));
    assert.ok(large.mentions.length > 4 * small.mentions.length * 0.8, `${large.mentions.length} mentions in 4× the text, ${small.mentions.length} in 1×`);
  });
});
