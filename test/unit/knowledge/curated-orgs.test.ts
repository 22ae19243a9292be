import { strict as assert } from 'node:assert';
import { annotate } from '../../../src/core/annotate';
import { getGazetteer } from '../../../src/core/knowledge/gazetteer';
import { getKnowledgeBase } from '../../../src/core/knowledge/kb';
import { tokenize } from '../../../src/core/text/tokens';
import { matchKey } from '../../../src/core/text/normalize';
import { surfaceForms } from '../../../scripts/kb/petrarch-orgs';

// Sentences written for these tests.
function matches(text: string): Array<{ text: string; id?: string; type: string }> {
  return getGazetteer().match({ text, tokens: tokenize(text) }).map(m => ({ text: text.slice(m.start, m.end), id: m.id, type: m.type }));
}

const orgIds = (text: string) => matches(text).filter(m => m.type === 'ORG').map(m => m.id);

describe('knowledge/curated organisations', () => {
  const kb = getKnowledgeBase();

  it('a kind noun before a one-word name the table also lists alone is a classifier, outside the match; a longer name keeps its kind', () => {
    const found = matches('وقالت منظمة الإنتربول إن حزب الليكود ومنظمة العفو الدولية تلقوا الطلب.').filter(m => m.type === 'ORG');
    assert.deepEqual(found.map(m => [m.text, m.id]), [['الإنتربول', 'org/interpol'], ['الليكود', 'org/likud'], ['منظمة العفو الدولية', 'org/amnesty']]);
  });

  it('names the Popular Resistance and the Muslim World League, bodies news names every day, after a proclitic too', () => {
    assert.deepEqual(orgIds('وتقدمت المقاومة الشعبية نحو المطار بينما رحبت رابطة العالم الإسلامي بالهدنة.'), ['org/yemeni-popular-resistance', 'org/muslim-world-league']);
    const text = 'قال قائد في المقاومة الشعبية إن القوات والمقاومة الشعبية تقدمت.';
    assert.deepEqual(annotate(text).mentions.filter(m => m.type === 'ORG').map(m => text.slice(m.start, m.end)), ['المقاومة الشعبية', 'المقاومة الشعبية']);
  });

  it('a council and the body it belongs to are two names, as مجموعة … التابعة لمنظمة … is in the gold', () => {
    const found = matches('ناقش مجلس الأمن التابع للأمم المتحدة الطلب أمس.').filter(m => m.type === 'ORG');
    assert.deepEqual(found.map(m => m.text), ['مجلس الأمن', 'لأمم المتحدة']);
    assert.equal(found[0].id, 'org/un-security-council');
  });

  it('legislative chambers named without their country; one country chamber by its longer name', () => {
    assert.deepEqual(orgIds('أقر مجلس الشورى التعديل، وأحاله مجلس النواب إلى اللجنة بعد أن صوت مجلس الأمة ومجلس الشعب.'),
      ['org/shura-council', 'org/house-of-representatives', 'org/national-assembly', 'org/peoples-assembly']);
    assert.deepEqual(orgIds('صوت مجلس الشيوخ الأميركي على القرار.'), ['org/us-senate']);
  });

  it('Human Rights Watch in the spellings the Saudi press uses', () => {
    assert.deepEqual(orgIds('وطالبت منظمة هيومان رايتس ووتش بفتح تحقيق، كما دعت هيومن رايتس واتش إلى الإفراج عنهم.'), ['org/hrw', 'org/hrw']);
  });

  it('news agencies: linked with their English names, after a preposition too', () => {
    assert.deepEqual(orgIds('ونقلت وكالة شينخوا عن مسؤول أن المحادثات انتهت.'), ['org/xinhua']);
    assert.deepEqual(orgIds('قال مصدر لوكالة الأنباء الكويتية إن الاجتماع تأجل.'), ['org/kuna']);
    assert.equal(kb.byId('org/kuna')?.en, 'Kuwait News Agency (KUNA)');
    assert.deepEqual(orgIds('ونقلت أسوشيتدبرس عن شهود أن الطريق أغلق.'), ['org/ap']);
  });

  it('newspapers named with ordinary words match only after their kind word', () => {
    assert.deepEqual(orgIds('ذكرت صحيفة الحياة في عددها الصادر أمس أن الوزير استقال.'), ['org/al-hayat']);
    // الحياة alone is "life", الرياض the city: no newspaper there.
    assert.deepEqual(orgIds('عادت الحياة إلى طبيعتها في الرياض بعد العاصفة.'), []);
  });

  it('broadcasters, including names with a number', () => {
    assert.deepEqual(orgIds('وقال المتحدث في مقابلة مع فرانس 24 إن الهدنة صامدة.'), ['org/france-24']);
    assert.deepEqual(orgIds('بثت قناة سكاي نيوز عربية صورا للحريق.'), ['org/sky-news-arabia']);
  });

  it('armed groups and militias, by their longer names', () => {
    assert.deepEqual(orgIds('أعلنت جبهة النصرة سيطرتها على قرية في الريف الشمالي.'), ['org/al-nusra-front']);
    assert.deepEqual(orgIds('تبنى تنظيم القاعدة في جزيرة العرب الهجوم.'), ['org/aqap']);
    assert.deepEqual(orgIds('وتبنت سرايا القدس إطلاق الصواريخ، فيما دعت البوليساريو إلى الحوار.'), ['org/al-quds-brigades', 'org/polisario']);
    assert.equal(kb.byId('org/al-shabaab')?.subtype, 'armed-group');
  });

  it('bare القاعدة is no gazetteer name: it is also "the base" and "the rule"', () => {
    assert.deepEqual(orgIds('عاد الجنود إلى القاعدة بعد انتهاء التدريب.'), []);
    assert.deepEqual(orgIds('هذه القاعدة لا تنطبق على الجميع.'), []);
  });

  it('parties', () => {
    assert.deepEqual(orgIds('فاز حزب الشعب الجمهوري بأغلب مقاعد البلدية.'), ['org/chp']);
    assert.equal(kb.byId('org/ennahda')?.en, 'Ennahda');
  });

  it('monitors, rights and humanitarian bodies', () => {
    assert.deepEqual(orgIds('وأفاد المرصد السوري لحقوق الإنسان بمقتل خمسة مدنيين.'), ['org/sohr']);
    assert.deepEqual(orgIds('بحسب ما ذكر المرصد السوري لحقوق الانسان أمس.'), ['org/sohr']);
    assert.deepEqual(orgIds('قالت منظمة أطباء بلا حدود إن المستشفى قصف مرتين.'), ['org/msf']);
    assert.deepEqual(orgIds('أدانت لجنة حماية الصحفيين اعتقال المراسل.'), ['org/cpj']);
  });

  it('security and intelligence services, each form', () => {
    assert.deepEqual(orgIds('وقال جهاز الشاباك إنه اعتقل ثلاثة مشتبهين.'), ['org/shin-bet']);
    assert.deepEqual(orgIds('وأفاد شين بيت في بيان أن التحقيق مستمر، وقال مسؤول في الشين بيت إن'), ['org/shin-bet', 'org/shin-bet']);
    assert.deepEqual(orgIds('ونسبت الصحيفة العملية إلى الموساد دون دليل.'), ['org/mossad']);
    assert.deepEqual(orgIds('فتح مكتب التحقيقات الفيدرالي تحقيقا، وقال متحدث باسم مكتب التحقيقات الفدرالي وإف بي آي'), ['org/fbi', 'org/fbi', 'org/fbi']);
    assert.deepEqual(orgIds('أصدرت إنتربول نشرة حمراء بحق المتهم، وطلبت الانتربول'), ['org/interpol', 'org/interpol']);
  });

  it('UN bodies', () => {
    assert.deepEqual(orgIds('دعا مجلس حقوق الإنسان إلى تحقيق مستقل.'), ['org/un-human-rights-council']);
    assert.deepEqual(orgIds('وزعت المنظمة الدولية للهجرة خياما على النازحين.'), ['org/iom']);
  });

  it('clubs named with ordinary words match only after نادي', () => {
    assert.deepEqual(orgIds('تعاقد نادي الهلال مع مدافع جديد.'), ['org/al-hilal']);
    assert.deepEqual(orgIds('شوهد الهلال في سماء المدينة مساء أمس.'), []);
    assert.deepEqual(orgIds('فاز غلطة سراي على ضيفه بهدفين.'), ['org/galatasaray']);
  });

  it('companies and platforms, a surname-like brand only with شركة', () => {
    assert.deepEqual(orgIds('أعلنت شركة هواوي عن هاتف جديد.'), ['org/huawei']);
    assert.deepEqual(orgIds('انتشر المقطع على يوتيوب بسرعة.'), ['org/youtube']);
    assert.deepEqual(orgIds('التقى السفير روبرت فورد بالمعارضين.'), []);
  });

  it('names Facebook, the network the news writes about, as Facebook', () => {
    assert.equal(kb.byName('فيسبوك')[0]?.en, 'Facebook');
  });

  it('an organisation mention takes the knowledge base\'s English name once the kind word is trimmed', () => {
    const doc = annotate('وقالت صحيفة الحياة في تقرير نشرته أمس إن المفاوضات متعثرة.');
    const org = doc.entities.find(e => e.type === 'ORG');
    assert.equal(org?.nameEn, 'Al-Hayat');
  });
});

describe('knowledge/kb organisations from the PETRARCH actor dictionary (scripts/kb/petrarch-orgs)', () => {
  it('writes a lemmatised entry in every form it may take, articles and agreement included', () => {
    const forms = surfaceForms(['منظمه', 'تحرير', 'فلسطيني'].map(matchKey));
    assert.ok(forms.includes(matchKey('منظمة التحرير الفلسطينية')));
    assert.ok(surfaceForms(['حزب', 'ل', 'عمال'].map(matchKey)).includes(matchKey('حزب للعمال')));
  });

  it('keeps the forms the news writes, with kind and country from the actor code, lower trust and no English name', () => {
    const kb = getKnowledgeBase();
    const wafd = kb.byName('حزب الوفد')[0];
    assert.equal(wafd?.source, 'petrarch');
    assert.equal(wafd?.subtype, 'party');
    assert.equal(wafd?.country, 'country/EG');
    assert.equal(wafd?.en, undefined);
    assert.deepEqual(orgIds('قاطع حزب الوفد جلسة البرلمان الأخيرة.'), [wafd?.id]);
  });

  it('leaves out descriptions the dictionary lists as actors (a Chinese company, a ministerial committee)', () => {
    const kb = getKnowledgeBase();
    for (const phrase of ['شركة صينية', 'الشركة الصينية', 'لجنة وزارية', 'حزب سياسي', 'الاتحاد السوفياتي']) {
      assert.ok(!kb.byName(phrase).some(e => e.type === 'ORG'), phrase);
    }
  });
});
