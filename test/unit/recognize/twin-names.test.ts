// علي the name and على the preposition share a key (twin-names.ts). Sentences written for this test.
import { strict as assert } from 'node:assert';
import { recognizeNames } from '../../../src/core/recognize/names';
import { functionWords } from '../../../src/core/lang/lexicon';
import { ar, fakeSources, spans } from './fakes';

function names(text: string, extra: Parameters<typeof fakeSources>[0] = {}): string[] {
  const ctx = ar(text);
  return spans(ctx, recognizeNames(ctx, fakeSources(extra)));
}

describe('recognize/twin-names', () => {
  it('reads علي written with ي before a nisba surname as a person where the article writes على with ى', () => {
    assert.deepEqual(names('واختار النادي علي الشهراني مدربا للفريق، وعلق المدير على ذلك.'), ['PER علي الشهراني']);
  });
  it('takes a known name word after it as the surname, and a name in quote marks as one', () => {
    assert.deepEqual(names('وقال النائب علي منصور إن اللجنة اجتمعت على عجل.', { names: ['منصور'] }), ['PER علي منصور']);
    assert.deepEqual(names('وأحيا الأهالي ذكرى الطفل «علي دلاشة» على المنصة.'), ['PER علي دلاشة']);
  });
  it('leaves the preposition written with ي: an ordinary word after it, or an article that never writes على', () => {
    assert.deepEqual(names('وتمتد الحدائق علي امتداد الشاطئ، وتطل على البحر.'), []);
    assert.deepEqual(names('واختار النادي علي الشهراني مدربا للفريق.'), []);
  });
  it('leaves a middle name to the name before it (محمد علي الشهراني)', () => {
    assert.deepEqual(names('وقال محمد علي الشهراني إن الفريق جاهز، وعلق على ذلك.', { names: ['محمد'] }).filter(s => s.startsWith('PER علي')), []);
  });
  it('every twin name of the lexicon is a function word written with ى when its last letter is ى', () => {
    const words = new Set(functionWords().maksuraWords.entries);
    for (const name of functionWords().maksuraNames.entries) assert.ok(words.has(name.slice(0, -1) + 'ى'), name);
  });
});
