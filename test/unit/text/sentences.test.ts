import { strict as assert } from 'node:assert';
import { splitParagraphs, splitSentences } from '../../../src/core/text/sentences';
import { detectLanguage } from '../../../src/core/text/language';
import { lexicon } from '../../../src/core/lang/lexicon';

const texts = (text: string, spans: Array<{ start: number; end: number }>) => spans.map(s => text.slice(s.start, s.end));

describe('text/sentences', () => {
  it('splits paragraphs on LF, CRLF and CR, skipping blank lines and trimming', () => {
    const text = 'عنوان\r\nمقدمة \r\n\r\n  فقرة\rأخيرة';
    assert.deepEqual(texts(text, splitParagraphs(text)), ['عنوان', 'مقدمة', 'فقرة', 'أخيرة']);
  });

  it('ends sentences on . ؟ ! ؛ and not on the Arabic comma', () => {
    const text = 'قال بوتين، أمس، إنه مستعد. هل يوافق؟ نعم! ثم انتهى؛ وبعد ذلك';
    assert.deepEqual(texts(text, splitSentences(text)), ['قال بوتين، أمس، إنه مستعد.', 'هل يوافق؟', 'نعم!', 'ثم انتهى؛', 'وبعد ذلك']);
  });

  it('ends a sentence at a line break', () => {
    const text = 'السطر الأول\nالسطر الثاني';
    assert.equal(splitSentences(text).length, 2);
  });

  it('does not split inside numbers or abbreviations', () => {
    const text = 'بلغ النمو 3.5 في المئة. The U.S. envoy met Mr. Smith. Done';
    assert.deepEqual(texts(text, splitSentences(text)), ['بلغ النمو 3.5 في المئة.', 'The U.S. envoy met Mr. Smith.', 'Done']);
  });

  it('does not split after an Arabic initial or abbreviation (د. فلان، راشد س.), but does after a year\'s era letter (2015 م.)', () => {
    const text = 'وقال د. نبيل حداد إن المشروع جاهز. والتقى م. سعيد بالطالب فراس ع. أمس. وافتتح عام 2015 م. ثم توسع.';
    assert.deepEqual(texts(text, splitSentences(text)), ['وقال د. نبيل حداد إن المشروع جاهز.', 'والتقى م. سعيد بالطالب فراس ع. أمس.', 'وافتتح عام 2015 م.', 'ثم توسع.']);
  });
  it('does not split inside a quotation closed on the same line', () => {
    const text = 'وقال "نعرض وساطة. نحن مستعدون" ثم غادر. وانتهى';
    assert.deepEqual(texts(text, splitSentences(text)), ['وقال "نعرض وساطة. نحن مستعدون" ثم غادر.', 'وانتهى']);
  });

  it('keeps closing quotes with the sentence they end', () => {
    const text = 'He said "stop." Then left.';
    assert.deepEqual(texts(text, splitSentences(text)), ['He said "stop."', 'Then left.']);
  });

  it('treats a run of terminators as one end', () => {
    const text = 'ماذا؟! لا أعرف...';
    assert.deepEqual(texts(text, splitSentences(text)), ['ماذا؟!', 'لا أعرف...']);
  });
});

describe('text/language', () => {
  it('detects Arabic, English and unknown', () => {
    assert.equal(detectLanguage('بوتين وماكرون يدعوان إلى وقف فوري'), 'ar');
    assert.equal(detectLanguage('Putin and Macron call for a ceasefire'), 'en');
    assert.equal(detectLanguage('123 456 !!'), 'unknown');
    assert.equal(detectLanguage(''), 'unknown');
  });
  it('every abbreviation of media/lang/en/abbreviations.json keeps its full stop inside the sentence', () => {
    for (const a of lexicon<{ entries: string[] }>('en', 'abbreviations').entries) {
      const w = a[0].toUpperCase() + a.slice(1);
      const text = `The letter from ${w}. Brown arrived. It was read aloud.`;
      assert.deepEqual(texts(text, splitSentences(text)), [`The letter from ${w}. Brown arrived.`, 'It was read aloud.'], a);
    }
    const text = 'The letter came from Brown. Smith read it.';
    assert.deepEqual(texts(text, splitSentences(text)), ['The letter came from Brown.', 'Smith read it.']);
  });
});
