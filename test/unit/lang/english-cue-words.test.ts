import { strict as assert } from 'node:assert';
import { cueWords } from '../../../src/core/lang/lexicon';
import { buildContext } from '../../../src/core/text/context';
import { attributeEnglishSpeakers } from '../../../src/core/recognize/english-speakers';
import type { Entity, Mention, Quote } from '../../../src/core/types';
import { fakeSources } from '../recognize/fakes';

// Every pronoun, auxiliary, object preposition and object verb of media/lang/en/cue-words.json,
// in sentences of our own around two invented people, each class beside a sentence without it.
const cues = cueWords('en');
const PEOPLE: Array<[string, string]> = [['Tomas Vell', 't'], ['Anna Kerr', 'a']];

/** The speaker of the one quoted passage of `text` ("…"), by name, or null. */
function speaker(text: string): string | null {
  const entities: Entity[] = PEOPLE.map(([name, id]) => ({ id, type: 'PER', name, aliases: [] }));
  const mentions: Mention[] = [];
  for (const [surface, id] of PEOPLE) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) mentions.push({ id: `m${mentions.length}`, entity: id, type: 'PER', start: at, end: at + surface.length, text: surface, origin: 'manual' });
  }
  const start = text.indexOf('"');
  const end = text.indexOf('"', start + 1) + 1;
  const quote: Quote = { id: 'q1', start, end, text: text.slice(start, end), speaker: null, origin: 'auto' };
  attributeEnglishSpeakers(buildContext(text, 'en'), [quote], entities, mentions.sort((x, y) => x.start - y.start), fakeSources());
  return PEOPLE.find(([, id]) => id === quote.speaker)?.[0] ?? null;
}

describe('lang/en/cue-words.json', () => {
  it('he or she before a speech verb (capitalised too) is the person named before; they or it name no one', () => {
    for (const p of cues.pronouns!) {
      const who = /^(?:he|she)$/.test(p) ? 'Tomas Vell' : null;
      assert.equal(speaker(`Tomas Vell reached the mill. "The gates stay shut," ${p} said.`), who, p);
      assert.equal(speaker(`Tomas Vell reached the mill. ${p[0].toUpperCase()}${p.slice(1)} said: "The gates stay shut."`), who, p);
    }
  });

  it('an auxiliary between the pronoun and the verb keeps the pronoun the subject', () => {
    assert.equal(speaker('Tomas Vell reached the mill. "The gates stay shut," he mumbled, then sighed.'), null);
    for (const a of cues.auxiliaries!) assert.equal(speaker(`Tomas Vell reached the mill. "The gates stay shut," he ${a} said.`), 'Tomas Vell', a);
  });

  it('a name after a preposition is not the subject a second verb of the clause shares', () => {
    assert.equal(speaker('Beside the road Anna Kerr and Tomas Vell waited and said: "The gates stay shut."'), 'Anna Kerr');
    for (const p of cues.objectPrepositions!) assert.equal(speaker(`Seated ${p} Anna Kerr, Tomas Vell waited and said: "The gates stay shut."`), 'Tomas Vell', p);
  });

  it('a name after a preposition or an object verb is not the person a later he or she stands for', () => {
    assert.equal(speaker('Crowds saw Tomas Vell as Anna Kerr arrived. "The gates stay shut," she said.'), 'Tomas Vell');
    for (const w of [...cues.objectPrepositions!, ...cues.objectVerbs!]) {
      assert.equal(speaker(`Crowds ${w} Tomas Vell as Anna Kerr arrived. "The gates stay shut," she said.`), 'Anna Kerr', w);
    }
  });
});
