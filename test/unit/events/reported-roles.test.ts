// Actors and targets that unseen news got wrong: a titled person in an event noun's genitive, a place
// as a visit's actor, a pronoun subject before a reported verb, a killing told by a spokesman, and
// مقتله read as "his death", a subject fronted after أن, a patient after a verbal noun. Sentences written for these tests.
import { strict as assert } from 'node:assert';
import { eventsOf, type Names } from './fixture';

const eventOf = (text: string, names: Names, trigger: string) => eventsOf(text, names).find(e => e.trigger.text.startsWith(trigger));

describe('events: roles in reported and genitive phrases', () => {
  it('a person named after his titles in an event noun\'s genitive is its agent', () => {
    const e = eventOf('وأشار الكاتب إلى زيارة وزير الخارجية الإيراني محمد جواد ظريف إلى المنطقة', [['محمد جواد ظريف', 'zarif', 'PER']], 'زيارة');
    assert.deepEqual(e?.actors, ['zarif']);
    assert.deepEqual(e?.targets, []);
  });
  it('a place found as a visit\'s actor is the place visited', () => {
    const e = eventOf('في ذلك الوقت، كان الوزير يزور سنغافورة', [['سنغافورة', 'sg', 'LOC']], 'يزور');
    assert.deepEqual(e?.actors, []);
    assert.deepEqual(e?.targets, ['sg']);
  });
  it('a pronoun subject right before the verb makes the name after it the object', () => {
    const e = eventOf('وقال الخبير إن الحكومة تعرقل الحل، وإنها تدعم قوات الحوثيين', [['الحوثيين', 'houthis', 'ORG']], 'تدعم');
    assert.deepEqual(e?.actors, []);
    assert.deepEqual(e?.targets, ['houthis']);
    assert.deepEqual(eventOf('وأعلن الوزير سالم الحربي أنه التقى الرئيس خالد العلي أمس', [['سالم الحربي', 'harbi', 'PER'], ['خالد العلي', 'ali', 'PER']], 'التقى')?.actors, ['harbi']);
  });
  it('a bombing and a death told further on in a spokesman\'s clause are not his', () => {
    const text = 'وأوضح المتحدث الأمني اللواء سالم الحربي أنه عند وصول الدورية إلى الموقع، بادر من في السيارة بتفجيرها، مما نتج عنه مقتله.';
    const names: Names = [['سالم الحربي', 'harbi', 'PER']];
    assert.deepEqual(eventOf(text, names, 'تفجير')?.actors, []);
    assert.deepEqual(eventOf(text, names, 'مقتله')?.actors, []);
  });
  it('a name between أن and the verb is its fronted subject, the name after the verb its object', () => {
    const e = eventOf('وأكد الوزير أن مملكة البحرين تدعو إيران إلى وقف تدخلاتها', [['مملكة البحرين', 'bahrain', 'LOC'], ['إيران', 'iran', 'LOC']], 'تدعو');
    assert.deepEqual(e?.actors, ['bahrain']);
    assert.deepEqual(e?.targets, ['iran']);
  });
  it('a name right after a verbal noun that takes its patient there is not the subject', () => {
    const e = eventOf('وقال إن الشباب يرغبون في طرد الحوثيين من المدن', [['الحوثيين', 'houthis', 'ORG']], 'طرد');
    assert.deepEqual(e?.actors, []);
    assert.deepEqual(e?.targets, ['houthis']);
  });
  it('a place after a place noun with its preposition glued on is no subject of the next verb', () => {
    const e = eventOf('قصفت طائرات التحالف مخازن الأسلحة بمحافظة لحج، كما استهدفت مناطق أخرى', [['التحالف', 'coalition', 'ORG'], ['لحج', 'lahij', 'LOC']], 'استهدفت');
    assert.deepEqual(e?.actors, ['coalition']);
  });
  it('a reported clause whose pronoun opens a quotation gives the acts quoted in it no actor from the pronoun', () => {
    const names: Names = [['سامر حداد', 'samir', 'PER'], ['المرصد الوطني', 'observatory', 'ORG']];
    assert.deepEqual(eventOf('وأشار المرصد الوطني إلى أنه في «أكثر الهجمات دموية، قتلت نيران الهاون عشرات المدنيين»', names, 'قتلت')?.actors, []);
    // Without a quotation the pronoun is the reporter.
    assert.deepEqual(eventOf('وقال سامر حداد إنه التقى الوفد أمس', names, 'التقى')?.actors, ['samir']);
  });
});
