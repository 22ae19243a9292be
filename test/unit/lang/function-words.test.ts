import { strict as assert } from 'node:assert';
import { functionWords } from '../../../src/core/lang/lexicon';
import { COMPLEMENTISERS, discourse, isGoverned } from '../../../src/core/recognize/discourse';
import { isMaksuraTwin } from '../../../src/core/recognize/maksura';
import { recognizeNames } from '../../../src/core/recognize/names';
import { wordKey } from '../../../src/core/recognize/word-key';
import type { Mention } from '../../../src/core/types';
import { ar, fakeSources, spans } from '../recognize/fakes';

// Every entry of media/lang/ar/function-words.json in sentences of our own around an
// invented name (غرانتوف، ميلوردي) that no list knows.
const FIRST = 'غرانتوف';
const LAST = 'ميلوردي';

describe('lang/ar function words', () => {
  it('is read once: the same lists on every call', () => {
    assert.equal(functionWords(), functionWords());
  });

  it('a stop word after a name ends it, even after a strong title', () => {
    for (const w of functionWords().stopWords.entries) {
      const ctx = ar(`وصل الرئيس الروسي ${FIRST} ${w} ${LAST} أمس.`);
      const got = spans(ctx, recognizeNames(ctx, fakeSources({ names: [FIRST, LAST] })));
      assert.ok(got.includes(`PER ${FIRST}`) && !got.some(s => s.includes(`${FIRST} ${w}`)), `${w}: ${got.join(' | ')}`);
    }
  });

  it('a name right after a preposition is governed by it: an object or a place, not a subject', () => {
    for (const w of functionWords().prepositions.entries) {
      const text = `تحدث الوفد ${w} ${FIRST} طويلا`;
      const ctx = ar(text);
      const start = text.indexOf(FIRST);
      const mention: Mention = { id: 'm1', entity: 'e1', start, end: start + FIRST.length, text: FIRST, type: 'PER', origin: 'auto' };
      const d = discourse(ctx, [mention], fakeSources());
      assert.ok(isGoverned(d, 3, mention), w);
    }
    const text = `تحدث الوفد طويلا ${FIRST} أمس`;
    const start = text.indexOf(FIRST);
    const mention: Mention = { id: 'm1', entity: 'e1', start, end: start + FIRST.length, text: FIRST, type: 'PER', origin: 'auto' };
    assert.ok(!isGoverned(discourse(ar(text), [mention], fakeSources()), 3, mention));
  });

  it('complementisers are read as discourse words', () => {
    for (const w of functionWords().complementisers.entries) assert.ok(COMPLEMENTISERS.has(wordKey(w)), w);
    assert.ok(!COMPLEMENTISERS.has(wordKey('الذي')));
  });

  it('a token written with ي whose key is a ى function word is its name twin (علي), the ى spelling is the word', () => {
    for (const w of functionWords().maksuraWords.entries) {
      const twin = w.replace(/ى$/, 'ي');
      const ctx = ar(`${w} ${twin}`);
      assert.deepEqual([isMaksuraTwin(ctx, 0), isMaksuraTwin(ctx, 1)], [false, true], w);
    }
  });
});
