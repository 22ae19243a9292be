// Subjects after a verb that a chain of honorifics (صاحب السمو الملكي الأمير، خادم الحرمين الشريفين الملك، معالي)
// or a body with no office before it stands between or opens. Sentences written for these tests.
import { strict as assert } from 'node:assert';
import { eventsOf, type Names } from './fixture';

const argsOf = (text: string, names: Names, trigger: string) => eventsOf(text, names).find(e => e.trigger.text.includes(trigger));

const names: Names = [['نايف بن سعود', 'naif', 'PER'], ['كريم الهاشمي', 'karim', 'PER'], ['الشرطة الفرنسية', 'police', 'ORG'], ['نانت', 'nantes', 'LOC']];

describe('events: a subject after honorifics', () => {
  it('takes the prince after صاحب السمو الملكي الأمير as the host, not as the one received', () => {
    const e = argsOf('استقبل صاحب السمو الملكي الأمير نايف بن سعود في مكتبه أمس السفير كريم الهاشمي.', names, 'استقبل');
    assert.deepEqual(e?.actors, ['naif']);
    assert.ok(!e?.targets.includes('naif'));
  });
  it('takes the person after a deputy minister\'s office (وكيل وزارة الداخلية الدكتور فلان) as the host', () => {
    const e = argsOf('استقبل وكيل وزارة الداخلية الدكتور كريم الهاشمي أمس المهنئين بالعيد.', [...names, ['وزارة الداخلية', 'interior', 'ORG']], 'استقبل');
    assert.deepEqual(e?.actors, ['karim']);
  });
  it('never takes a name after a title with a preposition glued on (التقى بالوزير فلان) as the subject', () => {
    const text = 'ووصل سامر الخطيب إلى المعسكر أمس حيث التقى بالوزير كريم الهاشمي.';
    assert.ok(!argsOf(text, [...names, ['سامر الخطيب', 'samer', 'PER']], 'التقى')?.actors.includes('karim'));
  });
  it('takes the king after خادم الحرمين الشريفين الملك, and a minister after معالي', () => {
    assert.deepEqual(argsOf('التقى خادم الحرمين الشريفين الملك نايف بن سعود وفدا من رجال الأعمال.', names, 'التقى')?.actors, ['naif']);
    assert.deepEqual(argsOf('وبحث معالي الوزير كريم الهاشمي مع الوفد سبل التعاون.', names, 'بحث')?.actors, ['karim']);
  });
});

describe('events: a body right after the verb', () => {
  it('is the subject, and the person named after it with his nisba the object (اعتقلت الشرطة المغربي فلانا)', () => {
    const e = argsOf('اعتقلت الشرطة الفرنسية المغربي كريم الهاشمي في نانت أمس.', names, 'اعتقلت');
    assert.deepEqual(e?.actors, ['police']);
    assert.deepEqual(e?.targets, ['karim']);
  });
  it('still walks an office in construct with a body to its holder (مدير الشرطة فلان)', () => {
    assert.deepEqual(argsOf('وطالب مدير الشرطة الفرنسية كريم الهاشمي السكان بالهدوء.', names, 'طالب')?.actors, ['karim']);
  });
});

describe('events: arrests written with القبض على', () => {
  it('codes ألقى القبض على as an arrest by the verb\'s subject, the one arrested its target', () => {
    const e = argsOf('ألقت الشرطة الفرنسية القبض على كريم الهاشمي في نانت أمس.', names, 'القبض');
    assert.equal(e?.cameo, '173');
    assert.deepEqual(e?.actors, ['police']);
    assert.deepEqual(e?.targets, ['karim']);
  });
  it('gives an impersonal arrest (تم القبض على) or one after a noun (أسفرت عن القبض على) no actor', () => {
    const impersonal = argsOf('وتم القبض على كريم الهاشمي بعد مطاردة في نانت.', names, 'القبض');
    assert.equal(impersonal?.cameo, '173');
    assert.deepEqual(impersonal?.actors, []);
    assert.deepEqual(argsOf('وأسفرت جهود الشرطة الفرنسية عن القبض على عشرين شخصا.', names, 'القبض')?.actors, []);
  });
  it('does not read تلقى (received) as the support verb ألقى', () => {
    assert.deepEqual(argsOf('تلقى كريم الهاشمي نبأ القبض على شقيقه في نانت.', names, 'القبض')?.actors, []);
  });
});

describe('events: a gloss in parentheses inside the clause', () => {
  const places: Names = [['تونس', 'tunisia', 'LOC'], ['نانت', 'nantes', 'LOC']];
  it('lets a support verb reach its noun past a weekday in parentheses (أعلنت تونس اليوم (الجمعة) تمديد حالة الطوارئ)', () => {
    assert.deepEqual(argsOf('أعلنت تونس اليوم (الجمعة) تمديد حالة الطوارئ في البلاد.', places, 'الطوارئ')?.actors, ['tunisia']);
  });
  it('still stops at an aside of many words in parentheses', () => {
    assert.deepEqual(argsOf('أعلنت تونس (وفق ما نقلته وسائل الإعلام المحلية مساء) تمديد حالة الطوارئ في البلاد.', places, 'الطوارئ')?.actors, []);
  });
});

describe('events: a person after a definite noun that describes him', () => {
  it('takes the person after المواطن or المتطوع as the subject, not the object', () => {
    const e = argsOf('وأشاد المتطوع كريم الهاشمي بتعاون الزوار مع المنظمين.', names, 'أشاد');
    assert.deepEqual(e?.actors, ['karim']);
    assert.deepEqual(argsOf('وهدد المواطن كريم الهاشمي بالإضراب عن الطعام.', names, 'هدد')?.actors, ['karim']);
  });
  it('leaves a person after a noun governed by a preposition alone (بالمواطن فلان)', () => {
    assert.ok(!argsOf('وأشاد بالمتطوع كريم الهاشمي مدير المهرجان.', names, 'أشاد')?.actors.includes('karim'));
  });
});

describe('events: an agent after من قبل named by his office', () => {
  it('takes the person closing the office chain, not the place in it (من قبل أمين نانت المهندس فلان)', () => {
    const e = argsOf('وتحظى البطولة بدعم من قبل أمين نانت المهندس كريم الهاشمي.', names, 'دعم');
    assert.deepEqual(e?.actors, ['karim']);
  });
});
