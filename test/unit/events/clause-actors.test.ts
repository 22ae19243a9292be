// Event actors read off the clause: relative clauses and their resumptive pronouns, names inside a preposition's
// phrase, verbs joined by و, possessive pronouns, places in the genitive, support verbs past their subject, goals of
// reciprocal nouns, men of a body. Sentences written for these tests.
import { strict as assert } from 'node:assert';
import { eventsOf, type Names } from './fixture';

const actorsOf = (text: string, names: Names, trigger: string): string[] | undefined => eventsOf(text, names).find(e => e.trigger.text.includes(trigger))?.actors;

const names: Names = [['سمير حداد', 'samir', 'PER'], ['ليبيا', 'libya', 'LOC'], ['طرابلس', 'tripoli', 'LOC'], ['الهيئة الوطنية', 'body', 'ORG']];

describe('events: the object after a relative verb', () => {
  it('takes the named antecedent, not the name after the verb, when no pronoun takes it up', () => {
    assert.deepEqual(actorsOf('ردت الحكومة على تصريحات سمير حداد الذي اتهم ليبيا بدعم المسلحين', names, 'اتهم'), ['samir']);
    assert.deepEqual(actorsOf('ويقول الكاتب إن سمير حداد الذي زار طرابلس مرتين لم يلتق أحدا', names, 'زار'), ['samir']);
  });
  it('takes the antecedent set off by a comma or a dash (فلان، الذي …) and keeps it past مع + pronoun, a partner', () => {
    assert.deepEqual(actorsOf('وقال سمير حداد، الذي التقى الوفد في طرابلس أمس، إن المحادثات مثمرة', names, 'التقى'), ['samir']);
    assert.deepEqual(actorsOf('وكان في استقباله سمير حداد، الذي بحث معه الأوضاع في البلاد', names, 'بحث'), ['samir']);
  });
  it('takes no one when the antecedent is no name and a place or body follows the verb (السياح الذين يزورون X)', () => {
    assert.deepEqual(actorsOf('يقع الفندق قرب مركز السياح الذين يزورون طرابلس كل صيف', names, 'يزورون'), []);
  });
  it('takes a person after the verb when the antecedent is no name, the pronoun coming later (التي رفض فلان التدخل فيها)', () => {
    assert.deepEqual(actorsOf('وهي المدينة التي رفض سمير حداد التدخل فيها قبل عامين', names, 'رفض'), ['samir']);
  });
  it('never takes a named antecedent its verb\'s pronoun takes up as object (ليبيا التي دمرتها المعارك)', () => {
    assert.deepEqual(actorsOf('عاد السكان إلى مدن شمال ليبيا التي دمرتها المعارك الضارية', names, 'دمرتها'), []);
  });
  it('keeps the name after the verb when a pronoun on it or after it takes the antecedent up (الذي زاره X، الذي دعا إليه X)', () => {
    assert.deepEqual(actorsOf('افتتح المعرض الذي زاره سمير حداد أمس أبوابه للجمهور', names, 'زاره'), ['samir']);
    assert.deepEqual(actorsOf('انعقد الاجتماع الذي دعا إليه سمير حداد مساء أمس', names, 'دعا'), ['samir']);
    assert.deepEqual(actorsOf('فشلت المبادرة التي وعد بها سمير حداد الشهر الماضي', names, 'وعد'), ['samir']);
  });
});

describe('events: names inside a prepositional phrase before a coordinated verb', () => {
  const places: Names = [['التحالف', 'coalition', 'ORG'], ['المتمردين', 'rebels', 'ORG'], ['ليبيا', 'libya', 'LOC'], ['الهيئة الوطنية', 'body', 'ORG']];
  it('skips a name in construct with a preposition\'s object (على مواقع X) for the subject before it', () => {
    assert.deepEqual(actorsOf('وشنت طائرات التحالف غارات على مواقع المتمردين ودمرت مخازن للذخيرة', places, 'دمرت'), ['coalition']);
  });
  it('keeps a name joined by و after a preposition\'s object: a new subject (وافق المجلس على العرض والهيئة رفضت)', () => {
    assert.deepEqual(actorsOf('وقال المتحدث إن المجلس وافق على العرض والهيئة الوطنية رفضت بشدة', places, 'رفضت'), ['body']);
  });
  it('keeps a name after a place noun that governs like a preposition (في المنطقة مثل X)', () => {
    assert.deepEqual(actorsOf('وقال إن دولا كبيرة في المنطقة مثل ليبيا تدعم الحوار', places, 'تدعم'), ['libya']);
  });
  it('takes the antecedent of a relative clause whose support verb governs the event noun (X الذي شن غارات)', () => {
    assert.deepEqual(actorsOf('ودخل المقاتلون الحي بغطاء جوي من طيران التحالف الذي شن عدة غارات على المدينة', places, 'غارات'), ['coalition']);
  });
});

describe('events: a verb joined by و to a sentence that opened with its subject', () => {
  const people: Names = [['سمير حداد', 'samir', 'PER'], ['ليلى منصور', 'layla', 'PER'], ['طرابلس', 'tripoli', 'LOC'], ['الهيئة الوطنية', 'body', 'ORG']];
  it('keeps the opening subject and takes the name after the verb as partner or object (وصل فلان إلى X والتقى فلانا)', () => {
    assert.deepEqual(actorsOf('وصل الوزير سمير حداد إلى طرابلس أمس والتقى رئيسة البرلمان ليلى منصور', people, 'التقى'), ['samir', 'layla']);
    assert.deepEqual(actorsOf('استقبل الوزير سمير حداد في مكتبه رئيسة البعثة ليلى منصور وبحث معها الأوضاع', people, 'بحث'), ['samir']);
  });
  it('goes on the same way after ثم (sequenceWords: بدأ فلان كلمته باستذكار X، ثم رحب بالضيوف)', () => {
    assert.deepEqual(actorsOf('وبدأ الوزير سمير حداد كلمته باستذكار مآثر الراحلة ليلى منصور، ثم رحب بالضيوف', people, 'رحب'), ['samir']);
  });
  it('leaves a verb whose pronoun makes the name after it the subject (واستقبله فلان)', () => {
    assert.deepEqual(actorsOf('وصل الوزير سمير حداد إلى طرابلس أمس واستقبلته رئيسة البرلمان ليلى منصور', people, 'استقبلته'), ['layla']);
  });
  it('never carries a place that opens the sentence, nor across a relative clause', () => {
    assert.ok(!actorsOf('وفي طرابلس تسعى الهيئة الوطنية إلى التوسع وهاجمت مواقع المسلحين', people, 'هاجمت')?.includes('tripoli'));
  });
});

describe('events: the owner of a possessive pronoun on an event noun agrees with it', () => {
  const names: Names = [['سمير حداد', 'samir', 'PER'], ['طرابلس', 'tripoli', 'LOC'], ['الهيئة الوطنية', 'body', 'ORG'], ['ليبيا', 'libya', 'LOC']];
  it('prefers a body or country to a man for ها (الهيئة … تأييدها)', () => {
    assert.deepEqual(actorsOf('وأكد سمير حداد وقوف الهيئة الوطنية إلى جانب الحكومة وتأييدها للخطة', names, 'تأييدها'), ['body']);
  });
  it('prefers a person to a city for ه (… لزيارته المعرض)', () => {
    assert.deepEqual(actorsOf('وعبر تجار طرابلس عن شكرهم للوزير سمير حداد لزيارته المعرض', names, 'زيارته'), ['samir']);
  });
  it('keeps the only owner there is, whatever its kind (أعلنت ليبيا تأييدها)', () => {
    assert.deepEqual(actorsOf('أعلنت ليبيا تأييدها للخطة الجديدة', names, 'تأييدها'), ['libya']);
  });
});

describe('events: a capital or country in the genitive of what it says', () => {
  const names: Names = [['طرابلس', 'tripoli', 'LOC'], ['أثينا', 'athens', 'LOC']];
  it('takes the place as agent of a commitment, call or threat (التزام طرابلس، دعوة طرابلس)', () => {
    assert.deepEqual(actorsOf('وأكد المتحدث أهمية التزام طرابلس بالخطة الأممية', names, 'التزام'), ['tripoli']);
    assert.deepEqual(actorsOf('وتصاعد التوتر بسبب دعوة طرابلس إلى حل البرلمان', names, 'دعوة'), ['tripoli']);
  });
  it('leaves a place that is where an agreement was made or a visit went (اتفاق أثينا، زيارة طرابلس)', () => {
    assert.ok(!actorsOf('ويرى المراقبون أن اتفاق أثينا لن يصمد طويلا', names, 'اتفاق')?.includes('athens'));
    assert.ok(!actorsOf('ويرى المراقبون أن زيارة طرابلس لن تغير شيئا', names, 'زيارة')?.includes('tripoli'));
  });
});

describe('events: a support verb with a long named subject before its noun', () => {
  const names: Names = [['سمير حداد', 'samir', 'PER'], ['الهيئة الوطنية', 'body', 'ORG'], ['ليلى منصور', 'layla', 'PER']];
  it('reaches the verb past its titled subject (قام وزير النقل المهندس فلان بجولة)', () => {
    assert.deepEqual(actorsOf('قام وزير النقل والمواصلات الليبي المهندس سمير حداد بجولة تفقدية على الطرق', names, 'جولة'), ['samir']);
  });
  it('never past a preposition, relative or complementiser that opened a phrase (جدد فلان تحذيره من خطورة التهديدات)', () => {
    // With no one doing them the threats are no event at all (a threat in general): either way, no actor.
    assert.ok(!actorsOf('وجدد رئيس الوزراء الليبي سمير حداد تحذيره من خطورة التهديدات الجديدة', names, 'التهديدات')?.length);
  });
});

describe('events: a reciprocal noun that is the goal of its clause (goalPrepositions)', () => {
  const names: Names = [['ليبيا', 'libya', 'LOC'], ['تونس', 'tunisia', 'LOC'], ['الهيئة الوطنية', 'body', 'ORG']];
  it('takes the clause\'s subjects as parties to the agreement they reached (توصلت X وY إلى اتفاق)', () => {
    assert.deepEqual(actorsOf('وقال مسؤولون إن ليبيا وتونس توصلتا إلى اتفاق بشأن المعابر الحدودية', names, 'اتفاق'), ['libya', 'tunisia']);
  });
  it('leaves a reciprocal noun after على alone (على قمة، وافق X على اتفاق)', () => {
    assert.ok(!actorsOf('وتأتي الهيئة الوطنية على قمة المؤسسات الرقابية في البلاد', names, 'قمة')?.includes('body'));
  });
});

describe('events: some of a body\'s men stand for the body (memberHeads)', () => {
  const names: Names = [['جبهة الإنقاذ', 'front', 'ORG'], ['الهيئة الوطنية', 'body', 'ORG']];
  it('takes the body after من for men of it (مسلحون من X، عناصر من X)', () => {
    assert.deepEqual(actorsOf('وقال المتحدث إن مسلحين من جبهة الإنقاذ هاجموا مركزا للشرطة', names, 'هاجموا'), ['front']);
    assert.deepEqual(actorsOf('وشن عناصر من جبهة الإنقاذ هجوما على مركز للشرطة', names, 'هجوما'), ['front']);
  });
  it('takes no body for men from a place or group that is no name (مسلحون من أبناء القرية)', () => {
    assert.deepEqual(actorsOf('وقال المتحدث إن مسلحين من أبناء القرية هاجموا مركزا للشرطة', names, 'هاجموا'), []);
  });
});
