// Dictionary lemmas whose ordinary sense in news prose names no event (scripts/events/excluded-lemmas.txt):
// each in its ordinary sense, in sentences written for this test, beside a real trigger.
import { strict as assert } from 'node:assert';
import { eventRows } from './fixture';

const rows = (text: string): string[] => eventRows(text);

describe('events: ordinary senses of dictionary lemmas', () => {
  const ordinary: Array<[string, string]> = [
    ['شبك', 'أطلقت البلدية شبكة طرق جديدة في الحي'],
    ['أغار', 'تغير لون البحر بعد العاصفة'],
    ['خاض', 'يخوض الفريق مباراة ودية مساء الخميس'],
    ['تراجع', 'تراجعت أسعار القمح في السوق المحلية'],
    ['سأل', 'ودع الأهالي الفقيد سائلين المولى له الرحمة'],
    ['سحب', 'يتم سحب المياه من البئر كل صباح'],
    ['أيد (the honorific)', 'افتتح الملك أيده الله المعرض السنوي'],
    ['استقبل (the adverb مستقبلاً)', 'تسعى البلدية لتفادي الزحام مستقبلاً'],
    ['احتل (a ranking)', 'احتل الفريق المركز الرابع في البطولة'],
    ['احتل (a ranking, adjacent)', 'احتلت المدرسة الصدارة في المسابقة'],
    ['صدق', 'أعجب الجمهور بصدق الأداء في المسرحية'],
    ['اجتماع (sociology)', 'درّس أستاذ علم الاجتماع الطلاب أمس'],
    ['بحث (search and rescue)', 'انتشلت فرق البحث والإنقاذ القارب'],
    ['بحث (research)', 'تمول الجامعة البحث العلمي في الطب'],
    ['طلب (demand for goods)', 'تراجع الطلب على القمح في الأسواق'],
    ['طلب (supply and demand)', 'تخضع الأسعار لقانون العرض والطلب'],
    ['استقبل (applications)', 'تواصل الكلية استقبال الطلبات حتى الخميس'],
    ['ساعد (a circumstance)', 'عبر المتسلق النهر بمساعدة دليل محلي'],
    ['لقاء ("in exchange for")', 'باع التاجر المحل لقاء مبلغ كبير'],
    ['قمة (the top of a league)', 'حضر الآلاف مباراة القمة في الملعب'],
    ['قمة (a mountain top)', 'بلغ المتسلقون قمة الجبل ظهرا'],
  ];
  for (const [lemma, sentence] of ordinary) {
    it(`${lemma}: no event in its ordinary sense`, () => assert.deepEqual(rows(sentence), [], sentence));
  }
  it('the clash verb that is one stays an event, and backing down from something yields', () => {
    assert.deepEqual(rows('اشتبكت الدوريات مع المهربين قرب الحدود'), ['اشتبكت 19']);
    assert.ok(rows('تراجع المجلس البلدي عن قرار الرسوم').includes('تراجع 08'), rows('تراجع المجلس البلدي عن قرار الرسوم').join());
    assert.deepEqual(rows('سحبت الدولة قواتها من الجزيرة'), ['سحبت 08']);
    assert.deepEqual(rows('احتلت الفصائل التلة بعد الظهر'), ['احتلت 19']);
    assert.deepEqual(rows('طلب المحافظ من الشركة وقف الأعمال'), ['طلب 02']);
    assert.deepEqual(rows('عقد المحافظان لقاء في المبنى الجديد'), ['لقاء 04']);
  });
});
