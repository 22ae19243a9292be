import { strict as assert } from 'node:assert';
import { lexicon } from '../../../src/core/lang/lexicon';
import { findQuotes } from '../../../src/core/recognize/quotes';
import { findDates } from '../../../src/core/recognize/dates';
import { extractEvents } from '../../../src/core/events/extract';
import { eventWords } from '../../../src/core/events/words';
import type { EntityType } from '../../../src/core/types';
import { fixture } from './fixture';

// The closed classes of media/lang/ar/event-words.json that shape triggers and arguments, each
// entry in sentences of our own around invented names (غرانتوف a village, الكوبالتيون a party).
type Names = Array<[string, string, EntityType, string?]>;
const list = (cls: string): string[] => lexicon<Record<string, string[]>>('ar', 'event-words')[cls];

function eventsOf(text: string, names: Names = []) {
  const f = fixture(text, names);
  const quotes = findQuotes(f.ctx, f.entities, f.mentions);
  return extractEvents(f.ctx, { entities: f.entities, mentions: f.mentions, quotes, dates: findDates(f.ctx) });
}

const VILLAGE: [string, string, EntityType] = ['غرانتوف', 'v', 'LOC'];
const PARTY: [string, string, EntityType] = ['الكوبالتيون', 'p', 'ORG'];

describe('lang/ar event words', () => {
  it('is folded once: the same set on every call', () => {
    assert.equal(eventWords('negators'), eventWords('negators'));
  });

  it('a negator before an attack verb negates it; after a "without" word an attack noun names no event', () => {
    assert.deepEqual(eventsOf('قال الحراس إن المسلحين يهاجمون القرية.').map(e => e.modality), ['asserted']);
    for (const n of list('negators')) {
      const events = eventsOf(`قال الحراس إن المسلحين ${n} يهاجموا القرية.`);
      assert.deepEqual(events.map(e => [e.trigger.text, e.modality]), [[`${n} يهاجموا`, 'negated']], n);
    }
    assert.deepEqual(eventsOf('انسحب المسلحون بعد مهاجمة القرية.').map(e => e.plover), ['RETREAT', 'ASSAULT']);
    for (const n of list('without')) assert.deepEqual(eventsOf(`انسحب المسلحون ${n} مهاجمة القرية.`).map(e => e.plover), ['RETREAT'], n);
  });

  it('a purpose word before a talks noun makes it intended, not held', () => {
    assert.equal(eventsOf('أجرى الكوبالتيون مفاوضات مع الحكومة.', [PARTY]).filter(e => e.trigger.text === 'مفاوضات').length, 1);
    for (const w of list('purposeWords')) {
      const talks = eventsOf(`سافر الكوبالتيون إلى العاصمة ${w} مفاوضات مع الحكومة.`, [PARTY]).filter(e => e.trigger.text === 'مفاوضات');
      assert.deepEqual(talks, [], w);
    }
  });

  it('a talks noun in the genitive of a frame noun names no event', () => {
    for (const w of list('frameNouns')) {
      const talks = eventsOf(`ناقش الكوبالتيون ${w} المفاوضات أمس.`, [PARTY]).filter(e => e.trigger.text === 'المفاوضات');
      assert.deepEqual(talks, [], w);
    }
  });

  it('a place after a place marker is where the attack happened', () => {
    assert.equal(eventsOf('هاجم المسلحون غرانتوف أمس.', [VILLAGE])[0].location, null);
    for (const w of list('placeMarkers').filter(x => x !== 'ب')) {
      const [attack] = eventsOf(`هاجم المسلحون دورية ${w} غرانتوف أمس.`, [VILLAGE]);
      assert.equal(attack.location, 'v', w);
    }
  });

  it('the other side of a meeting follows a partner preposition', () => {
    for (const w of list('partnerPrepositions')) {
      const [meeting] = eventsOf(`عقد اجتماع ${w} الكوبالتيون والحكومة.`, [PARTY]);
      assert.ok(meeting.actors.includes('p') || meeting.targets.includes('p'), w);
    }
  });

  it('an appeal governs the act after a complement preposition: one event, not two', () => {
    for (const [verb, w] of [['دعا', 'إلى'], ['حث', 'على']]) {
      assert.ok(list('complementPrepositions').includes(w), w);
      assert.deepEqual(eventsOf(`${verb} الكوبالتيون ${w} اعتقال المسؤولين.`, [PARTY]).map(e => [e.trigger.text, e.plover]), [[verb, 'REQUEST']], w);
    }
  });
});
