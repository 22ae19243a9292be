import { strict as assert } from 'node:assert';
import { loadTagger, tagText } from '../../../src/core/recognize/tagger';
import { buildContext } from '../../../src/core/text/context';
import { spanSentences, taggerSpans, taggerTokens, taggerWords } from '../../../src/core/recognize/tagger/tokens';

const TEXT = 'قال الرئيس الروسي فلاديمير بوتين (أمس)، إن «موسكو» مستعدة؟ نعم!\nوأكد لمنظمة الأمن 2020 Jean-Yves 😀 بوتين.';

describe('tagger spans', () => {
  it('finds the tokens of the regex it replaces, up to the end of the text', () => {
    const spans = taggerSpans(TEXT);
    const expected = [...TEXT.matchAll(/[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu)].map(m => [m.index, m.index + m[0].length]);
    const got: number[][] = [];
    for (let i = 0; i < spans.count; i++) got.push([spans.starts[i], spans.ends[i]]);
    assert.deepEqual(got, expected);
    assert.deepEqual(taggerTokens(TEXT).map(t => t.text), expected.map(([a, b]) => TEXT.slice(a, b)));
  });

  it('grows past its first guess of the token count', () => {
    const text = '.'.repeat(100);
    assert.equal(taggerSpans(text).count, 100);
  });

  it('cuts sentences after a final mark and at line breaks', () => {
    const tokens = taggerTokens(TEXT);
    // The rule as first written, over token texts.
    const expected: [number, number][] = [];
    let from = 0;
    for (let i = 0; i < tokens.length; i++) {
      const lineBreak = i + 1 < tokens.length && TEXT.slice(tokens[i].end, tokens[i + 1].start).includes('\n');
      if (['.', '!', '?', '؟', '؛'].includes(tokens[i].text) || lineBreak || i === tokens.length - 1) {
        expected.push([from, i + 1]);
        from = i + 1;
      }
    }
    assert.equal(expected.length, 3);
    assert.deepEqual(spanSentences(TEXT, taggerSpans(TEXT)), expected);
  });

  it('tags an article by its word ids as it tags the words by text', () => {
    const tagger = loadTagger();
    const tokens = taggerTokens(TEXT);
    const words = taggerWords(buildContext(TEXT));
    assert.ok(words.ids, 'the article\'s ids are current');
    assert.deepEqual(words.words.map(w => w.text), tokens.map(t => t.text));
    const labels = new Uint8Array(words.count), confidence = new Float64Array(words.count);
    for (const [from, to] of spanSentences(TEXT, words)) {
      const byText = tagger.tag(tokens.slice(from, to).map(t => t.text));
      tagger.tagSentence(words.words, words.ids, from, to, labels, confidence);
      const byIds = { labels: labels.slice(from, to), confidence: confidence.slice(from, to) };
      assert.deepEqual(byIds, byText);
    }
    assert.ok(tagText(buildContext(TEXT), tagger).some(c => TEXT.slice(c.start, c.end) === 'فلاديمير بوتين'));
  });
});
