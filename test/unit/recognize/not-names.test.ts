import { strict as assert } from 'node:assert';
import { notNames } from '../../../src/core/lang/lexicon';
import { recognizeNames } from '../../../src/core/recognize/names';
import { ar, fakeSources, spans } from './fakes';

describe('recognize/not-names', () => {
  it('drops a currency unit alone, every unit in the lexicon, and keeps a club named with one', () => {
    for (const unit of notNames().currencies.entries) {
      const ctx = ar(`وبلغت الأرباح 300 مليون ${unit} في الربع الأول`);
      assert.deepEqual(spans(ctx, recognizeNames(ctx, fakeSources({ model: [[unit, 'ORG']] }))), [], unit);
    }
    const club = ar('وفاز ريال مدريد على ضيفه بهدفين');
    assert.deepEqual(spans(club, recognizeNames(club, fakeSources({ model: [['ريال مدريد', 'ORG']] }))), ['ORG ريال مدريد']);
  });
  it('drops a country that is its own feminine nisba after a definite noun, and keeps it as the country', () => {
    const gazetteer: [string, 'LOC', string][] = [['السعودية', 'LOC', 'country/SA'], ['المملكة العربية السعودية', 'LOC', 'country/SA']];
    const adjective = ar('وتراجعت الصادرات السعودية إلى الصين هذا العام');
    assert.deepEqual(spans(adjective, recognizeNames(adjective, fakeSources({ gazetteer, model: [['السعودية', 'LOC']] }))), []);
    const country = ar('وصل الوفد إلى السعودية أمس، وزار المملكة العربية السعودية مرة قبلها');
    assert.deepEqual(spans(country, recognizeNames(country, fakeSources({ gazetteer, model: [['السعودية', 'LOC']] }))), ['LOC السعودية', 'LOC المملكة العربية السعودية']);
    const subject = ar('وأعلنت السعودية أمس خطة جديدة');
    assert.deepEqual(spans(subject, recognizeNames(subject, fakeSources({ gazetteer, model: [['السعودية', 'LOC']] }))), ['LOC السعودية']);
  });
  it('drops an indefinite adjective a place kind noun has before it, and keeps a place a list knows, of another shape (a foreign one in ه) or named alone elsewhere', () => {
    const ctx = ar('سقط الصاروخ في منطقة جبلية قرب قرية مهجورة، ثم نزحت العائلات إلى دولة شاسعة ومدينة كيرنوفا ومدينة سالمة ومدينة بيلوبيه ومدينة مرسيلية، وبقي بعضهم في مرسيلية.');
    const model: [string, 'LOC'][] = [['جبلية', 'LOC'], ['مهجورة', 'LOC'], ['شاسعة', 'LOC'], ['كيرنوفا', 'LOC'], ['سالمة', 'LOC'], ['بيلوبيه', 'LOC'], ['مرسيلية', 'LOC']];
    const got = recognizeNames(ctx, fakeSources({ model, gazetteer: [['سالمة', 'LOC', 'division/x']] }));
    assert.deepEqual(spans(ctx, got), ['LOC كيرنوفا', 'LOC سالمة', 'LOC بيلوبيه', 'LOC مرسيلية', 'LOC مرسيلية']);
  });
  it('drops God alone or in an invocation after a name, and keeps names with الله inside', () => {
    const ctx = ar('واستقبل الملك فهد - رحمه الله - ضيوفه، وقال والله إن عبد الله وصل من رام الله');
    const got = recognizeNames(ctx, fakeSources({ model: [['فهد', 'PER'], ['رحمه الله', 'PER'], ['والله', 'PER'], ['عبد الله', 'PER'], ['رام الله', 'LOC']] }));
    assert.deepEqual(spans(ctx, got), ['PER فهد', 'PER عبد الله', 'LOC رام الله']);
  });
  it('drops a span without a letter and a person that is one definite verbal noun, and keeps surnames of other shapes', () => {
    const index = ar('وارتفع المؤشر 566 نقطة، وتراجع المؤشر 566 أمس.');
    assert.deepEqual(spans(index, recognizeNames(index, fakeSources({ model: [['566', 'ORG']] }))), []);
    const nouns = ['الاستثمار', 'الانسحاب', 'التطوير', 'التعاون', 'الاضطراب', 'الاتجار'];
    for (const noun of nouns) {
      const ctx = ar(`وتحدث الخبراء عن ${noun} في المنطقة.`);
      assert.deepEqual(spans(ctx, recognizeNames(ctx, fakeSources({ model: [[noun, 'PER']] }))), [], noun);
    }
    const surname = ar('وقال التميمي إن الانتخابات ستجرى قريبا، وأضاف الأنصاري أنها مهمة.');
    assert.deepEqual(spans(surname, recognizeNames(surname, fakeSources({ model: [['التميمي', 'PER'], ['الأنصاري', 'PER']] }))), ['PER التميمي', 'PER الأنصاري']);
  });
  it('drops a person that is one word with tanween, and keeps a name beside it', () => {
    const ctx = ar('وتلقى الدفاع المدني بلاغاً عن الحادث، وقال خالد إن المهنة انتقلت جيلاً بعد جيل');
    const got = recognizeNames(ctx, fakeSources({ model: [['بلاغاً', 'PER'], ['خالد', 'PER'], ['جيلاً', 'PER']] }));
    assert.deepEqual(spans(ctx, got), ['PER خالد']);
  });
  it('drops a person that is a common word with a plural, dual or construct ending, and keeps a known name of that shape', () => {
    const ctx = ar('وطالب مواطنون بإصلاح الطريق، وتوفي شابان في الحادث، وحضر منسوبو الإدارة ومنسوبي الفرع، واستقبل سلمان الوفد');
    const sources = fakeSources({ model: [['مواطنون', 'PER'], ['شابان', 'PER'], ['منسوبي', 'PER'], ['سلمان', 'PER']], common: ['مواطن', 'شاب', 'منسوب', 'سلم'], names: ['سلمان'] });
    assert.deepEqual(spans(ctx, recognizeNames(ctx, sources)), ['PER سلمان']);
  });
  it('drops a person that is a preposition with a first-person pronoun, every one of the lexicon, and keeps a longer name that opens with one', () => {
    for (const word of notNames().pronounWords?.entries ?? []) {
      const ctx = ar(`وقال ${word} المدرب إن الفريق جاهز`);
      assert.deepEqual(spans(ctx, recognizeNames(ctx, fakeSources({ model: [[word, 'PER']] }))), [], word);
    }
    const name = ar('وقال الممثل لي كارتون إن الفيلم جاهز');
    assert.deepEqual(spans(name, recognizeNames(name, fakeSources({ model: [['لي كارتون', 'PER']] }))), ['PER لي كارتون']);
    const titled = ar('وكتبت السيدة لي روايتها الأولى، وكان ذلك نصرا للسيدة لي');
    assert.deepEqual(spans(titled, recognizeNames(titled, fakeSources({ model: [['لي', 'PER']] }))), ['PER لي', 'PER لي']);
  });
  it('drops a bare organisation kind alone or with one describing adjective or nisba, and keeps a kind with a name after it', () => {
    const ctx = ar('تخرج من جامعة بيروفية ثم عمل في منظمة دولية وحزب جديد قبل أن ينضم إلى جامعة أوكسبريدج، وقال إن جامعة "الوادي" قبلته');
    const model: [string, 'ORG'][] = [['جامعة بيروفية', 'ORG'], ['منظمة دولية', 'ORG'], ['وحزب جديد', 'ORG'], ['جامعة أوكسبريدج', 'ORG'], ['جامعة', 'ORG']];
    // The name in marks is the quoted-name rule's.
    assert.deepEqual(spans(ctx, recognizeNames(ctx, fakeSources({ model }))), ['ORG جامعة أوكسبريدج', 'ORG الوادي']);
  });
  it('drops a person that is a title in the dual or a title alone, and keeps a name of that ending', () => {
    const ctx = ar('وقال الوزيران في المؤتمر إن السفيرين التقيا عثمان أمس بحضور الشيخ');
    const got = recognizeNames(ctx, fakeSources({ model: [['الوزيران', 'PER'], ['السفيرين', 'PER'], ['عثمان', 'PER'], ['الشيخ', 'PER']], names: ['عثمان'] }));
    assert.deepEqual(spans(ctx, got), ['PER عثمان']);
  });
  it('trims a perfect verb a name list also holds off the front of a tagged person, every one of the lexicon, and keeps it alone', () => {
    for (const verb of notNames().verbsBeforeNames?.entries ?? []) {
      const ctx = ar(`وقد ${verb} سامر خليل الهجوم أمس`);
      const got = recognizeNames(ctx, fakeSources({ model: [[`${verb} سامر خليل`, 'PER']], names: [verb, 'سامر'] }));
      assert.deepEqual(spans(ctx, got), ['PER سامر خليل'], verb);
    }
    const alone = ar('وقال شن إن الوفد وصل');
    assert.deepEqual(spans(alone, recognizeNames(alone, fakeSources({ model: [['شن', 'PER']], names: ['شن'] }))), ['PER شن']);
  });
  it('every inflection ending of the lexicon on a common word names no one', () => {
    for (const ending of notNames().inflectionEndings?.entries ?? []) {
      const word = `مواطن${ending}`;
      const ctx = ar(`وقال ${word} إن الطريق مغلق`);
      assert.deepEqual(spans(ctx, recognizeNames(ctx, fakeSources({ model: [[word, 'PER']], common: ['مواطن'] }))), [], ending);
    }
  });
  it('keeps a common word\'s construct plural whole, so it names no one, and still splits و off a name', () => {
    const ctx = ar('وقال إن فناني المدينة قدموا أعمالهم، وزار الوفد منزل شاروخان وسلمان خان');
    const sources = fakeSources({ model: [['فناني', 'PER'], ['شاروخان', 'PER'], ['وسلمان خان', 'PER']], common: ['فنان', 'سلم', 'وسلم'], names: ['ناني', 'سلمان'] });
    assert.deepEqual(spans(ctx, recognizeNames(ctx, sources)), ['PER شاروخان', 'PER سلمان خان']);
  });
  it('drops a place or body that is one word with tanween, and trims such a word off a name\'s end', () => {
    const ctx = ar('وأهدى الفارس درعًا إلى معهدٍ ملكيٍّ، ومدوا طريق سالم شرقاً إلى تبوك');
    const got = recognizeNames(ctx, fakeSources({ model: [['درعًا', 'LOC'], ['معهدٍ ملكيٍّ', 'ORG'], ['سالم شرقاً', 'PER'], ['تبوك', 'LOC']] }));
    assert.deepEqual(spans(ctx, got), ['PER سالم', 'LOC تبوك']);
  });
});
