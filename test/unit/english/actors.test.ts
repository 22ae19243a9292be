// Who acts in English news, on sentences written for this test: short forms of known bodies
// (UN, U.N., EU), titled heads ("UN chief", "Chile's foreign minister"), bodies named by who
// leads them ("the Kenyan-led mission"), and groups named by a common noun, which are no
// entity and whose place is never the actor.
import { strict as assert } from 'node:assert';
import { annotate } from '../../../src/core/annotate';
import type { AnnotationDocument } from '../../../src/core/types';

const doc = (body: string): AnnotationDocument => annotate(`Headline\nLead line.\n${body}`, { language: 'en' });

function event(d: AnnotationDocument, trigger: string): { actors: string[]; location: string | null } {
  const name = (id: string): string => d.entities.find(e => e.id === id)!.name;
  const e = d.events.find(x => x.trigger.text === trigger);
  assert.ok(e, `no event "${trigger}" in ${JSON.stringify(d.events.map(x => x.trigger.text))}`);
  return { actors: e.actors.map(name), location: e.location && name(e.location) };
}

const entity = (d: AnnotationDocument, name: string) => d.entities.find(e => e.name === name);

describe('English actors', () => {
  it('UN, U.N. and EU are the knowledge base\'s United Nations and European Union', () => {
    const d = doc('The UN appealed for calm in Bolivia. A U.N. convoy reached La Paz. The EU welcomed the vote.');
    const un = d.entities.filter(e => e.kb?.id === 'org/un');
    assert.equal(un.length, 1);
    assert.deepEqual([un[0].nameEn, un[0].type], ['United Nations', 'ORG']);
    assert.deepEqual(d.mentions.filter(m => m.entity === un[0].id).map(m => m.text), ['UN', 'U.N.']);
    assert.equal(entity(d, 'EU')?.kb?.id, 'org/eu');
    assert.deepEqual(event(d, 'welcomed').actors, ['EU']);
  });

  it('a short form inside a longer organisation\'s name stays part of it', () => {
    const d = doc('Diplomats asked the OSCE Minsk Group to meet in Vienna.');
    assert.deepEqual(d.mentions.filter(m => m.type === 'ORG').map(m => m.text), ['OSCE Minsk Group']);
  });

  it('short forms are case-sensitive whole words: "us" and "UNESCO" are not the US or the UN', () => {
    const d = doc('UNESCO told us the museum in Lima would reopen.');
    assert.equal(d.entities.some(e => e.kb?.id === 'org/un' || e.kb?.id === 'country/US'), false);
  });

  it('"UN chief urges": the person the article names as the UN\'s head', () => {
    const d = doc('UN Secretary-General Jan Kowalczyk arrived in Sucre on Monday. The UN chief urged both sides to talk.');
    assert.deepEqual(event(d, 'urged').actors, ['Jan Kowalczyk']);
  });

  it('"UN chief urges" with no such person named: the UN itself', () => {
    assert.deepEqual(event(doc('The UN chief urged restraint in Sucre.'), 'urged').actors, ['UN']);
  });

  it('"Chile\'s foreign minister called for": the person named with that title and demonym, else the country', () => {
    const named = doc('Chilean Foreign Minister Ana Riquelme flew to Lima. Chile\'s foreign minister called for new talks.');
    assert.deepEqual(event(named, 'called for').actors, ['Ana Riquelme']);
    assert.deepEqual(event(doc('France\'s president called for calm.'), 'called for').actors, ['France']);
    const other = doc('Chilean Foreign Minister Ana Riquelme flew to Lima. Chile\'s defence minister called for new talks.');
    assert.deepEqual(event(other, 'called for').actors, ['Chile']);
  });

  it('"met US Secretary of State X": the person is the target, the country only qualifies him', () => {
    const d = doc('Chilean envoy Ana Riquelme met US Secretary of State John Kowalski in Lima.');
    const met = d.events.find(e => e.trigger.text === 'met')!;
    assert.deepEqual(met.targets.map(id => d.entities.find(e => e.id === id)!.name), ['John Kowalski']);
  });

  it('a country before a possessive is linked to the knowledge base', () => {
    assert.equal(entity(doc('Peru\'s government protested to Bolivia.'), 'Peru')?.kb?.id, 'country/PE');
  });

  it('"the Kenyan-led mission": one organisation described by its leader, the actor of its strikes', () => {
    const d = doc('The Kenyan-led mission carried out air strikes on Kismayo on Friday.');
    const coalition = entity(d, 'Kenyan-led mission');
    assert.deepEqual([coalition?.type, coalition?.description], ['ORG', 'mission led by Kenya']);
    assert.deepEqual(event(d, 'air strikes').actors, ['Kenyan-led mission']);
    assert.equal(entity(doc('Jets of the U.S.-led alliance struck a depot.'), 'U.S.-led alliance')?.description, 'alliance led by the United States');
  });

  it('"the <Name>" before a past form is its subject, not a noun modifier: "the Netherlands condemned", "the Kremlin held talks", "the U.S. urged"', () => {
    assert.deepEqual(event(doc('The Netherlands condemned the raid.'), 'condemned').actors, ['Netherlands']);
    assert.deepEqual(event(doc('The Kremlin held talks with Baku.'), 'held talks').actors, ['Kremlin']);
    assert.deepEqual(event(doc('Britain and the U.S. urged restraint.'), 'urged').actors, ['Britain', 'U.S.']);
    // A noun after "the <Name>" still takes no actor from it.
    assert.deepEqual(event(doc('The Geneva talks failed.'), 'talks').actors, []);
  });

  it('names joined by commas alone are an apposition, the last the subject; a list ends in "and"', () => {
    assert.deepEqual(event(doc('The UN envoy for the Middle East, Erik Lund, urged an end to the raids.'), 'urged').actors, ['Erik Lund']);
    assert.deepEqual(event(doc('Chile, Peru and Bolivia urged an end to the raids.'), 'urged').actors, ['Chile', 'Peru', 'Bolivia']);
  });

  it('a dateline opening the sentence is where the report was filed, never the actor', () => {
    assert.deepEqual(event(doc('Mogadishu - Air strikes killed 12 people on Tuesday.'), 'strikes').actors, []);
    assert.deepEqual(event(doc('Nairobi, Kenya – Police arrested ten men.'), 'arrested').actors, []);
    assert.deepEqual(event(doc('LIMA (Reuters) - Peru condemned the raid.'), 'condemned').actors, ['Peru']);
  });

  it('"Protesters demanded" opening a sentence: no entity, no actor, the city only the place', () => {
    const d = doc('Protesters demanded new elections in Minsk on Sunday.');
    assert.equal(entity(d, 'Protesters'), undefined);
    assert.deepEqual(event(d, 'demanded'), { actors: [], location: 'Minsk' });
  });

  it('a place before a group noun is where the group is from, never its actor; a body there is', () => {
    assert.deepEqual(event(doc('Kyiv police arrested ten men.'), 'arrested').actors, []);
    assert.deepEqual(event(doc('Al-Shabaab militants attacked an army post.'), 'attacked').actors, ['Al-Shabaab']);
  });

  it('a phrase ending in a lower-case word is no name ("the Belgian capital"), nor is a role\'s word inside a place name', () => {
    const d = doc('Ministers met in the Belgian capital. Rain fell on Port-au-Prince\nResidents fled.');
    assert.equal(d.entities.some(e => /capital|Residents/.test(e.name)), false);
  });
});
