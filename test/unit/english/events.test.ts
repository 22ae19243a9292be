// English event patterns: type, code, actors, targets, place, time, modality, quote link.
import { strict as assert } from 'node:assert';
import { annotate } from '../../../src/core/annotate';
import type { AnnotationEvent } from '../../../src/core/types';

interface Seen {
  plover: string;
  cameo: string;
  trigger: string;
  actors: string[];
  targets: string[];
  location: string | null;
  time: string | null;
  modality?: string;
  quoted: boolean;
  summary: string;
}

function events(body: string, publicationDate?: string): Seen[] {
  const doc = annotate(`Headline\nLead line.\n${body}`, { language: 'en', publicationDate });
  const name = (id: string): string => doc.entities.find(e => e.id === id)!.name;
  return doc.events.map((e: AnnotationEvent) => ({
    plover: e.plover,
    cameo: e.cameo,
    trigger: e.trigger.text,
    actors: e.actors.map(name),
    targets: e.targets.map(name),
    location: e.location && name(e.location),
    time: e.time && doc.dates.find(d => d.id === e.time)!.text,
    modality: e.modality,
    quoted: e.quote !== null,
    summary: e.summary,
  }));
}

const only = (body: string, publicationDate?: string): Seen => {
  const all = events(body, publicationDate);
  assert.equal(all.length, 1, JSON.stringify(all, null, 1));
  return all[0];
};

describe('English events', () => {
  it('call for: REQUEST with coordinated actors, place and time', () => {
    const e = only('Vladimir Putin and Emmanuel Macron called for a ceasefire in Nagorno-Karabakh on Thursday.', '2020-10-02');
    assert.deepEqual([e.plover, e.cameo, e.trigger], ['REQUEST', '0256', 'called for a ceasefire']);
    assert.deepEqual(e.actors, ['Vladimir Putin', 'Emmanuel Macron']);
    assert.equal(e.location, 'Nagorno-Karabakh');
    assert.equal(e.time, 'Thursday');
    assert.equal(e.summary, 'Vladimir Putin and Emmanuel Macron called for a ceasefire in Nagorno-Karabakh (2020-10-01)');
  });

  it('urge: REQUEST with a target', () => {
    const e = only('Antony Blinken urged Turkey to stay out of the conflict.');
    assert.deepEqual([e.plover, e.actors, e.targets], ['REQUEST', ['Antony Blinken'], ['Turkey']]);
  });

  it('phone call: CONSULT 041 with the other party as target', () => {
    const e = only('Recep Tayyip Erdogan spoke by phone with Vladimir Putin.');
    assert.deepEqual([e.plover, e.cameo, e.actors, e.targets], ['CONSULT', '041', ['Recep Tayyip Erdogan'], ['Vladimir Putin']]);
  });

  it('meet: CONSULT between two named people', () => {
    const e = only('Sergey Lavrov met Jeyhun Bayramov in Moscow.');
    assert.deepEqual([e.plover, e.actors, e.targets, e.location], ['CONSULT', ['Sergey Lavrov'], ['Jeyhun Bayramov'], 'Moscow']);
  });

  it('offer to mediate: 039 (CONSULT by the crosswalk)', () => {
    const e = only('Recep Tayyip Erdogan offered to mediate between the two sides.');
    assert.deepEqual([e.cameo, e.plover, e.actors], ['039', 'CONSULT', ['Recep Tayyip Erdogan']]);
  });

  it('reject: REJECT', () => {
    const e = only('Ilham Aliyev rejected the proposal.');
    assert.deepEqual([e.plover, e.actors], ['REJECT', ['Ilham Aliyev']]);
  });

  it('refused to negotiate: a refusal of talks is REJECT 125', () => {
    const e = only('Nikol Pashinyan refused to negotiate with Ilham Aliyev.');
    assert.deepEqual([e.plover, e.cameo, e.trigger, e.targets], ['REJECT', '125', 'refused to negotiate', ['Ilham Aliyev']]);
  });

  it('not ready for talks: REJECT', () => {
    const e = only('Ilham Aliyev said Azerbaijan was not ready for talks.');
    assert.equal(e.plover, 'REJECT');
    assert.deepEqual(e.actors, ['Azerbaijan']);
  });

  it('condemn: ACCUSE; a nominal trigger after "the" takes no distant actor', () => {
    assert.deepEqual(only('Josep Borrell condemned Azerbaijan.').targets, ['Azerbaijan']);
    const all = events('Josep Borrell condemned the shelling of Yerevan.');
    assert.deepEqual(all.map(e => [e.plover, e.trigger, e.actors]), [['ACCUSE', 'condemned', ['Josep Borrell']], ['ASSAULT', 'shelling', []]]);
  });

  it('attack: ASSAULT with actor, target and place', () => {
    const e = only('Azerbaijan attacked Armenia near Yerevan.');
    assert.deepEqual([e.plover, e.actors, e.targets, e.location], ['ASSAULT', ['Azerbaijan'], ['Armenia'], 'Yerevan']);
  });

  it('passive with an agent: the agent is the actor, the subject the target', () => {
    const e = only('Yerevan was shelled by Azerbaijan.');
    assert.deepEqual([e.plover, e.actors, e.targets], ['ASSAULT', ['Azerbaijan'], ['Yerevan']]);
  });

  it('protest: PROTEST in a place', () => {
    const e = only('Thousands protested in Yerevan on Sunday.');
    assert.deepEqual([e.plover, e.location, e.time], ['PROTEST', 'Yerevan', 'Sunday']);
  });

  it('arrest and curfew: COERCE (173, 1723)', () => {
    assert.deepEqual(events('Police arrested dozens of people in Baku.').map(e => [e.plover, e.cameo]), [['COERCE', '173']]);
    assert.deepEqual(events('Armenia imposed a curfew in Yerevan.').map(e => [e.plover, e.cameo]), [['COERCE', '1723']]);
    assert.deepEqual(events('Armenia declared martial law.').map(e => [e.plover, e.cameo]), [['COERCE', '1724']]);
  });

  it('mobilise, sanction, threaten, sign, aid', () => {
    assert.equal(only('Armenia mobilised its reservists.').plover, 'MOBILIZE');
    assert.equal(only('The European Union sanctioned Belarus.').plover, 'SANCTION');
    assert.equal(only('Turkey threatened Greece.').plover, 'THREATEN');
    assert.equal(only('Armenia and Azerbaijan signed a truce.').plover, 'AGREE');
    assert.equal(only('Russia sent humanitarian aid to Stepanakert.').plover, 'AID');
  });

  it('inflections by rule: calls, calling, urged', () => {
    assert.equal(only('Josep Borrell calls for restraint.').plover, 'REQUEST');
    assert.equal(only('Josep Borrell is calling for restraint.').plover, 'REQUEST');
    assert.equal(only('Josep Borrell urged restraint.').plover, 'REQUEST');
  });

  it('negation: did not attack', () => {
    const e = only('Armenia did not attack Azerbaijan.');
    assert.deepEqual([e.plover, e.modality], ['ASSAULT', 'negated']);
    assert.match(e.summary, /did not:/);
  });

  it('intent: plans to meet / will meet → intended 036', () => {
    const e = only('Sergey Lavrov plans to meet Jeyhun Bayramov.');
    assert.deepEqual([e.cameo, e.modality], ['036', 'intended']);
    assert.equal(only('Sergey Lavrov will meet Jeyhun Bayramov.').modality, 'intended');
  });

  it('inside a quote: linked, and "we" is the speaker', () => {
    const e = only('"We have agreed to exchange prisoners," Nikol Pashinyan said.');
    assert.deepEqual([e.plover, e.quoted, e.actors], ['AGREE', true, ['Nikol Pashinyan']]);
  });

  it('a pronoun subject continues the last person', () => {
    const all = events('Ilham Aliyev spoke in Baku. He condemned Armenia.');
    assert.deepEqual(all.map(e => [e.plover, e.actors, e.targets]), [['ACCUSE', ['Ilham Aliyev'], ['Armenia']]]);
  });

  it('a demonym before the verb stands for a country the article names', () => {
    const all = events('Israel closed the crossings. Israeli aircraft carried out air strikes on Gaza.');
    assert.deepEqual(all.map(e => [e.plover, e.cameo, e.actors, e.targets]), [['ASSAULT', '195', ['Israel'], ['Gaza']]]);
    assert.deepEqual(events('Israeli aircraft carried out air strikes.').map(e => e.actors), [[]]);
  });

  it('"was not ready" is no passive: the subject stays the actor', () => {
    const e = only('Germany said it was not ready to recognise the result.');
    assert.deepEqual([e.plover, e.actors, e.targets], ['REJECT', ['Germany'], []]);
  });

  it('a relative clause takes the name before "who" as its subject', () => {
    const all = events('The plan was welcomed, according to Sergey Lavrov, who spoke by phone with Josep Borrell.');
    const call = all.find(e => e.cameo === '041')!;
    assert.deepEqual([call.actors, call.targets], [['Sergey Lavrov'], ['Josep Borrell']]);
  });

  it('a second verb starts a new clause; "urged" requests, it does not report', () => {
    const all = events('Recep Tayyip Erdogan rejected the claims and urged Armenia to withdraw.');
    assert.deepEqual(all.map(e => [e.plover, e.actors, e.targets, e.modality]), [
      ['REJECT', ['Recep Tayyip Erdogan'], [], 'asserted'],
      ['REQUEST', ['Recep Tayyip Erdogan'], ['Armenia'], 'asserted'],
      ['RETREAT', ['Armenia'], [], 'asserted'],
    ]);
  });

  it('a calm sentence has no event', () => {
    assert.deepEqual(events('The museum in Baku opened a new wing on Sunday.'), []);
  });

  it('retaking or seizing control of a place: 192, summarised as taking control', () => {
    for (const body of ['Government troops retook Kalvendra on Saturday.', 'Rebels seized control of Kalvendra on Saturday.', 'Militants overran Kalvendra on Saturday.']) {
      const e = only(body);
      assert.equal(e.cameo, '192', body);
      assert.match(e.summary, /took control of/, body);
    }
  });
});
