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
  it('reads a bare club word as the club a few words from a match or team word', () => {
    const ctx = ar('فاز الهلال على النصر بهدفين في مباراة الدوري أمس، وسجل لاعب الاتحاد هدفا في مرمى الشباب.');
    assert.deepEqual(spans(ctx, recognizeNames(ctx, fakeSources())), ['ORG الهلال', 'ORG النصر', 'ORG الاتحاد', 'ORG الشباب']);
  });
  it('leaves the crescent, the youth and a union: no match word near, or an adjective after it', () => {
    const ctx = ar('رأى الناس الهلال في السماء ليلة العيد، وخرج الشباب إلى الشوارع. ووقع الاتحاد العمالي بيانا مع الفريق الحكومي.');
    assert.deepEqual(spans(ctx, recognizeNames(ctx, fakeSources())), []);
  });
  it('a match word in the next sentence does not reach it', () => {
    const ctx = ar('احتفل الناس بالنصر. ثم بدأت المباراة.');
    assert.deepEqual(spans(ctx, recognizeNames(ctx, fakeSources())), []);
  });
  it('leaves the ordinary word in a phrase of cooperation, agreement or youth, even among match words', () => {
    const ctx = ar('وأقام الفريق الحفل بالتعاون مع الجمعية، وتم الاتفاق مع اللاعب على العقد.');
    assert.deepEqual(spans(ctx, recognizeNames(ctx, fakeSources())), []);
    const youth = ar('وحضر الرئيس العام لرعاية الشباب مباراة المنتخب في كأس العالم للشباب، ودعا اللاعبين إلى التعاون مع المدرب، وانضم لاعب إلى منتخب الشباب بعد إتمام الاتفاق معه.');
    assert.deepEqual(spans(youth, recognizeNames(youth, fakeSources())), []);
  });
  it('drops a tagger organisation over a club word that is an ordinary word, where no match is named', () => {
    const plain = ar('وقال الوزير إن الاتفاق يخدم البلدين، وإن الاتحاد سيدرس الاتفاق.');
    const sources = fakeSources({ model: [['الاتفاق', 'ORG'], ['الاتحاد', 'ORG']] });
    assert.deepEqual(spans(plain, recognizeNames(plain, sources)), ['ORG الاتحاد']);
    const match = ar('ووقع الاتفاق عقدا مع لاعب جديد أمس.');
    assert.deepEqual(spans(match, recognizeNames(match, fakeSources({ model: [['الاتفاق', 'ORG']] }))), ['ORG الاتفاق']);
  });
  it('every club word of the lexicon is the club next to a match word', () => {
    for (const [club] of organisationKinds().clubWordNames?.entries ?? []) {
      const ctx = ar(`وقال مدرب ${club} إن الفريق جاهز`);
      assert.deepEqual(spans(ctx, recognizeNames(ctx, fakeSources())), [`ORG ${club}`], club);
    }
  });
  it('every match or team word of the lexicon makes a club word the club', () => {
    for (const cue of organisationKinds().clubCues?.entries ?? []) {
      const ctx = ar(`وجاء ذكر الهلال قرب كلمة ${cue} في التقرير`);
      assert.deepEqual(spans(ctx, recognizeNames(ctx, fakeSources())), ['ORG الهلال'], cue);
    }
  });
});
