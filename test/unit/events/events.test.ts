import { strict as assert } from 'node:assert';
import { lexicon } from '../../../src/core/lang/lexicon';
import { findQuotes } from '../../../src/core/recognize/quotes';
import { findDates } from '../../../src/core/recognize/dates';
import { extractEvents } from '../../../src/core/events/extract';
import { ploverOf, intentCode, refusalCode } from '../../../src/core/events/typing';
import type { EntityType } from '../../../src/core/types';
import { fixture } from './fixture';

type Names = Array<[string, string, EntityType, string?]>;

function eventsOf(text: string, names: Names, publicationDate?: string, kb: Record<string, string> = {}) {
  const f = fixture(text, names, kb);
  const quotes = findQuotes(f.ctx, f.entities, f.mentions);
  const dates = findDates(f.ctx, publicationDate);
  return { events: extractEvents(f.ctx, { entities: f.entities, mentions: f.mentions, quotes, dates }), quotes, dates };
}

const PUTIN: [string, string, EntityType, string] = ['بوتين', 'putin', 'PER', 'Vladimir Putin'];
const MACRON: [string, string, EntityType, string] = ['ماكرون', 'macron', 'PER', 'Emmanuel Macron'];

describe('events: triggers and types', () => {
  it('codes a dual verb as REQUEST with both coordinated subjects as actors', () => {
    const { events } = eventsOf('بوتين وماكرون يدعوان إلى وقف فوري لإطلاق النار', [PUTIN, MACRON]);
    assert.equal(events.length, 1);
    assert.equal(events[0].trigger.text, 'يدعوان');
    assert.equal(events[0].plover, 'REQUEST');
    assert.equal(events[0].cameo, '0256');
    assert.deepEqual(events[0].actors, ['putin', 'macron']);
  });
  it('skips a title and nisba between coordinated names (ونظيره الفرنسي)', () => {
    const text = 'الرئيس الروسي فلاديمير بوتين ونظيره الفرنسي إيمانويل ماكرون، يبحثان الأزمة.';
    const { events } = eventsOf(text, [['فلاديمير بوتين', 'putin', 'PER'], ['إيمانويل ماكرون', 'macron', 'PER']]);
    assert.equal(events[0].plover, 'CONSULT');
    assert.deepEqual(events[0].actors, ['putin', 'macron']);
  });
  it('does not take objects of a preposition as subjects (بين أذربيجان وأرمينيا)', () => {
    const text = 'بوتين وماكرون يدعوان إلى وقف القتال بين أذربيجان وأرمينيا، ويبحثان الخطوات.';
    const { events } = eventsOf(text, [PUTIN, MACRON, ['أذربيجان', 'az', 'LOC'], ['أرمينيا', 'am', 'LOC']]);
    assert.deepEqual(events.map(e => e.actors), [['putin', 'macron'], ['putin', 'macron']]);
    assert.deepEqual(events[0].targets, ['az', 'am']);
  });
  it('takes the subject after a verb (VSO) and a place after في', () => {
    const { events } = eventsOf('هاجم الجيش مواقع المسلحين في إدلب.', [['الجيش', 'army', 'ORG'], ['إدلب', 'idlib', 'LOC']]);
    assert.equal(events[0].plover, 'ASSAULT');
    assert.deepEqual(events[0].actors, ['army']);
    assert.equal(events[0].location, 'idlib');
  });
  it('codes reciprocal nouns with بين/مع partners (اتصال هاتفي، اشتباكات)', () => {
    const call = eventsOf('أجرى لافروف مكالمة هاتفية مع بيراموف.', [['لافروف', 'lavrov', 'PER'], ['بيراموف', 'bayramov', 'PER']]).events;
    assert.equal(call[0].cameo, '041');
    assert.deepEqual(call[0].actors, ['lavrov', 'bayramov']);
    const clash = eventsOf('تجددت الاشتباكات بين أرمينيا وأذربيجان.', [['أرمينيا', 'am', 'LOC'], ['أذربيجان', 'az', 'LOC']]).events;
    assert.equal(clash[0].plover, 'ASSAULT');
    assert.deepEqual(clash[0].actors, ['am', 'az']);
  });
  it('joins a light verb to its noun (تنفذ غارات) and keeps the reporter as source', () => {
    const text = 'أفادت وزارة الدفاع بأن طائرات تنفذ غارات شمال إقليم كاراباخ.';
    const { events } = eventsOf(text, [['وزارة الدفاع', 'mod', 'ORG'], ['كاراباخ', 'karabakh', 'LOC']]);
    assert.equal(events.length, 1);
    assert.equal(events[0].trigger.text, 'تنفذ غارات');
    assert.equal(events[0].plover, 'ASSAULT');
    assert.deepEqual(events[0].actors, []);
    assert.equal(events[0].source, 'mod');
    assert.equal(events[0].modality, 'reported');
    assert.equal(events[0].location, 'karabakh');
  });
  it('names no actor by a nisba (مسيرات تركية تنفذ غارات): a nationality describes the unnamed doer, even where the article names the country', () => {
    const text = 'قالت أرمينيا إن مسيرات تركية تنفذ غارات. وتنفي تركيا ذلك.';
    const names: Names = [['أرمينيا', 'am', 'LOC'], ['تركيا', 'tr', 'LOC']];
    assert.deepEqual(eventsOf(text, names, undefined, { tr: 'country/TR', am: 'country/AM' }).events[0].actors, []);
  });
  it('takes "his country" (بلاده) as the country his title names when the article names it, else as him', () => {
    const names: Names = [['جواو سيلفا', 'silva', 'PER'], ['سيلفا', 'silva', 'PER'], ['البرتغال', 'pt', 'LOC']];
    const kb = { pt: 'country/PT' };
    for (const w of lexicon<Record<string, string[]>>('ar', 'event-words').ownCountry) {
      const text = `زار وزير الزراعة البرتغالي جواو سيلفا المزارع أمس. وقال سيلفا إن ${w} ستقدم مساعدات للمزارعين. وتنتج البرتغال القمح.`;
      assert.deepEqual(eventsOf(text, names, undefined, kb).events.find(e => e.trigger.text.startsWith('تقدم'))?.actors, ['pt'], w);
    }
    const alone = 'زار وزير الزراعة البرتغالي جواو سيلفا المزارع أمس. وقال سيلفا إن بلاده ستقدم مساعدات للمزارعين.';
    assert.deepEqual(eventsOf(alone, names.slice(0, 2)).events.find(e => e.trigger.text.startsWith('تقدم'))?.actors, ['silva']);
  });
  it('turns an intent word and its act into CAMEO 03 with modality intended (يعتزم)', () => {
    const text = 'صرح ماكرون بأنه يعتزم إجراء محادثات هاتفية مع بوتين.';
    const { events } = eventsOf(text, [MACRON, PUTIN]);
    assert.equal(events.length, 1);
    assert.equal(events[0].trigger.text, 'يعتزم');
    assert.equal(events[0].cameo, '036');
    assert.equal(events[0].modality, 'intended');
    assert.deepEqual(events[0].actors, ['macron']);
    assert.deepEqual(events[0].targets, ['putin']);
  });
  it('turns an intent to use force into a threat (13) spanning the intent word and the act', () => {
    const text = 'قال القائد إن قواته تستعد لاقتحام المدينة خلال أيام.';
    const { events } = eventsOf(text, [['القائد', 'commander', 'PER']]);
    assert.equal(events.length, 1);
    assert.equal(events[0].trigger.text, 'تستعد لاقتحام');
    assert.equal(events[0].cameo, '138');
    assert.equal(events[0].plover, 'THREATEN');
    assert.equal(eventsOf('أعلن الجيش أنه يعتزم مهاجمة مواقع المتمردين.', []).events[0].trigger.text, 'يعتزم مهاجمة');
  });
  it('turns "not ready for negotiations" into REJECT (غير مستعدة لمفاوضات)', () => {
    const text = 'صرح باشينيان أن بلاده غير مستعدة لمفاوضات سلام مع باكو.';
    const { events } = eventsOf(text, [['باشينيان', 'pashinyan', 'PER'], ['باكو', 'baku', 'LOC']]);
    assert.equal(events.length, 1);
    assert.equal(events[0].trigger.text, 'غير مستعدة');
    assert.equal(events[0].plover, 'REJECT');
    assert.equal(events[0].cameo, '125');
    assert.deepEqual(events[0].actors, ['pashinyan']);
  });
  it('marks a negated conflictual act as negated without changing its type', () => {
    const { events } = eventsOf('لم يهاجم الجيش المدينة.', [['الجيش', 'army', 'ORG']]);
    assert.equal(events[0].plover, 'ASSAULT');
    assert.equal(events[0].modality, 'negated');
  });
  it('gives a first-person act inside a quote to the speaker (نعرض وساطة)', () => {
    const text = 'وقال لافروف "نعرض وساطة روسيا في الأزمة".';
    const { events, quotes } = eventsOf(text, [['لافروف', 'lavrov', 'PER'], ['روسيا', 'russia', 'LOC']]);
    assert.equal(events[0].trigger.text, 'نعرض وساطة');
    assert.equal(events[0].cameo, '039');
    assert.deepEqual(events[0].actors, ['lavrov']);
    assert.equal(events[0].quote, quotes[0].id);
  });
  it('codes an evaluative adjective only inside a quotation', () => {
    const quoted = eventsOf('معتبراً أن تصريحات أنقرة "خطيرة" وقال ماكرون ذلك.', [MACRON, ['أنقرة', 'ankara', 'LOC']]).events;
    assert.equal(quoted.length, 1);
    assert.equal(quoted[0].plover, 'ACCUSE');
    const plain = eventsOf('الوضع في المنطقة خطير.', []).events;
    assert.equal(plain.length, 0);
  });
  it('merges a coordinated same-type noun (حالة الحرب … وحظر التجول) and drops purpose nouns', () => {
    const text = 'أقر علييف حالة الحرب في المدن وحظر التجول للمساعدة في ضبط الأمن.';
    const { events } = eventsOf(text, [['علييف', 'aliyev', 'PER']]);
    assert.deepEqual(events.map(e => e.trigger.text), ['حالة الحرب']);
    assert.equal(events[0].plover, 'COERCE');
    assert.deepEqual(events[0].actors, ['aliyev']);
  });
  it('does not read "بحثا عن" (in search of) or تعرض (was exposed) as events', () => {
    assert.equal(eventsOf('نزح الآلاف بحثا عن الأمان.', []).events.length, 0);
    assert.equal(eventsOf('تعرض اللاعب لإصابة في التدريب.', []).events.length, 0);
  });
  it('needs an object for عرض: an offer of mediation, not a play being staged', () => {
    assert.equal(eventsOf('عرضت مصر وساطتها بين الطرفين.', [['مصر', 'eg', 'LOC']]).events[0].cameo, '039');
    assert.equal(eventsOf('عرضت المسرحية في القاهرة.', []).events.length, 0);
  });
  it('reads تبادل لإطلاق النار as an exchange of fire between both sides', () => {
    const { events } = eventsOf('أصيب ثلاثة خلال تبادل لإطلاق النار بين الشرطة والمسلحين.', [['الشرطة', 'police', 'ORG'], ['المسلحين', 'gunmen', 'PER']]);
    assert.equal(events[0].plover, 'ASSAULT');
    assert.deepEqual(events[0].actors, ['police', 'gunmen']);
  });
  it('links the time to the date in the sentence and resolves it', () => {
    const { events, dates } = eventsOf('ذكر الكرملين، أمس الأربعاء، أن بوتين وماكرون دعوا إلى التهدئة.', [PUTIN, MACRON, ['الكرملين', 'kremlin', 'ORG', 'Kremlin']], '2020-10-01');
    assert.equal(events[0].time, dates[0].id);
    assert.equal(events[0].source, 'kremlin');
    assert.match(events[0].summary, /^Vladimir Putin and Emmanuel Macron called for a ceasefire \(2020-09-30\), according to Kremlin$/);
  });
  it('links headline and lead events to the body event they restate', () => {
    const text = 'بوتين وماكرون يدعوان إلى التهدئة\nبوتين وماكرون يدعوان إلى التهدئة في الإقليم.\nوقال الكرملين إن بوتين وماكرون دعوا إلى التهدئة.';
    const { events } = eventsOf(text, [PUTIN, MACRON]);
    assert.equal(events.length, 3);
    assert.equal(events[0].restates, events[2].id);
    assert.equal(events[1].restates, events[2].id);
    assert.equal(events[2].restates, null);
  });
});

describe('events: typing and lexicon rules', () => {
  it('maps CAMEO roots and leaves to PLOVER', () => {
    assert.equal(ploverOf('0256'), 'REQUEST');
    assert.equal(ploverOf('100'), 'REQUEST');
    assert.equal(ploverOf('036'), 'CONSULT');
    assert.equal(ploverOf('0874'), 'RETREAT');
    assert.equal(ploverOf('0841'), 'CONCEDE');
    assert.equal(ploverOf('111'), 'ACCUSE');
    assert.equal(ploverOf('141'), 'PROTEST');
    assert.equal(ploverOf('154'), 'MOBILIZE');
    assert.equal(ploverOf('163'), 'SANCTION');
    assert.equal(ploverOf('1724'), 'COERCE');
    assert.equal(ploverOf('195'), 'ASSAULT');
    assert.equal(ploverOf('010'), undefined);
    assert.equal(ploverOf('015'), 'STATEMENT');
    assert.equal(ploverOf('016'), 'STATEMENT');
  });
  it('codes a warning (حذر، محذرا) as disapproval (11)', () => {
    const names: Names = [['نادر سليم', 'nader', 'PER'], ['البلدية', 'town', 'ORG']];
    const typed = (text: string) => eventsOf(text, names).events.map(e => `${e.cameo} ${e.trigger.text}`);
    assert.deepEqual(typed('وحذر نادر سليم البلدية من إهمال الجسور القديمة'), ['111 حذر']);
    assert.deepEqual(typed('وانتقد نادر سليم البلدية، محذرا من انهيار الجسر'), ['111 انتقد', '111 محذرا']);
  });
  it('makes claims of responsibility and denials STATEMENT events, adopting a policy and plain reporting none', () => {
    const band: [string, string, EntityType] = ['جماعة الرايات', 'rayat', 'ORG'];
    const typed = (text: string) => eventsOf(text, [band]).events.map(e => `${e.cameo} ${e.plover} ${e.trigger.text} ${e.actors.join(',')}`);
    assert.deepEqual(typed('وتبنت جماعة الرايات الهجوم على المعسكر'), ['015 STATEMENT تبنت rayat']);
    assert.deepEqual(typed('وأعلنت جماعة الرايات مسؤوليتها عن الحريق'), ['015 STATEMENT أعلنت rayat']);
    assert.deepEqual(typed('ونفت جماعة الرايات أي صلة لها بالحريق'), ['016 STATEMENT نفت rayat']);
    assert.deepEqual(typed('وتبنت جماعة الرايات برنامجا جديدا للتعليم'), []);
    assert.deepEqual(typed('وقالت جماعة الرايات إن الحريق كبير'), []);
  });
  it('rewrites intent and refusal of cooperative acts', () => {
    assert.equal(intentCode('041'), '036');
    assert.equal(intentCode('070'), '033');
    assert.equal(refusalCode('046'), '125');
    assert.equal(refusalCode('039'), '126');
  });
});

describe('events, quotes and dates: bad input', () => {
  it('handles empty text, lone marks and a long run-on line', function () {
    // A hang guard: quadratic work on this line would take minutes. Its time is in `npm run bench`.
    this.timeout(300_000);
    assert.deepEqual(eventsOf('', []).events, []);
    assert.equal(eventsOf('«««»»» """ ″', []).quotes.every(q => q.text.length >= 0), true);
    const line = 'هاجم مسلحون قرية و"قال أمس الأربعاء إن قوات تظاهرت، '.repeat(20000);
    // About 1.1 MB with 100 000 triggers and 20 000 marks.
    const { events, quotes, dates } = eventsOf(line + '«'.repeat(20000), [['قوات', 'forces', 'ORG']]);
    assert.ok(events.length >= 20000 && dates.length === 20000 && quotes.length > 0);
    for (const q of quotes.slice(0, 50)) assert.equal(line.slice(q.start, q.end), q.text);
  });
});
