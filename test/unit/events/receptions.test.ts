// "X was at his reception" (وكان في استقباله فلان): the host is named after the noun, the guest before it.
// Sentences written for these tests.
import { strict as assert } from 'node:assert';
import { eventsOf, type Names } from './fixture';

const names: Names = [['سامي العتيبي', 'sami', 'PER'], ['فهد بن خالد', 'fahd', 'PER'], ['عبد الله', 'abdullah', 'PER'], ['الطائف', 'taif', 'LOC']];
const reception = (text: string) => eventsOf(text, names).find(e => e.trigger.text.startsWith('استقبال'));

describe('events: وكان في استقباله', () => {
  it('takes the person named after the noun as the host and the one its pronoun stands for as the guest', () => {
    const e = reception('وصل الوزير سامي العتيبي إلى الطائف أمس، وكان في استقباله لدى وصوله الأمير فهد بن خالد.');
    assert.deepEqual(e?.actors, ['fahd']);
    assert.deepEqual(e?.targets, ['sami']);
  });
  it('never takes a namesake in a facility\'s name on the way for the host (مطار الملك فلان)', () => {
    const e = reception('وصل الوزير سامي العتيبي أمس، وكان في استقباله لدى وصوله مطار الملك عبد الله الدولي، الأمير فهد بن خالد.');
    assert.deepEqual(e?.actors, ['fahd']);
  });
  it('leaves a reception with no كان before it to the ordinary reading', () => {
    const e = reception('وصل الوزير سامي العتيبي أمس، وحضر الأمير فهد بن خالد الاستقبال.');
    assert.ok(!e || !e.targets.includes('sami') || !e.actors.includes('fahd'));
  });
});
