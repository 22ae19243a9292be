import { strict as assert } from 'node:assert';
import { functionWords, placeKinds } from '../../../src/core/lang/lexicon';
import { recognizeNames } from '../../../src/core/recognize/names';
import { ar, fakeSources, spans } from './fakes';

// Sentences written for these tests; club and player names are invented.
const city = (name: string): [string, 'LOC', string, string] => [name, 'LOC', `city/${name}`, 'city'];

describe('recognize/clubs', () => {
  it('reads a city with a masculine country nisba as its club, the nisba outside', () => {
    const ctx = ar('فاز مرسيليا الفرنسي على ضيفه بهدفين');
    assert.deepEqual(spans(ctx, recognizeNames(ctx, fakeSources({ gazetteer: [city('مرسيليا')] }))), ['ORG مرسيليا']);
  });
  it('keeps the city when the nisba is feminine (the city agrees with it)', () => {
    const ctx = ar('زار الوفد مرسيليا الفرنسية أمس');
    assert.deepEqual(spans(ctx, recognizeNames(ctx, fakeSources({ gazetteer: [city('مرسيليا')] }))), ['LOC مرسيليا']);
  });
  it('keeps the city after a masculine facility noun, also in the dual construct, or a direction noun', () => {
    for (const text of ['هبطت الطائرة في مطار أنقرة التركي مساء', 'أغلقت السلطات مطاري أنقرة التركي أمس', 'هطلت الأمطار على وسط أنقرة التركي']) {
      const ctx = ar(text);
      assert.deepEqual(spans(ctx, recognizeNames(ctx, fakeSources({ gazetteer: [city('أنقرة')] }))), ['LOC أنقرة'], text);
    }
  });
  it('takes a country as a club only with its own nisba', () => {
    const ctx = ar('تعادل فرنسا الفرنسي مع تركيا الفرنسي');
    const got = recognizeNames(ctx, fakeSources({ gazetteer: [['فرنسا', 'LOC', 'fr', 'country'], ['تركيا', 'LOC', 'tr', 'country']] }));
    assert.deepEqual(spans(ctx, got), ['ORG فرنسا', 'LOC تركيا']);
  });
  it('names a club from one or two unknown words before a masculine nisba', () => {
    const ctx = ar('تعادل غرونولاند الألماني مع ريكسا فولدوم التركي بهدف');
    assert.deepEqual(spans(ctx, recognizeNames(ctx, fakeSources({ common: ['تعادل', 'بهدف'] }))), ['ORG غرونولاند', 'ORG ريكسا فولدوم']);
  });
  it('reads the nisba as a nationality when a name follows it, or the word before has a possessive', () => {
    const ctx = ar('كما تأهل الألماني يوهان بيرغر. واستقبل الوزير نظيره الفرنسي');
    assert.deepEqual(spans(ctx, recognizeNames(ctx, fakeSources())), []);
  });
  it('keeps the city after every facility noun of the lexicon', () => {
    for (const noun of placeKinds().facilities?.entries ?? []) {
      const ctx = ar(`وصل الوفد إلى ${noun} أنقرة التركي صباحا`);
      assert.deepEqual(spans(ctx, recognizeNames(ctx, fakeSources({ gazetteer: [city('أنقرة')] }))), ['LOC أنقرة'], noun);
    }
  });
  it('reads no club in a possessed noun before a nisba, for every possessive ending', () => {
    for (const ending of functionWords().possessiveSuffixes?.entries ?? []) {
      const ctx = ar(`واستقبل الوزير نظير${ending} الفرنسي في العاصمة`);
      assert.deepEqual(spans(ctx, recognizeNames(ctx, fakeSources())), [], ending);
    }
  });
  it('reads a head word that never stands alone with its city or second word as one club, whatever the tagger read there', () => {
    const ctx = ar('وتغلب دينامو زغرب على أولمبيك فرانكلوفا بهدفين، وكاد سبارتاك أريفال يدرك التعادل.');
    const got = recognizeNames(ctx, fakeSources({ gazetteer: [city('زغرب')], model: [['دينامو', 'PER'], ['سبارتاك أريفال', 'PER']] }));
    assert.deepEqual(spans(ctx, got), ['ORG دينامو زغرب', 'ORG أولمبيك فرانكلوفا', 'ORG سبارتاك أريفال']);
    // With no name or unknown word after it (ملعب « لوكوموتيف »، بطل أولمبي سابق) the head names no club.
    const alone = ar('أحرز بطل أولمبي سابق الميدالية على ملعب لوكوموتيف .');
    assert.deepEqual(spans(alone, recognizeNames(alone, fakeSources({ common: ['سابق'] }))), []);
  });
});
