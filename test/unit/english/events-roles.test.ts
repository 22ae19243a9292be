// English event actors and targets by clause roles, on sentences written for these tests.
import { strict as assert } from 'node:assert';
import { annotate } from '../../../src/core/annotate';

function eventsOf(text: string): Array<{ trigger: string; actors: string[]; targets: string[] }> {
  const doc = annotate(text, { language: 'en' });
  const name = (id: string): string => doc.entities.find(e => e.id === id)!.name;
  return doc.events.map(e => ({ trigger: e.trigger.text, actors: e.actors.map(name), targets: e.targets.map(name) }));
}

describe('English events: actors by clause roles', () => {
  it('reads "UN chief urges" as the person the article names with that organisation and a title', () => {
    const text = 'UN chief urges calm in Yemen\n\nNEW YORK - UN Secretary-General Ban Ki-moon spoke to reporters on Tuesday about the fighting.\n';
    const urge = eventsOf(text).find(e => e.trigger === 'urges');
    assert.ok(urge);
    assert.deepEqual(urge.actors, ['Ban Ki-moon']);
  });
  it('never makes the place before a subject noun the actor ("Cairo protesters demanded")', () => {
    const demand = eventsOf('Headline\n\nCairo protesters demanded new elections on Sunday.\n').find(e => e.trigger === 'demanded');
    assert.ok(demand);
    assert.deepEqual(demand.actors, []);
  });
  it('keeps a name that only modifies an event noun out of the targets ("the Vienna talks")', () => {
    const text = 'Headline\n\nKing Abdullah welcomed the Vienna talks on Monday.\n';
    const welcome = eventsOf(text).find(e => e.trigger === 'welcomed');
    assert.ok(welcome);
    assert.deepEqual(welcome.targets, []);
  });
});
