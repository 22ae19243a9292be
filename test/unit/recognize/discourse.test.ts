import { strict as assert } from 'node:assert';
import { discourse, isNisba, nameAfterTitles } from '../../../src/core/recognize/discourse';
import type { Mention } from '../../../src/core/types';
import { ar, fakeSources } from './fakes';

describe('recognize/discourse', () => {
  it('asks the knowledge base it is given which words are nisba adjectives', () => {
    const ctx = ar('استقبل الوزير الروسي والفرنسي والصيني ضيفه');
    const d = discourse(ctx, [], fakeSources());
    const nisba = d.words.map(w => isNisba(d, w));
    // The fake knows Russia and France, not China; و before a nisba is a conjunction.
    assert.deepEqual(nisba, [false, false, true, true, false, false]);
  });

  it('skips a title and the nisba the knowledge base knows to reach the name', () => {
    const text = 'قال الوزير الفرنسي جان دوبوا إن المحادثات مفيدة';
    const ctx = ar(text);
    const start = text.indexOf('جان');
    const mention: Mention = { id: 'm1', entity: 'e1', start, end: start + 'جان دوبوا'.length, text: 'جان دوبوا', type: 'PER', origin: 'auto' };
    const d = discourse(ctx, [mention], fakeSources());
    assert.equal(nameAfterTitles(d, 1, 4, d.words.length)?.mention, mention);
    // Without that country in the knowledge base, الفرنسي is an ordinary word and stops the search.
    const bare = discourse(ctx, [mention], { ...fakeSources(), nisbaOf: () => undefined });
    assert.equal(nameAfterTitles(bare, 1, 4, bare.words.length), undefined);
  });
});
