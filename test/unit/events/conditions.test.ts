// A conditional sentence (إذا، لو، في حال) reports no act: neither its condition nor its answer happened.
// Sentences written for these tests.
import { strict as assert } from 'node:assert';
import { eventRows } from './fixture';

describe('events: conditions', () => {
  it('drops an act after في حال (في حال رفض الطرفان العرض)', () => {
    assert.deepEqual(eventRows('وقال المسؤول إنه في حال رفضت الحكومة المقترح فستدعو النقابة إلى التظاهر.').filter(r => r.startsWith('رفضت')), []);
  });
  it('drops an act further into the condition, past a comma (إذا وصل الوفد إلى المدينة، ثم زار …)', () => {
    assert.deepEqual(eventRows('وأضاف أنه إذا وصل الوفد غدا إلى العاصمة، بعد انتهاء الاجتماع الطويل، فإنه سيزور المستشفى.').filter(r => r.startsWith('يزور') || r.startsWith('الاجتماع')), []);
  });
  it('keeps a perfect after قد in a concessive condition (وإذا كان فلان قد رفض …)', () => {
    assert.ok(eventRows('وإذا كان المدير العام قد رفض العرض أمس، فإن الموظفين ما زالوا ينتظرون.').some(r => r.startsWith('رفض')));
  });
  it('keeps an act in a later sentence, and a state in حالة (في حالة سيئة) opens no condition', () => {
    assert.ok(eventRows('وإذا تأخر القطار فسننتظر. وانتقد الوزير الشركة.').some(r => r.startsWith('انتقد')));
    assert.ok(eventRows('وجد السكان المدينة في حالة سيئة حيث دمر الفيضان عشرات المنازل.').some(r => r.startsWith('دمر')));
  });
});
