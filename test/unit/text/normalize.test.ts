import { strict as assert } from 'node:assert';
import {
  collapseWhitespace, compactNorm, compactWithMap, matchKey, normalizeForMatch, phoneticKey, PLACEHOLDER,
} from '../../../src/core/text/normalize';

describe('text/normalize', () => {
  const cases: Array<[string, string, string]> = [
    ['alef with hamza above', 'أرمينيا', 'ارمينيا'],
    ['alef with hamza below', 'إيمانويل', 'ايمانويل'],
    ['alef with madda', 'آسيا', 'اسيا'],
    ['alef wasla', 'ٱلله', 'الله'],
    ['alef maksura', 'مصطفى', 'مصطفي'],
    ['teh marbuta', 'منظمة', 'منظمه'],
    ['hamza on waw', 'رؤساء', 'روساء'],
    ['hamza on yeh', 'رئيس', 'رييس'],
    ['Persian keheh', 'کابل', 'كابل'],
    ['Persian yeh', 'ایران', 'ايران'],
    ['Persian gaf', 'ناگورنو', 'ناغورنو'],
    ['Maghrebi g', 'ڨالمة', 'قالمه'],
    ['peh', 'پاریس', 'باريس'],
    ['veh', 'ڤيينا', 'فيينا'],
    ['Arabic-Indic digits', '٢٧ أيلول ١٠٢', '27 ايلول 102'],
    ['Extended Arabic-Indic digits', '۲۰۲۰', '2020'],
    ['Arabic decimal separator', '٣٫٥', '3.5'],
    ['Latin lowercased', 'Vladimir PUTIN', 'vladimir putin'],
    ['Latin-1 lowercased', 'ÉLYSÉE', 'élysée'],
  ];
  for (const [name, input, key] of cases) {
    it(`folds ${name}`, () => {
      const n = normalizeForMatch(input);
      assert.equal(n.length, input.length);
      assert.equal(matchKey(input), key);
    });
  }

  it('turns diacritics, shadda, sukun, superscript alef and tatweel into the placeholder', () => {
    const input = 'تعدّ هاتفيّة مَكْتَبٌ هٰذا مـــصر';
    const n = normalizeForMatch(input);
    assert.equal(n.length, input.length);
    assert.equal(n[3], PLACEHOLDER);
    assert.equal(compactNorm(n), 'تعد هاتفيه مكتب هذا مصر');
  });

  it('keeps the standalone hamza', () => {
    assert.equal(matchKey('رؤساء'), 'روساء');
  });

  it('returns the same string object when nothing folds', () => {
    const s = 'hello 123';
    assert.equal(normalizeForMatch(s), s);
  });

  it('keeps surrogate pairs and emoji untouched', () => {
    const s = 'a😀ب';
    assert.equal(normalizeForMatch(s), s);
  });

  it('merges g/j/gh spellings of foreign names in phoneticKey only', () => {
    assert.equal(phoneticKey('ناجورنو'), phoneticKey('ناغورنو'));
    assert.equal(phoneticKey('ناگورنو'), phoneticKey('ناغورنو'));
    assert.notEqual(matchKey('ناجورنو'), matchKey('ناغورنو'));
  });

  it('collapses whitespace with an offset map back to the original', () => {
    const text = 'بوتين \r\n  و  ماكرون';
    const { text: out, map } = collapseWhitespace(text);
    assert.equal(out, 'بوتين و ماكرون');
    const i = out.indexOf('ماكرون');
    const span = map.toOriginalSpan(i, i + 'ماكرون'.length);
    assert.equal(text.slice(span.start, span.end), 'ماكرون');
    assert.equal(map.toOriginal(out.length), text.length);
  });

  it('compacts placeholders with an offset map', () => {
    const text = 'مُحَمَّد علي';
    const { text: out, map } = compactWithMap(text);
    assert.equal(out, 'محمد علي');
    const span = map.toOriginalSpan(0, 4);
    assert.equal(text.slice(span.start, span.end), 'مُحَمَّد');
  });
});
