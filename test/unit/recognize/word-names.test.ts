import { strict as assert } from 'node:assert';
import { organisationKinds } from '../../../src/core/lang/lexicon';
import { recognizeNames } from '../../../src/core/recognize/names';
import { ar, fakeSources, spans } from './fakes';

// Sentences written for these tests.
describe('recognize/word-names', () => {
  it('reads bare القاعدة as the group after a member or leader noun, also with في or ب between', () => {
    const ctx = ar('قتل قيادي في القاعدة بغارة، واعتقلت الشرطة عضوا بالقاعدة أمس.');
    const got = recognizeNames(ctx, fakeSources());
    assert.deepEqual(spans(ctx, got), ['ORG القاعدة', 'ORG القاعدة']);
    assert.equal(got[0].kbId, 'al-qaeda');
  });
  it('reads it as the group when و joins it to another organisation, on either side', () => {
    const ctx = ar('وطالب بطرد طالبان والقاعدة من البلاد، وقال إن القاعدة وطالبان خسرتا.');
    const got = recognizeNames(ctx, fakeSources({ gazetteer: [['طالبان', 'ORG', 'taliban']] }));
    assert.deepEqual(spans(ctx, got), ['ORG طالبان', 'ORG القاعدة', 'ORG القاعدة', 'ORG طالبان']);
  });
  it('leaves the ordinary noun: no cue, or an adjective after it', () => {
    const ctx = ar('وعاد الجنود إلى القاعدة العسكرية، وهذه القاعدة لا تنطبق، وزار قائد القاعدة الجوية المدينة.');
    assert.deepEqual(spans(ctx, recognizeNames(ctx, fakeSources())), []);
  });
  it('every member noun of the lexicon makes it the group', () => {
    for (const cue of organisationKinds().memberCues?.entries ?? []) {
      const ctx = ar(`وقالت المصادر إن ${cue} القاعدة غادروا المنطقة`);
      assert.deepEqual(spans(ctx, recognizeNames(ctx, fakeSources())), ['ORG القاعدة'], cue);
    }
  });
  it('every linking preposition of the lexicon lets a member noun reach it', () => {
    for (const link of organisationKinds().memberLinks?.entries ?? []) {
      const cued = ar(`واعتقلت الشرطة عضو ${link} القاعدة أمس`);
      assert.deepEqual(spans(cued, recognizeNames(cued, fakeSources())), ['ORG القاعدة'], link);
    }
  });
});
