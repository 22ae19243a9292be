// Dictionary lemmas whose ordinary sense in news prose names no event (scripts/events/excluded-lemmas.txt):
// each in its ordinary sense, in sentences written for this test, beside a real trigger.
import { strict as assert } from 'node:assert';
import { eventRows } from './fixture';

const rows = (text: string): string[] => eventRows(text);

describe('events: ordinary senses of dictionary lemmas', () => {
  const ordinary: Array<[string, string]> = [
    ['شبك', 'أطلقت البلدية شبكة طرق جديدة في الحي'],
    ['أغار', 'تغير لون البحر بعد العاصفة'],
    ['خاض', 'يخوض الفريق مباراة ودية مساء الخميس'],
    ['تراجع', 'تراجعت أسعار القمح في السوق المحلية'],
    ['سأل', 'ودع الأهالي الفقيد سائلين المولى له الرحمة'],
    ['سحب', 'يتم سحب المياه من البئر كل صباح'],
    ['أيد (the honorific)', 'افتتح الملك أيده الله المعرض السنوي'],
    ['استقبل (the adverb مستقبلاً)', 'تسعى البلدية لتفادي الزحام مستقبلاً'],
    ['احتل (a ranking)', 'احتل الفريق المركز الرابع في البطولة'],
    ['احتل (a ranking, adjacent)', 'احتلت المدرسة الصدارة في المسابقة'],
    ['صدق', 'أعجب الجمهور بصدق الأداء في المسرحية'],
    ['اجتماع (sociology)', 'درّس أستاذ علم الاجتماع الطلاب أمس'],
    ['بحث (search and rescue)', 'انتشلت فرق البحث والإنقاذ القارب'],
    ['بحث (research)', 'تمول الجامعة البحث العلمي في الطب'],
    ['طلب (demand for goods)', 'تراجع الطلب على القمح في الأسواق'],
    ['طلب (supply and demand)', 'تخضع الأسعار لقانون العرض والطلب'],
    ['استقبل (applications)', 'تواصل الكلية استقبال الطلبات حتى الخميس'],
    ['ساعد (a circumstance)', 'عبر المتسلق النهر بمساعدة دليل محلي'],
    ['لقاء ("in exchange for")', 'باع التاجر المحل لقاء مبلغ كبير'],
    ['قمة (the top of a league)', 'حضر الآلاف مباراة القمة في الملعب'],
    ['قمة (a mountain top)', 'بلغ المتسلقون قمة الجبل ظهرا'],
    ['قاتل (fighters, a noun)', 'يصعب تدفق مقاتلين إلى التنظيم عبر الحدود'],
    ['بحث (a researcher)', 'وقالت سارة وهي باحثة في مركز الدراسات إن الوضع صعب'],
    ['ساعد (an assistant)', 'عمل مساعدا لوزير المالية قبل أن يعود إلى الجامعة'],
    ['طلب (demand rising in a market)', 'وارتفعت أسعار القطن مع نمو الطلب في الأسواق الآسيوية'],
    ['طلب (asking not to be named in print)', 'وقال مسؤول طلب عدم نشر اسمه إن الطريق مغلق'],
    ['طالب (a female student)', 'وتدرس نحو ألف طالبة في الكلية الجديدة'],
    ['اجتمع (his society, all together)', 'يعمل الشاب لخدمة مجتمعه، وتتحمل الدول مجتمعة المسؤولية'],
    ['شجع (encouraging investment)', 'وتهدف الخطة إلى تشجيع الاستثمار في المدن الصغيرة'],
    ['أبى (a father, أبيه)', 'سافر الشاب مع أبيه إلى المدينة أمس'],
    ['أبى (two doors, بابيها)', 'أغلقت الشرطة المبنى ببابيها الأماميين'],
    ['ساعد (a woman\'s title)', 'وحضرت الحفل مساعدة وزير الخارجية لشؤون أفريقيا ليلى منصور'],
    ['دعم (the coalition\'s name)', 'نشرت قيادة تحالف دعم الشرعية في اليمن صورا جديدة'],
    ['طلب (students, طلبة: a written ة is no pronoun)', 'كرّم المدير طلبة الجامعة في القاعة'],
    ['قتل (killers, قتلة)', 'لاحقت الشرطة قتلة الصحفي'],
    ['طرد (a centrifuge)', 'وتملك الدولة آلاف أجهزة الطرد المركزي'],
    ['عقوبات (the penal code)', 'وتنص المادة العاشرة من قانون العقوبات على السجن'],
    ['التزم (obligations)', 'وأوضح أن التزامات الشركة تجاه الموظفين واضحة'],
    ['بحث (searching for something)', 'وجرى البحث عنها في الأحياء المجاورة'],
    ['طلب (asking not to be named)', 'وقال مصدر طلب عدم الكشف عن اسمه إن الطريق مغلق'],
    ['احتل (a ranking, a long subject)', 'واحتل سهم الشركة القابضة المركز الأول في التداولات'],
    ['تعاون (a council\'s name)', 'وارتفع إنتاج دول مجلس التعاون من النفط'],
    ['طالب (a student, after وهو)', 'وكان الشاب وهو طالب في العشرين من عمره يعمل في المتجر'],
    ['طالب (in a name after أبي)', 'صلى الأهالي في مسجد علي بن أبي طالب بالبلدة'],
    ['اجتمع (a society, مجتمعا)', 'نسعى لنبني مجتمعا قويا متماسكا'],
    ['استهدف (the present: "aims at")', 'ويستهدف البرنامج تدريب ألف شاب خلال العام'],
    ['زار (a website)', 'ويمكن الاطلاع على الشروط بزيارة الموقع الإلكتروني للوزارة'],
    ['حذر (caution)', 'يفضل الخبراء التفاؤل الحذر بشأن السوق'],
    ['حذر (cautiously)', 'وتعامل السائق بحذر مع الطريق'],
    ['فجر (the adverb "at dawn")', 'وصل الصيادون إلى الميناء فجرا'],
    ['ضرب (a penalty kick)', 'احتسب الحكم ضربة جزاء للفريق الضيف'],
    ['اعترض (intercepting a boat)', 'واعترضت الشرطة قاربا يحمل مهاجرين'],
    ['رفض (declining to be named, plural)', 'قال مسؤولون رفضوا الكشف عن هوياتهم إن الطريق مغلق'],
  ];
  for (const [lemma, sentence] of ordinary) {
    it(`${lemma}: no event in its ordinary sense`, () => assert.deepEqual(rows(sentence), [], sentence));
  }
  it('attacks in the perfect and the verbal noun stay events', () => {
    assert.deepEqual(eventRows('استهدفت غارة مخزنا للذخيرة قرب المطار'), ['استهدفت غارة 19']);
  });
  it('a demand and a meeting stay events beside those words', () => {
    assert.deepEqual(eventRows('طالبت النقابة الحكومة برفع الأجور'), ['طالبت 02']);
    assert.deepEqual(eventRows('اجتمع الوزراء في العاصمة أمس'), ['اجتمع 04']);
  });
  it('help and support stay events beside those names', () => {
    assert.deepEqual(eventRows('تسعى الجمعية لمساعدة الأسر المتضررة'), ['مساعدة 07']);
    assert.deepEqual(eventRows('أعلنت دول الخليج دعم الشرعية في البلاد'), ['دعم 05']);
  });
  it('a visit to a country stays a visit', () => {
    assert.deepEqual(eventRows('وصلت الوزيرة إلى المغرب أمس في زيارة رسمية'), ['زيارة 04']);
  });
  it('a claim of responsibility is found past the subject, a place, a time word and a comma, not past أن', () => {
    assert.deepEqual(eventRows('أعلنت جماعة مسلحة في الإقليم أمس، مسؤوليتها عن تفجير الجسر'), ['أعلنت 01', 'تفجير 18']);
    assert.deepEqual(eventRows('أعلن المحافظ أن البلدية تنوي وقف المشروع'), []);
  });
  it('a warning stays a disapproval', () => {
    assert.deepEqual(eventRows('حذر الوزير من خطورة الوضع'), ['حذر 11']);
  });
  it('the imperfect after وهو stays a verb', () => {
    assert.deepEqual(eventRows('وخرج النائب من القاعة وهو يطالب بإقالة الوزير'), ['يطالب 02']);
  });
  it('objecting to something is a disapproval, intercepting a missile is force, not a protest', () => {
    assert.deepEqual(rows('واعترض النائب على مشروع القانون'), ['اعترض 11']);
    assert.deepEqual(rows('واعترضت الدفاعات الجوية صاروخا أطلقته الميليشيات باتجاه المدينة'), ['اعترضت 19']);
  });
  it('the clash verb that is one stays an event, and backing down from something yields', () => {
    assert.deepEqual(rows('اشتبكت الدوريات مع المهربين قرب الحدود'), ['اشتبكت 19']);
    assert.ok(rows('تراجع المجلس البلدي عن قرار الرسوم').includes('تراجع 08'), rows('تراجع المجلس البلدي عن قرار الرسوم').join());
    assert.deepEqual(rows('سحبت الدولة قواتها من الجزيرة'), ['سحبت 08']);
    assert.deepEqual(rows('احتلت الفصائل التلة بعد الظهر'), ['احتلت 19']);
    assert.deepEqual(rows('طلب المحافظ من الشركة وقف الأعمال'), ['طلب 02']);
    assert.deepEqual(rows('عقد المحافظان لقاء في المبنى الجديد'), ['لقاء 04']);
  });
});
