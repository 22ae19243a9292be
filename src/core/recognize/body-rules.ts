// Organisations named by a description ending in a country's nisba: a body's long
// descriptive name kept whole with its head noun (وكالة الأنباء الفرنسية، حكومة الوحدة
// الوطنية الليبية), and a ministry called by its field alone (الخارجية الأميركية).
import type { ArticleContext } from '../text/context';
import { nameCandidate, type NameCandidate } from './candidate';
import { kindWords } from './kind-words';
import { isStopWord, KeyTest, ministryLexicon, titleFirstWords } from './lexicon';
import type { RuleEvidence } from './rules';
import { withArticle } from './titles';
import { gapAfter, lazyReadingFilter, readingsAt } from './token-view';

/** Article words a description may have before its nisba. */
const MAX_DESCRIPTION = 3;

// Cheap tests before a token's readings, as the other name rules do: almost no token is such a kind word.
const describedCue = new KeyTest(lazyReadingFilter(() => kindWords().described));
const remitHeadCue = new KeyTest(lazyReadingFilter(() => kindWords().purposeHeads));
const namesakeCue = new KeyTest(lazyReadingFilter(() => kindWords().namesakeBodies));

/** Whether token i is a plain article word of a description (not a nisba, a stop word or a known name). */
function describing(ctx: ArticleContext, i: number, ev: RuleEvidence): boolean {
  const key = ctx.tokens[i].key;
  // A title (حكومة المستشار الألماني) makes the phrase a description of a person's government, not a name.
  return key.startsWith('ال') && key.length > 3 && !ev.nisbaOf(key) && !isStopWord(key) && !ev.knownNameEnd(i) && !titleFirstWords().has(key);
}

/**
 * A head noun in construct (no article) with one to three article words and a country's
 * nisba after it: the whole phrase is the body's name, nisba inside, as the gold marks
 * institutions. A head the knowledge base already names with what follows is left to it.
 */
export function describedBodies(ctx: ArticleContext, ev: RuleEvidence, out: NameCandidate[]): void {
  const { tokens } = ctx;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!describedCue.at(ctx, i) || gapAfter(ctx, i) !== 'space') continue;
    const r = readingsAt(ctx, i).find(x => kindWords().described.has(x.key));
    if (!r) continue;
    // A known body's name may open a longer one (مجلس الأمن → مجلس الأمن القومي السعودي): then at least one more article word.
    const known = ev.knownNameEnd(i);
    const from = known?.linked ? known.end : i + 1;
    let to = from;
    while (to < tokens.length && to - i <= MAX_DESCRIPTION && describing(ctx, to, ev) && gapAfter(ctx, to) === 'space') to++;
    if (to === from || to >= tokens.length || !ev.nisbaOf(tokens[to].key) || gapAfter(ctx, to - 1) !== 'space') continue;
    while (to + 1 < tokens.length && gapAfter(ctx, to) === 'space' && kindWords().nameAdjectives.has(tokens[to + 1].key)) to++;
    out.push(nameCandidate({ start: tokens[i].start + r.offset, end: tokens[to].end, type: 'ORG', confidence: 0.85, source: 'rule' }));
    i = to;
  }
}

/** A ministry field that is a feminine nisba with the article (الخارجية), folded. */
const nisbaFieldCue = new KeyTest(key => /^ال.+يه$/.test(key) && !!ministryLexicon().get(key));

/**
 * A ministry's field in nisba form with the article and a feminine nisba, no وزارة or title
 * before it (قالت الخارجية الأميركية): the ministry, as news calls it.
 */
export function ministriesByField(ctx: ArticleContext, ev: RuleEvidence, out: NameCandidate[]): void {
  const { tokens } = ctx;
  const ministries = ministryLexicon();
  for (let i = 0; i + 1 < tokens.length; i++) {
    // A nisba-form field (الخارجية، الداخلية) with a feminine nisba agreeing with the unsaid وزارة; الإعلام الإسرائيلية is the media.
    if (!nisbaFieldCue.at(ctx, i) || !tokens[i + 1].key.endsWith('ه') || gapAfter(ctx, i) !== 'space') continue;
    const field = ministries.get(tokens[i].key)!;
    const country = ev.nisbaOf(tokens[i + 1].key);
    if (!country) continue;
    // وزير الخارجية الأميركي and وزارة الخارجية الأميركية are the minister and the ministry's full name.
    if (i > 0 && gapAfter(ctx, i - 1) === 'space' && readingsAt(ctx, i - 1).some(x => titleFirstWords().has(x.key) || kindWords().described.has(x.key) || kindWords().ministries.has(x.key))) continue;
    out.push(nameCandidate({
      start: tokens[i].start,
      end: tokens[i + 1].end,
      type: 'ORG',
      subtype: 'ministry',
      nameEn: `Ministry of ${field} of ${withArticle(country.nameEn)}`,
      description: 'government ministry',
      confidence: 0.85,
      source: 'rule',
    }));
    i++;
  }
}

const fieldsCue = new KeyTest(lazyReadingFilter(() => kindWords().fieldBodies));
/** A sound masculine plural (الموظفين، المقيمين): people, not a field (هيئة التدريس والموظفين is the staff). */
const PEOPLE = /ين$/;

/**
 * Token i as one field of a body's name: an article word that is no nisba, stop word, title, body (والحكومة), known
 * name or people. The first field may be a medium only the tagger's cues list, no kind of the name rules (هيئة
 * الإذاعة والتلفزيون): broadcasting is a field there.
 */
function fieldWord(i: number, key: string, ev: RuleEvidence, first = false): boolean {
  const body = first ? kindWords().namedKinds.has(key) : kindWords().bodyKinds.has(key);
  return key.startsWith('ال') && key.length > 3 && !ev.nisbaOf(key) && !isStopWord(key) && !titleFirstWords().has(key) && !body && !ev.knownNameEnd(i) && !PEOPLE.test(key);
}

/** Token i as a field joined by و (والفنون، والدواء). */
const joinedField = (ctx: ArticleContext, i: number, ev: RuleEvidence): boolean =>
  ctx.tokens[i].key.startsWith('وال') && fieldWord(i, ctx.tokens[i].key.slice(1), ev);

/** A relation adjective with the article (الإسلامي، الصحية، الخليجية): the folded key, ة read as ه. */
const RELATION_ADJECTIVE = /^ال.{2,}(?:ي|يه)$/;

/** Token j as a relation adjective of a body's name: none a passing description (الحالي، الرسمية), stop word or known name. */
const relationWord = (ctx: ArticleContext, j: number, ev: RuleEvidence): boolean => {
  const key = ctx.tokens[j].key;
  return RELATION_ADJECTIVE.test(key) && !isStopWord(key) && !kindWords().passingAdjectives.has(key) && !ev.knownNameEnd(j);
};

/** Token j as a relation adjective (والمهني) or a field (والسلع) joined by و. */
const joinedRelation = (ctx: ArticleContext, j: number, ev: RuleEvidence): boolean => {
  const key = ctx.tokens[j].key;
  return (key.startsWith('وال') && RELATION_ADJECTIVE.test(key.slice(1)) && !ev.nisbaOf(key.slice(1))) || joinedField(ctx, j, ev);
};

/**
 * Where a body named by one field and a relation adjective ends (exclusive), its kind in construct at token i and
 * inside (رابطة العالم الإسلامي، مجلس الضمان الصحي، هيئة التقييس الخليجية): the adjective qualifies the field, so the
 * phrase is a name where "X of A" alone may only describe. A second relation adjective (منظمة العلاقات الاقتصادية
 * الدولية), one joined by و or a field (مؤسسة التدريب التقني والمهني، هيئة الأوراق المالية والسلع) and a remit stay
 * inside. A country's nisba there is describedBodies' reading, a known body's name the knowledge base's.
 */
function relationBodyEnd(ctx: ArticleContext, i: number, ev: RuleEvidence): number | undefined {
  const { tokens } = ctx;
  // A known name of kind and field (دول مجلس التعاون التحدي الأكبر) ends there: the adjective after it starts the predicate.
  const known = ev.knownNameEnd(i);
  if ((known && known.end <= i + 2) || !relationWord(ctx, i + 2, ev) || ev.nisbaOf(tokens[i + 2].key)) return undefined;
  let end = i + 3;
  let adjectives = 1;
  let conjoined = false;
  while (end < tokens.length && end - i < 6 && gapAfter(ctx, end - 1) === 'space') {
    if (adjectives < 2 && !conjoined && relationWord(ctx, end, ev)) adjectives++;
    else if (!conjoined && joinedRelation(ctx, end, ev)) conjoined = true;
    else if (!kindWords().nameAdjectives.has(tokens[end].key)) break;
    end++;
  }
  // A third conjunct makes a list (مؤسسة العمل الإغاثي والعسكري والأمني), not a name.
  if (conjoined && end < tokens.length && gapAfter(ctx, end - 1) === 'space' && joinedRelation(ctx, end, ev)) return undefined;
  // A remit completes the name (هيئة التنسيق الوطنية لقوى التغيير).
  if (end < tokens.length && gapAfter(ctx, end - 1) === 'space') end = remitEnd(ctx, end, ev) ?? end;
  // The tagger or another rule read a longer name from the kind on: that one stands.
  return (known?.end ?? 0) > end ? undefined : end;
}

/**
 * A body named by two fields joined by و, its kind word in construct and inside the name
 * (جمعية الثقافة والفنون، هيئة الغذاء والدواء، مجلس الاقتصاد والتنمية), relative or name adjectives
 * after (هيئة السياحة والتراث الوطني، هيئة التحقيق والادعاء العام): "X of A and B" names a body
 * where "X of A" alone may only describe one; so does one field and a relation adjective (relationBodyEnd). A known
 * body's name (مجلس التعاون) stays the knowledge base's.
 */
export function fieldBodies(ctx: ArticleContext, ev: RuleEvidence, out: NameCandidate[]): void {
  const { tokens } = ctx;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!fieldsCue.at(ctx, i)) continue;
    const r = readingsAt(ctx, i).find(x => kindWords().fieldBodies.has(x.key));
    if (!r || gapAfter(ctx, i) !== 'space' || gapAfter(ctx, i + 1) !== 'space' || ev.knownNameEnd(i)?.linked || !fieldWord(i + 1, tokens[i + 1].key, ev, true)) continue;
    // A part every body has (مجلس الإدارة، هيئة التدريس) joined to another is no name.
    if (kindWords().bodyParts.has(`${r.key} ${tokens[i + 1].key}`)) continue;
    if (!joinedField(ctx, i + 2, ev)) {
      const relationEnd = relationBodyEnd(ctx, i, ev);
      if (relationEnd === undefined) continue;
      out.push(nameCandidate({ start: tokens[i].start + r.offset, end: tokens[relationEnd - 1].end, type: 'ORG', confidence: 0.8, source: 'rule' }));
      i = relationEnd - 1;
      continue;
    }
    let end = i + 3;
    // A third field makes a list (مؤسسة الرئاسة والبرلمان والحكومة), not a name.
    if (end < tokens.length && gapAfter(ctx, end - 1) === 'space' && joinedField(ctx, end, ev)) continue;
    while (end < tokens.length && end - i < 6 && gapAfter(ctx, end - 1) === 'space' && (ADJECTIVE.test(tokens[end].key) || kindWords().nameAdjectives.has(tokens[end].key)) && !ev.knownNameEnd(end)) end++;
    // The tagger read a longer name from the kind on (منظمة الأمن والتعاون في أوروبا): that one stands.
    if ((ev.knownNameEnd(i)?.end ?? 0) > end) continue;
    out.push(nameCandidate({ start: tokens[i].start + r.offset, end: tokens[end - 1].end, type: 'ORG', confidence: 0.8, source: 'rule' }));
    i = end - 1;
  }
}

/** The article words of a remit after its ل word (الإنسان، التونسيين، والتنمية): at most this many. */
const MAX_REMIT_WORDS = 2;

/** Token i as the ل word of a remit (للقضاء، للصحفيين، لحقوق): the key after ل, or undefined. */
function remitAt(ctx: ArticleContext, i: number): string | undefined {
  const t = ctx.tokens[i];
  if (!/^\p{Script=Arabic}+$/u.test(t.text) || !t.key.startsWith('ل') || t.key.length < 4) return undefined;
  // لل is ل + ال (للقضاء = ل + القضاء); a single ل governs a noun in construct (لحقوق الإنسان).
  const stem = t.key.startsWith('لل') ? `ا${t.key.slice(1)}` : t.key.slice(1);
  // ل before a verb is a purpose clause (ليقدم الخدمات), no remit.
  if (stem.startsWith('ي')) return undefined;
  if (!readingsAt(ctx, i).some(r => r.split) && !t.key.startsWith('لل')) return undefined;
  // A function word is no remit, nor another body (المكتب السياسي للحركة، اللجنة التنفيذية لمنظمة …): that names a part of it.
  if (isStopWord(stem) || isStopWord(t.key) || kindWords().bodyKinds.has(stem)) return undefined;
  return stem;
}

/**
 * A body named by its remit: a kind noun with the article, one to three article words, then a ل
 * phrase (الاتحاد العام التونسي للشغل، الهيئة العليا المستقلة للانتخابات، الجمعية المغربية لحقوق
 * الإنسان). Without the ل phrase such words describe a body (المجلس الوطني) the institutions
 * module weighs; with it the phrase is the body's proper name, whole, head noun inside.
 */
export function bodiesByRemit(ctx: ArticleContext, ev: RuleEvidence, out: NameCandidate[]): void {
  const { tokens } = ctx;
  const heads = kindWords().purposeHeads;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!remitHeadCue.at(ctx, i)) continue;
    const r = readingsAt(ctx, i).find(x => heads.has(x.key));
    if (!r || gapAfter(ctx, i) !== 'space' || ev.knownNameEnd(i)?.linked) continue;
    let to = i + 1;
    while (to < tokens.length && to - i <= MAX_DESCRIPTION && gapAfter(ctx, to) === 'space' && (ev.nisbaOf(tokens[to].key) || describing(ctx, to, ev))) to++;
    if (to === i + 1 || to >= tokens.length) continue;
    const end = remitEnd(ctx, to, ev);
    if (end === undefined) continue;
    out.push(nameCandidate({ start: tokens[i].start + r.offset, end: tokens[end - 1].end, type: 'ORG', confidence: 0.85, source: 'rule' }));
    i = end - 1;
  }
}

/** Where a remit starting at token `to` ends (exclusive), or undefined when token `to` opens none. */
export function remitEnd(ctx: ArticleContext, to: number, ev: RuleEvidence): number | undefined {
  const { tokens } = ctx;
  const remit = remitAt(ctx, to);
  if (!remit) return undefined;
  let end = to + 1;
  // A construct remit (لحقوق) needs its article noun; an article remit (للشغل) may take an adjective or a coordinated noun.
  const need = remit.startsWith('ال') ? 0 : 1;
  while (end < tokens.length && end - to <= MAX_REMIT_WORDS && gapAfter(ctx, end - 1) === 'space' && remitWord(ctx, end, ev, end - to <= need)) end++;
  return end - to - 1 < need ? undefined : end;
}

/**
 * A body named after a ruler or founder, kind word inside as for universities (مركز الملك فهد
 * للأبحاث، مؤسسة الشيخ زايد الخيرية، مستشفى الأمير سلطان العسكري): the kind, a namesake's
 * title, the person (known, tagged or name words), then a remit or relative adjectives. The person alone is
 * no mention there: the body is.
 */
export function namesakeBodies(ctx: ArticleContext, ev: RuleEvidence, out: NameCandidate[]): void {
  const { tokens } = ctx;
  const { namesakeBodies: kinds, namesakes } = kindWords();
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!namesakeCue.at(ctx, i)) continue;
    const r = readingsAt(ctx, i).find(x => kinds.has(x.key));
    if (!r || gapAfter(ctx, i) !== 'space') continue;
    // Without a ruler's title (مؤسسة محمد بن راشد للمعرفة) a remit must follow the person.
    const titled = namesakes.has(tokens[i + 1].key) && gapAfter(ctx, i + 1) === 'space';
    const from = titled ? i + 2 : i + 1;
    const known = from < tokens.length ? ev.knownNameEnd(from) : undefined;
    let to = from;
    if (known?.type === 'PER') to = known.end;
    else {
      while (to < tokens.length && to - from < 4 && namesakeWord(ctx, to, ev, titled) && (to === from || gapAfter(ctx, to - 1) === 'space')) to++;
    }
    // The tagger runs the namesake into the head's name after it (مدير مستشفى الملك فهد الدكتور X): the name ends at a title.
    for (let j = from + 1; j < to; j++) {
      if (titleFirstWords().has(tokens[j].key)) {
        to = j;
        break;
      }
    }
    if (to === from) {
      // A town's body named by the town and an adjective such bodies take (مستشفى الرس العام، مستشفى عسير المركزي).
      if (!titled && townBodyAt(ctx, i + 1, ev)) {
        out.push(nameCandidate({ start: tokens[i].start + r.offset, end: tokens[i + 2].end, type: 'ORG', confidence: 0.85, source: 'rule' }));
        i += 2;
      }
      continue;
    }
    let end = to;
    if (end < tokens.length && gapAfter(ctx, end - 1) === 'space') end = remitEnd(ctx, end, ev) ?? end;
    if (end === to && !titled) continue;
    while (end < tokens.length && end - to < 2 && gapAfter(ctx, end - 1) === 'space' && ADJECTIVE.test(tokens[end].key) && !ev.nisbaOf(tokens[end].key)) end++;
    out.push(nameCandidate({ start: tokens[i].start + r.offset, end: tokens[end - 1].end, type: 'ORG', confidence: 0.85, source: 'rule' }));
    i = end - 1;
  }
}

/**
 * Token j as a word of the person a body is named after. Name words after a title end before a relative adjective
 * (مستشفى الملك فيصل التخصصي); a tagged person may end in a nisba name (الكندي). A preposition glued on an article
 * word (بالرياض) starts a phrase after the name.
 */
function namesakeWord(ctx: ArticleContext, j: number, ev: RuleEvidence, titled: boolean): boolean {
  const key = ctx.tokens[j].key;
  return (ev.isTaggedPerson(j) || (titled && ev.isNameToken(j) && !ADJECTIVE.test(key))) && !(/^[وف]?[بلك]/.test(key) && readingsAt(ctx, j).some(x => x.split && x.key.startsWith('ال')));
}

/**
 * Token j as a town's name in a body's name, an adjective of kindWords().townBodyAdjectives after it:
 * one word, known as a place or unknown, no proclitic, common word, title, nisba or other body.
 */
function townBodyAt(ctx: ArticleContext, j: number, ev: RuleEvidence): boolean {
  const { tokens } = ctx;
  if (j + 1 >= tokens.length || gapAfter(ctx, j) !== 'space' || !kindWords().townBodyAdjectives.has(tokens[j + 1].key)) return false;
  const t = tokens[j];
  const known = ev.knownNameEnd(j);
  if (known) return known.type === 'LOC' && known.end === j + 1;
  return /^\p{Script=Arabic}+$/u.test(t.text) && !t.prefix && !readingsAt(ctx, j).some(r => r.split && !isStopWord(r.key)) && !isStopWord(t.key) &&
    !ev.isCommonWord(t.key) && !ev.nisbaOf(t.key) && !titleFirstWords().has(t.key) && !kindWords().bodyKinds.has(t.key) && !ev.isTaggedPerson(j);
}

/** An article word continuing a remit: a nisba-shaped adjective (الصحي، التونسيين), or a noun after و (والتنمية) or governed by a construct ل word (لحقوق الإنسان). */
function remitWord(ctx: ArticleContext, i: number, ev: RuleEvidence, governed: boolean): boolean {
  const key = ctx.tokens[i].key;
  const bare = key.startsWith('وال') && !governed ? key.slice(1) : key;
  if (!bare.startsWith('ال') || bare.length <= 3 || isStopWord(bare) || titleFirstWords().has(bare) || ev.knownNameEnd(i)) return false;
  return governed || ADJECTIVE.test(bare) || (bare !== key && !ev.isCommonWord(bare));
}

/** The endings of a relative adjective (الصحي، الإسلامية، التونسيين، العربيون). */
const ADJECTIVE = /^ال.{2,}(?:ي|يه|يين|يون)$/;
