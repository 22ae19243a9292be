// Capitalised names compromise cannot type, typed by the words around them
// (media/lang/en/institutions.json bodyHeads, event-words placePrepositions and
// titles, speech verbs), and the dateline's place. Sentences of our own.
import { strict as assert } from 'node:assert';
import { annotate } from '../../../src/core/annotate';
import { lexicon } from '../../../src/core/lang/lexicon';

const found = (text: string): string[] => {
  const doc = annotate(text, { language: 'en' });
  return doc.mentions.map(m => `${text.slice(m.start, m.end)}/${m.type}`);
};
const has = (text: string, mention: string): boolean => found(text).includes(mention);

describe('English names typed by their context', () => {
  it('a body head word at the end of a capitalised name, or before "of", makes an organisation', () => {
    for (const head of lexicon<{ bodyHeads: { entries: string[] } }>('en', 'institutions').bodyHeads.entries) {
      assert.ok(has(`Members of the Zorvani ${head} met on Monday.`, `Zorvani ${head}/ORG`), head);
    }
    assert.ok(has('The Bank of Zorvania raised rates on Monday.', 'Bank of Zorvania/ORG'));
  });

  it('two capitalised words before a speech verb, or any after a role word, make a person', () => {
    assert.ok(has('Doctors said Tamsin Okonkwo-Reyes told the clinic the drug was safe.', 'Tamsin Okonkwo-Reyes/PER'));
    assert.ok(has('Tamsin Okonkwo said the drug was safe.', 'Tamsin Okonkwo/PER'), 'opening the sentence');
    // One word before "said" is as often an agency or a body: left out.
    assert.deepEqual(found('The paper quoted Okonkwo said the drug was safe.').filter(m => m.startsWith('Okonkwo')), []);
    for (const role of lexicon<Record<string, string[]>>('en', 'event-words').titles) {
      assert.ok(has(`The clinic's ${role} Okonkwo visited the ward.`, 'Okonkwo/PER'), role);
    }
  });

  it('one or two capitalised words after a place preposition make a place', () => {
    for (const p of lexicon<Record<string, string[]>>('en', 'event-words').placePrepositions) {
      assert.ok(has(`Doctors worked ${p} Kalvendra through the night.`, 'Kalvendra/LOC'), p);
    }
    assert.ok(has('Doctors flew from Port Kalvendra on Monday.', 'Port Kalvendra/LOC'));
  });

  it('a capitalised name nothing around types stays out', () => {
    assert.deepEqual(found('Doctors praised Kalvendra Okonkwo Zorvani for the work.').filter(m => m.includes('Zorvani')), []);
  });

  it('the capitals opening a paragraph before a bracket or a dash are the dateline: a place', () => {
    assert.ok(has('KALVENDRA (Wire) - Doctors worked through the night.', 'KALVENDRA/LOC'));
    assert.ok(has('PORT KALVENDRA, Zorvania — Doctors worked through the night.', 'PORT KALVENDRA/LOC'));
    assert.deepEqual(found('Doctors worked through the night (see ABC).').filter(m => m.startsWith('ABC')), []);
    // No name runs across the dateline's bracket or dash into the first sentence.
    const names = found('GENEVA (Reuters) - The World Health Organization warned of cholera on Tuesday.');
    assert.ok(names.includes('GENEVA/LOC') && names.includes('World Health Organization/ORG'), names.join());
    assert.ok(names.every(m => !/[()]|\s-\s/.test(m)), names.join());
  });

  it('a title alone names no person', () => {
    assert.deepEqual(found('The President said the clinic would stay open.'), []);
  });

  it('lower-case name particles (en/name-particles.json) stay inside a name: hyphened prefixes and binding words', () => {
    for (const [word, ...roles] of lexicon<{ particles: { entries: string[][] } }>('en', 'name-particles').particles.entries) {
      const name = roles.includes('prefix') ? `Kalvo ${word}-Zorvani` : `Kalvo ${word} Zorvani`;
      assert.ok(has(`Health Minister ${name} opened the clinic.`, `${name}/PER`), word);
    }
    const doc = annotate('Health Minister Kalvo al-Zorvani opened the clinic. "It is safe," al-Zorvani said.', { language: 'en' });
    assert.equal(doc.entities.find(e => e.id === doc.quotes[0]?.speaker)?.name, 'Kalvo al-Zorvani');
  });

  it('one or two capitalised words after a place noun and "of" make a place', () => {
    for (const noun of lexicon<Record<string, string[]>>('en', 'event-words').placeNouns) {
      assert.ok(has(`Doctors reached the ${noun} of Kalvendra on Monday.`, 'Kalvendra/LOC'), noun);
    }
  });

  it('a lower-case body head after a name (one word may come between) makes it an organisation, acronyms too', () => {
    for (const head of lexicon<{ bodyHeads: { entries: string[] } }>('en', 'institutions').bodyHeads.entries.map(h => h.toLowerCase())) {
      // compromise itself takes some heads into the name (the Zorvani council): either span is the body.
      const org = (text: string, name: string): boolean => found(text).some(m => m.startsWith(name) && m.endsWith('/ORG'));
      assert.ok(org(`Members of the Zorvani ${head} met on Monday.`, 'Zorvani'), head);
      assert.ok(org(`Members of the ZRV labour ${head} met on Monday.`, 'ZRV'), head);
    }
    // A demonym before a head only says whose the body is.
    assert.deepEqual(found('Members of the Kenyan medical union met on Monday.').filter(m => m.startsWith('Kenyan')), []);
    // An unknown acronym without a head word is no place, whatever preposition is before it.
    assert.deepEqual(found('Analysts expect a fall in ZRV this year.'), []);
  });

  it('months and weekdays are never places', () => {
    const dates = lexicon<{ months: string[][]; weekdays: string[] }>('en', 'dates');
    for (const day of [...dates.months.map(m => m[0]), ...dates.weekdays]) {
      assert.deepEqual(found(`Doctors said in ${day} that the clinic was safe.`).filter(m => m.endsWith('/LOC')), [], day);
    }
  });
});
