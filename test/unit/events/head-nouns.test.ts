// A name's head noun whose first letter only looks like a proclitic (وزارة، وكالة، ولاية) is
// never read as a conjunction, a verb and an object pronoun (و + زار + ه "and visited him").
// Sentences written for this test.
import { strict as assert } from 'node:assert';
import { kindsWithRole, organisationKinds, placeKinds } from '../../../src/core/lang/lexicon';
import { eventRows } from './fixture';

const rows = (text: string): string[] => eventRows(text);

describe('events: head nouns that look like a proclitic and a verb', () => {
  it('no event is read inside a head noun; the meeting after it is found', () => {
    const heads = [...kindsWithRole(organisationKinds(), 'head'), ...kindsWithRole(placeKinds(), 'head')];
    assert.ok(heads.includes('وزارة'), 'the ministry is a head noun');
    for (const head of heads) assert.deepEqual(rows(`شارك ممثلون عن ${head} الزراعة في الاجتماع`), ['الاجتماع 04'], head);
  });

  it('a verb with an object pronoun after و is still found where no head noun is spelt the same', () => {
    assert.ok(rows('وصل المبعوث إلى القرية وخطفهم مسلحون').includes('خطفهم 18'), rows('وصل المبعوث إلى القرية وخطفهم مسلحون').join());
  });
});
