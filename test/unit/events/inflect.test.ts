import { strict as assert } from 'node:assert';
import { constructDuals, inflectArabicVerb, inflectEnglishVerb, withoutObjectPronoun } from '../../../src/core/lang/inflect';
import { wordKey } from '../../../src/core/recognize/word-key';

const forms = (lemma: string): string[] => inflectArabicVerb(wordKey(lemma)).map(f => f.form);
const has = (lemma: string, ...written: string[]): void => {
  const all = forms(lemma);
  for (const w of written) assert.ok(all.includes(wordKey(w)), `${lemma} → ${w}`);
};
const kindOf = (lemma: string, written: string): string | undefined => inflectArabicVerb(wordKey(lemma)).find(f => f.form === wordKey(written))?.kind;
const numberOf = (lemma: string, written: string): string | undefined => inflectArabicVerb(wordKey(lemma)).find(f => f.form === wordKey(written))?.number;

describe('inflection generator: Arabic verbs', () => {
  it('inflects a sound three-letter verb in perfect, imperfect, participle and Form II verbal noun', () => {
    has('بحث', 'بحث', 'بحثت', 'بحثا', 'بحثوا', 'يبحث', 'يبحثان', 'تبحث', 'نبحث', 'يبحثون', 'باحثا');
    has('دمر', 'دمرت', 'يدمرون', 'تدمير', 'تدميرات', 'مدمرا');
    has('أكد', 'مؤكدا', 'مؤكدة', 'تأكيد');
    assert.equal(numberOf('بحث', 'بحثا'), 'd');
    assert.equal(numberOf('عرض', 'نعرض'), '1');
    assert.equal(kindOf('دمر', 'تدمير'), 'noun');
    assert.equal(kindOf('حذر', 'محذرا'), 'participle');
  });
  it('leaves out bare participles, which are mostly agent nouns or nouns of place', () => {
    assert.ok(!forms('قتل').includes(wordKey('قاتل')));
    assert.ok(!forms('كتب').includes(wordKey('مكتب')));
    has('قتل', 'قاتلا');
  });
  it('inflects hollow, defective, assimilated and doubled verbs', () => {
    has('زار', 'زارت', 'يزور', 'زائرا');
    has('دعا', 'دعت', 'دعوا', 'يدعو', 'يدعوان', 'يدعون', 'داعيا', 'داعية', 'داعين');
    has('نفى', 'نفت', 'نفوا', 'ينفي', 'نافيا');
    has('التقى', 'التقت', 'يلتقي', 'يلتقون', 'التقاء', 'ملتقيا');
    has('ألغى', 'يلغي', 'إلغاء');
    has('وعد', 'وعدت', 'يعد', 'واعدا');
    has('رد', 'ردت', 'ردوا', 'يرد', 'يردون');
  });
  it('derives Forms III to X from the lemma shape', () => {
    has('هاجم', 'يهاجم', 'مهاجمة', 'مهاجمات', 'مهاجما');
    assert.equal(kindOf('هاجم', 'مهاجمة'), 'noun');
    assert.ok(!forms('صارع').includes(wordKey('صراع')));
    has('أعلن', 'يعلن', 'إعلان', 'معلنا');
    has('أدان', 'يدين', 'إدانة', 'مدينا');
    has('تعهد', 'يتعهد', 'متعهدا');
    has('تباحث', 'يتباحثون', 'متباحثين');
    has('انسحب', 'ينسحب', 'انسحاب', 'منسحبا');
    has('اعتقل', 'يعتقل', 'اعتقال', 'اعتقالات', 'معتقلا');
    has('اتهم', 'يتهم', 'اتهام', 'متهما', 'اتهامات');
    has('اجتاح', 'يجتاح', 'اجتياح');
    has('استهدف', 'يستهدف', 'استهداف', 'مستهدفا');
    has('استقال', 'يستقيل', 'استقالة');
  });
  it('keeps forms of fewer than three letters out, except the lemma itself', () => {
    assert.ok(forms('رد').every(f => f.length >= 3 || f === 'رد'));
  });
  it('reads an object pronoun off a verb', () => {
    assert.ok(withoutObjectPronoun(wordKey('خطفهم')).includes(wordKey('خطف')));
    assert.ok(withoutObjectPronoun(wordKey('نفته')).includes(wordKey('نفت')));
    assert.ok(withoutObjectPronoun(wordKey('قتلوه')).includes(wordKey('قتلوا')));
    assert.deepEqual(withoutObjectPronoun(wordKey('له')), []);
  });
});

describe('inflection generator: hollow Form VIII passives', () => {
  it('writes the passive of a hollow Form VIII apart (اغتال → اغتيل، اغتيلت، اغتيلوا), of no other form', () => {
    has('اغتال', 'اغتيل', 'اغتيلت', 'اغتيلوا');
    has('اجتاح', 'اجتيح');
    assert.ok(!forms('اعتقل').some(f => f.includes('اعتيقل')));
    assert.equal(numberOf('اغتال', 'اغتيلوا'), 'p');
  });
});

describe('inflection generator: construct duals', () => {
  it('makes the construct duals of a noun in ة (حركة → حركتي، حركتا), none of other nouns', () => {
    assert.deepEqual(constructDuals('حركه'), ['حركتي', 'حركتا']);
    assert.deepEqual(constructDuals('مدينة'), ['مدينتي', 'مدينتا']);
    assert.deepEqual(constructDuals('تنظيم'), []);
  });
});

describe('inflection generator: English verbs', () => {
  it('applies the -s, -ed and -ing spelling rules and adds irregular forms', () => {
    assert.deepEqual(inflectEnglishVerb('urge').sort(), ['urge', 'urged', 'urges', 'urging']);
    assert.deepEqual(inflectEnglishVerb('rally').sort(), ['rallied', 'rallies', 'rally', 'rallying']);
    assert.ok(inflectEnglishVerb('plan', [], new Set(['plan'])).includes('planned'));
    assert.ok(inflectEnglishVerb('meet', ['met']).includes('met'));
    assert.ok(inflectEnglishVerb('push').includes('pushes'));
  });
});
