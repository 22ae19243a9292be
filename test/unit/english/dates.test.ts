// English date and time expressions: span and normalised value per form.
import { strict as assert } from 'node:assert';
import { annotate } from '../../../src/core/annotate';
import type { DateValue } from '../../../src/core/types';

const PUB = '2020-09-30'; // a Wednesday

function dates(sentence: string): Array<[string, DateValue]> {
  const doc = annotate(`Headline\nLead line.\n${sentence}`, { language: 'en', publicationDate: PUB });
  return doc.dates.map(d => [d.text, d.value]);
}

describe('English dates', () => {
  const cases: Array<[string, string, DateValue]> = [
    ['The talks ended yesterday.', 'yesterday', { relativeDays: -1, iso: '2020-09-29' }],
    ['He arrives today.', 'today', { relativeDays: 0, iso: '2020-09-30' }],
    ['They meet again tomorrow morning.', 'tomorrow morning', { relativeDays: 1, iso: '2020-10-01' }],
    ['The envoys met on Monday.', 'Monday', { weekday: 1, iso: '2020-09-28' }],
    ['The envoys meet next Friday.', 'next Friday', { weekday: 5, relative: 'future', iso: '2020-10-02' }],
    ['The fighting began last Sunday.', 'last Sunday', { weekday: 7, relative: 'past', iso: '2020-09-27' }],
    ['Shelling resumed last week.', 'last week', { relative: 'past' }],
    ['A new round is due next month.', 'next month', { relative: 'future' }],
    ['Elections are planned for this year.', 'this year', { relative: 'current' }],
    ['Fighting broke out on September 27.', 'September 27', { month: 9, day: 27, calendar: 'gregorian', iso: '2020-09-27' }],
    ['Fighting broke out on 27 September 2020.', '27 September 2020', { month: 9, day: 27, year: 2020, calendar: 'gregorian', iso: '2020-09-27' }],
    ['Fighting broke out on Sept. 27.', 'Sept. 27', { month: 9, day: 27, calendar: 'gregorian', iso: '2020-09-27' }],
    ['The deal was signed on November 10, 2020.', 'November 10, 2020', { month: 11, day: 10, year: 2020, calendar: 'gregorian', iso: '2020-11-10' }],
    ['The war ended in May 1994.', 'May 1994', { month: 5, year: 1994, calendar: 'gregorian', iso: '1994-05' }],
    ['The region has been disputed since 1994.', '1994', { year: 1994, iso: '1994' }],
    ['The ceasefire took effect at 3 p.m.', '3 p.m.', { time: '15:00' }],
    ['The ceasefire took effect at 15:00 local time.', '15:00', { time: '15:00' }],
    ['Sirens sounded at 10:30 am.', '10:30 am', { time: '10:30' }],
    ['On Sunday, September 27, fighting erupted.', 'Sunday, September 27', { weekday: 7, month: 9, day: 27, calendar: 'gregorian', iso: '2020-09-27' }],
  ];
  for (const [sentence, text, value] of cases) {
    it(`${text} in "${sentence}"`, () => {
      assert.deepEqual(dates(sentence), [[text, value]]);
    });
  }

  it('no date in numbers, counts and capitalised words that are not dates', () => {
    assert.deepEqual(dates('About 2000 troops and 15 tanks crossed the border. March forward, said the general.'), []);
  });

  it('no ISO value without a publication date', () => {
    const doc = annotate('Headline\nLead.\nThe envoys met on Monday.', { language: 'en' });
    assert.deepEqual(doc.dates.map(d => d.value), [{ weekday: 1 }]);
  });
});
