import { strict as assert } from 'node:assert';
import { findQuotes } from '../../../src/core/recognize/quotes';
import { fixture } from '../events/fixture';

const quotesOf = (text: string, names: Parameters<typeof fixture>[1] = []) => {
  const f = fixture(text, names);
  return findQuotes(f.ctx, f.entities, f.mentions);
};

describe('quotes: a participle after a clause with no speech verb', () => {
  const names: Parameters<typeof fixture>[1] = [['سامر الحلبي', 'samer', 'PER'], ['نادر فهمي', 'nader', 'PER'], ['هيئة المياه', 'water', 'ORG']];
  it("speaks for that clause's subject, not for the last speaker of the paragraph", () => {
    const text = 'وقال نادر فهمي إن المشروع تأخر. ودافع سامر الحلبي عن خطة نادر فهمي، قائلا «الخطة واقعية».';
    assert.deepEqual(quotesOf(text, names).map(q => q.speaker), ['samer']);
  });
  it('passes a lead phrase closed by a comma and the titles before the name', () => {
    const [q] = quotesOf('من جهته، رحب وزير المالية سامر الحلبي بالقرار، مضيفا «سنبدأ غدا».', names);
    assert.equal(q.speaker, 'samer');
  });
  it('lets a feminine participle speak for a body that opens the clause', () => {
    const [q] = quotesOf('ورحبت هيئة المياه بالقرار، مشيرة إلى أن «العمل سيبدأ قريبا».', names);
    assert.equal(q.speaker, 'water');
  });
  it('leaves a name that a preposition governs', () => {
    const [q] = quotesOf('ورحب بسامر الحلبي الحاضرون، قائلين «أهلا».', names);
    assert.equal(q.speaker, null);
  });
  it('gives a perfect verb with no subject of its own to the subject of the clause before it', () => {
    const [q] = quotesOf('وأشاد سامر الحلبي بجهود فرق الصيانة خلال الأشهر الثلاثة الماضية في أحياء المدينة وقال للصحفيين «نحن راضون».', names);
    assert.equal(q.speaker, 'samer');
  });
});

describe('quotes: the one spoken to after a glued preposition', () => {
  const names: Parameters<typeof fixture>[1] = [['سامر الحلبي', 'samer', 'PER'], ['النهار الجديد', 'paper', 'ORG'], ['صوت الساحل', 'radio', 'ORG']];
  it('is no subject behind a kind of body with a glued ل (لصحيفة «…»، لقناة …)', () => {
    const text = 'وزار سامر الحلبي الميناء أمس. وقال لصحيفة «النهار الجديد» إن «العمل مستمر». وأضاف لقناة صوت الساحل أن «الموسم واعد».';
    assert.deepEqual(quotesOf(text, names).map(q => q.speaker), ['samer', 'samer']);
  });
});

describe('quotes: a kind of body in the subject place that the article names no one as', () => {
  it('says nothing for the last person quoted (وأعلنت الشركة …)', () => {
    const text = 'وقال سامر الحلبي إن «الطريق مغلق». وأعلنت الشركة المنفذة أن الأعمال «ستنتهي قريبا».';
    assert.deepEqual(quotesOf(text, [['سامر الحلبي', 'samer', 'PER']]).map(q => q.speaker), ['samer', null]);
  });
  it('still lets a title say more for the last person quoted (وأضاف الوزير …)', () => {
    const text = 'وقال سامر الحلبي إن «الطريق مغلق». وأضاف الوزير أن الأعمال «ستنتهي قريبا».';
    assert.deepEqual(quotesOf(text, [['سامر الحلبي', 'samer', 'PER']]).map(q => q.speaker), ['samer', 'samer']);
  });
});

describe('quotes: an office named after the person it belongs to', () => {
  it('names that person again by the office alone (فلان، رئيس الجمعية المصرية … وأضاف رئيس الجمعية المصرية)', () => {
    const text = 'زار سامر الحلبي، رئيس الجمعية المصرية، الحقول أمس. وتحدث نادر فهمي عن الموسم. وأضاف رئيس الجمعية المصرية «المحصول وفير».';
    const names: Parameters<typeof fixture>[1] = [['سامر الحلبي', 'samer', 'PER'], ['نادر فهمي', 'nader', 'PER']];
    assert.deepEqual(quotesOf(text, names).map(q => q.speaker), ['samer']);
  });
});

describe('quotes: a surname that is also a noun naming what is in marks', () => {
  it('keeps the quote after a person whose name ends with such a noun (سليم شبكة: «…»)', () => {
    const qs = quotesOf('وقال سليم شبكة: «الموسم كان صعبا».', [['سليم شبكة', 'salim', 'PER']]);
    assert.deepEqual(qs.map(q => [q.text, q.speaker]), [['الموسم كان صعبا', 'salim']]);
  });
  it('still reads the noun alone before marks as naming them (شبكة «…»)', () => {
    assert.deepEqual(quotesOf('وبثت شبكة «الأفق الجديد» البرنامج.').map(q => q.text), []);
  });
});

describe('quotes: a topic fronted by أما and answered by ف', () => {
  const names: Parameters<typeof fixture>[1] = [['سامر الحلبي', 'samer', 'PER'], ['نادر فهمي', 'nader', 'PER']];
  it('is the subject of the verb however long the apposition between', () => {
    const text = 'وقال نادر فهمي إن «الأمر صعب». أما سامر الحلبي، رئيس رابطة المزارعين منذ سنوات طويلة وصاحب المزارع الكبيرة في سهول الجنوب، فقال «الأمر سهل».';
    assert.deepEqual(quotesOf(text, names).map(q => q.speaker), ['nader', 'samer']);
  });
  it('is nothing to a verb without ف', () => {
    const text = 'وقال نادر فهمي إن «الأمر صعب». أما سامر الحلبي فغادر القاعة قبل نهاية الاجتماع الطويل في المدينة أمس، وأضاف المتحدث «انتهى الاجتماع».';
    assert.notEqual(quotesOf(text, names)[1].speaker, 'samer');
  });
});

describe('quotes: coordinated titles before the name after the verb', () => {
  it('lets the name after وال… be the subject (ويقول الكاتب والناقد فلان)', () => {
    const [q] = quotesOf('ويقول الكاتب والناقد سامر الحلبي: «الرواية تغيرت».', [['سامر الحلبي', 'samer', 'PER']]);
    assert.equal(q.speaker, 'samer');
  });
});

describe('quotes: a place inside a phrase after the cue', () => {
  const names: Parameters<typeof fixture>[1] = [['سامر الحلبي', 'samer', 'PER'], ['كندا', 'canada', 'LOC'], ['حلب', 'aleppo', 'LOC']];
  it('is where the verb was said, not who said it (وقال في قلب كندا: «…»)', () => {
    const text = 'وتحدث سامر الحلبي عن الهجرة. وقال في قلب كندا: «البلاد ترحب بنا».';
    assert.deepEqual(quotesOf(text, names).map(q => q.speaker), ['samer']);
  });
  it('still leads a title through it to its person (رئيس جمعية في مدينة حلب فلان)', () => {
    const [q] = quotesOf('وقال رئيس جمعية التجار في مدينة حلب سامر الحلبي إن «السوق هادئة».', names);
    assert.equal(q.speaker, 'samer');
  });
  it('is no source of "according to" after a comma (وبحسب خبراء، فإن سوق كندا …)', () => {
    const [q] = quotesOf('وبحسب خبراء، فإن سوق كندا «متماسكة».', names);
    assert.equal(q.speaker, null);
  });
});

describe('quotes: a verb glued to و after a clause', () => {
  const names: Parameters<typeof fixture>[1] = [['سامر الحلبي', 'samer', 'PER'], ['نادي الساحل', 'club', 'ORG'], ['نادر فهمي', 'nader', 'PER']];
  it('has no subject among the names of the clause before it (… بين نادي الساحل وغيره، وقال)', () => {
    const text = 'وتحدث سامر الحلبي عن المباراة الصعبة المقبلة بين نادي الساحل ونادر فهمي وقال: «سنفوز».';
    assert.deepEqual(quotesOf(text, names).map(q => q.speaker), ['samer']);
  });
  it('continues a relative clause\'s speaker, not a name that clause governs', () => {
    const text = 'حضر المدرب سامر الحلبي الذي أكد أن اللاعب كان محط أنظار نادي الساحل منذ مدة، وقال: «تأخرنا».';
    assert.deepEqual(quotesOf(text, names).map(q => q.speaker), ['samer']);
  });
});

describe('quotes: a long title whose body or place stands right before the name', () => {
  const names: Parameters<typeof fixture>[1] = [['سامر الحلبي', 'samer', 'PER'], ['جمعية الصيادين', 'guild', 'ORG'], ['صور', 'tyre', 'LOC']];
  it('leads through a place glued to ب that the names missed (… باسم الجمعية بالساحل فلان)', () => {
    const [q] = quotesOf('وقال المتحدث الرسمي باسم جمعية الصيادين بالساحل سامر الحلبي: «الموسم جيد».', names);
    assert.equal(q.speaker, 'samer');
  });
  it('leads through a named place (… الجمعية في صور فلان)', () => {
    const [q] = quotesOf('وقال المدير التنفيذي لفرع الجمعية في صور سامر الحلبي إن «الموسم جيد».', names);
    assert.equal(q.speaker, 'samer');
  });
});

describe('quotes: a speech verb whose letters are also a preposition (بيّن / بين)', () => {
  const names: Parameters<typeof fixture>[1] = [['سامر الحلبي', 'samer', 'PER'], ['نادر فهمي', 'nader', 'PER']];
  it('speaks with a person after it and what is said after the name, an apposition between (بين الدكتور فلان، رئيس …، أن)', () => {
    const text = 'وقال نادر فهمي إن «السوق هادئة». من جانبه، بين الدكتور سامر الحلبي، رئيس غرفة التجارة في المدينة، أن الطلب يرتفع. وأضاف: «الأسعار ستنخفض».';
    assert.deepEqual(quotesOf(text, names).map(q => q.speaker), ['nader', 'samer']);
  });
  it('is the preposition "between" otherwise (بين فلان وفلان)', () => {
    const text = 'وقال نادر فهمي إن «السوق هادئة». وجرى لقاء بين سامر الحلبي والتجار في المدينة أمس. وأضاف: «الأسعار ستنخفض».';
    assert.deepEqual(quotesOf(text, names).map(q => q.speaker), ['nader', 'nader']);
  });
});

describe('quotes: a verbal noun of saying (بالقول، بقوله) after the clause', () => {
  it("speaks for the clause's subject past a lead phrase closed by a comma (وفي رده على سؤال …، اكتفى فلان بالقول)", () => {
    const text = 'وفي رده على سؤال حول الخطة، اكتفى رئيس البلدية سامر الحلبي بالقول للصحافيين «النظافة مسؤولية الجميع».';
    assert.deepEqual(quotesOf(text, [['سامر الحلبي', 'samer', 'PER']]).map(q => q.speaker), ['samer']);
  });
});

describe('quotes: a person, a title and a body before the verb (فلان مدرب النادي أكد)', () => {
  const names: Parameters<typeof fixture>[1] = [['سامر الحلبي', 'samer', 'PER'], ['نادي الشروق', 'club', 'ORG']];
  it('is the person, whose title the body only completes', () => {
    const text = 'لكن سامر الحلبي مدرب نادي الشروق أكد قدرة فريقه على التعويض وقال «لن تؤثر الغيابات».';
    assert.deepEqual(quotesOf(text, names).map(q => q.speaker), ['samer']);
  });
  it('is the body where no person and title stand before it (وفي المقابل نادي … أكد)', () => {
    const text = 'وتحدث سامر الحلبي عن الغيابات. وفي المقابل نادي الشروق أكد في بيان أن «الفريق جاهز».';
    assert.deepEqual(quotesOf(text, names).map(q => q.speaker), ['club']);
  });
});

describe('quotes: a paragraph opening with وأضاف after a paragraph led by a verb of no speech', () => {
  const names: Parameters<typeof fixture>[1] = [['سامر الحلبي', 'samer', 'PER']];
  it("says more for the person leading the paragraph before (إلى ذلك، نادى الدكتور فلان … ¶ وأضاف: «…»)", () => {
    const text = 'إلى ذلك، نادى الدكتور سامر الحلبي، عميد كلية الهندسة، بتطوير المناهج.\nوأضاف: «المناهج قديمة».';
    assert.deepEqual(quotesOf(text, names).map(q => q.speaker), ['samer']);
  });
  it('leaves a verb without و at a paragraph start to its own clause (قال: «…»)', () => {
    const text = 'إلى ذلك، نادى الدكتور سامر الحلبي، عميد كلية الهندسة، بتطوير المناهج.\nقال مصدر: «المناهج قديمة».';
    assert.deepEqual(quotesOf(text, names).map(q => q.speaker), [null]);
  });
});

describe('quotes: "the statement" after a statement named without a speech verb', () => {
  it('speaks for the body the statement was issued by (وجاء في بيان لوزارة … وقال البيان)', () => {
    const names: Parameters<typeof fixture>[1] = [['وزارة النقل', 'transport', 'ORG'], ['سامر الحلبي', 'samer', 'PER']];
    const text = 'وزار سامر الحلبي الميناء أمس. وجاء في بيان لوزارة النقل أن الطريق أغلق. وقال البيان إن «الأعمال ستستمر».';
    assert.deepEqual(quotesOf(text, names).map(q => q.speaker), ['transport']);
  });
});
