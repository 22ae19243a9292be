// A subject written only as a title phrase (ولي العهد يبحث، وتعهد رئيس الوزراء البريطاني): the person the
// article names with that phrase, or no one. Sentences written for these tests.
import { strict as assert } from 'node:assert';
import { eventsOf, type Names } from './fixture';

const argsOf = (text: string, names: Names, trigger: string) => eventsOf(text, names).find(e => e.trigger.text.includes(trigger));

const names: Names = [['نايف بن سعود', 'naif', 'PER'], ['فهد بن خالد', 'fahd', 'PER'], ['كريم الهاشمي', 'karim', 'PER'], ['جون سميث', 'john', 'PER'], ['بيتر براون', 'peter', 'PER']];

describe('events: a title phrase as the subject', () => {
  it('takes a headline title for the prince named with it after his name further on', () => {
    const text = 'ولي العهد يبحث التعاون مع وزير الخارجية المصري\nاستقبل صاحب السمو الملكي الأمير نايف بن سعود ولي العهد نائب رئيس الوزراء أمس الوفد المصري.';
    assert.deepEqual(argsOf(text, names, 'يبحث')?.actors, ['naif']);
  });
  it('never takes ولي العهد for the prince named ولي ولي العهد, nor the other way round', () => {
    const text = 'ولي العهد يبحث التعاون مع الوفد\nاستقبل الأمير فهد بن خالد ولي ولي العهد الوفد أمس، وحضر الأمير نايف بن سعود ولي العهد اللقاء.';
    assert.deepEqual(argsOf(text, names, 'يبحث')?.actors, ['naif']);
    const deputy = 'ولي ولي العهد يبحث التعاون مع الوفد\nوحضر الأمير نايف بن سعود ولي العهد اللقاء، وكان الأمير فهد بن خالد ولي ولي العهد قد وصل أمس.';
    assert.deepEqual(argsOf(deputy, names, 'يبحث')?.actors, ['fahd']);
  });
  it('takes an office after the verb for the person named with it before (تعهد رئيس الوزراء البريطاني)', () => {
    const text = 'وصل رئيس الوزراء البريطاني جون سميث إلى المدينة أمس. وفي كلمته تعهد رئيس الوزراء البريطاني بمحاربة الفقر.';
    assert.deepEqual(argsOf(text, names, 'تعهد')?.actors, ['john']);
  });
  it('never takes a deputy\'s office for the one he deputises (نائب رئيس الوزراء is not رئيس الوزراء)', () => {
    const text = 'وصل نائب رئيس الوزراء جون سميث إلى المدينة أمس. وفي كلمته تعهد رئيس الوزراء بمحاربة الفقر.';
    assert.ok(!argsOf(text, names, 'تعهد')?.actors.includes('john'));
  });
  it('never takes another country\'s holder of the office (رئيس الوزراء الكندي after رئيس الوزراء البريطاني فلان)', () => {
    const text = 'وصل رئيس الوزراء البريطاني جون سميث إلى المدينة أمس. وفي كلمته تعهد رئيس الوزراء الكندي بمحاربة الفقر.';
    assert.ok(!argsOf(text, names, 'تعهد')?.actors.includes('john'));
  });
  it('takes a title coordinated with a name before a dual verb (ولي العهد وفلان يبحثان)', () => {
    const text = 'ولي العهد وبيتر براون يبحثان التعاون\nوكان الأمير نايف بن سعود ولي العهد قد وصل أمس.';
    assert.deepEqual(argsOf(text, names, 'يبحثان')?.actors, ['naif', 'peter']);
  });
  it('never takes the place an opening office is over for the actor (مدير تعليم المدينة يستقبل)', () => {
    const e = argsOf('مدير تعليم الخرج يستقبل وفد الطلاب المتفوقين', [['الخرج', 'kharj', 'LOC']], 'يستقبل');
    assert.ok(e && !e.actors.includes('kharj'));
  });
  it('never takes the clause\'s subject for a visit in construct with an office that names no one (بعد زيارة وزير الخارجية)', () => {
    const e = argsOf('وأعلن مجلس الأمة ترحيبه بالوفد بعد زيارة وزير الخارجية للبلاد.', [['مجلس الأمة', 'council', 'ORG']], 'زيارة');
    assert.ok(e && !e.actors.includes('council'));
  });
  it('still takes the clause\'s subject for a meeting with an office named after a place (بلقاء أمير البلد فلان)', () => {
    const e = argsOf('وبدأ كريم الهاشمي يومه بلقاء أمير الكويت فهد بن خالد في القصر.', [...names, ['الكويت', 'kuwait', 'LOC']], 'لقاء');
    assert.ok(e?.actors.includes('karim'));
  });
  it('reads a title phrase after its honorific (سمو ولي العهد)', () => {
    const text = 'وصل صاحب السمو الملكي الأمير نايف بن سعود ولي العهد إلى المدينة أمس. ورحب سمو ولي العهد بالمشاركين في المؤتمر.';
    assert.deepEqual(argsOf(text, names, 'رحب')?.actors, ['naif']);
  });
  it('gives a circumstance opening the sentence to the speaker of the saying after it (وخلال زيارة …، قال الرئيس)', () => {
    const text = 'وصل الرئيس جون سميث إلى المدينة أمس. وخلال زيارة إلى المصنع، قال الرئيس إن الإنتاج سيزداد.';
    assert.deepEqual(argsOf(text, names, 'زيارة')?.actors, ['john']);
  });
});
