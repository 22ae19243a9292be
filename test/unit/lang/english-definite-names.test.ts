import { strict as assert } from 'node:assert';
import { lexicon } from '../../../src/core/lang/lexicon';
import { withArticle } from '../../../src/core/recognize/titles';

// Every entry of media/lang/en/definite-names.json gives its name "the"; other names stay bare.
const names = lexicon<{ starts: string[]; words: string[] }>('en', 'definite-names');

describe('lang/en/definite-names.json', () => {
  it('a name starting with an entry, or holding a word entry, takes "the" once', () => {
    assert.equal(withArticle('Freedonia'), 'Freedonia');
    for (const s of names.starts) {
      const name = s.endsWith(' ') ? `${s}Provinces of Freedonia` : s;
      assert.equal(withArticle(name), `the ${name}`, s);
      assert.equal(withArticle(`the ${name}`), `the ${name}`, s);
    }
    for (const w of names.words) assert.equal(withArticle(`Freedonian ${w}`), `the Freedonian ${w}`, w);
  });

  it('"United" needs the space after it, and a start entry must start the name', () => {
    assert.equal(withArticle('Unitedville'), 'Unitedville');
    assert.equal(withArticle('Greater Kremlin'), 'Greater Kremlin');
  });
});
