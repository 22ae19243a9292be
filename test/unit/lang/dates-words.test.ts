import { strict as assert } from 'node:assert';
import { lexicon } from '../../../src/core/lang/lexicon';
import { buildContext } from '../../../src/core/text/context';
import { findDates } from '../../../src/core/recognize/dates';

// Every entry of media/lang/ar/dates.json in a sentence of our own.
interface DateWords {
  relativeDays: { entries: [string[], number][] };
  directions: Record<'past' | 'future' | 'current', string[]>;
  periods: { entries: string[] };
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
  it('every part of the day joins the day word after it', () => {
    for (const w of words.dayParts.entries) assert.deepEqual(dates(`عاد الفريق ${w} أمس.`).map(d => d.text), [`${w} أمس`], w);
  });
  it('every era mark after a year stays with it', () => {
    for (const w of [...words.hijriMarks.entries, ...words.gregorianMarks.entries]) {
      assert.deepEqual(dates(`بنيت القلعة عام 1350 ${w} على التل.`).map(d => d.text), [`عام 1350 ${w}`], w);
    }
  });
});
