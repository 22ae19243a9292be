// A sentence that opens with its subject before the verb (headlines: فلان يطالب فلانا): the name after the verb is
// its object. Sentences written for these tests.
import { strict as assert } from 'node:assert';
import { eventsOf, type Names } from './fixture';

const argsOf = (text: string, names: Names, trigger: string) => eventsOf(text, names).find(e => e.trigger.text.includes(trigger));

const names: Names = [['سامر حداد', 'samir', 'PER'], ['كريم الهاشمي', 'karim', 'PER'], ['رابطة المزارعين', 'league', 'ORG']];

describe('events: a subject that opens the sentence', () => {
  it('takes the name before the verb as the actor and the one after it as the target', () => {
    const e = argsOf('سامر حداد يطالب كريم الهاشمي بالاستقالة', names, 'يطالب');
    assert.deepEqual(e?.actors, ['samir']);
    assert.deepEqual(e?.targets, ['karim']);
    assert.deepEqual(argsOf('رابطة المزارعين تتهم كريم الهاشمي بالتقصير', names, 'تتهم')?.actors, ['league']);
  });
  it('takes no one when the opening subject names no one (والأهالي يناشدون فلانا)', () => {
    const e = argsOf('والأهالي يناشدون كريم الهاشمي التدخل', names, 'يناشدون');
    assert.deepEqual(e?.actors, []);
    assert.deepEqual(e?.targets, ['karim']);
  });
  it('takes both names coordinated before a dual verb, and the partner after a reciprocal one', () => {
    assert.deepEqual(argsOf('سامر حداد وكريم الهاشمي يدعمان المشروع الجديد', names, 'يدعمان')?.actors, ['samir', 'karim']);
    assert.deepEqual(argsOf('سامر حداد التقى كريم الهاشمي في المدينة', names, 'التقى')?.actors, ['samir', 'karim']);
  });
  it('keeps the name after the verb its subject when a date or a phrase opens the sentence', () => {
    assert.deepEqual(argsOf('اليوم يستقبل سامر حداد الوفد في مكتبه', names, 'يستقبل')?.actors, ['samir']);
    assert.deepEqual(argsOf('وفي المدينة طالب سامر حداد السكان بالهدوء', names, 'طالب')?.actors, ['samir']);
  });
});
