// Claims of responsibility (CAMEO 015) and denials of it (016) as English STATEMENT events,
// on sentences written for this test.
import { strict as assert } from 'node:assert';
import { annotate } from '../../../src/core/annotate';
import { lexicon } from '../../../src/core/lang/lexicon';

function statements(body: string): Array<{ cameo: string; plover: string; trigger: string; actors: string[]; modality: string | undefined }> {
  const doc = annotate(`Headline\nLead line.\n${body}`, { language: 'en' });
  const name = (id: string): string => doc.entities.find(e => e.id === id)!.name;
  return doc.events
    .filter(e => e.plover === 'STATEMENT')
    .map(e => ({ cameo: e.cameo, plover: e.plover, trigger: e.trigger.text, actors: e.actors.map(name), modality: e.modality }));
}

describe('English claims and denials of responsibility', () => {
  it('claimed responsibility: 015 with the claimant as actor', () => {
    const [e] = statements('The Taliban claimed responsibility for the ambush on a police post near Kunduz.');
    assert.deepEqual([e.cameo, e.plover, e.trigger, e.actors], ['015', 'STATEMENT', 'claimed responsibility', ['Taliban']]);
  });

  it('took responsibility and admits responsibility are claims too', () => {
    assert.deepEqual(statements('Al-Shabaab took responsibility for the mortar fire.').map(e => e.cameo), ['015']);
    assert.deepEqual(statements('Hezbollah admits responsibility for the explosion.').map(e => e.cameo), ['015']);
  });

  it('denied responsibility, denies any involvement: 016', () => {
    const [e] = statements('The army denied responsibility for the shelling of the market.');
    assert.deepEqual([e.cameo, e.trigger], ['016', 'denied responsibility']);
    assert.deepEqual(statements('Al-Shabaab denies any involvement in the kidnapping.').map(e => [e.cameo, e.actors]), [['016', ['Al-Shabaab']]]);
  });

  it('"No group has claimed responsibility": a negated claim', () => {
    const [e] = statements('No group has yet claimed responsibility for the car bomb.');
    assert.deepEqual([e.cameo, e.modality], ['015', 'negated']);
    assert.equal(statements('Nobody has claimed responsibility so far.')[0].modality, 'negated');
  });

  it('every 015 and 016 phrase of event-triggers.json, past tense, after a group that says it', () => {
    const { triggers } = lexicon<{ triggers: Array<{ cameo: string; phrases: string }> }>('en', 'event-triggers');
    const { forms } = lexicon<{ irregular: { forms: Record<string, string[]> } }>('en', 'event-triggers').irregular;
    for (const { cameo, phrases } of triggers.filter(t => t.cameo === '015' || t.cameo === '016')) {
      for (const phrase of phrases.split('|')) {
        const [verb, ...rest] = phrase.split(' ');
        const lemma = verb.replace('~', '');
        const form = forms[lemma]?.[0] ?? `${lemma.replace(/e$/, '')}ed`.replace(/yed$/, 'ied');
        const found = statements(`Al-Shabaab ${form} ${rest.join(' ')} for the blast at the depot.`);
        assert.deepEqual(found.map(e => [e.cameo, e.actors]), [[cameo, ['Al-Shabaab']]], phrase);
      }
    }
  });

  it('"claimed credit": a claim too', () => {
    assert.deepEqual(statements('Al-Shabaab claimed credit for the bombing.').map(e => [e.cameo, e.actors]), [['015', ['Al-Shabaab']]]);
  });

  it('responsibility in another sense is no statement', () => {
    assert.deepEqual(statements('The ministry has responsibility for the water supply.'), []);
  });
});
