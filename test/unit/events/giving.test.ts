// Who gives support or aid written as a noun: the genitive before the one it goes to (دعم إيران لـX), also after a
// preposition that makes the verb form a noun (عن دعم X لـY). Sentences written for these tests.
import { strict as assert } from 'node:assert';
import { eventsOf, type Names } from './fixture';

const argsOf = (text: string, names: Names, trigger: string) => eventsOf(text, names).find(e => e.trigger.text.includes(trigger));

const names: Names = [['إيران', 'iran', 'LOC'], ['اليابان', 'japan', 'LOC'], ['حركة الأمل', 'amal', 'ORG'], ['الصليب الأحمر', 'icrc', 'ORG']];

describe('events: the giver of support or aid in construct', () => {
  it('takes a country in the genitive before ل + the one supported as the giver, after عن too', () => {
    const e = argsOf('وتحدث الباحث مطولا عن دعم إيران لحركة الأمل في الجنوب.', names, 'دعم');
    assert.deepEqual(e?.actors, ['iran']);
    assert.deepEqual(e?.targets, ['amal']);
  });
  it('takes a country in the genitive before إلى + the one aided as the giver', () => {
    assert.deepEqual(argsOf('وتضاعفت مساعدات اليابان إلى الصليب الأحمر هذا العام.', names, 'مساعدات')?.actors, ['japan']);
  });
  it('keeps a country in the genitive with no one after it out of the actors (زيارة إيران)', () => {
    assert.ok(!argsOf('وتضاعفت مساعدات اليابان هذا العام.', names, 'مساعدات')?.actors.includes('japan'));
  });
  it('reads a name right after من + a verb form as the patient of its noun (من طرد الحركة)', () => {
    const e = argsOf('وتمكن السكان أمس من طرد حركة الأمل من الحي.', names, 'طرد');
    assert.ok(!e?.actors.includes('amal'));
  });
});
