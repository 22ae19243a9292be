// Event actors that stand away from the trigger (roles.ts, arguments.ts), on sentences written for these tests.
import { strict as assert } from 'node:assert';
import { findQuotes } from '../../../src/core/recognize/quotes';
import { findDates } from '../../../src/core/recognize/dates';
import { extractEvents } from '../../../src/core/events/extract';
import type { EntityType } from '../../../src/core/types';
import { fixture } from './fixture';

type Names = Array<[string, string, EntityType, string?]>;

function actorsOf(text: string, names: Names, trigger: string): string[] | undefined {
  const f = fixture(text, names);
  const quotes = findQuotes(f.ctx, f.entities, f.mentions);
  const events = extractEvents(f.ctx, { entities: f.entities, mentions: f.mentions, quotes, dates: findDates(f.ctx) });
  return events.find(e => e.trigger.text.includes(trigger))?.actors;
}

describe('events: actors away from the trigger', () => {
  it('takes the support verb\'s subject for a noun whose genitive is the place it went to (أعلنت X تسليم المدينة)', () => {
    const names: Names = [['الحكومة اليابانية', 'japan', 'ORG'], ['عمان', 'amman', 'LOC']];
    assert.deepEqual(actorsOf('وأعلنت الحكومة اليابانية أمس تسليم عمان أربع طائرات نقل', names, 'تسليم'), ['japan']);
  });
  it('takes the reporter for the speaker\'s own forces (أعلن X أن قواته …)', () => {
    const names: Names = [['الحلف الشمالي', 'alliance', 'ORG']];
    assert.deepEqual(actorsOf('وأعلن الحلف الشمالي في بيان أن قواته "قصفت مخازن للسلاح" قرب الحدود', names, 'قصفت'), ['alliance']);
  });
});
