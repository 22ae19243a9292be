// Triggers that report no act: play in a match report, acts only weighed as possible, receptions of no one
// (filters.ts). Sentences written for this test.
import { strict as assert } from 'node:assert';
import { eventRows } from './fixture';

describe('events: play and possibility', () => {
  it('strikes, clashes, threats, control and meetings in a match report are play', () => {
    assert.deepEqual(eventRows('سيطر الفريق على مجريات المباراة وهدد مرمى ضيفه'), []);
    assert.deepEqual(eventRows('وتنتظر الأندية نتائج مواجهات الدوري غدا'), []);
    assert.deepEqual(eventRows('أقيم لقاء الفريقين على ملعب المدينة'), []);
  });
  it('the same words outside a match report stay events', () => {
    assert.deepEqual(eventRows('وتنتظر الأسر نتائج مواجهات الجيش مع المسلحين'), ['مواجهات 19']);
    assert.deepEqual(eventRows('سيطر المسلحون على البلدة فجرا'), ['سيطر 19']);
  });
  it('an attack weighed as possible is no report of one', () => {
    assert.deepEqual(eventRows('حذرت الوزارة من هجمات محتملة على المطارات'), ['حذرت 11']);
    assert.deepEqual(eventRows('تدرس الشرطة احتمال هجوم على القطارات'), []);
    assert.deepEqual(eventRows('شن المسلحون هجوما على المطار أمس'), ['هجوما 19']);
  });
  it('a reception is an event only with a guest named or titled after it', () => {
    assert.deepEqual(eventRows('وتستأنف الإدارة استقبال المراجعين اليوم'), []);
    assert.deepEqual(eventRows('وجرى ذلك خلال استقباله السفير سالم الحربي في مكتبه', [['سالم الحربي', 'harbi', 'PER']]), ['استقباله 04']);
  });
  it('a verb object sought past a comma belongs to another clause', () => {
    assert.deepEqual(eventRows('أوقفت الغارات تقدمهم، ومساعدة الأهالي واجبة'), ['الغارات 19', 'مساعدة 07']);
  });
});
