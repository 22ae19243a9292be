import { strict as assert } from 'node:assert';
import { procliticSplits, splitProclitics, tokenize } from '../../../src/core/text/tokens';

const known = (...keys: string[]) => (k: string) => keys.includes(k);

describe('text/tokens', () => {
  it('tokenises Arabic words with their diacritics and keeps offsets', () => {
    const text = 'قال لافروف: "نعرض وساطة روسيا"، مضيفاً.';
    const toks = tokenize(text);
    assert.deepEqual(toks.map(t => t.text), ['قال', 'لافروف', 'نعرض', 'وساطة', 'روسيا', 'مضيفاً']);
    for (const t of toks) assert.equal(text.slice(t.start, t.end), t.text);
    assert.equal(toks[5].key, 'مضيفا');
  });

  it('keeps numbers with decimal separators and hyphenated words whole', () => {
    const toks = tokenize('رقم 102 و3.5 و٣٫٥ Jean-Yves Le Drian, 1,000 F-16.');
    assert.deepEqual(toks.map(t => t.text), ['رقم', '102', 'و3.5', 'و٣٫٥', 'Jean-Yves', 'Le', 'Drian', '1,000', 'F-16']);
    assert.equal(toks[3].key, 'و3.5');
  });

  it('does not join a sentence-final dot to the next word', () => {
    assert.deepEqual(tokenize('end.Start 3.x').map(t => t.text), ['end', 'Start', '3', 'x']);
  });

  it('splits proclitics before the article by default', () => {
    const [t] = tokenize('والرئيس');
    assert.equal(t.prefix, 'و');
    assert.equal(t.stemStart, 1);
    assert.equal(t.stemKey, 'الرييس');
    const [b] = tokenize('بالكرملين');
    assert.equal(b.prefix, 'ب');
    assert.equal(b.stemKey, 'الكرملين');
  });

  it('splits لل leaving the second lam in the stem and restoring the article in the key', () => {
    const [t] = tokenize('للأمم');
    assert.equal(t.prefix, 'ل');
    assert.equal(t.text.slice(t.stemStart - t.start), 'لأمم');
    assert.equal(t.stemKey, 'الامم');
    const [w] = tokenize('وللأمم');
    assert.equal(w.prefix, 'ول');
    assert.equal(w.stemKey, 'الامم');
  });

  it('does not split a word without the article by default', () => {
    for (const w of ['وزير', 'وماكرون', 'لمنظمة', 'بوتين', 'سالمة', 'فالح']) {
      const [t] = tokenize(w);
      assert.equal(t.prefix, '', w);
      assert.equal(t.stemStart, 0, w);
    }
  });

  it('splits a proclitic off a known stem', () => {
    const s = splitProclitics('وماكرون', known('ماكرون'));
    assert.deepEqual([s.prefix, s.stem, s.stemOffset], ['و', 'ماكرون', 1]);
    const m = splitProclitics('لمنظمة', known('منظمه'));
    assert.deepEqual([m.prefix, m.stem], ['ل', 'منظمة']);
    const w = splitProclitics('وأرمينيا', known('ارمينيا'));
    assert.equal(w.stem, 'أرمينيا');
  });

  for (const [word, prefix, stem, key] of [
    ['وبموسكو', 'وب', 'موسكو', 'موسكو'],
    ['ولموسكو', 'ول', 'موسكو', 'موسكو'],
    ['فلموسكو', 'فل', 'موسكو', 'موسكو'],
    ['كموسكو', 'ك', 'موسكو', 'موسكو'],
    ['فبموسكو', 'فب', 'موسكو', 'موسكو'],
  ] as const) {
    it(`splits the combination ${prefix} in ${word}`, () => {
      const s = splitProclitics(word, known(key));
      assert.deepEqual([s.prefix, s.stem], [prefix, stem]);
    });
  }

  for (const [word, prefix, stem] of [
    ['وبالأمس', 'وب', 'الأمس'],
    ['فالرئيس', 'ف', 'الرئيس'],
    ['كالعادة', 'ك', 'العادة'],
    ['فللأمم', 'فل', 'لأمم'],
  ] as const) {
    it(`splits ${prefix} before the article in ${word}`, () => {
      const s = splitProclitics(word);
      assert.deepEqual([s.prefix, s.stem], [prefix, stem]);
    });
  }

  it('splits the future marker only before an imperfect verb', () => {
    assert.ok(procliticSplits('سيقول').some(s => s.prefix === 'س' && s.key === 'يقول'));
    assert.ok(!procliticSplits('سلام').some(s => s.prefix === 'س'));
    assert.ok(procliticSplits('وسيقول').some(s => s.prefix === 'وس'));
  });

  it('never splits a known whole word', () => {
    assert.equal(splitProclitics('وارسو', known('وارسو', 'ارسو')).prefix, '');
    assert.equal(splitProclitics('بوتين', known('بوتين', 'وتين')).prefix, '');
  });

  it('never leaves a stem shorter than two letters', () => {
    for (const s of procliticSplits('ولي')) assert.ok(s.key.length >= 2, s.key);
    assert.equal(splitProclitics('بل', () => true).prefix, '');
  });

  it('counts letters, not diacritics, and keeps a diacritic with its proclitic', () => {
    const s = splitProclitics('وَماكرون', known('ماكرون'));
    assert.deepEqual([s.prefix, s.stem, s.stemOffset], ['وَ', 'ماكرون', 2]);
  });
});
