// Institutions named by description (institutions.ts, media/lang/ar/institutions.json), on sentences written for these tests.
import { strict as assert } from 'node:assert';
import { buildEntities } from '../../../src/core/recognize/coref';
import { recognizeNames } from '../../../src/core/recognize/names';
import { ar, fakeSources, spans } from './fakes';

function entitiesOf(text: string, gazetteer: Parameters<typeof fakeSources>[0] = {}) {
  const ctx = ar(text);
  const sources = fakeSources(gazetteer);
  const found = recognizeNames(ctx, sources);
  return { ctx, found, ...buildEntities(ctx, found, sources) };
}

describe('recognize/institutions', () => {
  it('a body noun and a nisba is the country body, nisba inside, named in English with the country adjective (X of Iran where the data has none)', () => {
    const { ctx, found } = entitiesOf('ردت الحكومة الأردنية على البيان، واعتقلت الشرطة الفرنسية رجلين، وانسحب الجيش التركي من التلة، وتحدثت السلطات الإيرانية عن خطة.');
    assert.deepEqual(spans(ctx, found), ['ORG الحكومة الأردنية', 'ORG الشرطة الفرنسية', 'ORG الجيش التركي', 'ORG السلطات الإيرانية']);
    assert.deepEqual(found.map(c => c.nameEn), ['Jordanian government', 'French police', 'Turkish army', 'Authorities of Iran']);
    assert.deepEqual(found.map(c => c.subtype), ['government', 'police', 'military', 'government']);
  });
  it('keeps modifiers before and after the nisba inside, and a construct body (قوات الأمن) whole', () => {
    const { ctx, found } = entitiesOf('وصلت القوات المسلحة الأردنية إلى الحدود، ثم القوات الجوية الملكية الأردنية، وانتشرت قوات الأمن التركية في الساحة.');
    assert.deepEqual(spans(ctx, found), ['ORG القوات المسلحة الأردنية', 'ORG القوات الجوية الملكية الأردنية', 'ORG قوات الأمن التركية']);
    assert.deepEqual(found.map(c => c.nameEn), ['Jordanian armed forces', 'Jordanian air force', 'Turkish security forces']);
  });
  it('leaves a proclitic outside and starts after لل at the second lam', () => {
    const { ctx, found } = entitiesOf('تعرضت القرية لقصف للقوات التركية المشتركة وللشرطة الأردنية');
    assert.deepEqual(spans(ctx, found), ['ORG لقوات التركية المشتركة', 'ORG لشرطة الأردنية']);
  });
  it('one country body in several wordings is one entity', () => {
    const { mentions } = entitiesOf('تقدمت القوات الأردنية نحو المعبر. وقالت القوات المسلحة الأردنية إن القوات الأردنية المشتركة صدت الهجوم.');
    assert.equal(mentions.length, 3);
    assert.equal(new Set(mentions.map(m => m.entity)).size, 1);
  });
  it('a name the knowledge base knows over the phrase stands instead', () => {
    const { ctx, found } = entitiesOf('رحبت السلطة الأردنية للطيران بالقرار', { gazetteer: [['السلطة الأردنية للطيران', 'ORG', 'q1']] });
    assert.deepEqual(spans(ctx, found), ['ORG السلطة الأردنية للطيران']);
    assert.equal(found[0].kbId, 'q1');
  });
  it('a coalition with its adjective is a mention; a unit head before a coalition stays outside it', () => {
    const { ctx, found, mentions } = entitiesOf('شن التحالف الدولي غارات على المخازن، وقالت قيادة التحالف إن طائرات التحالف عادت سالمة.');
    assert.deepEqual(spans(ctx, found), ['ORG التحالف الدولي', 'ORG التحالف', 'ORG التحالف']);
    assert.equal(found[0].nameEn, 'International coalition');
    assert.equal(new Set(mentions.map(m => m.entity)).size, 1);
  });
  it('a coalition named alone after a unit head is one even with none named before', () => {
    const { ctx, found } = entitiesOf('أعلنت قوات التحالف انتهاء العملية');
    assert.deepEqual(spans(ctx, found), ['ORG التحالف']);
    assert.equal(found[0].subtype, 'coalition');
  });
  it('a bare body noun names again the latest body of its kind, and nothing without one', () => {
    const { ctx, found, mentions } = entitiesOf('أقرت الحكومة التركية الموازنة. وقالت الحكومة إن العجز سيتراجع. ودعت الشرطة السكان إلى الهدوء.');
    assert.deepEqual(spans(ctx, found), ['ORG الحكومة التركية', 'ORG الحكومة']);
    assert.equal(mentions[0].entity, mentions[1].entity);
  });
  it('a kind noun names again the organisation named after or with that kind', () => {
    const { ctx, found, mentions } = entitiesOf('تبنى تنظيم الرايات الهجوم. وقال المجلس الوطني للإغاثة إن التنظيم هاجم القافلة، وأضاف المجلس أن المساعدات وصلت.', {
      model: [['الرايات', 'ORG'], ['المجلس الوطني للإغاثة', 'ORG']],
    });
    assert.deepEqual(spans(ctx, found), ['ORG الرايات', 'ORG المجلس الوطني للإغاثة', 'ORG التنظيم', 'ORG المجلس']);
    assert.equal(mentions[2].entity, mentions[0].entity);
    assert.equal(mentions[3].entity, mentions[1].entity);
  });
  it('a bare coalition noun with no coalition before and no unit head is no mention', () => {
    const { found } = entitiesOf('يرى المحللون أن التحالف بين الحزبين هش');
    assert.deepEqual(found, []);
  });
});
