// A plural act done by a body's men or by a name with its own people (عناصر التنظيم أطلقوا، فلان وحلفاؤه
// رفضوا), verb phrases that open with their verb (أطلقوا الصواريخ), and arrests named by توقيف or القبض
// with a pronoun; places that act only as states. Sentences written for these tests around invented names.
import { strict as assert } from 'node:assert';
import { lexicon } from '../../../src/core/lang/lexicon';
import { findQuotes } from '../../../src/core/recognize/quotes';
import { findDates } from '../../../src/core/recognize/dates';
import { extractEvents } from '../../../src/core/events/extract';
import { eventsOf, fixture, type Names } from './fixture';

const actorsOf = (text: string, names: Names, trigger: string): string[] | undefined => eventsOf(text, names).find(e => e.trigger.text.includes(trigger))?.actors;
const list = (cls: string): string[] => lexicon<Record<string, string[]>>('ar', 'event-words')[cls];

const names: Names = [['جبهة الكوبالت', 'front', 'ORG'], ['فالدوريا', 'valdoria', 'LOC'], ['سمير حداد', 'samir', 'PER'], ['برانتس', 'brants', 'LOC'], ['زيراكس', 'zirax', 'ORG']];

describe('events: a body\'s men in construct before its name act for it (memberConstructs)', () => {
  it('takes the body for its men before a plural verb, the kind noun between allowed', () => {
    for (const men of list('memberConstructs')) {
      assert.deepEqual(actorsOf(`وقال الشاهد إن ${men} جبهة الكوبالت هاجموا القرية فجرا`, names, 'هاجموا'), ['front'], men);
    }
    assert.deepEqual(actorsOf('وقال الشاهد إن عناصر حركة جبهة الكوبالت هاجموا القرية فجرا', names, 'هاجموا'), ['front']);
  });
  it('takes the body after a singular verb (وأحرق مسلحو X)', () => {
    assert.deepEqual(actorsOf('وأحرق مسلحو جبهة الكوبالت مخازن الحبوب في القرية', names, 'أحرق'), ['front']);
  });
  it('leaves the men after a plural verb its object: the subject stood before it', () => {
    assert.deepEqual(actorsOf('وقال الشاهد إنهم هاجموا مسلحي جبهة الكوبالت قرب الجسر', names, 'هاجموا'), []);
  });
});

describe('events: a name joined to its own people before a plural verb leads them', () => {
  it('takes the name before و + a noun with a possessive ending (وحلفاؤها، وفريقه القانوني قد)', () => {
    assert.deepEqual(actorsOf('وقال المتحدث إن زيراكس وحلفاءها قصفوا مواقع المتمردين', names, 'قصفوا'), ['zirax']);
    assert.deepEqual(actorsOf('وكان سمير حداد ومحاموه الجدد قد رفضوا الحكم', names, 'رفضوا'), ['samir']);
  });
  it('takes no name joined by و to a noun without a pronoun (والقرية)', () => {
    assert.deepEqual(actorsOf('وقال المتحدث إن زيراكس والقرية قصفوا مواقع المتمردين', names, 'قصفوا'), []);
  });
});

describe('events: a verb phrase is searched for its subject as its verb is', () => {
  it('takes the subject inside the phrase or before its plural verb', () => {
    assert.deepEqual(actorsOf('وأطلق مقاتلو زيراكس الصواريخ على مدينة برانتس', names, 'أطلق'), ['zirax']);
    assert.deepEqual(actorsOf('وقال الشاهد إن عناصر جبهة الكوبالت أطلقوا الصواريخ على مدينة برانتس', names, 'أطلقوا'), ['front']);
  });
  it('takes no earlier subject when the phrase holds its own unnamed subject (وأطلقت الشرطة النار على …)', () => {
    assert.deepEqual(actorsOf('هاجمت جبهة الكوبالت مدينة برانتس. وأطلقت الشرطة النار على المهاجمين', names, 'أطلقت'), []);
  });
});

describe('events: arrests named by توقيف or by القبض with a pronoun', () => {
  it('finds them', () => {
    assert.deepEqual(eventsOf('وأعلنت جبهة الكوبالت توقيف ثلاثة رجال في مدينة برانتس', names).map(e => [e.trigger.text, e.cameo, e.actors]), [['توقيف', '173', ['front']]]);
    for (const pronoun of ['عليه', 'عليها', 'عليهم', 'عليهما']) {
      assert.deepEqual(eventsOf(`وقالت جبهة الكوبالت إنه تم القبض ${pronoun} في مدينة برانتس`, names).map(e => e.cameo), ['173'], pronoun);
    }
  });
});

describe('events: only a state acts as a place', () => {
  const placeActors = (text: string, names: Names, kb: Record<string, string>): string[] => {
    const f = fixture(text, names, kb);
    const quotes = findQuotes(f.ctx, f.entities, f.mentions);
    return extractEvents(f.ctx, { entities: f.entities, mentions: f.mentions, quotes, dates: findDates(f.ctx) })[0]?.actors ?? [];
  };
  it('keeps a country and a capital standing for its government', () => {
    assert.deepEqual(placeActors('وطالبت أنقرة بوقف الغارات على القرى الحدودية', [['أنقرة', 'ankara', 'LOC']], { ankara: 'city/ankara' }), ['ankara']);
    assert.deepEqual(placeActors('وطالبت تركيا بوقف الغارات على القرى الحدودية', [['تركيا', 'turkey', 'LOC']], { turkey: 'country/TR' }), ['turkey']);
  });
  it('drops a town, a province or a place the knowledge base does not know', () => {
    assert.deepEqual(placeActors('وطالبت الطائف بوقف الغارات على القرى الحدودية', [['الطائف', 'taif', 'LOC']], { taif: 'city/taif' }), []);
    assert.deepEqual(placeActors('وطالبت غرانتوف بوقف الغارات على القرى الحدودية', [['غرانتوف', 'v', 'LOC']], {}), []);
  });
});

describe('events: cooperation or a threat named by a noun with no one doing it nor anyone it goes to is no event', () => {
  const triggers = (text: string, names: Names): string[] => eventsOf(text, names).map(e => e.trigger.text);
  it('drops cooperation and threats in general', () => {
    assert.deepEqual(triggers('وتحدث الكاتب عن أهمية التعاون في مواجهة الأزمات الاقتصادية.', []), []);
    assert.deepEqual(triggers('وتتزايد التهديدات الإلكترونية على المصارف في العالم.', []), []);
  });
  it('keeps them with a doer or with whom they are aimed at', () => {
    assert.deepEqual(triggers('وأعلنت جبهة الكوبالت تعزيز التعاون العسكري مع زيراكس.', names), ['التعاون']);
    assert.deepEqual(triggers('ونددت جبهة الكوبالت بتهديدات زيراكس للقرى الحدودية.', names), ['نددت', 'تهديدات']);
    assert.ok(triggers('وفتحت الشرطة تحقيقا في تهديدات نشرت على الإنترنت ضد سمير حداد.', names).includes('تهديدات'));
  });
});

describe('events: quote marks around a name leave it in its clause', () => {
  const quoted: Names = [['الغد', 'ghad', 'ORG'], ['زيراكس', 'zirax', 'ORG'], ['سمير حداد', 'samir', 'PER']];
  it('reads the quoted name after a verb or in construct with a noun as it reads a bare one', () => {
    assert.deepEqual(actorsOf('وانتقدت صحيفة «الغد» الوزير سمير حداد', quoted, 'انتقدت'), ['ghad']);
    assert.deepEqual(actorsOf('وتحدث الضابط عن هجوم «زيراكس» على القرية', quoted, 'هجوم'), ['zirax']);
    assert.deepEqual(actorsOf('وتحدث الضابط عن هجوم "زيراكس" على القرية', quoted, 'هجوم'), ['zirax']);
  });
  it('keeps the marks a break when they hold more than the name (a quotation)', () => {
    assert.deepEqual(actorsOf('وقال الضابط إن الهجوم «زيراكس هي من نفذته» على حد قوله', quoted, 'الهجوم'), []);
  });
});

describe('events: an act with ل glued on is the purpose of its clause, done by the clause\'s subject', () => {
  it('takes the clause\'s subject for an arrest, sanctions or an attack it is for', () => {
    assert.deepEqual(actorsOf('واستخدمت زيراكس القوة المفرطة لاعتقال المتظاهرين', names, 'اعتقال'), ['zirax']);
    assert.deepEqual(actorsOf('وقدم سمير حداد مشروع قانون لفرض عقوبات على الشركة', names, 'فرض عقوبات'), ['samir']);
    assert.deepEqual(actorsOf('وقال الضابط إن "زيراكس أرسلت المدرعات لاقتحام القرية"', names, 'اقتحام'), ['zirax']);
  });
  it('takes no clause subject for the same act without ل (أعلنت الشرطة اعتقال …: reported, not done)', () => {
    assert.deepEqual(actorsOf('وتحدث سمير حداد عن اعتقال المتظاهرين في القرية', names, 'اعتقال'), []);
  });
});

describe('events: a call\'s complement phrase past a long name is the call\'s content, not a second call', () => {
  it('keeps one event for دعا فلان بن فلان … إلى ضرورة …', () => {
    const long: Names = [['محمد بن سمير بن حداد بن علي', 'm', 'PER']];
    assert.deepEqual(eventsOf('ودعا الأمير محمد بن سمير بن حداد بن علي إلى ضرورة تكثيف الاستعدادات', long).map(e => [e.trigger.text, e.actors]), [['دعا', ['m']]]);
  });
});
