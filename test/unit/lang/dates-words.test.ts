import { strict as assert } from 'node:assert';
import { lexicon } from '../../../src/core/lang/lexicon';
import { buildContext } from '../../../src/core/text/context';
import { findDates } from '../../../src/core/recognize/dates';

// Every entry of media/lang/ar/dates.json in a sentence of our own.
interface DateWords {
  relativeDays: { entries: [string[], number][] };
  directions: Record<'past' | 'future' | 'current', string[]>;
  periods: { entries: string[] };
  periodParts: { entries: string[] };
  seasons: { entries: string[] };
  timePrepositions: { entries: string[] };
  wordMonths: { entries: string[] };
  dayParts: { entries: string[] };
  hijriMarks: { entries: string[] };
  gregorianMarks: { entries: string[] };
}
const words = lexicon<DateWords>('ar', 'dates');
const dates = (text: string) => findDates(buildContext(text), '2022-03-15');

describe('lang/ar/dates.json', () => {
  it('every relative day word is a date with its offset', () => {
    for (const [w, days] of words.relativeDays.entries) {
      const ds = dates(`عاد الفريق ${w.join(' ')} إلى القرية.`);
      assert.deepEqual(ds.map(d => [d.text, d.value.relativeDays]), [[w.join(' '), days]], w.join(' '));
    }
  });
  it('every direction word after a period noun makes one date of both', () => {
    for (const dir of ['past', 'future', 'current'] as const) {
      for (const w of words.directions[dir]) {
        const period = /ة$/.test(w) ? 'السنة' : 'الشهر';
        assert.deepEqual(dates(`سيزور الفريق القرية ${period} ${w}.`).map(d => d.text), [`${period} ${w}`], w);
      }
    }
  });
  it('every period noun takes a direction word', () => {
    for (const w of words.periods.entries) {
      const dir = /ة$/.test(w) ? 'الماضية' : 'الماضي';
      assert.deepEqual(dates(`زار الفريق القرية ${w} ${dir}.`).map(d => d.text), [`${w} ${dir}`], w);
    }
  });
  it('every time preposition makes a bare month or year after it a date, and stays out of its span', () => {
    for (const w of words.timePrepositions.entries) {
      assert.deepEqual(dates(`افتتح المعرض ${w} أكتوبر وسط المدينة.`).map(d => [d.text, d.value.month]), [['أكتوبر', 10]], w);
      assert.deepEqual(dates(`توسع المصنع ${w} 2012 بفضل التصدير.`).map(d => [d.text, d.value.year]), [['2012', 2012]], w);
    }
  });
  it('a month name that is also an ordinary word needs more than a preposition', () => {
    for (const w of words.wordMonths.entries) {
      assert.deepEqual(dates(`انخفضت الحرارة إلى ما دون الصفر ثم بقيت في ${w} تقريبا.`), [], w);
      assert.equal(dates(`صام أهل القرية في شهر ${w}.`).length, 1, w);
    }
  });
  it('every period part joins the period, month or year after it', () => {
    for (const w of words.periodParts.entries) {
      assert.deepEqual(dates(`سيفتح الجسر ${w} الشهر المقبل.`).map(d => [d.text, d.value.relative]), [[`${w} الشهر المقبل`, 'future']], w);
      assert.deepEqual(dates(`تعطل القطار ${w} الأسبوع.`).map(d => [d.text, d.value.relative]), [[`${w} الأسبوع`, 'current']], w);
      assert.deepEqual(dates(`أغلق المطعم ${w} مايو.`).map(d => [d.text, d.value.month]), [[`${w} مايو`, 5]], w);
      assert.deepEqual(dates(`نقلت الشركة مقرها ${w} 2018.`).map(d => [d.text, d.value.year]), [[`${w} 2018`, 2018]], w);
    }
  });
  it('every season joins the year after it; with the article it is a period', () => {
    for (const w of words.seasons.entries) {
      assert.deepEqual(dates(`رحلت العائلة إلى الساحل ${w} 2016 ثم عادت.`).map(d => [d.text, d.value.year]), [[`${w} 2016`, 2016]], w);
      assert.deepEqual(dates(`رحلت العائلة إلى الساحل ${w} عام 1998.`).map(d => [d.text, d.value.year]), [[`${w} عام 1998`, 1998]], w);
      assert.deepEqual(dates(`اشتد البرد ال${w} الماضي.`).map(d => d.text), [`ال${w} الماضي`], w);
      assert.deepEqual(dates(`يحب الشاعر ${w} القرى.`), [], w);
    }
  });
  it('every part of the day joins the day word after it', () => {
    for (const w of words.dayParts.entries) assert.deepEqual(dates(`عاد الفريق ${w} أمس.`).map(d => d.text), [`${w} أمس`], w);
  });
  it('every era mark after a year stays with it', () => {
    for (const w of [...words.hijriMarks.entries, ...words.gregorianMarks.entries]) {
      assert.deepEqual(dates(`بنيت القلعة عام 1350 ${w} على التل.`).map(d => d.text), [`عام 1350 ${w}`], w);
    }
  });
});
