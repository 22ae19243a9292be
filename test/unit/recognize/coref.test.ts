import { strict as assert } from 'node:assert';
import { buildEntities } from '../../../src/core/recognize/coref';
import { recognizeNames } from '../../../src/core/recognize/names';
import { ar, fakeSources, type FakeOptions } from './fakes';

const NAMES = ['فلاديمير', 'بوتين', 'إيمانويل', 'ماكرون', 'سيرغي', 'لافروف', 'جيهون', 'بيراموف', 'إلهام', 'حيدر', 'علييف'];

function entities(text: string, o: FakeOptions = {}) {
  const ctx = ar(text);
  const sources = fakeSources({ names: NAMES, ...o });
  return buildEntities(ctx, recognizeNames(ctx, sources), sources);
}

describe('recognize/coref', function () {
  // Loads the knowledge base, the tagger and compromise on first use.
  this.timeout(20000);
  it('merges a surname with the full name and keeps the fullest form as the name', () => {
    const { entities: es, mentions } = entities('بوتين يتصل\nقال الرئيس الروسي فلاديمير بوتين إن بوتين');
    assert.equal(es.length, 1);
    assert.equal(es[0].name, 'فلاديمير بوتين');
    assert.deepEqual(mentions.map(m => m.entity), ['e1', 'e1', 'e1']);
    assert.deepEqual(mentions.map(m => m.id), ['m1', 'm2', 'm3']);
  });
  it('describes a person by title and nisba and keeps the title as an alias, not a mention', () => {
    const { entities: es, mentions } = entities('قال الرئيس الروسي فلاديمير بوتين إن');
    assert.equal(es[0].description, 'President of Russia');
    assert.ok(es[0].aliases.includes('الرئيس الروسي'));
    assert.equal(mentions.length, 1);
  });
  it('gives a counterpart the office of the person before it, in its own country', () => {
    const { entities: es } = entities('اقترح وزير الخارجية الروسي سيرغي لافروف في مكالمة مع نظيره الأذربيجاني جيهون بيراموف، توسط');
    assert.deepEqual(es.map(e => e.description), ['Minister of Foreign Affairs of Russia', 'Minister of Foreign Affairs of Azerbaijan']);
    assert.ok(!es[1].aliases.some(a => a.includes('نظيره')));
  });
  it('describes a spokesperson and an office by the organisation between title and name', () => {
    const { entities: es } = entities('قال المتحدث باسم الكرملين ديمتري بيسكوف إن. وأكد الأمين العام للأمم المتحدة أنطونيو غوتيريش أن', {
      names: ['ديمتري', 'بيسكوف', 'أنطونيو', 'غوتيريش'],
      gazetteer: [['الكرملين', 'ORG', 'org/kremlin'], ['لأمم المتحدة', 'ORG', 'org/un']],
      kb: { 'org/kremlin': { nameEn: 'Kremlin' }, 'org/un': { nameEn: 'United Nations' } },
    });
    const byName = new Map(es.map(e => [e.name, e.description]));
    assert.equal(byName.get('ديمتري بيسكوف'), 'Spokesperson for the Kremlin');
    assert.equal(byName.get('أنطونيو غوتيريش'), 'Secretary-General of the United Nations');
  });
  it('reads the posting of an ambassador between title and name', () => {
    const { entities: es } = entities('وصرح السفير الأمريكي لدى العراق ستيفن فاجن بأن', {
      names: ['ستيفن', 'فاجن'],
      gazetteer: [['العراق', 'LOC', 'country/IQ']],
      kb: { 'country/IQ': { nameEn: 'Iraq' } },
    });
    assert.deepEqual(es.map(e => [e.name, e.description]), [['العراق', undefined], ['ستيفن فاجن', 'Ambassador of the United States to Iraq']]);
  });
  it('a counterpart in a later sentence inherits nothing', () => {
    const { entities: es } = entities('قال الرئيس الروسي فلاديمير بوتين إن. ونظيره الفرنسي إيمانويل ماكرون، قال');
    assert.equal(es[1].description, undefined);
  });
  it('merges spelling variants of a place', () => {
    const { entities: es, mentions } = entities('في إقليم ناجورنو كاراباخ. ثم في إقليم ناغورنو كاراباخ');
    assert.equal(es.length, 1);
    assert.equal(mentions.length, 2);
    assert.deepEqual(es[0].aliases, ['ناغورنو كاراباخ']);
  });
  it('merges vowel-spelling variants of a person but keeps near-namesakes apart', () => {
    const { entities: es } = entities('قال الرئيس فلاديمير بوتين إن. وقال الرئيس فلاديمير بوتن إن. وقال الأمير محمد بن سلمان ثم الأمير محمد بن سلطان', {
      names: [...NAMES, 'بوتن', 'محمد', 'بن', 'سلمان', 'سلطان'],
    });
    assert.deepEqual(es.map(e => e.name), ['فلاديمير بوتين', 'محمد بن سلمان', 'محمد بن سلطان']);
  });
  it('merges mentions linked to one knowledge-base entry and takes its English name', () => {
    const { entities: es } = entities('الكرملين قال. والرئاسة الروسية قالت', {
      gazetteer: [['الكرملين', 'ORG', 'org/kremlin'], ['الرئاسة الروسية', 'ORG', 'org/kremlin']],
      kb: { 'org/kremlin': { nameEn: 'Kremlin', description: 'seat of the Russian presidency', wikidata: 'Q1' } },
    });
    assert.equal(es.length, 1);
    assert.equal(es[0].nameEn, 'Kremlin');
    assert.deepEqual(es[0].kb, { id: 'org/kremlin', wikidata: 'Q1' });
  });
  it('transliterates a name the knowledge base lacks', () => {
    const { entities: es } = entities('مع نظيره الأذربيجاني جيهون بيراموف، توسط');
    assert.equal(es[0].nameEn, 'Jeyhun Bayramov');
  });
  it('joins a surname shared by two people to the nearest earlier one', () => {
    const { entities: es, mentions } = entities('قال الرئيس حيدر علييف إن. ثم قال الرئيس إلهام علييف إن علييف يزور');
    assert.equal(es.length, 2);
    assert.equal(mentions[2].entity, mentions[1].entity);
  });
  it('joins a shared surname to the one of the people the knowledge base knows, wherever it stands', () => {
    const text = 'علييف يتعهد. قال الرئيس إلهام علييف إن. ثم قال الوزير حيدر علييف إن علييف يزور';
    const { entities: es, mentions } = entities(text, { gazetteer: [['إلهام علييف', 'PER', 'per/aliyev']], kb: { 'per/aliyev': { nameEn: 'Ilham Aliyev' } } });
    const ilham = mentions[1].entity;
    assert.equal(es.length, 2);
    assert.deepEqual([mentions[0].entity, mentions[3].entity], [ilham, ilham]);
    assert.notEqual(mentions[2].entity, ilham);
  });
  it('numbers entities in order of first mention', () => {
    const { entities: es } = entities('قال الرئيس الروسي فلاديمير بوتين ونظيره الفرنسي إيمانويل ماكرون، إن بوتين');
    assert.deepEqual(es.map(e => [e.id, e.name]), [['e1', 'فلاديمير بوتين'], ['e2', 'إيمانويل ماكرون']]);
  });
  it('describes a ministry from its rule', () => {
    const { entities: es } = entities('أفادت وزارة الدفاع الأرمينية بأن');
    assert.equal(es[0].nameEn, 'Ministry of Defence of Armenia');
    assert.equal(es[0].description, 'government ministry');
    assert.equal(es[0].subtype, 'ministry');
  });
  it('merges a name written with and without its nasab, its article or the space after عبد', () => {
    const one = (text: string, model: [string, 'PER' | 'ORG'][]) => {
      const { mentions } = entities(text, { model });
      assert.equal(mentions.length, model.length, text);
      assert.equal(new Set(mentions.map(m => m.entity)).size, 1, text);
    };
    one('وصل سامر بن ناصر الخليلي أمس، وقال سامر الخليلي إن', [['سامر بن ناصر الخليلي', 'PER'], ['سامر الخليلي', 'PER']]);
    one('أكد وسيم عبد الكريم أن الأمر انتهى، وأضاف عبدالكريم أن', [['وسيم عبد الكريم', 'PER'], ['عبدالكريم', 'PER']]);
    one('قال اللواء سامح المطيري إن القوات تقدمت، وأوضح مطيري أن', [['سامح المطيري', 'PER'], ['مطيري', 'PER']]);
    one('أعلن جهاز الرافدين للأمن أمس أن جهاز رافدين للأمن', [['الرافدين للأمن', 'ORG'], ['رافدين للأمن', 'ORG']]);
  });
  it('keeps two sons of different fathers apart (the nasab is all that tells them apart)', () => {
    const { mentions } = entities('التقى سامر بن ناصر أمس مع سامر بن خالد', { model: [['سامر بن ناصر', 'PER'], ['سامر بن خالد', 'PER']] });
    assert.notEqual(mentions[0].entity, mentions[1].entity);
  });
  it('joins a given name alone to the one full name it begins, never to a surname or two people', () => {
    const { mentions } = entities('أصيب يزن خليلوف في الحادث، ونقل يزن إلى المستشفى', { model: [['يزن خليلوف', 'PER'], ['يزن', 'PER']] });
    assert.equal(mentions[0].entity, mentions[1].entity);
    const two = entities('أصيب يزن خليلوف ويزن مراد، ونقل يزن إلى المستشفى', { model: [['يزن خليلوف', 'PER'], ['يزن مراد', 'PER'], ['يزن', 'PER']] }).mentions;
    assert.equal(new Set(two.map(m => m.entity)).size, 3);
  });
  it('joins a name cut after its first nasab to the fuller name it begins, and never a father to his son', () => {
    const model = (phrases: string[]): FakeOptions => ({ model: phrases.map(p => [p, 'PER'] as [string, 'PER']) });
    const son = 'استقبل الأمير فهد بن تركي بن عبدالله آل سعود الضيوف، ثم قال فهد بن تركي إن الزيارة ناجحة.';
    assert.deepEqual(entities(son, model(['فهد بن تركي بن عبدالله آل سعود', 'فهد بن تركي'])).mentions.map(m => m.entity), ['e1', 'e1']);
    const father = 'أشاد الأمير تركي بن عبدالله بجهود نجله فهد بن تركي بن عبدالله في المعرض.';
    assert.deepEqual(entities(father, model(['تركي بن عبدالله', 'فهد بن تركي بن عبدالله'])).mentions.map(m => m.entity), ['e1', 'e2']);
    const two = 'حضر فهد بن تركي الحفل مع فهد بن تركي بن سعد وفهد بن تركي بن ماجد آل سعود.';
    const { mentions } = entities(two, model(['فهد بن تركي', 'فهد بن تركي بن سعد', 'فهد بن تركي بن ماجد آل سعود']));
    assert.equal(new Set(mentions.map(m => m.entity)).size, 3, 'two fuller names: the short one is neither');
    const family = 'كرّم المحافظ سعد بن ماجد بن سعد بن حمدان، وشكر سعد بن حمدان الحضور.';
    assert.deepEqual(entities(family, model(['سعد بن ماجد بن سعد بن حمدان', 'سعد بن حمدان'])).mentions.map(m => m.entity), ['e1', 'e1'], 'first name and family name');
  });
});
