import { strict as assert } from 'node:assert';
import { lexicon } from '../../../src/core/lang/lexicon';
import { buildContext } from '../../../src/core/text/context';
import { findEnglishDates, type DateWords } from '../../../src/core/recognize/english-dates';
import type { DateValue } from '../../../src/core/types';

// Every word of media/lang/en/dates.json in a sentence of our own, with the value it gives.
const words = lexicon<DateWords>('en', 'dates');
const dates = (text: string): Array<[string, DateValue]> => findEnglishDates(buildContext(text, 'en'), '2020-10-02').map(d => [d.text, d.value]);
const one = (text: string): [string, DateValue] => {
  const found = dates(text);
  assert.equal(found.length, 1, `${text}: ${JSON.stringify(found)}`);
  return found[0];
};

describe('lang/en/dates.json', () => {
  it('every month name and abbreviation (with a full stop too) gives its month', () => {
    words.months.forEach((forms, i) => {
      for (const f of forms) {
        assert.equal(one(`The ferry crossed on ${f} 14, 2021, the harbour master said.`)[1].month, i + 1, f);
        if (forms.indexOf(f) > 0) assert.equal(one(`The ferry crossed on ${f}. 14, 2021, the harbour master said.`)[1].month, i + 1, f);
      }
    });
  });

  it('every weekday gives its number, with a day part after it', () => {
    words.weekdays.forEach((d, i) => assert.deepEqual(one(`The ferry crossed on ${d}, the harbour master said.`), [d, { weekday: i + 1, iso: one(`The ferry crossed on ${d}.`)[1].iso }], d));
    for (const p of words.dayParts) assert.equal(one(`The ferry crossed on Friday ${p}.`)[0], `Friday ${p}`, p);
  });

  it('every relative day gives its days from the publication date, with a day part after it', () => {
    for (const [r, days] of words.relativeDays) {
      assert.equal(one(`The ferry crossed ${r}, the harbour master said.`)[1].relativeDays, days, r);
      assert.equal(one(`The ferry crossed ${r} evening.`)[0], `${r} evening`, r);
    }
  });

  it('every direction before a weekday, a month and a period gives its relation', () => {
    for (const [d, relative] of words.directions) {
      assert.equal(one(`The ferry crossed ${d} Friday.`)[1].relative, relative, d);
      assert.equal(one(`The ferry crossed ${d} March.`)[1].relative, relative, d);
      for (const p of words.periods) assert.deepEqual(one(`The ferry crossed ${d} ${p}.`), [`${d} ${p}`, { relative }], `${d} ${p}`);
    }
    for (const p of words.thisPeriods) {
      assert.deepEqual(one(`The ferry crossed earlier this ${p}.`)[1], { relative: 'past' }, p);
      assert.deepEqual(one(`The ferry crosses later this ${p}.`)[1], { relative: 'future' }, p);
    }
  });

  it('every month word makes a bare month name after it a date, the word left outside', () => {
    for (const w of words.monthWords) {
      assert.deepEqual(one(`The ferry sailed ${w} October, the harbour master said.`), ['October', { month: 10, calendar: 'gregorian', iso: '2020-10' }], w);
      assert.equal(one(`${w[0].toUpperCase()}${w.slice(1)} October the ferry sailed.`)[0], 'October', w);
    }
    assert.deepEqual(dates('The ferry sailed in Oct with cargo.'), []);
    assert.deepEqual(dates('Captain March sailed the ferry.'), []);
  });

  it('every period part joins a period, a month or a year after "of"', () => {
    for (const p of words.periodParts) {
      assert.deepEqual(one(`The ferry sails at the ${p} of the week.`), [`${p} of the week`, { relative: 'current' }], p);
      assert.deepEqual(one(`The ferry sails at the ${p} of next month.`), [`${p} of next month`, { relative: 'future' }], p);
      assert.deepEqual(one(`The ferry sailed at the ${p} of March 2019.`)[1], { month: 3, year: 2019, calendar: 'gregorian', iso: '2019-03' }, p);
    }
  });

  it('every season joins the year after it, with "of" or without', () => {
    for (const w of words.seasons) {
      assert.deepEqual(one(`The ferry sailed in the ${w} of 2014.`), [`${w} of 2014`, { year: 2014, iso: '2014' }], w);
      assert.equal(one(`The ferry sailed in ${w[0].toUpperCase()}${w.slice(1)} 2016.`)[0], `${w[0].toUpperCase()}${w.slice(1)} 2016`, w);
    }
    assert.deepEqual(dates('The spring of the ferry broke.'), []);
  });

  it('a year after a year word (capitalised too) is a date, unless a counted noun follows it', () => {
    assert.deepEqual(dates('The ferry carried 2019 passengers.'), []);
    for (const w of words.yearWords) {
      assert.deepEqual(one(`The ferry sailed ${w} 2019.`), ['2019', { year: 2019, iso: '2019' }], w);
      assert.deepEqual(one(`${w[0].toUpperCase()}${w.slice(1)} 2019 the ferry sailed.`), ['2019', { year: 2019, iso: '2019' }], w);
    }
    assert.deepEqual(dates('The ferry sailed in 2019 passengers.'), []);
    for (const f of words.yearFollowers) assert.deepEqual(one(`The ferry sailed in 2019 ${f} docked.`), ['2019', { year: 2019, iso: '2019' }], f);
  });
  it('every span unit and count word before "ago" gives the days back, or the direction for months and years', () => {
    for (const [unit, days] of words.spanUnits) {
      for (const [count, n] of words.countWords) {
        const plural = n === 1 ? unit : `${unit}s`;
        const [text, value] = one(`The ferry sank ${count} ${plural} ago, the harbour master said.`);
        assert.equal(text.toLowerCase(), `${count} ${plural} ago`);
        assert.deepEqual(value.relativeDays !== undefined ? value.relativeDays : value.relative, days && n ? -n * days : 'past', `${count} ${plural}`);
      }
    }
  });

  it('every half and quarter of a year or the year', () => {
    for (const share of words.periodShares) {
      assert.equal(one(`Freight rose in the ${share} of 2019, the harbour master said.`)[1].year, 2019, share);
      assert.equal(one(`Freight rose in the ${share} of last year, the harbour master said.`)[1].relative, 'past', share);
    }
  });

  it('dates in figures, day first unless the day shows it is second', () => {
    assert.deepEqual(one('The ferry crossed on 03/04/2019 at dawn.')[1], { day: 3, month: 4, year: 2019, calendar: 'gregorian', iso: '2019-04-03' });
    assert.equal(one('The ferry crossed on 04/23/2019 at dawn.')[1].day, 23);
    assert.equal(one('The ferry crossed on 2019-04-23 at dawn.')[1].month, 4);
    assert.deepEqual(dates('The ferry carried 13/14/2019 tonnes.'), []);
  });
});
