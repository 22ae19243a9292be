import { strict as assert } from 'node:assert';
import { kindsWithRole, organisationKinds } from '../../../src/core/lang/lexicon';
import { buildEntities } from '../../../src/core/recognize/coref';
import { recognizeNames } from '../../../src/core/recognize/names';
import { ar, fakeSources, spans } from './fakes';

describe('recognize/body-rules', () => {
  it('a ministry called by its field and a nisba is the ministry', () => {
    const ctx = ar('وقالت الخارجية الفرنسية في بيان إن الزيارة ألغيت، ورحبت الداخلية الأردنية بالقرار.');
    const got = recognizeNames(ctx, fakeSources());
    assert.deepEqual(spans(ctx, got), ['ORG الخارجية الفرنسية', 'ORG الداخلية الأردنية']);
    assert.equal(got[0].nameEn, 'Ministry of Foreign Affairs of France');
  });
  it('not after وزير or وزارة, nor a field that is no nisba (الإعلام الفرنسية is the media)', () => {
    const ctx = ar('وصل وزير الخارجية الفرنسي أمس كما نقلت وسائل الإعلام الفرنسية');
    assert.deepEqual(spans(ctx, recognizeNames(ctx, fakeSources())), []);
  });
  it('a body named by two fields joined by و, kind inside, with its adjectives', () => {
    const names = (text: string, o: Parameters<typeof fakeSources>[0] = {}): string[] => {
      const ctx = ar(text);
      return spans(ctx, recognizeNames(ctx, fakeSources(o)));
    };
    assert.deepEqual(names('وأقامت جمعية الفنون والآداب معرضا للرسم'), ['ORG جمعية الفنون والآداب']);
    assert.deepEqual(names('وحذرت هيئة الأدوية والأغذية الوطنية من المنتج'), ['ORG هيئة الأدوية والأغذية الوطنية']);
    assert.deepEqual(names('وأحال الملف إلى هيئة الرقابة والتفتيش العامة أمس'), ['ORG هيئة الرقابة والتفتيش العامة']);
    assert.deepEqual(names('ودعا رئيس مجلس التخطيط والتنمية إلى الإسراع'), ['ORG مجلس التخطيط والتنمية']);
  });
  it('a body named by one field and a relation adjective, kind inside, a second adjective joined by و and a remit too', () => {
    const names = (text: string): string[] => spans(ar(text), recognizeNames(ar(text), fakeSources()));
    assert.deepEqual(names('وأصدرت رابطة الأدباء الشعبية بيانا أمس'), ['ORG رابطة الأدباء الشعبية']);
    assert.deepEqual(names('وحذر مجلس الرقابة الصحي من المنتج'), ['ORG مجلس الرقابة الصحي']);
    assert.deepEqual(names('ونظمت مؤسسة التأهيل الفني والمهني دورات للشباب'), ['ORG مؤسسة التأهيل الفني والمهني']);
    assert.deepEqual(names('وغرمت هيئة الصكوك المالية والعقود الشركة'), ['ORG هيئة الصكوك المالية والعقود']);
    assert.deepEqual(names('وانضم إلى منظمة التجارة البحرية الدولية عضو جديد'), ['ORG منظمة التجارة البحرية الدولية']);
    assert.deepEqual(names('وحول المبلغ إلى مؤسسة العمل الخيري والطبي والتعليمي أمس'), []);
    assert.deepEqual(names('واجتمعت هيئة الحوار الوطنية للقوى المدنية أمس'), ['ORG هيئة الحوار الوطنية للقوى المدنية']);
  });
  it('no relation body where the adjective is a country\'s nisba\'s reading, a passing description, or the kind and field are a part every body has', () => {
    const names = (text: string): string[] => spans(ar(text), recognizeNames(ar(text), fakeSources()));
    assert.deepEqual(names('وصوت مجلس الأمناء الحالي على الميزانية'), []);
    assert.deepEqual(names('وأبلغت لجنة المتابعة الرسمية الوزير بالنتائج'), []);
    assert.deepEqual(names('واجتمع أعضاء هيئة التدريس الجامعي أمس'), []);
  });
  it('a medium only the tagger cues (الإذاعة) may be the first field, a kind of the name rules not (مجلس الحكومة والبرلمان)', () => {
    const names = (text: string): string[] => spans(ar(text), recognizeNames(ar(text), fakeSources()));
    assert.deepEqual(names('وبثت مؤسسة الإذاعة والتلفزة الوطنية البرنامج'), ['ORG مؤسسة الإذاعة والتلفزة الوطنية']);
    assert.deepEqual(names('واجتمع مجلس الحكومة والبرلمان أمس'), []);
  });
  it('no body from a part every body has, a list of three, people, a title, another body or a known name', () => {
    const names = (text: string, o: Parameters<typeof fakeSources>[0] = {}): string[] => {
      const ctx = ar(text);
      return spans(ctx, recognizeNames(ctx, fakeSources(o)));
    };
    assert.deepEqual(names('وحضر أعضاء هيئة التدريس والطلاب الحفل'), []);
    assert.deepEqual(names('واجتمع مجلس الإدارة والمدير التنفيذي أمس'), []);
    assert.deepEqual(names('وناقشت لجنة الإعلام والمالية والتخطيط الميزانية'), []);
    assert.deepEqual(names('وكرمت جمعية الصيادين والمزارعين أعضاءها'), []);
    assert.deepEqual(names('وطالب مجلس الشورى والحكومة بالتعاون'), []);
    assert.deepEqual(names('وطالب مجلس الصحة والتعليم بالتعاون', { gazetteer: [['مجلس الصحة', 'ORG', 'x']] }), ['ORG مجلس الصحة']);
  });
  it('a description stops at a known name: the head is no body then', () => {
    const ctx = ar('وأعلنت حكومة الإقليم الأردنية أمس');
    const got = recognizeNames(ctx, fakeSources({ gazetteer: [['الإقليم', 'LOC', 'x']] }));
    assert.deepEqual(spans(ctx, got), ['LOC الإقليم']);
  });
  it('a description with a title in it is a person\'s government, no body\'s name', () => {
    const ctx = ar('وكانت حكومة المستشار الألماني قد وافقت على الخطة.');
    assert.deepEqual(spans(ctx, recognizeNames(ctx, fakeSources())), []);
  });
  it('a described body keeps a name adjective after its nisba (… الأردنية المستقلة), not a passing description', () => {
    for (const adjective of organisationKinds().nameAdjectives?.entries ?? []) {
      const ctx = ar(`وأعلنت رابطة المزارعين الأردنية ${adjective} إضرابا عاما.`);
      assert.deepEqual(spans(ctx, recognizeNames(ctx, fakeSources())), [`ORG رابطة المزارعين الأردنية ${adjective}`], adjective);
    }
    const ctx = ar('وأعلنت رابطة المزارعين الأردنية الجديدة إضرابا عاما.');
    assert.deepEqual(spans(ctx, recognizeNames(ctx, fakeSources())), ['ORG رابطة المزارعين الأردنية']);
  });
  it('a described body named again without its nisba is the same body', () => {
    const ctx = ar('وأعلنت حكومة التنمية الريفية الأردنية خطة، وقالت حكومة التنمية الريفية إن الخطة تبدأ غدا.');
    const got = recognizeNames(ctx, fakeSources());
    assert.deepEqual(spans(ctx, got), ['ORG حكومة التنمية الريفية الأردنية', 'ORG حكومة التنمية الريفية']);
    const { mentions } = buildEntities(ctx, got, fakeSources());
    assert.equal(mentions[0].entity, mentions[1].entity);
  });
  it('a known body whose name opens a longer described one yields to it, given one more word before the nisba', () => {
    const ctx = ar('وقال رئيس مجلس الأمن القومي الفرنسي إن مجلس الأمن الفرنسي لم يجتمع');
    const got = recognizeNames(ctx, fakeSources({ gazetteer: [['مجلس الأمن', 'ORG', 'unsc']] }));
    assert.deepEqual(spans(ctx, got), ['ORG مجلس الأمن القومي الفرنسي', 'ORG مجلس الأمن']);
    assert.equal(got[0].kbId, undefined);
  });
  it('a body named by its remit is whole: kind noun, its adjectives and the ل phrase', () => {
    const ctx = ar('ودعا الاتحاد العام التونسي للشغل إلى إضراب، وأدانت الجمعية المغربية لحقوق الإنسان الاعتقال.');
    assert.deepEqual(spans(ctx, recognizeNames(ctx, fakeSources())), ['ORG الاتحاد العام التونسي للشغل', 'ORG الجمعية المغربية لحقوق الإنسان']);
  });
  it('a remit takes relative adjectives and a coordinated noun, not the object after it', () => {
    const ctx = ar('وطالبت النقابة الوطنية للصحفيين التونسيين بالإفراج عنه، ومول الصندوق العربي للتنمية والإعمار المشروع.');
    assert.deepEqual(spans(ctx, recognizeNames(ctx, fakeSources())), ['ORG النقابة الوطنية للصحفيين التونسيين', 'ORG الصندوق العربي للتنمية والإعمار']);
  });
  it('no remit body without an adjective, without a ل phrase, or when the ل phrase is another body (its part)', () => {
    const ctx = ar('وقال المجلس الوطني إن الاتحاد للمرة الأولى اجتمع، ثم اجتمعت اللجنة التنفيذية للمنظمة أمس.');
    assert.deepEqual(spans(ctx, recognizeNames(ctx, fakeSources())), []);
  });
  it('every remit kind of the lexicon heads such a name', () => {
    for (const kind of kindsWithRole(organisationKinds(), 'purpose')) {
      const adjective = /[ةه]$/.test(kind) ? 'الوطنية' : 'الوطني';
      const ctx = ar(`وأصدر ال${kind} ${adjective} للدراسات البحرية تقريرا أمس`);
      assert.deepEqual(spans(ctx, recognizeNames(ctx, fakeSources())), [`ORG ال${kind} ${adjective} للدراسات البحرية`], kind);
    }
  });
  it('a body named after a ruler keeps its kind word, the person and what follows inside', () => {
    const ctx = ar('وافتتح مستشفى الأمير نايف العسكري قسما، وقدم مركز الملك خالد للدراسات البحرية ورقة.');
    const got = recognizeNames(ctx, fakeSources({ names: ['نايف', 'خالد'] }));
    assert.deepEqual(spans(ctx, got), ['ORG مستشفى الأمير نايف العسكري', 'ORG مركز الملك خالد للدراسات البحرية']);
  });
  it('without a ruler\'s title, a tagged person after the kind needs a remit to name a body', () => {
    const ctx = ar('وأعلنت مؤسسة سالم الكندي للتعليم عن منح، وكان مركز سالم الكندي في الفريق ثابتا.');
    const got = recognizeNames(ctx, fakeSources({ model: [['سالم الكندي', 'PER']] }));
    assert.deepEqual(spans(ctx, got), ['ORG مؤسسة سالم الكندي للتعليم', 'PER سالم الكندي']);
  });
  it('the person in a body\'s name stops before a preposition glued on an article word', () => {
    const ctx = ar('وعمل طبيبا في مستشفى الملك خالد بالرياض سنوات');
    const got = recognizeNames(ctx, fakeSources({ names: ['خالد'], model: [['خالد بالرياض', 'PER']] }));
    assert.equal(spans(ctx, got)[0], 'ORG مستشفى الملك خالد');
  });
  it('the person in a body\'s name stops at the title of the head named after it', () => {
    const ctx = ar('وقال مدير مستشفى الملك خالد الدكتور سامي الحربي إن الحالة مستقرة');
    const got = recognizeNames(ctx, fakeSources({ names: ['خالد', 'سامي', 'الحربي'], model: [['خالد الدكتور سامي الحربي', 'PER']] }));
    assert.deepEqual(spans(ctx, got), ['ORG مستشفى الملك خالد', 'PER سامي الحربي']);
  });
  it('a town\'s body: a namesake kind, a place or unknown word, and an adjective such bodies take', () => {
    const names = (text: string, o: Parameters<typeof fakeSources>[0] = {}): string[] => {
      const ctx = ar(text);
      return spans(ctx, recognizeNames(ctx, fakeSources(o)));
    };
    for (const adjective of organisationKinds().townBodyAdjectives?.entries ?? []) {
      assert.deepEqual(names(`ونقل المصاب إلى مستشفى الزلفي ${adjective} أمس`, { gazetteer: [['الزلفي', 'LOC', 'x']] }), [`ORG مستشفى الزلفي ${adjective}`], adjective);
    }
    assert.deepEqual(names('وأوضح مدير مستشفى الشعيبة العام أن'), ['ORG مستشفى الشعيبة العام']);
    // Not a common word, a person, or a word without the adjective.
    assert.deepEqual(names('وزار مستشفى الأطفال العام', { common: ['الأطفال'] }), []);
    assert.deepEqual(names('ونقل إلى مستشفى سامي العام', { model: [['سامي', 'PER']] }), ['PER سامي']);
    assert.deepEqual(names('وزار مستشفى الشعيبة أمس'), []);
  });
  it('ل before a verb is a purpose clause, no remit', () => {
    const ctx = ar('وأرسلت الهيئة الوطنية ليقدم فريقها المساعدة');
    assert.deepEqual(spans(ctx, recognizeNames(ctx, fakeSources())), []);
  });
  it('every namesake kind of the lexicon heads such a name', () => {
    for (const kind of kindsWithRole(organisationKinds(), 'namesake')) {
      const ctx = ar(`وزار الوفد ${kind} الملك خالد أمس`);
      assert.deepEqual(spans(ctx, recognizeNames(ctx, fakeSources({ names: ['خالد'] }))), [`ORG ${kind} الملك خالد`], kind);
    }
  });
});
