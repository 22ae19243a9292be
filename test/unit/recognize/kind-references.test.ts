// A place-kind noun alone with its article (المدينة، القرية، العاصمة) refers to a place the text
// names elsewhere or to none: "the city" is no name, whatever the tagger reads. Sentences written
// for this test.
import { strict as assert } from 'node:assert';
import { annotate } from '../../../src/core/annotate';
import { kindsWithRole, placeKinds } from '../../../src/core/lang/lexicon';
import { getKnowledgeBase } from '../../../src/core/knowledge/kb';

const mentions = (text: string): string[] => annotate(text).mentions.map(m => `${text.slice(m.start, m.end)}/${m.type}`);

describe('recognize: a definite place-kind noun alone', () => {
  it('"the city" after a verb of motion is no place name (the tagger read one)', () => {
    assert.deepEqual(mentions('انتقل الرجل من القرية إلى المدينة.'), []);
  });

  it('no place-kind noun with the article alone is a place name, unless the knowledge base names a place so (الجزيرة)', () => {
    for (const kind of kindsWithRole(placeKinds(), 'outside').filter(k => !/\s/.test(k))) {
      const word = kind.startsWith('ال') ? kind : `ال${kind}`;
      if (getKnowledgeBase().byName(word).length) continue;
      assert.deepEqual(mentions(`عاد الفريق من ${word} مساء أمس.`).filter(m => m.startsWith(word)), [], word);
    }
  });

  it('the kind before a name stays outside it, and the name is found', () => {
    assert.ok(mentions('وصل الوفد إلى مدينة حلب أمس.').includes('حلب/LOC'));
  });
});
