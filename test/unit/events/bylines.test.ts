// A byline or dateline opening a report (byline.ts) names no actor or speaker; an office in construct
// with a place or body (أمير منطقة X فلان) is held by the person after it. Sentences written for these tests.
import { strict as assert } from 'node:assert';
import { eventsOf, type Names } from './fixture';

const actorsOf = (text: string, names: Names, trigger: string): string[] | undefined => eventsOf(text, names).find(e => e.trigger.text.includes(trigger))?.actors;

const names: Names = [['ليلى منصور', 'layla', 'PER'], ['طرابلس', 'tripoli', 'LOC'], ['سمير حداد', 'samir', 'PER'], ['الوكالة الليبية', 'agency', 'ORG'], ['ليبيا', 'libya', 'LOC'], ['الاتحاد الأفريقي', 'au', 'ORG'], ['مصر', 'egypt', 'LOC']];

describe('events: bylines and offices of a place', () => {
  it('takes no actor from a byline or dateline closed by a colon (writer- outlet- city:, agency- city:)', () => {
    assert.deepEqual(actorsOf('عنوان التقرير\nليلى منصور- الوكالة- طرابلس: دعت جمعية أهلية إلى ترميم المدرسة القديمة.', names, 'دعت'), []);
    assert.deepEqual(actorsOf('عنوان التقرير\nالوكالة الليبية - طرابلس: هاجم مسلحون قافلة للإغاثة قرب الميناء.', names, 'هاجم'), []);
  });
  it('takes no actor from a byline glued to the body with no colon (writer – city + verb)', () => {
    assert.deepEqual(actorsOf('عنوان التقرير\nليلى منصور – طرابلس هاجم أحد السكان مركز الشرطة في الحي.', names, 'هاجم'), []);
  });
  it('lets a later sentence\'s pronoun find no writer in the byline before it', () => {
    const text = 'عنوان التقرير\nليلى منصور- الوكالة- طرابلس: ناشدت معلمة الوزارة مساعدتها. وأوضحت أنها قدمت طلبا إلى الوزارة قبل شهرين.';
    assert.ok(!actorsOf(text, names, 'طلبا')?.includes('layla'));
  });
  it('keeps a subject whose dashes enclose an aside (X - في بيان - …, الوزير فلان - الذي … - دعا)', () => {
    assert.deepEqual(actorsOf('عنوان التقرير\nليبيا ومصر - في بيان مشترك - تدينان الهجوم على السفارة.', names, 'تدينان'), ['libya', 'egypt']);
    assert.deepEqual(actorsOf('عنوان التقرير\nالوزير سمير حداد - الذي وصل أمس - دعا إلى الحوار بين الأطراف.', names, 'دعا'), ['samir']);
  });
  it('takes the person after an office in construct with a place as the verb\'s subject (أمير منطقة X فلان، وزير خارجية X فلان)', () => {
    assert.deepEqual(actorsOf('استقبل محافظ مدينة طرابلس سمير حداد وفدا من التجار في مكتبه.', names, 'استقبل'), ['samir']);
    assert.deepEqual(actorsOf('التقى وزير خارجية ليبيا سمير حداد نظيره المصري في القاهرة.', names, 'التقى'), ['samir']);
  });
  it('takes no person after the place or body when another word stands between (وفد X برئاسة فلان)', () => {
    assert.ok(!actorsOf('استقبل وزير الخارجية وفد الاتحاد الأفريقي برئاسة سمير حداد في مكتبه.', names, 'استقبل')?.includes('samir'));
  });
});

describe('events: the person holding an office of a named body', () => {
  const people: Names = [['وزارة الخارجية الليبية', 'mfa', 'ORG'], ['سمير حداد', 'samir', 'PER'], ['حركة النهضة', 'nahda', 'ORG'], ['طرابلس', 'tripoli', 'LOC']];
  it('takes the spokesman named after the body he speaks for (المتحدث باسم الوزارة فلان)', () => {
    assert.deepEqual(actorsOf('وندد المتحدث باسم وزارة الخارجية الليبية سمير حداد بالاعتداء على السفارة', people, 'ندد'), ['samir']);
  });
  it('takes the person after an office whose body has its kind noun behind a preposition (رئيس المكتب السياسي لحركة X فلان)', () => {
    assert.deepEqual(actorsOf('وانتقد رئيس المكتب السياسي لحركة النهضة سمير حداد قرار الحكومة', people, 'انتقد'), ['samir']);
  });
  it('takes no person after a place opened by a preposition standing alone (وزير الخارجية في مدينة X فلان)', () => {
    assert.ok(!actorsOf('واستقبل وزير الخارجية في مدينة طرابلس سمير حداد', people, 'استقبل')?.includes('samir'));
    // A name spelled like a preposition (علي / على) is still the name.
    assert.deepEqual(actorsOf('رفض وزير النفط الليبي علي حداد الرد على الصحفيين', [['علي حداد', 'ali', 'PER']], 'رفض'), ['ali']);
  });
});
