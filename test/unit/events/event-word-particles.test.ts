// The one- and two-word classes of media/lang/ar/event-words.json that shape a clause around a
// trigger (perfectParticles, agentPrepositions, pronounObjectPrepositions, looseComplementLinks),
// each entry in sentences of our own around invented names, beside a sentence without it.
import { strict as assert } from 'node:assert';
import { lexicon } from '../../../src/core/lang/lexicon';
import { findQuotes } from '../../../src/core/recognize/quotes';
import { findDates } from '../../../src/core/recognize/dates';
import { extractEvents } from '../../../src/core/events/extract';
import type { EntityType } from '../../../src/core/types';
import { fixture } from './fixture';

type Names = Array<[string, string, EntityType, string?]>;
const list = (cls: string): string[] => lexicon<Record<string, string[]>>('ar', 'event-words')[cls];

function eventsOf(text: string, names: Names) {
  const f = fixture(text, names);
  const quotes = findQuotes(f.ctx, f.entities, f.mentions);
  return extractEvents(f.ctx, { entities: f.entities, mentions: f.mentions, quotes, dates: findDates(f.ctx) });
}
const actorsOf = (text: string, names: Names, trigger: string): string[] | undefined =>
  eventsOf(text, names).find(e => e.trigger.text.startsWith(trigger))?.actors;

const PATROL: [string, string, EntityType] = ['الدورية', 'patrol', 'ORG'];
const KAMAL: [string, string, EntityType] = ['كمال', 'kamal', 'PER'];

describe('lang/ar event words around a clause', () => {
  it('a perfect particle between a relative pronoun and its verb keeps the verb in the relative clause (its antecedent is no name: no actor)', () => {
    assert.deepEqual(actorsOf('طاردت الدورية أحد أقاربه الذي ربما خطف الراعي', [PATROL], 'خطف'), ['patrol']);
    for (const p of list('perfectParticles')) assert.deepEqual(actorsOf(`طاردت الدورية أحد أقاربه الذي ${p} خطف الراعي`, [PATROL], 'خطف'), [], p);
  });

  it('a preposition before an agent marker introduces the agent of an impersonal report', () => {
    assert.deepEqual(actorsOf('تم اعتقال المزارع عند قبل الدورية', [PATROL], 'اعتقال'), []);
    for (const p of list('agentPrepositions')) {
      for (const m of ['قبل', 'يد', 'أيدي']) assert.deepEqual(actorsOf(`تم اعتقال المزارع ${p} ${m} الدورية`, [PATROL], 'اعتقال'), ['patrol'], `${p} ${m}`);
    }
  });

  it('a preposition carrying a pronoun ending may stand between a verb and its subject; another word or ending may not', () => {
    assert.deepEqual(actorsOf('وصلت الشحنة التي وعد حقا الوزير كمال', [KAMAL], 'وعد'), []);
    assert.deepEqual(actorsOf('وصلت الشحنة التي وعد بك الوزير كمال', [KAMAL], 'وعد'), []);
    // Written as news writes them (عليه، إليه); منه takes the ending too (منهه), as the regex always allowed.
    const written: Record<string, string> = { على: 'علي', إلى: 'إلي' };
    for (const p of list('pronounObjectPrepositions')) {
      for (const ending of ['ه', 'ها', 'هم']) assert.deepEqual(actorsOf(`وصلت الشحنة التي وعد ${written[p] ?? p}${ending} الوزير كمال`, [KAMAL], 'وعد'), ['kamal'], p + ending);
    }
  });

  it('a loose complement link joins no verb to the noun after it; another link does', () => {
    assert.deepEqual(eventsOf('قتل إلى الهجوم حارسان', []).map(e => e.trigger.text), ['قتل إلى الهجوم']);
    for (const l of list('looseComplementLinks')) assert.deepEqual(eventsOf(`قتل ${l} الهجوم حارسان`, []).map(e => e.trigger.text), ['قتل', 'الهجوم'], l);
  });
});
