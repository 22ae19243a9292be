// Event actors that stand away from the trigger (roles.ts, arguments.ts), on sentences written for these tests.
import { strict as assert } from 'node:assert';
import { findQuotes } from '../../../src/core/recognize/quotes';
import { findDates } from '../../../src/core/recognize/dates';
import { extractEvents } from '../../../src/core/events/extract';
import { eventsOf, fixture, type Names } from './fixture';
import { lexicon } from '../../../src/core/lang/lexicon';

const eventWordsOf = (wordClass: string): string[] => lexicon<Record<string, string[]>>('ar', 'event-words')[wordClass];

const actorsOf = (text: string, names: Names, trigger: string): string[] | undefined => eventsOf(text, names).find(e => e.trigger.text.includes(trigger))?.actors;

describe('events: actors away from the trigger', () => {
  it('takes the name after سبق لـ as the subject of the act in its أن clause, never the name after the verb', () => {
    const names: Names = [['طوكيو', 'tokyo', 'LOC'], ['عمّان', 'amman', 'LOC'], ['سمير حداد', 'samir', 'PER'], ['دمشق', 'damascus', 'LOC']];
    for (const prior of eventWordsOf('priorVerbs')) {
      assert.deepEqual(actorsOf(`وتضاف المعونة إلى مبلغ ${prior} لطوكيو وأن وعدت به عمّان`, names, 'وعدت'), ['tokyo'], prior);
      assert.deepEqual(actorsOf(`وكان قد ${prior} للوزير سمير حداد أن زار دمشق`, names, 'زار'), ['samir'], prior);
    }
  });
  it('takes the name a support verb\'s subject is in construct with, or the next coordinated part\'s (قوات فلان، المليشيات المسلحة وقوات المخلوع فلان)', () => {
    const names: Names = [['سمير حداد', 'samir', 'PER']];
    assert.deepEqual(actorsOf('قلل المتحدث من حجم المناوشات التي تقوم بها قوات الرئيس سمير حداد على الحدود', names, 'المناوشات'), ['samir']);
    assert.deepEqual(actorsOf('قلل المتحدث من حجم المناوشات التي تقوم بها المليشيات المسلحة وقوات المخلوع سمير حداد على الحدود', names, 'المناوشات'), ['samir']);
  });
  it('takes the support verb\'s subject for a noun whose genitive is the place it went to (أعلنت X تسليم المدينة)', () => {
    const names: Names = [['الحكومة اليابانية', 'japan', 'ORG'], ['عمان', 'amman', 'LOC']];
    assert.deepEqual(actorsOf('وأعلنت الحكومة اليابانية أمس تسليم عمان أربع طائرات نقل', names, 'تسليم'), ['japan']);
  });
  for (const [own, sentence] of [
    ['قواته', 'وأعلن الحلف الشمالي في بيان أن قواته "قصفت مخازن للسلاح" قرب الحدود'],
    ['جيشه', 'وأعلن الحلف الشمالي في بيان أن جيشه قصف مخازن للسلاح قرب الحدود'],
    ['قواتها', 'وأعلنت الجبهة الشعبية أن قواتها قصفت مخازن للسلاح قرب الحدود'],
    ['جيشها', 'وأعلنت الجبهة الشعبية أن جيشها قصف مخازن للسلاح قرب الحدود'],
  ]) {
    it(`takes the reporter for the speaker's own forces (أن ${own} …)`, () => {
      const names: Names = [['الحلف الشمالي', 'alliance', 'ORG'], ['الجبهة الشعبية', 'front', 'ORG']];
      assert.deepEqual(actorsOf(sentence, names, 'قصف'), [sentence.includes('الحلف') ? 'alliance' : 'front']);
    });
  }
});

describe('events: a subject after a short prepositional phrase (VSO)', () => {
  const kofi: Names = [['كوفي منساه', 'kofi', 'PER'], ['جان لوران', 'jean', 'PER'], ['الجيش الغاني', 'army', 'ORG'], ['سامر خليل', 'samer', 'PER']];
  for (const [preposition, sentence, trigger, actor] of [
    ['في', 'وشارك في الاجتماع الرئيس الغاني كوفي منساه', 'شارك', 'kofi'],
    ['على', 'واعترض على القرار الرئيس الغاني كوفي منساه', 'اعترض', 'kofi'],
    ['عن', 'وتراجع عن الاتفاق الرئيس الغاني كوفي منساه', 'تراجع', 'kofi'],
    ['مع', 'وتعاون مع الشرطة الجيش الغاني في ملاحقة المهربين', 'تعاون', 'army'],
  ]) {
    it(`skips ${preposition} + a definite noun to the name after it`, () => {
      assert.deepEqual(actorsOf(sentence, kofi, trigger), [actor]);
    });
  }
  for (const adverb of ['خصوصا', 'خاصة', 'أيضا', 'كذلك', 'بدوره', 'بدورها']) {
    it(`skips the adverb ${adverb} after the phrase`, () => {
      assert.deepEqual(actorsOf(`وشارك في الاجتماع ${adverb} وزير الخارجية الفرنسي جان لوران`, kofi, 'شارك'), ['jean']);
    });
  }
  it('leaves a violent verb alone: the name there is as often its passive\'s victim (قتل في الهجوم الجندي فلان)', () => {
    assert.deepEqual(actorsOf('وقتل في الهجوم الجندي سامر خليل', kofi, 'قتل'), []);
  });
  it('does not skip a phrase whose noun is his own (انتقد في كلمته الرئيس فلانا: the speaker is the subject, the name the object)', () => {
    assert.deepEqual(actorsOf('وانتقد في كلمته الرئيس الغاني كوفي منساه', kofi, 'انتقد'), []);
  });
});

describe('events: a noun as a circumstance of its clause', () => {
  const names: Names = [['سامر خليل', 'samer', 'PER'], ['عمان', 'amman', 'LOC'], ['الشرطة الغانية', 'police', 'ORG']];
  it('gives the clause\'s subject a visit after بعد whose genitive is the place visited', () => {
    assert.deepEqual(actorsOf('ووصل الوزير سامر خليل إلى العاصمة بعد زيارة عمان', names, 'زيارة'), ['samer']);
  });
  it('gives the clause\'s subject a tour after خلال', () => {
    assert.deepEqual(actorsOf('وأكد سامر خليل خلال جولة في المنطقة دعم بلاده للمبادرة', names, 'جولة'), ['samer']);
  });
  it('leaves an attack after في alone: the subject is who reports it, not who did it', () => {
    assert.deepEqual(actorsOf('وأعلنت الشرطة الغانية مقتل ثلاثة أشخاص في هجوم على سوق المدينة', names, 'هجوم'), []);
  });
  it('leaves the object noun of another verb alone (انتقد فلان زيارة عمان: the critic is not the visitor)', () => {
    assert.deepEqual(actorsOf('وانتقد سامر خليل زيارة عمان', names, 'زيارة'), []);
  });
});

describe('events: a bare kind noun in the genitive names the body again', () => {
  const names: Names = [['مجلس الشيوخ الكيني', 'senate', 'ORG'], ['حركة النهضة الوطنية', 'movement', 'ORG'], ['سامر خليل', 'samer', 'PER']];
  it('gives a meeting of the council to the council named before (اجتماع المجلس)', () => {
    const text = 'وصوت مجلس الشيوخ الكيني على القانون. وقال سامر خليل في افتتاح اجتماع المجلس إن الموازنة ستقر قريبا';
    assert.deepEqual(actorsOf(text, names, 'اجتماع'), ['senate']);
  });
  it('leaves a noun that takes its patient there alone (إدانة الحركة: the movement is condemned, not condemning)', () => {
    const text = 'ونظمت حركة النهضة الوطنية تظاهرة كبيرة. وجاءت إدانة الحركة في بيان للبرلمان';
    assert.deepEqual(actorsOf(text, names, 'إدانة'), []);
  });
});

describe('events: a second description joined by و has the first one\'s head', () => {
  const names: Names = [['كينيا', 'kenya', 'LOC'], ['أوغندا', 'uganda', 'LOC']];
  it('skips the name governed inside the first description (أوغندا الشريكة لكينيا والتي رفضت)', () => {
    assert.deepEqual(actorsOf('وزار الوفد أوغندا الشريكة التجارية لكينيا والتي رفضت المقترح الأخير', names, 'رفضت'), ['uganda']);
  });
  it('reaches a head a preposition governs itself (بأوغندا الداعمة لكينيا والتي انتقدت)', () => {
    assert.deepEqual(actorsOf('وأشاد الرئيس بأوغندا الداعمة لكينيا والتي انتقدت الحصار', names, 'انتقدت'), ['uganda']);
  });
  it('keeps the nearest name when no و joins the descriptions (لكينيا التي رفضت)', () => {
    assert.deepEqual(actorsOf('وزار الوفد أوغندا الشريكة التجارية لكينيا التي رفضت المقترح الأخير', names, 'رفضت'), ['kenya']);
  });
});

describe('events: a phase of a noun as a circumstance (في ختام زيارة …)', () => {
  const names: Names = [['جان لوران', 'jean', 'PER'], ['الرباط', 'rabat', 'LOC']];
  for (const phase of ['ختام', 'افتتاح', 'بداية', 'نهاية', 'مستهل', 'مطلع']) {
    it(`gives the clause's subject the noun after في ${phase}`, () => {
      assert.deepEqual(actorsOf(`وقال جان لوران في ${phase} زيارة الرباط ان البلدين شريكان`, names, 'زيارة'), ['jean']);
    });
  }
  it('takes a title right after the verb for the person it named before (وتابع الوزير الفرنسي في ختام …)', () => {
    const text = 'وصل وزير الخارجية الفرنسي جان لوران إلى المغرب. وتابع الوزير الفرنسي في ختام زيارة الرباط ان البلدين شريكان';
    assert.deepEqual(actorsOf(text, names, 'زيارة'), ['jean']);
  });
  it('reads a quoted occasion name in its clause (في ختام "الحوار الاستراتيجي")', () => {
    const text = 'وصل وزير الخارجية الفرنسي جان لوران إلى المغرب. وتابع الوزير الفرنسي في ختام "الحوار الاستراتيجي" الفرنسي المغربي ان البلدين شريكان';
    assert.deepEqual(actorsOf(text, names, 'الحوار'), ['jean']);
  });
});

describe('events: a title with a pronoun after the verb stands for the one the article titles so', () => {
  const kb = { ghana: 'country/GH', togo: 'country/TG' };
  const names: Names = [['غانا', 'ghana', 'LOC'], ['توغو', 'togo', 'LOC'], ['كوفي منساه', 'kofi', 'PER'], ['فرنسا', 'france', 'LOC'], ['ايلي دوسو', 'eli', 'PER']];
  function actors(text: string, trigger: string): string[] | undefined {
    const f = fixture(text, names, kb);
    const events = extractEvents(f.ctx, { entities: f.entities, mentions: f.mentions, quotes: findQuotes(f.ctx, f.entities, f.mentions), dates: findDates(f.ctx) });
    return events.find(e => e.trigger.text.includes(trigger))?.actors;
  }
  it('takes the president the article names for the country before (غانا التي انتقد رئيسها)', () => {
    const text = 'وتوترت العلاقات مع غانا التي انتقد رئيسها فرنسا بشدة. وكان الرئيس الغاني كوفي منساه قد زار باريس العام الماضي';
    assert.deepEqual(actors(text, 'انتقد'), ['kofi']);
  });
  it('does not take the president of another country (الرئيس التوغولي)', () => {
    const text = 'وتوترت العلاقات مع غانا التي انتقد رئيسها فرنسا بشدة. وكان الرئيس التوغولي ايلي دوسو قد زار باريس العام الماضي';
    assert.ok(!(actors(text, 'انتقد') ?? []).includes('eli'));
  });
});

describe('events: a sentence opening with وهو / لكنه goes on about the man last named', () => {
  const names: Names = [['سامر خليل', 'samer', 'PER'], ['عمان', 'amman', 'LOC']];
  for (const opener of ['وهو', 'فهو']) {
    it(`gives ${opener} … اجتماع to the man named in the sentence before`, () => {
      assert.deepEqual(actorsOf(`وصل الوزير سامر خليل إلى عمان أمس. ${opener} ضيف اجتماع إقليمي يعقد هناك`, names, 'اجتماع'), ['samer']);
    });
  }
  for (const opener of ['لكنه', 'ولكنه']) {
    it(`gives ${opener} تطرق إلى ضرورة … to the man named in the sentence before`, () => {
      assert.deepEqual(actorsOf(`وقال سامر خليل إن المحادثات صعبة. ${opener} تطرق أمام الصحافيين إلى ضرورة التهدئة`, names, 'ضرورة'), ['samer']);
    });
  }
  it('leaves وهو ما in mid-sentence alone: it stands for a thing, not for the man', () => {
    const text = 'وقال سامر خليل إن التعاون تضاعف، وهو ما يشير إليه تسليم طائرات جديدة';
    assert.deepEqual(actorsOf(text, names, 'تسليم'), []);
  });
});

describe('events: "the latter" (الأخير) after من / من قبل is the name last mentioned', () => {
  const names: Names = [['سامر خليل', 'samer', 'PER'], ['كوفي منساه', 'kofi', 'PER'], ['الجبهة الشعبية', 'front', 'ORG'], ['الحكومة الغانية', 'ghana', 'ORG']];
  it('gives a promise from الأخير to the man named last', () => {
    const text = 'والتقى سامر خليل الرئيس الغاني كوفي منساه، وتلقى وعدا من الأخير بدعم الخطة';
    assert.deepEqual(actorsOf(text, names, 'وعدا'), ['kofi']);
  });
  it('gives an attack من قبل الأخيرة to the body named last, in the sentence before', () => {
    const text = 'واتهمت الحكومة الغانية الجبهة الشعبية بالتحضير للعنف. وتم صد هجوم من قبل الأخيرة على ثكنة للجيش';
    assert.deepEqual(actorsOf(text, names, 'هجوم'), ['front']);
  });
});

describe('events: من قبل + the men of a named one', () => {
  const names: Names = [['كوفي منساه', 'kofi', 'PER'], ['كوماسي', 'kumasi', 'LOC']];
  it('gives the attack to the one whose army it was (من قبل أنصار المتمرد فلان)', () => {
    assert.deepEqual(actorsOf('وجاء الهجوم من قبل أنصار المتمرد كوفي منساه بعد أسابيع من التوتر', names, 'هجوم'), ['kofi']);
  });
  it('never gives it to a place two words on (من قبل مسلحين في كوماسي)', () => {
    assert.deepEqual(actorsOf('ووقع الهجوم من قبل مسلحين في كوماسي فجر اليوم', names, 'هجوم'), []);
  });
});
