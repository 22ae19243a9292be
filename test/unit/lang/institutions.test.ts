import { strict as assert } from 'node:assert';
import { institutions } from '../../../src/core/lang/lexicon';
import { buildEntities } from '../../../src/core/recognize/coref';
import { recognizeNames } from '../../../src/core/recognize/names';
import type { EntityType } from '../../../src/core/types';
import { ar, fakeSources, spans } from '../recognize/fakes';

// Every entry of media/lang/ar/institutions.json, by list, in sentences of our own.
const found = (sentence: string, model: [string, EntityType][] = []): string[] => {
  const ctx = ar(sentence);
  return spans(ctx, recognizeNames(ctx, fakeSources({ model })));
};

describe('lang/ar institutions', () => {
  const lists = institutions('ar');

  it('each body noun with a nisba is the country body; an "alone" one names it again', () => {
    for (const [noun, , head, ...roles] of lists.bodies.entries) {
      const ctx = ar(`أعلنت ${noun} الأردنية خطة جديدة. وقالت ${noun} إن التنفيذ يبدأ غدا.`);
      const sources = fakeSources();
      const got = recognizeNames(ctx, sources);
      const alone = roles.includes('alone');
      assert.deepEqual(spans(ctx, got), alone ? [`ORG ${noun} الأردنية`, `ORG ${noun}`] : [`ORG ${noun} الأردنية`], noun);
      assert.equal(got[0].nameEn, `Jordanian ${head.toLowerCase()}`, noun);
      if (alone) {
        const { mentions } = buildEntities(ctx, got, sources);
        assert.equal(mentions[0].entity, mentions[1].entity, noun);
      }
    }
  });
  it('each modifier stays inside the name, before the nisba and after it', () => {
    for (const [adjective, head] of lists.modifiers.entries) {
      assert.deepEqual(found(`وصلت القوات ${adjective} التركية إلى المعبر`), [`ORG القوات ${adjective} التركية`], adjective);
      assert.deepEqual(found(`وصلت القوات التركية ${adjective} إلى المعبر`), [`ORG القوات التركية ${adjective}`], adjective);
      const ctx = ar(`وصلت القوات ${adjective} التركية إلى المعبر`);
      assert.equal(recognizeNames(ctx, fakeSources())[0].nameEn, `Turkish ${(head || 'Armed forces').toLowerCase()}`, adjective);
    }
  });
  it('each coalition noun with each coalition adjective is a coalition', () => {
    for (const noun of lists.coalitions.entries) {
      for (const [adjective, en] of lists.coalitionModifiers.entries) {
        const ctx = ar(`قصف ${noun} ${adjective} مواقع المسلحين`);
        const got = recognizeNames(ctx, fakeSources());
        assert.deepEqual(spans(ctx, got), [`ORG ${noun} ${adjective}`], `${noun} ${adjective}`);
        assert.equal(got[0].nameEn, en);
      }
    }
  });
  it('after each unit head the coalition alone is the mention', () => {
    for (const head of lists.unitHeads.entries) {
      for (const noun of lists.coalitions.entries) assert.deepEqual(found(`وتحدث الشهود عن ${head} ${noun} فوق الوادي`), [`ORG ${noun}`], `${head} ${noun}`);
    }
  });
  it('after each affiliation word ل + a coalition is the coalition, from the second lam', () => {
    for (const word of lists.affiliations.entries) {
      for (const noun of lists.coalitions.entries) assert.deepEqual(found(`حلقت طائرات ${word} ل${noun.slice(1)} فوق الوادي`), [`ORG ${noun.slice(1)}`], `${word} ${noun}`);
    }
  });
  it('each kind noun names again an organisation whose name starts with its kind, or follows it', () => {
    for (const kind of lists.kindReferences.entries) {
      const bare = kind.slice(2);
      const first = found(`أصدر ${kind} الوطني للتنمية بيانا. وقال ${kind} إن العمل مستمر.`, [[`${kind} الوطني للتنمية`, 'ORG']]);
      assert.deepEqual(first, [`ORG ${kind} الوطني للتنمية`, `ORG ${kind}`], kind);
      const after = found(`أصدر ${bare} الغرانتوف بيانا. وقال ${kind} إن العمل مستمر.`, [['الغرانتوف', 'ORG']]);
      assert.deepEqual(after, ['ORG الغرانتوف', `ORG ${kind}`], kind);
    }
  });
});
