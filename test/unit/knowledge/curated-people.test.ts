import { strict as assert } from 'node:assert';
import { getGazetteer } from '../../../src/core/knowledge/gazetteer';
import { tokenize } from '../../../src/core/text/tokens';

// Sentences written for these tests.
const ids = (text: string): Array<string | undefined> => getGazetteer().match({ text, tokens: tokenize(text) }).map(m => m.id);

describe('knowledge/curated people', () => {
  it('knows the UN Secretary-General of 2007-2016 by his full name only (بان alone is also ب + أن)', () => {
    assert.deepEqual(ids('وقال بان كي مون إن المنظمة مستعدة للمساعدة.'), ['per/ban-ki-moon']);
    assert.deepEqual(ids('وأكد بان الوضع يتحسن.'), []);
  });
});
