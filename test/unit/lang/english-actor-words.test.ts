// Every entry of media/lang/en/short-names.json, event-words.json's groupNouns and titles, and institutions.json's coalitions at work
// in a sentence written for this test.
import { strict as assert } from 'node:assert';
import { annotate } from '../../../src/core/annotate';
import { lexicon } from '../../../src/core/lang/lexicon';
import { getKnowledgeBase } from '../../../src/core/knowledge/kb';

const entries = <T>(cls: string): T[] => lexicon<{ entries: T[] }>('en', cls).entries;

describe('lang/en short names, group nouns and led bodies', () => {
  it('short-names.json: each form links to an existing entry of its type', () => {
    const kb = getKnowledgeBase();
    for (const [form, id, type] of entries<[string, string, string]>('short-names')) {
      assert.equal(kb.byId(id)?.type, type, `${form} → ${id}`);
      const doc = annotate(`Headline\nLead line.\nOn Monday the ${form} said the border with Chile was open.`, { language: 'en' });
      assert.ok(doc.entities.some(e => e.kb?.id === id && e.type === type), form);
    }
  });

  it('event-words.json groupNouns: a place before the noun is never the actor; the noun opening a sentence is no entity', () => {
    for (const noun of lexicon<{ groupNouns: string[] }>('en', 'event-words').groupNouns) {
      const d = annotate(`Headline\nLead line.\nKyiv ${noun} attacked a convoy.`, { language: 'en' });
      assert.deepEqual(d.events.find(e => e.trigger.text === 'attacked')?.actors, [], noun);
      const opening = noun[0].toUpperCase() + noun.slice(1);
      const e = annotate(`Headline\nLead line.\n${opening} demanded higher pay in Minsk.`, { language: 'en' });
      assert.equal(e.entities.some(x => x.name === opening), false, opening);
    }
  });

  it('event-words.json placeNouns: a demonym before one is no name ("the Belgian capital"); a body noun there is ("the Somali government")', () => {
    for (const noun of lexicon<{ placeNouns: string[] }>('en', 'event-words').placeNouns) {
      const d = annotate(`Headline\nLead line.\nEnvoys from Chile met in the Belgian ${noun} on Monday.`, { language: 'en' });
      assert.equal(d.entities.some(e => e.name.endsWith(` ${noun}`)), false, noun);
    }
    const d = annotate('Headline\nLead line.\nThe Somali government denied any involvement.', { language: 'en' });
    assert.deepEqual(d.events.find(e => e.cameo === '016')?.actors.map(id => d.entities.find(e => e.id === id)!.name), ['Somali government']);
  });

  it('institutions.json coalitions: "Russian-led <body>" is one organisation led by Russia', () => {
    for (const body of lexicon<{ coalitions: { entries: string[] } }>('en', 'institutions').coalitions.entries) {
      const d = annotate(`Headline\nLead line.\nThe Russian-led ${body} attacked a convoy.`, { language: 'en' });
      const org = d.entities.find(e => e.name === `Russian-led ${body}`);
      assert.deepEqual([org?.type, org?.description], ['ORG', `${body} led by Russia`], body);
    }
  });

  it('event-words.json titles (with titleModifiers): "the UN <title> urged" is the person named with the title and the body', () => {
    const words = lexicon<Record<string, string[]>>('en', 'event-words');
    const actor = (text: string): string[] => {
      const d = annotate(`Headline\nLead line.\n${text}`, { language: 'en' });
      return d.events.find(e => e.trigger.text === 'urged')!.actors.map(id => d.entities.find(e => e.id === id)!.name);
    };
    for (const t of words.titles.filter(x => !words.genericTitles.includes(x))) {
      assert.deepEqual(actor(`John Kowalski, the UN ${t}, arrived on Monday. The UN ${t} urged calm.`), ['John Kowalski'], t);
    }
    for (const m of words.titleModifiers) {
      assert.deepEqual(actor(`UN ${m} minister John Kowalski arrived on Monday. The UN's ${m} minister urged calm.`), ['John Kowalski'], m);
      // A modifier the person was not written with names another office.
      assert.deepEqual(actor(`UN minister John Kowalski arrived on Monday. The UN's ${m} minister urged calm.`), ['UN'], m);
    }
    // A specific title must be the one written before the person.
    assert.deepEqual(actor('UN envoy John Kowalski arrived on Monday. The UN minister urged calm.'), ['UN']);
    // A generic head is the person written with a head title, not the envoy, nor a person merely near the body.
    for (const g of words.genericTitles) {
      assert.deepEqual(actor(`UN Secretary-General John Kowalski arrived on Monday. The UN ${g} urged calm.`), ['John Kowalski'], g);
      assert.deepEqual(actor(`UN envoy John Kowalski arrived on Monday. The UN ${g} urged calm.`), ['UN'], g);
      assert.deepEqual(actor(`The UN said that John Kowalski had fled. The UN ${g} urged calm.`), ['UN'], g);
    }
    for (const h of words.headTitles) assert.deepEqual(actor(`John Kowalski, the UN ${h}, arrived on Monday. The UN chief urged calm.`), ['John Kowalski'], h);
  });
});

describe('lang/en event-words.json titles between a body and a person', () => {
  // The person is named once before, so that the test is about the gap, not the name finder.
  it('"met the UN <title> X": the body only qualifies the person, who is the target', () => {
    const words = lexicon<Record<string, string[]>>('en', 'event-words');
    const target = (text: string): string[] => {
      const d = annotate(`Headline\nLead line.\n${text}`, { language: 'en' });
      return d.events.find(e => e.trigger.text === 'met')!.targets.map(id => d.entities.find(e => e.id === id)!.name);
    };
    for (const t of words.titles) assert.deepEqual(target(`John Kowalski flew in. Ana Riquelme met the UN ${t} John Kowalski in Lima.`), ['John Kowalski'], t);
    for (const m of words.titleModifiers) assert.deepEqual(target(`John Kowalski flew in. Ana Riquelme met the UN ${m} envoy John Kowalski in Lima.`), ['John Kowalski'], m);
  });
});
