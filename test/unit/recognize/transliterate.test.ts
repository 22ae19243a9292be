import { strict as assert } from 'node:assert';
import { isNameToken, transliterateName } from '../../../src/core/recognize/transliterate';
import { matchKey } from '../../../src/core/text/normalize';

describe('recognize/transliterate', () => {
  it('spells name tokens as Wikidata does most often', () => {
    assert.equal(transliterateName('فلاديمير بوتين'), 'Vladimir Putin');
    assert.equal(transliterateName('دونالد ترامب'), 'Donald Trump');
  });
  it('reads regnal ordinals as Roman numerals', () => {
    assert.match(transliterateName('عبد الله الثاني'), / II$/);
  });
  it('ignores hamza and diacritics', () => {
    assert.equal(transliterateName('إيمانويل ماكرون'), transliterateName('ايمانويل ماكرُون'));
  });
  it('romanises an unknown token letter by letter', () => {
    assert.match(transliterateName('قزقزبخ'), /^Q[a-z']+$/);
  });
  it('knows name tokens but not function words', () => {
    assert.ok(isNameToken(matchKey('لافروف')));
    assert.ok(!isNameToken(matchKey('من')));
    assert.ok(!isNameToken(matchKey('في')));
  });
});
