import { strict as assert } from 'node:assert';
import { buildContext } from '../../../src/core/text/context';
import { findDates } from '../../../src/core/recognize/dates';
import { hijriToTime } from '../../../src/core/recognize/date-resolve';
import type { DateValue } from '../../../src/core/types';

const one = (text: string, pub?: string) => {
  const ds = findDates(buildContext(text), pub);
  assert.equal(ds.length, 1, `one date in ${text}: ${JSON.stringify(ds)}`);
  assert.equal(text.slice(ds[0].start, ds[0].end), ds[0].text);
  return ds[0];
};
/** A date's value without its resolved ISO date. */
const unresolved = ({ iso: _iso, ...rest }: DateValue): DateValue => rest;

describe('dates: forms and values', () => {
  it('reads أمس + weekday as one date, with its ISO date', () => {
    const d = one('ذكر الكرملين، أمس الأربعاء، أن الرئيس تحدث.', '2020-10-01');
    assert.equal(d.text, 'أمس الأربعاء');
    assert.deepEqual(d.value, { relativeDays: -1, weekday: 3, iso: '2020-09-30' });
  });
  it('reads اليوم، غداً، بعد غد and أول أمس', () => {
    assert.equal(one('يصل اليوم إلى الرياض.', '2021-01-10').value.iso, '2021-01-10');
    assert.equal(one('يصل غداً إلى الرياض.', '2021-01-10').value.relativeDays, 1);
    assert.equal(one('يصل بعد غد إلى الرياض.').value.relativeDays, 2);
    assert.equal(one('وصل أول أمس إلى الرياض.').value.relativeDays, -2);
  });
  it('keeps a part of the day with its day word (مساء أمس)', () => {
    assert.equal(one('وقع الانفجار مساء أمس.').text, 'مساء أمس');
  });
  it('reads a bare weekday, with يوم and with a direction word', () => {
    assert.deepEqual(one('في تصريحات أدلى بها، الثلاثاء، قال', '2020-10-01').value, { weekday: 2, iso: '2020-09-29' });
    const d = one('وصل يوم الأحد الماضي إلى بغداد.', '2021-04-20');
    assert.equal(d.text, 'يوم الأحد الماضي');
    assert.deepEqual(d.value, { weekday: 7, relative: 'past', iso: '2021-04-18' });
    assert.equal(one('سيصل الخميس المقبل.', '2021-04-20').value.iso, '2021-04-22');
  });
  it('does not read bare أحد / جمعة as weekdays without يوم', () => {
    assert.equal(findDates(buildContext('قال أحد المسؤولين إن جمعة نجح.')).length, 0);
  });
  it('reads day + transliterated month (سبتمبر) with a year', () => {
    assert.deepEqual(one('في 5 سبتمبر 2021 بدأ').value, { day: 5, month: 9, year: 2021, calendar: 'gregorian', iso: '2021-09-05' });
  });
  it('reads Levantine/Syriac months, two-word ones too', () => {
    assert.equal(one('في 3 أيلول وصل').value.month, 9);
    assert.equal(one('في 12 كانون الثاني وصل').value.month, 1);
    assert.equal(one('في 1 تشرين الأول وصل').text, '1 تشرين الأول');
  });
  it('reads Maghrebi months (شتنبر، جويلية) and Arabic-Indic digits', () => {
    assert.equal(one('يوم ٥ شتنبر ٢٠٢١').value.year, 2021);
    assert.equal(one('في 14 جويلية احتفل').value.month, 7);
  });
  it('reads the combined form with الجاري and resolves the year', () => {
    const d = one('تجددت في 27 أيلول/سبتمبر الجاري، حيث', '2020-10-01');
    assert.equal(d.text, '27 أيلول/سبتمبر الجاري');
    assert.deepEqual(d.value, { day: 27, month: 9, calendar: 'gregorian', relative: 'current', iso: '2020-09-27' });
  });
  it('puts a past month in the previous year when الماضي says so', () => {
    assert.equal(one('في 20 ديسمبر الماضي', '2021-01-05').value.iso, '2020-12-20');
  });
  it('reads Hijri dates and converts them', () => {
    const d = one('في 3 رمضان 1442 هـ أعلن');
    assert.deepEqual(d.value, { day: 3, month: 9, year: 1442, calendar: 'hijri', iso: '2021-04-15' });
    assert.equal(new Date(hijriToTime(1442, 9, 1)!).toISOString().slice(0, 10), '2021-04-13');
  });
  it('needs support for a bare month name (صفر is also "zero")', () => {
    assert.equal(findDates(buildContext('سجل صفر إصابات.')).length, 0);
    assert.equal(one('في شهر صفر').value.calendar, 'hijri');
  });
  it('reads a bare month or year only after a time word, never a word that merely starts like one', () => {
    assert.deepEqual(findDates(buildContext('قرأ الطالب في باب الشعر ثم خرج.')), []);
    assert.deepEqual(findDates(buildContext('سجل المستشفى 2000 إصابة جديدة.')), []);
    assert.deepEqual(findDates(buildContext('مارس اللاعب الرياضة في شبابه.')), []);
    assert.deepEqual(one('عاد السفير منذ مارس إلى عمله').value, { month: 3, calendar: 'gregorian' });
  });
  it('reads الليلة as the publication day and الليلة الماضية as the day before', () => {
    assert.equal(findDates(buildContext('يصل الوفد الليلة إلى المطار.'), '2022-03-15')[0].value.iso, '2022-03-15');
    assert.equal(findDates(buildContext('هطلت أمطار غزيرة الليلة الماضية.'), '2022-03-15')[0].value.iso, '2022-03-14');
  });
  it('reads years after عام and periods with a direction word', () => {
    assert.deepEqual(one('منذ عام 2019 لم').value, { year: 2019, iso: '2019' });
    assert.deepEqual(one('خلال الأسبوع المقبل سيتم').value, { relative: 'future' });
  });
  it('reads clock times, with مساءً', () => {
    assert.equal(one('عند الساعة 10:30 مساءً وقع').value.time, '22:30');
    assert.equal(one('في 08:15 صباحاً').value.time, '08:15');
  });
  it('leaves proclitics out of the span (والثلاثاء، و12)', () => {
    assert.equal(one('سافر والخميس عاد').text, 'الخميس');
    assert.equal(one('بين 3 و12 جويلية').text, '12 جويلية');
  });
  it('reads dates in figures, day or year first, with or without an era mark', () => {
    assert.deepEqual(unresolved(one('صدر التعميم بتاريخ 12 / 3 / 1437 هـ وعمل به.').value), { day: 12, month: 3, year: 1437, calendar: 'hijri' });
    assert.equal(one('صدر التعميم بتاريخ 12 / 3 / 1437 هـ وعمل به.').text, '12 / 3 / 1437 هـ');
    assert.equal(one('يبدأ التسجيل في 2019/09/01 عبر البوابة.').value.iso, '2019-09-01');
    assert.deepEqual(unresolved(one('أغلق المؤشر يوم 1440/3/7هـ مرتفعا.').value), { day: 7, month: 3, year: 1440, calendar: 'hijri' });
    assert.deepEqual(unresolved(one('افتتح المعرض في 14-2-1438هـ بحضور المحافظ.').value), { day: 14, month: 2, year: 1438, calendar: 'hijri' });
    assert.deepEqual(unresolved(one('يبدأ التسجيل في 2019/09/01 عبر البوابة.').value), { day: 1, month: 9, year: 2019, calendar: 'gregorian' });
  });
  it('reads no date in figures that are no date (a score, a month 13, a short year)', () => {
    assert.deepEqual(findDates(buildContext('فاز الفريق 3/2/1 في المباريات.')), []);
    assert.deepEqual(findDates(buildContext('الرمز 5-13-2019 خاطئ.')), []);
    assert.deepEqual(findDates(buildContext('الإصدار 1.2.3 متاح.')), []);
  });
  it('keeps a month\'s other name in parentheses with its day, year and direction', () => {
    const d = one('تنتهي المهلة في 15 أكتوبر (تشرين الأول) المقبل وفق البيان.');
    assert.equal(d.text, '15 أكتوبر (تشرين الأول) المقبل');
    assert.deepEqual(d.value, { day: 15, month: 10, calendar: 'gregorian', relative: 'future' });
    assert.equal(one('ولد في 3 مارس (آذار) 1990 في حلب.').value.year, 1990);
    assert.equal(one('وصلت البعثة في 9 مايو (أيار)، ثم غادرت.').text, '9 مايو (أيار)');
  });
  it('keeps a weekday in parentheses after a relative day: أمس (الخميس)', () => {
    const d = one('أعلنت الشركة أمس (الخميس) نتائجها.');
    assert.equal(d.text, 'أمس (الخميس)');
    assert.deepEqual(d.value, { relativeDays: -1, weekday: 4 });
  });
  it('reads a day number or ordinal before من and a month', () => {
    assert.deepEqual(one('تنطلق الدورة يوم 7 من ربيع الآخر القادم.').value, { day: 7, month: 4, calendar: 'hijri', relative: 'future' });
    assert.deepEqual(one('يفتتح المهرجان في العاشر من ديسمبر.').value, { day: 10, month: 12, calendar: 'gregorian' });
    assert.equal(one('تبدأ الإجازة في الحادي عشر من رمضان.').value.day, 11);
    assert.deepEqual(findDates(buildContext('قرأ الفصل الثالث من الكتاب.')), []);
  });
  it('reads a year after its kind and a span of years by its first', () => {
    assert.deepEqual(unresolved(one('بلغت الإيرادات في العام المالي 2017 نحو مليار.').value), { year: 2017 });
    assert.deepEqual(unresolved(one('تقرر ذلك للعام الدراسي 1439/ 1440هـ في المدارس.').value), { year: 1439, calendar: 'hijri' });
    assert.equal(one('ارتفعت الصادرات في عامي 2016 و2017 بشكل كبير.').text, 'عامي 2016 و2017');
    assert.equal(one('يشارك الفريق في دوري المحترفين لموسم 2018/2019م بقوة.').value.year, 2018);
    assert.equal(one('تعهدت الحكومة بخفض الانبعاثات بحلول 2030 وفق الخطة.').value.year, 2030);
    assert.equal(one('نمت الأرباح في النصف الأول من 2019 بنسبة كبيرة.').text, 'النصف الأول من 2019');
    assert.deepEqual(unresolved(one('تراجعت المبيعات خلال الربع الثالث من العام الجاري.').value), { relative: 'current' });
    assert.deepEqual(findDates(buildContext('حصل على النصف الأول من المبلغ.')), []);
  });
  it('reads a span of years by its first, after من or بين only when the span follows', () => {
    assert.equal(one('درس في الجامعة من 1998 حتى 2002 ثم سافر.').text, '1998 حتى 2002');
    assert.equal(one('عمل مدربا بين 2016 و2019 في النادي.').text, '2016 و2019');
    assert.equal(one('توقفت البطولة في موسم عام 2019 – 2020 بسبب الوباء.').value.year, 2019);
    assert.deepEqual(findDates(buildContext('حضر أكثر من 2000 شخص.')), []);
  });
  it('reads the year after العام الماضي only where no count follows', () => {
    assert.equal(one('ارتفعت المبيعات في العام الماضي 2018، بحسب التقرير.').value.year, 2018);
    assert.deepEqual(unresolved(one('بلغ الإنتاج العام الماضي 2000 طن.').value), { relative: 'past' });
  });
  it('reads clock times in words after الساعة, with fractions and the day after a part of the day', () => {
    assert.deepEqual(one('اندلع الحريق عند الساعة الخامسة فجر اليوم في المستودع.').value, { relativeDays: 0, time: '05:00' });
    assert.deepEqual(one('يبدأ الحفل الساعة الحادية عشرة والنصف صباحا بالقاعة.').value, { time: '11:30' });
    assert.equal(one('وصل الوفد في تمام الساعة الثامنة مساء الأحد.').value.time, '20:00');
    assert.equal(one('غادر عند الساعة 9:15 مساء أمس.').text, 'الساعة 9:15 مساء أمس');
    assert.equal(one('يفتح المعرض الساعة الرابعة بعد الظهر يوميا.').value.time, '16:00');
    assert.deepEqual(findDates(buildContext('تعمل الصيدلية على مدار الساعة طوال الأسبوع.')), []);
    assert.deepEqual(findDates(buildContext('حل في المركز الرابعة عشرة.')), []);
  });
  it('reads a span of days or weeks from the publication date, not one counted from an event', () => {
    assert.deepEqual(unresolved(one('افتتح المتحف قبل يومين أمام الزوار.').value), { relativeDays: -2 });
    assert.deepEqual(unresolved(one('تصل الشحنة بعد 10 أيام إلى الميناء.').value), { relativeDays: 10 });
    assert.deepEqual(unresolved(one('انتقل إلى النادي قبل أسبوعين تقريبا.').value), { relativeDays: -14 });
    assert.deepEqual(findDates(buildContext('ينتظر السكان الطريق منذ 25 عاما.')), [], 'منذ with a span is a duration');
    assert.deepEqual(findDates(buildContext('يتحسن الأداء يوما بعد يوم.')), []);
    assert.equal(one('سافر قبل يوم الجمعة الماضي.').text, 'يوم الجمعة الماضي');
    assert.deepEqual(unresolved(one('تقاعد المدرب قبل عامين بعد مسيرة طويلة.').value), { relative: 'past' });
    assert.deepEqual(findDates(buildContext('وصل المنتخب قبل يوم من المباراة.')), []);
    assert.deepEqual(findDates(buildContext('أعلنت النتائج بعد يومين على الاقتراع.')), []);
    assert.deepEqual(findDates(buildContext('عاش هناك منذ سنوات طويلة.')), []);
  });
  it('reads a period or the day after a demonstrative as the current one', () => {
    assert.deepEqual(unresolved(one('تراجعت الأسعار هذا العام بشكل ملحوظ.').value), { relative: 'current' });
    assert.equal(one('شارك في بطولة هذه السنة عشرون فريقا.').text, 'هذه السنة');
    assert.deepEqual(unresolved(one('تبدأ الدراسة هذا العام 1441هـ مبكرا.').value), { year: 1441, calendar: 'hijri' });
    assert.deepEqual(findDates(buildContext('تغيرت أسعار السلع في هذه الشهور كثيرا.')), []);
    assert.equal(one('نحتفل في هذا اليوم بذكرى التأسيس.', '2020-09-23').value.iso, '2020-09-23');
  });
});
