// A name's head noun whose first letter only looks like a proclitic (وزارة، وكالة، ولاية) is
// never read as a conjunction, a verb and an object pronoun (و + زار + ه "and visited him").
// Sentences written for this test.
import { strict as assert } from 'node:assert';
import { findQuotes } from '../../../src/core/recognize/quotes';
import { findDates } from '../../../src/core/recognize/dates';
import { extractEvents } from '../../../src/core/events/extract';
import { kindsWithRole, organisationKinds, placeKinds } from '../../../src/core/lang/lexicon';
import { fixture } from './fixture';

function rows(text: string): string[] {
  const f = fixture(text, []);
  const quotes = findQuotes(f.ctx, f.entities, f.mentions);
  return extractEvents(f.ctx, { entities: f.entities, mentions: f.mentions, quotes, dates: findDates(f.ctx) }).map(e => `${e.trigger.text} ${e.cameo.slice(0, 2)}`);
}

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
