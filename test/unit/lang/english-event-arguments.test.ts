import { strict as assert } from 'node:assert';
import { lexicon } from '../../../src/core/lang/lexicon';
import { buildContext } from '../../../src/core/text/context';
import { extractEnglishEvents } from '../../../src/core/events/english-extract';
import type { Entity, EntityType, Mention, Quote } from '../../../src/core/types';
import { fakeSources } from '../recognize/fakes';

// Every word of media/lang/en/event-words.json the English argument finder reads, in sentences of
// our own around invented names (Kallstadt and Borovia places, Corvin a party, Tomas Vell a person),
// each class beside a sentence without the word.
const words = lexicon<Record<string, string[]>>('en', 'event-words');
const NAMES: Array<[string, string, EntityType]> = [['Kallstadt', 'k', 'LOC'], ['Borovia', 'b', 'LOC'], ['Corvin', 'c', 'ORG'], ['Tomas Vell', 'p', 'PER']];

interface Seen { trigger: string; actors: string[]; targets: string[]; location: string | null; source: string | null }

function events(text: string, quoted?: string): Seen[] {
  const entities: Entity[] = NAMES.map(([name, id, type]) => ({ id, type, name, aliases: [] }));
  const mentions: Mention[] = [];
  for (const [surface, id, type] of NAMES) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) mentions.push({ id: `m${mentions.length}`, entity: id, type, start: at, end: at + surface.length, text: surface, origin: 'manual' });
  }
  mentions.sort((a, b) => a.start - b.start);
  const quotes: Quote[] = quoted ? [{ id: 'q1', start: text.indexOf(quoted), end: text.indexOf(quoted) + quoted.length, text: quoted, speaker: 'p', origin: 'manual' }] : [];
  const ctx = buildContext(text, 'en');
  const name = (id: string): string => entities.find(e => e.id === id)!.name;
  return extractEnglishEvents(ctx, { entities, mentions, quotes, dates: [] }, fakeSources()).map(e => ({
    trigger: e.trigger.text, actors: e.actors.map(name), targets: e.targets.map(name), location: e.location && name(e.location), source: e.source ? name(e.source) : null,
  }));
}
const met = (text: string, quoted?: string): Seen => {
  const e = events(text, quoted).find(x => x.trigger === 'met' || x.trigger === 'attacked');
  assert.ok(e, text);
  return e;
};

describe('lang/en/event-words.json: words around arguments', () => {
  it('a place preposition (and "the <place noun> of") makes the name after it the place, not a target', () => {
    assert.deepEqual([met('The miners met Kallstadt.').targets, met('The miners met Kallstadt.').location], [['Kallstadt'], null]);
    for (const p of words.placePrepositions) {
      const e = met(`The miners met the wardens ${p} Kallstadt.`);
      assert.deepEqual([e.targets, e.location], [[], 'Kallstadt'], p);
    }
    for (const n of words.placeNouns) assert.equal(met(`The miners met the wardens in the ${n} of Kallstadt.`).location, 'Kallstadt', n);
  });

  it('a name after an object preposition is not the subject', () => {
    assert.deepEqual(met('Yesterday Borovia met the wardens.').actors, ['Borovia']);
    for (const p of words.objectPrepositions) assert.deepEqual(met(`Angry ${p} Borovia, the miners met the wardens.`).actors, [], p);
  });

  it('a clause word between the trigger and a name ends the clause: no target', () => {
    assert.deepEqual(met('The miners met Corvin.').targets, ['Corvin']);
    for (const w of words.clauseWords) assert.deepEqual(met(`The miners met ${w} Corvin.`).targets, [], w);
  });

  it('a subject pronoun (and fillers after it) stands for the last person named, or the speaker of the quote', () => {
    for (const p of words.subjectPronouns) {
      const first = /^(?:we|i)$/.test(p);
      const text = first ? `"${p === 'i' ? 'I' : 'We'} met Corvin," Tomas Vell said.` : `Tomas Vell arrived. ${p[0].toUpperCase()}${p.slice(1)} met Corvin.`;
      assert.deepEqual(met(text, first ? text.slice(0, text.indexOf(',') + 2) : undefined).actors, ['Tomas Vell'], p);
    }
    for (const f of words.pronounFillers) assert.deepEqual(met(`Tomas Vell arrived. He ${f} met Corvin.`).actors, ['Tomas Vell'], f);
  });

  it('a reporting verb (or "according to") with a named speaker makes the speaker the source', () => {
    for (const v of words.reportingVerbs) {
      const text = v === 'according' ? 'According to Tomas Vell, the miners attacked Borovia.' : `Tomas Vell ${v} Borovia attacked the depot.`;
      assert.equal(met(text).source, 'Tomas Vell', v);
    }
  });

  it('a contrasting clause after a comma (reportBoundaries) ends what a cue before it reports', () => {
    assert.equal(met('Tomas Vell said the wardens left and Borovia attacked the depot.').source, 'Tomas Vell');
    for (const b of words.reportBoundaries) {
      assert.equal(met(`Tomas Vell said the wardens left, ${b} Borovia attacked the depot.`).source, null, b);
    }
  });

  it('a complementiser opens a clause of its own: a name before it is neither the subject nor the place of a trigger after it', () => {
    assert.deepEqual(met('Corvin attacked the depot.').actors, ['Corvin']);
    assert.equal(met('Tomas Vell said the miners attacked the depot in Kallstadt.').location, 'Kallstadt');
    for (const c of words.complementisers) {
      assert.deepEqual(met(`Corvin heard reports ${c} the miners attacked the depot.`).actors, [], c);
      assert.equal(met(`Tomas Vell told reporters in Kallstadt ${c} the miners attacked the depot.`).location, null, c);
    }
  });

  it('a participant marker after a meeting names its participants: the people, else the names but places', () => {
    const talks = (text: string): string[] => events(text).find(e => e.trigger.endsWith('talks'))!.actors;
    assert.deepEqual(talks('Borovia held talks with Corvin.'), ['Borovia']);
    for (const marker of words.participantMarkers) {
      assert.deepEqual(talks(`The week of talks in Kallstadt ${marker} Borovia and Corvin ended.`), ['Borovia', 'Corvin'], marker);
      assert.deepEqual(talks(`The talks ${marker} Corvin's envoy Tomas Vell and Borovia ended.`), ['Tomas Vell'], marker);
      // A fight's sides are its bodies and countries, not the people leading them.
      const fight = events(`Fighting broke out in Kallstadt on Monday ${marker} Corvin, led by Tomas Vell, and Borovia.`).find(e => e.trigger === 'Fighting')!;
      assert.deepEqual(fight.actors, ['Corvin', 'Borovia'], marker);
    }
  });

  it('a name after an object preposition and a title, or inside an apposition, is not the subject', () => {
    assert.deepEqual(met('The miners marched against Minister Tomas Vell, then attacked the depot.').actors, []);
    assert.deepEqual(met('Tomas Vell, head of the Corvin party, attacked the depot.').actors, ['Tomas Vell']);
  });
});
