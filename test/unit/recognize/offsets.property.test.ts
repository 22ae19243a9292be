import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { annotate } from '../../../src/core/annotate';

// Words that exercise the rules, clitics, titles and variants, mixed with arbitrary Unicode.
const WORDS = ['الرئيس', 'الروسي', 'فلاديمير', 'بوتين', 'وبوتين', 'ونظيره', 'للأمم', 'المتحدة', 'إقليم', 'ناغورنو', 'كاراباخ',
  'وزارة', 'الخارجية', 'الأرمينية', 'مجلس', 'الوزراء', '،', '.', '"', 'رقم', '102', 'القاعدة', 'العسكرية', 'ـ', 'َ', '\u200f', 'Putin', '\n'];

describe('recognize/offsets (property)', function () {
  // Loads the knowledge base, the tagger and compromise on first use.
  this.timeout(20000);
  it('every mention and entity name slices out of the text', () => {
    const piece = fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.constant(' '));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), parts => {
        const text = parts.join(' ');
        const doc = annotate(text, { language: 'ar' });
        for (const m of doc.mentions) {
          assert.equal(text.slice(m.start, m.end), m.text);
          assert.ok(m.end > m.start);
          assert.ok(doc.entities.some(e => e.id === m.entity));
        }
        for (let i = 1; i < doc.mentions.length; i++) assert.ok(doc.mentions[i - 1].end <= doc.mentions[i].start, 'mentions are flat');
      }),
      { numRuns: 300 },
    );
  });
  it('English mentions are flat, non-empty and start with a capital', () => {
    const EN = ['President', 'Emmanuel', 'Macron', 'met', 'Vladimir', 'Putin', 'in', 'Paris', 'the', 'Kremlin', "Putin's", 'Mr.', '😀', ',', '.', '\n'];
    const piece = fc.oneof(fc.constantFrom(...EN), fc.string({ unit: 'grapheme', maxLength: 5 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), parts => {
        const text = parts.join(' ');
        const doc = annotate(text, { language: 'en' });
        for (const m of doc.mentions) {
          assert.equal(text.slice(m.start, m.end), m.text);
          assert.match(m.text, /^\p{Lu}/u);
        }
        for (let i = 1; i < doc.mentions.length; i++) assert.ok(doc.mentions[i - 1].end <= doc.mentions[i].start);
      }),
      { numRuns: 100 },
    );
  });
});
