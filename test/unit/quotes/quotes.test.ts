import { strict as assert } from 'node:assert';
import { findQuotes } from '../../../src/core/recognize/quotes';
import { findDates } from '../../../src/core/recognize/dates';
import { fixture } from '../events/fixture';

const quotesOf = (text: string, names: Parameters<typeof fixture>[1] = []) => {
  const f = fixture(text, names);
  return findQuotes(f.ctx, f.entities, f.mentions);
};

describe('quotes: forms', () => {
  it('finds «» quotes without the marks', () => {
    const [q] = quotesOf('قال الوزير «الوضع صعب» أمس.');
    assert.equal(q.text, 'الوضع صعب');
  });
  it('finds “” quotes, written either way round', () => {
    assert.deepEqual(quotesOf('قال “نحن مستعدون” ثم غادر.').map(q => q.text), ['نحن مستعدون']);
    assert.deepEqual(quotesOf('قال ”نحن مستعدون“ ثم غادر.').map(q => q.text), ['نحن مستعدون']);
  });
  it('finds straight "" and double-prime ″ quotes', () => {
    assert.deepEqual(quotesOf('قال "أولا" ثم ″ثانيا″ و"ثالثا".').map(q => q.text), ['أولا', 'ثانيا', 'ثالثا']);
  });
  it('finds a one-word scare quote', () => {
    const qs = quotesOf('معتبراً أن تصريحات أنقرة "خطيرة" بهذا الشأن.');
    assert.deepEqual(qs.map(q => q.text), ['خطيرة']);
  });
  it('keeps only the outer one of nested quotes of mixed marks', () => {
    const qs = quotesOf('قال «إن عبارة "لا تراجع" تكفي» اليوم.');
    assert.deepEqual(qs.map(q => q.text), ['إن عبارة "لا تراجع" تكفي']);
  });
  it('keeps only the outer one of nested straight quotes when the inner one opens after a space', () => {
    const qs = quotesOf('قال "إن شعار "لا تراجع" باق" وغادر.');
    assert.deepEqual(qs.map(q => q.text), ['إن شعار "لا تراجع" باق']);
  });
  it('keeps the quotes inside an outer mark that is never closed', () => {
    const qs = quotesOf('قال «إن عبارة "لا تراجع" تكفي اليوم.');
    assert.deepEqual(qs.map(q => q.text), ['إن عبارة "لا تراجع" تكفي اليوم.', 'لا تراجع']);
  });
  it('reads a reversed » glued to a clitic or a word as an opening mark', () => {
    assert.deepEqual(quotesOf('وطالب النواب بـ»إصلاح شامل» للقانون.').map(q => q.text), ['إصلاح شامل']);
    assert.deepEqual(quotesOf('رفض المقترح و»الحلول المؤقتة» معا.').map(q => q.text), ['الحلول المؤقتة']);
    assert.deepEqual(quotesOf('وقال إن »الباب مفتوح» للجميع.').map(q => q.text), ['الباب مفتوح']);
  });
  it('still closes a quote whose last word ends in a clitic letter', () => {
    assert.deepEqual(quotesOf('قال «هذا هو المطلوب»، ثم «لا أكثر».').map(q => q.text), ['هذا هو المطلوب', 'لا أكثر']);
  });
  it('skips a closing mark whose opening one was lost, so the next quote pairs the right way round', () => {
    assert.deepEqual(quotesOf('وقال الوزير إن الوضع مستقر هنا”. وأضاف “لن نتراجع” ثم غادر.').map(q => q.text), ['لن نتراجع']);
    assert.deepEqual(quotesOf('وقال المدير إن العمل انتهى"، وأضاف "الطريق مفتوح".').map(q => q.text), ['الطريق مفتوح']);
    // After a colon the mark opens, even with a space before the quoted words.
    assert.deepEqual(quotesOf('وقال في تصريح :” نحن جاهزون”.').map(q => q.text), ['نحن جاهزون']);
  });
  it('stops an unclosed quote at the end of its paragraph and marks it', () => {
    const text = 'قال الوزير «لن نتراجع عن القرار\nوفي سياق آخر قال "شيئا".';
    const qs = quotesOf(text);
    assert.equal(qs[0].text, 'لن نتراجع عن القرار');
    assert.equal(qs[0].unclosed, true);
    assert.equal(qs[1].text, 'شيئا');
    assert.equal(qs[1].unclosed, undefined);
  });
  it('ends an unclosed quote with the sentence before the next quote, so the speech verb between keeps its speaker', () => {
    const text = 'وقال سمير حداد: «الموسم كان صعبا على الجميع. وأضاف: «لكننا سنعوض» في الموسم المقبل.';
    const qs = quotesOf(text, [['سمير حداد', 'samir', 'PER']]);
    assert.deepEqual(qs.map(q => [q.text, q.speaker]), [['الموسم كان صعبا على الجميع', 'samir'], ['لكننا سنعوض', 'samir']]);
  });
  it('keeps offsets that slice to the quote text', () => {
    const text = 'وقال: «نعم»، ثم "لا".';
    for (const q of quotesOf(text)) assert.equal(text.slice(q.start, q.end), q.text);
  });
});

describe('quotes: speakers', () => {
  const lavrov: [string, string, 'PER'] = ['لافروف', 'lavrov', 'PER'];
  it('takes the name right after the speech verb (VSO), titles skipped', () => {
    const [q] = quotesOf('وقال وزير الخارجية الروسي لافروف، إن "الوضع خطير".', [lavrov]);
    assert.equal(q.speaker, 'lavrov');
    assert.equal(q.cue?.text, 'وقال');
  });
  it('takes the name right before the verb (SVO)', () => {
    const [q] = quotesOf('الرئيس ماكرون صرح بأنه "مستعد للحوار".', [['ماكرون', 'macron', 'PER']]);
    assert.equal(q.speaker, 'macron');
    assert.equal(q.cue?.text, 'صرح');
  });
  it('attributes a quote inside a sentence whose subject is a person (أعرب … عن قلقه)', () => {
    const [q] = quotesOf('كما أعرب لافروف عن قلقه "إزاء التوترات في المنطقة".', [lavrov]);
    assert.equal(q.speaker, 'lavrov');
  });
  it('continues an implicit subject from the previous clause (وقال "…")', () => {
    const qs = quotesOf('أعرب لافروف عن قلقه "إزاء التوتر"، وقال "نعرض وساطة روسيا".', [lavrov]);
    assert.deepEqual(qs.map(q => q.speaker), ['lavrov', 'lavrov']);
  });
  it('continues the subject of the previous sentence in the paragraph', () => {
    const qs = quotesOf('التقى لافروف نظيره التركي في موسكو. وقال "المحادثات بناءة".', [lavrov, ['موسكو', 'moscow', 'LOC']]);
    assert.equal(qs[0].speaker, 'lavrov');
  });
  it('gives a participle (مضيفاً، معتبراً) the subject of the main verb', () => {
    const text = 'وقال ماكرون إن الحل سياسي، معتبراً أن التصريحات "خطيرة".';
    const [q] = quotesOf(text, [['ماكرون', 'macron', 'PER']]);
    assert.equal(q.speaker, 'macron');
    assert.equal(q.cue?.text, 'معتبراً');
  });
  it('reads a feminine verb with an organisation subject', () => {
    const [q] = quotesOf('وأكدت وزارة الخارجية في بيان أن "الحدود آمنة".', [['وزارة الخارجية', 'mfa', 'ORG']]);
    assert.equal(q.speaker, 'mfa');
  });
  it('attributes by بحسب after the quote', () => {
    const [q] = quotesOf('"الهجوم فشل"، بحسب الجيش.', [['الجيش', 'army', 'ORG']]);
    assert.equal(q.speaker, 'army');
    assert.equal(q.cue?.text, 'بحسب');
  });
  it('leaves the speaker null without a cue', () => {
    const [q] = quotesOf('رفع المتظاهرون لافتات كتب عليها "ارحل" أمام لافروف.', [lavrov]);
    assert.equal(q.speaker, null);
  });
  it('does not take a name that is an object of a preposition', () => {
    const [q] = quotesOf('وقال في موسكو "لا جديد".', [['موسكو', 'moscow', 'LOC']]);
    assert.equal(q.speaker, null);
  });
  it('never takes the outlet a speaker talks to after a preposition written apart (لـ«…»، لـ"…")', () => {
    const paper: [string, string, 'ORG'] = ['النشرة', 'paper', 'ORG'];
    const [q1] = quotesOf('وأكدت مصادر متابعة لـ«النشرة» أن «الطريق مغلق منذ الفجر».', [paper]);
    assert.equal(q1.speaker, null);
    const [q2] = quotesOf('ورامز هلال أكد لـ"النشرة" أن "الطريق مغلق".', [paper, ['رامز هلال', 'ramez', 'PER']]);
    assert.equal(q2.speaker, 'ramez');
  });
  it('gives the words of unnamed people in the subject\'s place (قال أحد السكان) to no one, not the last speaker', () => {
    const qs = quotesOf('وقال سامي نادر إن «الوضع هادئ». وقال أحد السكان إن «المياه مقطوعة منذ أسبوع».', [['سامي نادر', 'sami', 'PER']]);
    assert.deepEqual(qs.map(q => q.speaker), ['sami', null]);
  });
  it('gives what a plural verb introduces (يقولون، أكدوا) to no one', () => {
    const qs = quotesOf('وقال سامي نادر إن «الوضع هادئ». لكن المحللين يقولون إن «الهدوء مؤقت».', [['سامي نادر', 'sami', 'PER']]);
    assert.deepEqual(qs.map(q => q.speaker), ['sami', null]);
  });
});

describe('quotes: names in quotation marks', () => {
  it('is no quote after a head noun behind a glued ل or ب (لمسرحية «…»، بمهرجان «…»)', () => {
    assert.deepEqual(quotesOf('وحضر الأمير العرض الأول لمسرحية «البيت الكبير» ثم افتتح بمهرجان "ليالي الشتاء" معرضا.').map(q => q.text), []);
  });
  it('is no quote for the one spoken to between the verb and what is said (لـ"…" أن، إلى «…»:)', () => {
    assert.deepEqual(quotesOf('وأكد مصدر مسؤول لـ"النهار" أن الاجتماع تأجل.').map(q => q.text), []);
    assert.deepEqual(quotesOf('وقالت الوزيرة في تصريحات إلى «الأنباء»: «الخطة جاهزة».').map(q => q.text), ['الخطة جاهزة']);
    // إلى written without its hamza, as many outlets type it.
    assert.deepEqual(quotesOf('وقال المدير في حديث الى «المساء»: «سنفتتح الفرع قريبا».').map(q => q.text), ['سنفتتح الفرع قريبا']);
  });
  it('keeps a demand in marks after إلى when و joins a second one (دعا إلى «…» وأن)', () => {
    assert.deepEqual(quotesOf('ودعا الوزير إلى «الحوار» وأن يلتزم الجميع بالهدوء.').map(q => q.text), ['الحوار']);
  });
  it('is no quote after a noun that names it (صحيفة، الملقب بـ)', () => {
    const qs = quotesOf('ونقلت صحيفة "صن" عن المدرب قوله. والملقب بـ «صاحب الحذاء» اعتقل.', [['المدرب', 'coach', 'PER']]);
    assert.deepEqual(qs, []);
  });
  it('is no quote when the marks hold nothing but a recognised name, with or without الـ', () => {
    const qs = quotesOf('وأعلن «جيش الفتح» سيطرته، ونفى الـ"موساد" ذلك، وقال "سمير": "نحن هنا".', [
      ['جيش الفتح', 'army', 'ORG'], ['موساد', 'mossad', 'ORG'], ['سمير', 'samir', 'PER']]);
    assert.deepEqual(qs.map(q => q.text), ['نحن هنا']);
  });
  it('is no quote when the marks hold a kind noun and a recognised name («دولة فلان»), a quote when the rest is no name', () => {
    const qs = quotesOf('ورفض الوفد ما سماه «جمهورية الجبل» ووصف الإقليم بأنه «دولة فاشلة».', [['الجبل', 'mountain', 'LOC']]);
    assert.deepEqual(qs.map(q => q.text), ['دولة فاشلة']);
  });
  it('is no quote when the marks hold nothing but a date («الخميس الماضي»)', () => {
    const f = fixture('وزار الرئيس المدينة «الخميس الماضي» وقال «الوضع هادئ».', []);
    const qs = findQuotes(f.ctx, f.entities, f.mentions, undefined, findDates(f.ctx));
    assert.deepEqual(qs.map(q => q.text), ['الوضع هادئ']);
  });
  it('is a quote when a describing word is quoted after بـ', () => {
    const qs = quotesOf('ووصف الوزير القرار بـ«المتسرع».');
    assert.deepEqual(qs.map(q => q.text), ['المتسرع']);
  });
});

describe('quotes: speakers across paragraphs', () => {
  it('continues the previous paragraph\'s speaker when a paragraph opens with وأضاف', () => {
    const text = 'وقال لافروف "الوضع خطير".\nوأضاف: «نحن مستعدون للوساطة».\nفي سياق آخر، ارتفعت الأسعار. وتابع «لا تعليق».';
    const qs = quotesOf(text, [['لافروف', 'lavrov', 'PER']]);
    assert.deepEqual(qs.map(q => q.speaker), ['lavrov', 'lavrov', null]);
  });
  it('continues the subject of the paragraph right before, quoted or not, when a paragraph opens with وأضاف', () => {
    const text = 'وقال سامي نادر إن المشروع تأخر بسبب الأمطار.\nوأضاف: «سنعوض الوقت الضائع».';
    assert.deepEqual(quotesOf(text, [['سامي نادر', 'sami', 'PER']]).map(q => q.speaker), ['sami']);
    // Two paragraphs back is too far for a subject nobody quoted.
    const far = 'وقال سامي نادر إن المشروع تأخر.\nوارتفعت أسعار الحديد في الأسواق.\nوأضاف: «سنعوض الوقت».';
    assert.deepEqual(quotesOf(far, [['سامي نادر', 'sami', 'PER']]).map(q => q.speaker), [null]);
  });
  it('never reads a participle or verb form with the article as a cue (المتحدثة، الكشف)', () => {
    const [q] = quotesOf('وقالت المتحدثة باسم الشركة سلمى حداد: «نحن ملتزمون بالجودة».', [['سلمى حداد', 'salma', 'PER']]);
    assert.equal(q.cue?.text, 'وقالت');
  });
  it('never reads a verbal noun after a preposition as a speech verb (تعود إلى كشف فلان)', () => {
    const [q] = quotesOf('وتعود الأزمة إلى كشف الصحفي رامي عون وثائق «سرية للغاية».', [['رامي عون', 'rami', 'PER']]);
    assert.equal(q.speaker, null);
    assert.equal(q.cue, undefined);
  });
  it('gives the words a relaying verb reports (نقلت الإذاعة عن فلان) to the source after عن', () => {
    const qs = quotesOf('ونقلت الإذاعة الرسمية عن الوزير سامي نادر القول إن «الأزمة انتهت». وأضاف أن «العمل مستمر».', [['سامي نادر', 'sami', 'PER'], ['رامي عون', 'rami', 'PER']]);
    assert.deepEqual(qs.map(q => q.speaker), ['sami', 'sami']);
  });
  it('takes no subject after عن opening the verb\'s object (أعرب عن تقديره لجهود فلان)', () => {
    const qs = quotesOf('وقال سامي نادر إن الوضع هادئ، وأعرب عن تقديره لجهود رامي عون في «تهدئة الأجواء».', [['سامي نادر', 'sami', 'PER'], ['رامي عون', 'rami', 'PER']]);
    assert.deepEqual(qs.map(q => q.speaker), ['sami']);
  });
  it('takes the person closing a long title after a definite noun (أوضح المدير العام لفرع الهيئة في منطقة X الدكتور فلان)', () => {
    const names: Array<[string, string, 'PER' | 'ORG' | 'LOC']> = [['نبيل حداد', 'nabil', 'PER'], ['الهيئة', 'body', 'ORG'], ['تبوك', 'tabuk', 'LOC']];
    const qs = quotesOf('وأوضح المدير العام لفرع الهيئة في منطقة تبوك الدكتور نبيل حداد أن «الأعمال انتهت».', names);
    assert.deepEqual(qs.map(q => q.speaker), ['nabil']);
    const adjective = quotesOf('وأشار الخبير في سلامة الطيران المدني نبيل حداد إلى «ثغرات كثيرة».', names);
    assert.deepEqual(adjective.map(q => q.speaker), ['nabil']);
    // A speech word between opens another clause: the name after it is someone else's (بصفته متحدثا باسم فلان).
    const other = quotesOf('وقال المحافظ بصفته متحدثا باسم نبيل حداد إن «الحق لن يضيع».', names);
    assert.notEqual(other[0].speaker, 'nabil');
  });
  it('never takes the antecedent of a relative that disagrees with the verb (الهيئة التي قال عنها) for the speaker', () => {
    const qs = quotesOf('وقال سامي نادر إن الخطة جاهزة، وأشاد بالهيئة الوطنية التي قال عنها: «إنها عماد المشروع».', [['سامي نادر', 'sami', 'PER'], ['الهيئة الوطنية', 'body', 'ORG']]);
    assert.deepEqual(qs.map(q => q.speaker), ['sami']);
  });
  it('keeps a title abbreviated with a full stop (د.، م.) in the verb\'s sentence', () => {
    const qs = quotesOf('ويقول د. نبيل حداد نائب المدير: «الخطة تسير كما رسمناها».', [['نبيل حداد', 'nabil', 'PER']]);
    assert.deepEqual(qs.map(q => q.speaker), ['nabil']);
  });
  it('lets an imperfect verb with a person named after it (يرى المحلل فلان) lead the participle that follows', () => {
    const text = 'ويرى المحلل سامي نادر أن السوق مستقرة، قائلا: «لا خوف من الركود».';
    assert.deepEqual(quotesOf(text, [['سامي نادر', 'sami', 'PER']]).map(q => q.speaker), ['sami']);
  });
});

describe('quotes: speakers by clause roles', () => {
  const samir: [string, string, 'PER'] = ['سمير حداد', 'samir', 'PER'];
  const fadi: [string, string, 'PER'] = ['فادي عمر', 'fadi', 'PER'];
  it('takes the person after a title and an organisation (مدير المعهد فلان)', () => {
    const [q] = quotesOf('وقال مدير المعهد الوطني للبحوث سمير حداد إن «النتائج مشجعة».', [['المعهد الوطني للبحوث', 'inst', 'ORG'], samir]);
    assert.equal(q.speaker, 'samir');
  });
  it('takes the person at the end of a chain of names and titles', () => {
    const [q] = quotesOf('وقال رئيس أركان القوات المشتركة اللواء فادي عمر إن «العملية انتهت».', [['القوات المشتركة', 'forces', 'ORG'], fadi]);
    assert.equal(q.speaker, 'fadi');
  });
  it('ends a chain at a name that starts with the letter و (وليد), which is no conjunction', () => {
    const [q] = quotesOf('وقال مدير المعهد الوطني للبحوث وليد سالم إن «النتائج مشجعة».', [['المعهد الوطني للبحوث', 'inst', 'ORG'], ['وليد سالم', 'walid', 'PER']]);
    assert.equal(q.speaker, 'walid');
  });
  it('continues the speaker after a quote with وأضاف أن / لافتا إلى أن, never a name inside the quote before it', () => {
    const text = 'وقال سمير حداد إن «رجال الدفاع المدني أنقذوا العائلات» وأضاف أن «المياه انحسرت»، لافتا إلى أن «الطرق ستفتح».';
    const qs = quotesOf(text, [samir, ['الدفاع المدني', 'civil', 'ORG']]);
    assert.deepEqual(qs.map(q => q.speaker), ['samir', 'samir', 'samir']);
  });
  it('gives the words of an unnamed official to the body named after him (مسؤول في، مصدر أمني في)', () => {
    const farm: [string, string, 'ORG'] = ['وزارة الزراعة', 'farm', 'ORG'];
    assert.equal(quotesOf('وقال مسؤول في وزارة الزراعة إن «المحصول وفير».', [farm])[0].speaker, 'farm');
    assert.equal(quotesOf('وكان مصدر رسمي في وزارة الزراعة قال إن «المحصول وفير».', [farm])[0].speaker, 'farm');
    // A place after في is where the official is, not whom he speaks for.
    assert.equal(quotesOf('وقال مسؤول في بيروت إن «المحصول وفير».', [['بيروت', 'beirut', 'LOC']])[0].speaker, null);
  });
  it('gives a statement\'s words to its issuer (بيان من مكتب الوزير، بيان صادر عن النقابة)', () => {
    const fadiMinister: [string, string, 'PER'] = ['فادي منصور', 'fadi', 'PER'];
    const text = 'وصل وزير الزراعة فادي منصور إلى القرية.\nوقال بيان من مكتب الوزير: «الموسم جيد».';
    assert.equal(quotesOf(text, [fadiMinister])[0].speaker, 'fadi');
    assert.equal(quotesOf('وقال بيان صادر عن النقابة إن «الإضراب مستمر».', [['النقابة', 'union', 'ORG']])[0].speaker, 'union');
  });
  it('does not chain across a coordinated name', () => {
    const [q] = quotesOf('وقال فادي عمر وسمير حداد في بيان مشترك إن «الاتفاق صامد».', [fadi, samir]);
    assert.equal(q.speaker, 'fadi');
  });
  it('skips a kinship noun before the name (وأكدت شقيقته فلانة)', () => {
    const [q] = quotesOf('وأكدت شقيقته ليلى نصار للإذاعة أنها «لن تستسلم».', [['ليلى نصار', 'laila', 'PER']]);
    assert.equal(q.speaker, 'laila');
  });
  it('never reads a word inside a name as a speech verb', () => {
    const [q] = quotesOf('استقبل التاجر سامر بقال الوفد "بحفاوة".', [['سامر بقال', 'samer', 'PER']]);
    assert.equal(q.cue, undefined);
    assert.equal(q.speaker, null);
  });
  it('resolves an organisation\'s short reference to the organisation named before', () => {
    const [q] = quotesOf('نشر المجلس الأعلى للتعليم تقريره السنوي. وأعلن المجلس أن «النتائج مشجعة».', [['المجلس الأعلى للتعليم', 'council', 'ORG']]);
    assert.equal(q.speaker, 'council');
  });
  it('takes a title in the subject\'s place (وأكد الوزير) for the recent speaker', () => {
    const text = 'قال سمير حداد «نحن مستعدون».\nووصل الوفد إلى المدينة مساء.\nوأكد الوزير أن «الحوار مستمر».';
    assert.deepEqual(quotesOf(text, [samir]).map(q => q.speaker), ['samir', 'samir']);
  });
  it('never takes a body noun after a feminine verb (وقالت الشرطة) for the man quoted last', () => {
    const text = 'قال سمير حداد «نحن مستعدون».\nوقالت الشرطة إن «التحقيق مستمر».';
    assert.deepEqual(quotesOf(text, [samir]).map(q => q.speaker), ['samir', null]);
  });
  it('lets a feminine verb with no subject continue an organisation, a masculine one not', () => {
    const health: [string, string, 'ORG'] = ['وزارة الصحة', 'health', 'ORG'];
    assert.equal(quotesOf('عقدت وزارة الصحة مؤتمرا صحفيا. وأعلنت أن «اللقاح آمن».', [health])[0].speaker, 'health');
    assert.equal(quotesOf('عقدت وزارة الصحة مؤتمرا صحفيا. وأعلن أن «اللقاح آمن».', [health])[0].speaker, null);
  });
  it('lets a feminine verb opening a paragraph continue the body that led the paragraph before, never a person', () => {
    const health: [string, string, 'ORG'] = ['وزارة الصحة', 'health', 'ORG'];
    assert.equal(quotesOf('عقدت وزارة الصحة مؤتمرا صحفيا.\nوأعلنت في بيان: «اللقاح آمن».', [health])[0].speaker, 'health');
    const nadia: [string, string, 'PER'] = ['نادية سالم', 'nadia', 'PER'];
    assert.equal(quotesOf('وصلت نادية سالم إلى المؤتمر مع وزارة الصحة.\nوأعلنت في بيان: «اللقاح آمن».', [nadia, health])[0].speaker, null);
  });
  it('takes the name fronted before a long relative clause', () => {
    const text = 'فادي عمر، الذي يشغل منصب رئيس البلدية منذ عشر سنوات ويواجه انتقادات واسعة من السكان، قال إن «المشروع سينجز».';
    assert.equal(quotesOf(text, [fadi])[0].speaker, 'fadi');
  });
  it('prefers the verb\'s subject to an "according to" that only relays it', () => {
    const [q] = quotesOf('وقال سمير حداد، بحسب الصحيفة، إن «الوضع مستقر».', [samir]);
    assert.equal(q.speaker, 'samir');
  });
  it('gives a quoted fragment in the next sentence the same speaker', () => {
    const qs = quotesOf('وقال سمير حداد إن «الحل قريب». لكنه تحدث عن «صعوبات كبيرة».', [samir]);
    assert.deepEqual(qs.map(q => q.speaker), ['samir', 'samir']);
  });
  it('does not let the subject of an imperfect verb in a subordinate clause lead the next paragraph', () => {
    const text = 'قال سمير حداد «نحن مستعدون».\nوتحدث عن تقارير تفيد بتحرك جيش الفتح قرب «الحدود».\nوأضاف «لا خوف».';
    const qs = quotesOf(text, [samir, ['جيش الفتح', 'army', 'ORG']]);
    assert.equal(qs[2].speaker, 'samir');
  });
  it('takes a definite noun right after the verb as its subject, not a name further on', () => {
    const [q] = quotesOf('وقال المحافظ بصفته ممثل سمير حداد إن «الطريق سيفتح».', [samir]);
    assert.equal(q.speaker, null);
  });
  it('never takes the body a definite subject speaks to (وقال المسؤول لوكالة …) for the speaker', () => {
    const [q] = quotesOf('وقال المسؤول لوكالة الأنباء المحلية إن «السد آمن».', [['وكالة الأنباء المحلية', 'agency', 'ORG']]);
    assert.equal(q.speaker, null);
  });
  it('gives what a plural participle introduces (هاتفين، مطالبين) to no one: a crowd speaks, not the last speaker', () => {
    const qs = quotesOf('وقال الناشط سمير حداد إن «الاحتجاج سلمي».\nوسار المحتجون في الشوارع هاتفين «ارحلوا» مطالبين بـ«حل البرلمان».', [samir]);
    assert.deepEqual(qs.map(q => [q.speaker, q.cue?.text]), [['samir', 'وقال'], [null, 'هاتفين'], [null, 'مطالبين']]);
  });
  it('gives "the statement" (وأوضح البيان) to who issued the statement the article last named, not the last speaker', () => {
    const text = 'وأعلنت النقابة في بيان أمس أن «الإضراب مستمر».\nوأكد سمير حداد أن «المفاوضات متوقفة».\nوأوضح البيان: «لن نتراجع عن مطالبنا».';
    const qs = quotesOf(text, [['النقابة', 'union', 'ORG'], samir]);
    assert.deepEqual(qs.map(q => q.speaker), ['union', 'samir', 'union']);
  });
  it('gives an office with its nisba and no name (وأعلن وزير الزراعة الأردني …) to the person named with it, even further on', () => {
    const text = 'وأعلن وزير الزراعة الأردني إثر الاجتماع أن «المحصول وفير».\nوقال وزير الزراعة الأردني سمير حداد إن «الأسعار ستنخفض».';
    const qs = quotesOf(text, [samir]);
    assert.deepEqual(qs.map(q => q.speaker), ['samir', 'samir']);
    assert.deepEqual(quotesOf('وأعلن وزير الزراعة الأردني إثر الاجتماع أن «المحصول وفير».', [samir]).map(q => q.speaker), [null]);
  });
  it('follows a chain past a word the name recogniser left out (إمام مسجد النور الكبير فلان)', () => {
    const [q] = quotesOf('ودعا إمام مسجد النور الكبير فادي عمر المصلين إلى «الهدوء».', [['مسجد النور', 'mosque', 'ORG'], fadi]);
    assert.equal(q.speaker, 'fadi');
  });
  it('takes "according to" at the end of the sentence for a quote with no cue before it', () => {
    const [q] = quotesOf('ونفذ الهجوم مسلحان "يرتديان زيا عسكريا"، وفرا إلى الجبال، بحسب قائد الشرطة فادي عمر.', [fadi]);
    assert.equal(q.speaker, 'fadi');
  });
  it('resolves a definite title in the subject\'s place to the person named before with that title', () => {
    const text = 'وزار محافظ الولاية فادي عمر السوق أمس.\nوقال المحافظ إن «الأسعار ستنخفض».';
    assert.equal(quotesOf(text, [fadi, ['الولاية', 'state', 'LOC']])[0].speaker, 'fadi');
  });
  it('lets the adjective after a definite title pick among people with that title (الوزير الكندي)', () => {
    const text = 'التقى وزير الخارجية الكندي سمير حداد وزير الخارجية المغربي فادي عمر.\nوقال الوزير الكندي إن «اللقاء مثمر».';
    assert.equal(quotesOf(text, [samir, fadi])[0].speaker, 'samir');
  });
  it('prefers the main clause\'s verb to an imperfect verb of a subordinate clause before the quote', () => {
    const [q] = quotesOf('وقال سمير حداد إن تقارير تفيد بتحرك جيش الفتح قرب «الحدود».', [samir, ['جيش الفتح', 'army', 'ORG']]);
    assert.equal(q.speaker, 'samir');
  });
});

