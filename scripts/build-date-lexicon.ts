// Builds media/data/date-lexicon.json: Arabic month names of every regional
// tradition (Egyptian/Gulf transliterated, Levantine/Syriac, Maghrebi), Hijri
// months and weekdays, taken from the ICU data in Node's Intl at build time so
// the runtime carries no Intl dependency. Variants ICU lacks are listed below.
// Run: npm run build && node out/scripts/build-date-lexicon.js
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { wordKey } from '../src/core/recognize/word-key';

interface MonthEntry { month: number; calendar: 'gregorian' | 'hijri' }

const REGIONS = ['EG', 'SA', 'SY', 'LB', 'IQ', 'JO', 'PS', 'MA', 'DZ', 'TN', 'LY', 'MR', 'SD', 'YE', 'AE'];

// Spellings common in news that ICU does not give.
const EXTRA_GREGORIAN: [string, number][] = [
  ['يونيه', 6], ['يوليه', 7], ['اغسطس', 8], ['أغسطس', 8], ['آب', 8], ['ابريل', 4], ['إبريل', 4],
  ['سبتمبر', 9], ['نوفمبر', 11], ['اكتوبر', 10], ['كانون ثاني', 1], ['تشرين أول', 10], ['تشرين ثاني', 11], ['كانون أول', 12],
];
const EXTRA_HIJRI: [string, number][] = [
  ['المحرم', 1], ['ربيع الثاني', 4], ['ربيع أول', 3], ['جمادى الأول', 5], ['جمادى الثانية', 6], ['جمادى الثاني', 6],
  ['ذي القعدة', 11], ['ذي الحجة', 12], ['رمضان المبارك', 9],
];

function monthNames(): Record<string, MonthEntry> {
  const out: Record<string, MonthEntry> = {};
  const put = (name: string, e: MonthEntry): void => {
    out[name.split(/\s+/).map(wordKey).join(' ')] = e;
  };
  for (const r of REGIONS) {
    const f = new Intl.DateTimeFormat(`ar-${r}`, { month: 'long', timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) put(f.format(new Date(Date.UTC(2020, m, 15))), { month: m + 1, calendar: 'gregorian' });
  }
  for (const [name, m] of EXTRA_GREGORIAN) put(name, { month: m, calendar: 'gregorian' });
  // Walk a year of days and read each Hijri month's name with its number.
  const name = new Intl.DateTimeFormat('ar-SA-u-ca-islamic-umalqura', { month: 'long', timeZone: 'UTC' });
  const num = new Intl.DateTimeFormat('en-US-u-ca-islamic-umalqura', { month: 'numeric', timeZone: 'UTC' });
  for (let d = 0; d < 370; d += 7) {
    const date = new Date(Date.UTC(2020, 0, 1 + d));
    put(name.format(date), { month: Number(num.format(date)), calendar: 'hijri' });
  }
  for (const [n, m] of EXTRA_HIJRI) put(n, { month: m, calendar: 'hijri' });
  return out;
}

function weekdays(): Record<string, number> {
  const out: Record<string, number> = {};
  const f = new Intl.DateTimeFormat('ar', { weekday: 'long', timeZone: 'UTC' });
  // 2024-01-01 was a Monday (ISO weekday 1).
  for (let i = 0; i < 7; i++) {
    const key = wordKey(f.format(new Date(Date.UTC(2024, 0, 1 + i))));
    out[key] = i + 1;
    if (key.startsWith('ال')) out[key.slice(2)] = i + 1;
  }
  out[wordKey('الإثنين')] = 1;
  out[wordKey('إثنين')] = 1;
  return out;
}

const lexicon = { months: monthNames(), weekdays: weekdays() };
const target = path.resolve(__dirname, '../../media/data/date-lexicon.json');
writeFileSync(target, JSON.stringify(lexicon) + '\n');
console.log(`wrote ${Object.keys(lexicon.months).length} month names and ${Object.keys(lexicon.weekdays).length} weekday forms to ${target}`);
