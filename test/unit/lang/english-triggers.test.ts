import { strict as assert } from 'node:assert';
import { lexicon } from '../../../src/core/lang/lexicon';
import { englishTriggers } from '../../../src/core/events/english-lexicon';

// Every phrase of media/lang/en/event-triggers.json in its base form is found with its code.
describe('lang/en/event-triggers.json', () => {
  const { triggers } = lexicon<{ triggers: Array<{ cameo: string; phrases: string }> }>('en', 'event-triggers');

  it('is compiled once: the same regexes on every call', () => {
    assert.equal(englishTriggers(), englishTriggers());
  });
  it('every phrase, written plainly in a sentence, matches the regex of its code', () => {
    for (const { cameo, phrases } of triggers) {
      for (const phrase of phrases.split('|')) {
        const text = `Officials said the ${phrase.replace(/~/g, '')} was reported.`;
        const found = englishTriggers().filter(t => t.cameo === cameo).some(({ re }) => {
          re.lastIndex = 0;
          return re.test(text);
        });
        assert.ok(found, `${cameo} ${phrase}`);
      }
    }
  });
});
