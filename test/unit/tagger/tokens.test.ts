import { strict as assert } from 'node:assert';
import { MAX_SENTENCE_TOKENS, spanSentences, taggerSpans, taggerTokens } from '../../../src/core/recognize/tagger/tokens';
import { loadTagger, tagText } from '../../../src/core/recognize/tagger';
import { buildContext } from '../../../src/core/text/context';

describe('tagger tokens', () => {
  it('keeps punctuation as tokens and offsets that slice to them', () => {
    const text = 'قال (بوتين)، أمس.';
    const tokens = taggerTokens(text);
    assert.deepEqual(tokens.map(t => t.text), ['قال', '(', 'بوتين', ')', '،', 'أمس', '.']);
    for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  });

  it('cuts sentences at final marks and line breaks, not at the Arabic comma', () => {
    const text = 'وصل الوزير، وقال إنه سعيد. ثم غادر\nعنوان جديد';
    const ranges = spanSentences(text, taggerSpans(text));
    assert.deepEqual(ranges, [[0, 7], [7, 9], [9, 11]]);
  });

  it('caps very long runs so one huge line stays cheap to tag', () => {
    const text = 'كلمة '.repeat(MAX_SENTENCE_TOKENS * 3 + 5);
    const ranges = spanSentences(text, taggerSpans(text));
    assert.equal(ranges.length, 4);
    assert.ok(ranges.every(([a, b]) => b - a <= MAX_SENTENCE_TOKENS));
    assert.ok(Array.isArray(tagText(buildContext(text), loadTagger())));
  });
});
