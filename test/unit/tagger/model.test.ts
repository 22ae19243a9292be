import { strict as assert } from 'node:assert';
import { loadTagger, tagNames } from '../../../src/core/recognize/tagger';
import { buildContext } from '../../../src/core/text/context';

describe('committed NER model', () => {
  it('loads once and is shared', () => {
    // Its load time is a figure of `npm run bench` (model load), not a test.
    assert.equal(loadTagger(), loadTagger());
  });

  it('was trained with the feature code it runs with', () => {
    assert.equal(loadTagger().stale, false, 'features changed since training: run npm run train:ner');
  });

  it('tags Putin after his title and Azerbaijan as a place', () => {
    const text = 'الرئيس الروسي فلاديمير بوتين يدعو إلى وقف إطلاق النار بين أذربيجان وأرمينيا.';
    const found = tagNames(buildContext(text, 'ar')).map(c => ({ text: text.slice(c.start, c.end), type: c.type, source: c.source }));
    assert.ok(found.some(c => c.text === 'فلاديمير بوتين' && c.type === 'PER' && c.source === 'model'), JSON.stringify(found));
    assert.ok(found.some(c => c.text === 'أذربيجان' && c.type === 'LOC'), JSON.stringify(found));
  });

  it('gives confidences between 0 and 1 and offsets that slice to words', () => {
    const text = 'قال وزير الخارجية الروسي سيرغي لافروف في موسكو.';
    const found = tagNames(buildContext(text, 'ar'));
    assert.ok(found.length > 0);
    for (const c of found) {
      assert.ok(c.confidence > 0 && c.confidence <= 1);
      assert.match(text.slice(c.start, c.end), /^[\p{L}\p{M}\p{N}].*[\p{L}\p{M}\p{N}]$|^[\p{L}\p{M}\p{N}]$/u);
    }
  });

  it('returns nothing for English text', () => {
    assert.deepEqual(tagNames(buildContext('President Putin spoke to Macron.', 'en')), []);
  });
});
