// Patterns where a rule is surer than the tagger: a person named after a title,
// a place after إقليم, ministries and councils of ministers named by a nisba,
// groups named after a place.
import type { ArticleContext } from '../text/context';
import type { Token } from '../text/tokens';
import { nameCandidate, type NameCandidate } from './candidate';
import { isStopWord, KeyTest, ministryLexicon, titleFirstWords, titlePostings } from './lexicon';
import { bodiesByRemit, describedBodies, fieldBodies, ministriesByField, namesakeBodies, remitEnd } from './body-rules';
import { describedInstitutions } from './institutions';
import { kindWords } from './kind-words';
import { endsName, personAfter, taggedPersonAfterBody } from './person-span';
import { twinNamedPersons } from './twin-names';
import { readTitleAt, withArticle, type Country, type NisbaLookup } from './titles';
import { gapAfter, lazyReadingFilter, readingsAt, tokenIndexAt, type Reading } from './token-view';

export interface RuleEvidence {
  nisbaOf: NisbaLookup;
  /** True when a lexicon, the gazetteer or the tagger says token i belongs to a person's name. */
  isNameToken(i: number): boolean;
  /** True when the tagger or the gazetteer marks token i inside a person's name. */
  isTaggedPerson(i: number): boolean;
  /** True when a name lexicon knows the word key itself (never split). */
  isNameWord(key: string): boolean;
  /** True for a word corpora almost never use inside a name. */
  isCommonWord(key: string): boolean;
  knownNameEnd(i: number): KnownName | undefined;
}

/** A name found at a token: its end token index (exclusive) and type. */
export interface KnownName {
  end: number;
  type: string;
  /** The knowledge base knows it (not only the tagger). */
  linked?: boolean;
  /** It starts behind a proclitic of the token (لدبي). */
  afterClitic?: boolean;
}

const isDefinitePlaceKind = (key: string): boolean => key.startsWith('ال') && kindWords().placeOutside.has(key.slice(2));

function span(tokens: readonly Token[], from: number, to: number, start = tokens[from].start): { start: number; end: number } {
  return { start, end: tokens[to - 1].end };
}

type BodyEnds = Map<number, KnownName>;

/**
 * PER after a title: الرئيس الروسي فلاديمير بوتين, رئيس الوزراء الأرميني، نيكول باشينيان.
 * `bodies`: the organisations other rules found, which a title skips like known names.
 */
function titledPersons(ctx: ArticleContext, ev: RuleEvidence, bodies: BodyEnds, out: NameCandidate[]): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const phrase = readTitleAt(ctx, i, ev.nisbaOf);
    if (!phrase) continue;
    let from = phrase.next;
    // المتحدث باسم <organisation> <name>, الأمين العام للأمم المتحدة <name>: skip the organisation.
    const known = from < tokens.length ? (bodies.get(from) ?? ev.knownNameEnd(from)) : undefined;
    const spokesperson = phrase.title.kind === 'spokesperson';
    let strong = !!phrase.country;
    const belongsTo = known && known.type !== 'PER' && (phrase.title.construct || (/^[وف]?ل/.test(tokens[from].key) && readingsAt(ctx, from).some(r => r.split)));
    // A place kind with the article after the title is its complement (حاكم المنطقة، رئيس الجمهورية): the name follows.
    const placeComplement = !belongsTo && from + 1 < tokens.length && isDefinitePlaceKind(tokens[from].key) && gapAfter(ctx, from) === 'space';
    // A construct title needs its country or body (رئيس وزراء بريطانيا): without one it titles nobody here.
    if (phrase.title.construct && !belongsTo && !placeComplement) continue;
    if (placeComplement) {
      strong = true;
      from++;
    } else if (spokesperson || belongsTo) {
      strong = true;
      from = known ? known.end : (spokesperson && taggedPersonAfterBody(ctx, from, ev)) || from + 1;
      if (from < tokens.length && gapAfter(ctx, from - 1) === 'space' && ev.nisbaOf(tokens[from].key)) from++;
      if (from > 0 && gapAfter(ctx, from - 1) === 'break') continue;
    } else if (known && known.type !== 'PER' && (known.linked || /^[وف]/.test(tokens[from].key))) {
      // A known place or body follows, or one joined by و: the title names nobody here (الرئيس الفنزويلي سوريا، الرئيس الفلسطيني وحركة فتح).
      continue;
    }
    // السفير الأمريكي لدى العراق ستيفن فاجن: the posting sits between title and name.
    const posting = from + 1 < tokens.length && titlePostings().has(tokens[from].key) && gapAfter(ctx, from) === 'space' ? (bodies.get(from + 1) ?? ev.knownNameEnd(from + 1)) : undefined;
    if (posting) from = posting.end;
    if (from >= tokens.length) continue;
    const name = personAfter(ctx, from, ev, strong || !!posting);
    if (!name) continue;
    const confidence = name.evidence > 1 ? 0.93 : name.evidence === 1 ? 0.88 : 0.75;
    out.push(nameCandidate({ ...span(tokens, name.from, name.to), type: 'PER', confidence, source: 'rule' }));
    i = name.to - 1;
  }
}

const placeCue = new KeyTest(lazyReadingFilter(() => [...kindWords().regions, ...kindWords().placeNamers]));
/**
 * Words that follow a kind word without naming the place (مدينة شمال …, قرية عائمة, حي مجاور):
 * directions (lexicon), verbs, and indefinite adjectives (feminine, or a participle of the مفاعل shape).
 * An article word ending in ة is no adjective of the indefinite kind word before it: a name in construct (قضاء الحلة).
 */
const NOT_PLACE_NAME = /^[يت].{2,}(?:ها|هم|ون|ان|وا)$|^(?!ال).*ه$|^م.ا..$/;
const notPlaceName = (key: string): boolean => NOT_PLACE_NAME.test(key) || kindWords().notPlaceNames.some(w => key.startsWith(w));
const bodyCue = new KeyTest(lazyReadingFilter(() => [...kindWords().ministries, ...kindWords().cabinets]));
const groupCue = new KeyTest(lazyReadingFilter(() => kindWords().groups));

/**
 * LOC after إقليم: the following name tokens, without the cue (إقليم ناغورنو كاراباخ).
 * After a kind word (مدينة، جزيرة…) only a known place or body, or one unknown word
 * that is neither common, nor a verb, nor a feminine adjective.
 */
function regions(ctx: ArticleContext, ev: RuleEvidence, out: NameCandidate[]): void {
  const { tokens } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!placeCue.at(ctx, i) || gapAfter(ctx, i) !== 'space') continue;
    const rs = readingsAt(ctx, i);
    const region = rs.some(r => kindWords().regions.has(r.key));
    if (!region && !rs.some(r => kindWords().placeNamers.has(r.key))) continue;
    const known = ev.knownNameEnd(i + 1);
    let to = i + 1;
    if (known) {
      if (!region && known.type === 'PER') continue;
      to = known.end;
    } else if (!region) {
      const t = tokens[i + 1];
      const head = kindWords().placeNameHeads.has(t.key);
      if (ev.isTaggedPerson(i + 1) || (!head && (isStopWord(t.key) || ev.isCommonWord(t.key))) || ev.nisbaOf(t.key) || !/^\p{L}/u.test(t.key) || notPlaceName(t.key)) continue;
      to = head && i + 2 < tokens.length && gapAfter(ctx, i + 1) === 'space' ? i + 3 : i + 2;
    } else {
      while (to < tokens.length && to - i <= 3) {
        const t = tokens[to];
        if (isStopWord(t.key) || ev.nisbaOf(t.key) || /^[^\p{L}]/u.test(t.key) || ev.isCommonWord(t.key)) break;
        if (to > i + 1 && (t.key.startsWith('ال') || (/^[وف]/.test(t.key) && !ev.isNameWord(t.key)))) break;
        to++;
        if (gapAfter(ctx, to - 1) !== 'space') break;
      }
    }
    if (to === i + 1) continue;
    out.push(nameCandidate({ ...span(tokens, i + 1, to), type: 'LOC', confidence: 0.9, source: 'rule' }));
  }
}

/** The country of the nisba at token i, when one directly follows a space. */
function nisbaAt(ctx: ArticleContext, i: number, ev: RuleEvidence): Country | undefined {
  if (i >= ctx.tokens.length || gapAfter(ctx, i - 1) !== 'space') return undefined;
  return ev.nisbaOf(ctx.tokens[i].key);
}

/** Words of the longest ministry field in the lexicon. */
const MAX_FIELD_WORDS = 3;

/**
 * The longest ministry field from token i (وزارة التعليم العالي, not وزارة التعليم): its last token
 * and English. `joined`: the first word carries a glued و (… والإعلام).
 */
function fieldAt(ctx: ArticleContext, i: number, joined: boolean): { last: number; en: string } | undefined {
  const { tokens } = ctx;
  let key = tokens[i].key;
  if (joined) {
    if (!key.startsWith('وال')) return undefined;
    key = key.slice(1);
  }
  let best: { last: number; en: string } | undefined;
  for (let j = i; j < tokens.length && j - i < MAX_FIELD_WORDS; j++) {
    if (j > i) {
      if (gapAfter(ctx, j - 1) !== 'space') break;
      key += ` ${tokens[j].key}`;
    }
    const en = ministryLexicon().get(key);
    if (en) best = { last: j, en };
  }
  return best;
}

/**
 * Ministries (وزارة الخارجية الأذربيجانية) and councils of ministers (مجلس الوزراء الأرميني), also
 * without their country (وزارة الداخلية، مجلس الوزراء): news names its own country's bodies so, and
 * the dev gold marks them, though ANERcorp never does.
 */
function governmentBodies(ctx: ArticleContext, ev: RuleEvidence, out: NameCandidate[]): void {
  const { tokens } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!bodyCue.at(ctx, i)) continue;
    for (const r of readingsAt(ctx, i)) {
      const cabinet = kindWords().cabinets.has(r.key);
      if (!cabinet && !kindWords().ministries.has(r.key)) continue;
      if (gapAfter(ctx, i) !== 'space') break;
      let field: string | undefined;
      let last = i + 1;
      if (cabinet) {
        if (!kindWords().cabinetMembers.has(tokens[i + 1].key)) break;
      } else {
        let f = fieldAt(ctx, i + 1, false);
        if (!f) break;
        field = f.en;
        // Fields joined by و are one ministry (وزارة التجارة والصناعة), as news names Gulf ministries.
        while (f && f.last + 1 < tokens.length && gapAfter(ctx, f.last) === 'space') {
          last = f.last;
          f = fieldAt(ctx, f.last + 1, true);
          if (f) field += ` and ${f.en}`;
        }
        if (f) last = f.last;
      }
      const country = nisbaAt(ctx, last + 1, ev);
      if (country) last++;
      const nameEn = field
        ? `Ministry of ${field}${country ? ` of ${withArticle(country.nameEn)}` : ''}`
        : country ? `Government of ${withArticle(country.nameEn)}` : 'Council of Ministers';
      out.push(nameCandidate({
        ...span(tokens, i, last + 1, tokens[i].start + r.offset),
        type: 'ORG',
        subtype: field ? 'ministry' : 'government',
        nameEn,
        description: field ? 'government ministry' : 'council of ministers',
        confidence: 0.95,
        source: 'rule',
      }));
      i = last;
      break;
    }
  }
}

/** A group named after a place or body (مجموعة مينسك). */
function namedGroups(ctx: ArticleContext, ev: RuleEvidence, out: NameCandidate[]): void {
  const { tokens } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (gapAfter(ctx, i) !== 'space') continue;
    const r = groupCue.at(ctx, i) ? readingsAt(ctx, i).find(x => kindWords().groups.has(x.key)) : undefined;
    if (!r) continue;
    const known = ev.knownNameEnd(i + 1);
    if (known && known.type !== 'PER') out.push(nameCandidate({ ...span(tokens, i, known.end, tokens[i].start + r.offset), type: 'ORG', confidence: 0.9, source: 'rule' }));
  }
}

/**
 * Token i read with proclitics split off as `key`. A function, not an arrow in the scanning loop: an arrow there
 * over the loop's variables makes every iteration allocate their scope.
 */
function splitReading(ctx: ArticleContext, i: number, key: string): Reading | undefined {
  return readingsAt(ctx, i).find(r => r.split && r.key === key);
}

/**
 * A name joined by و to a person, in a list of people (أحمد حسام وتامر عبدالحميد):
 * a glued و whose rest is a known name word (not an article word), then up to
 * two more name words. Each person found lets the list go on.
 */
function listedPersons(ctx: ArticleContext, ev: RuleEvidence, out: NameCandidate[]): void {
  const { tokens } = ctx;
  let lastPerson = -1;
  for (let i = 1; i < tokens.length; i++) {
    if (ev.isTaggedPerson(i - 1)) lastPerson = i - 1;
    if (lastPerson !== i - 1 || ev.isTaggedPerson(i) || gapAfter(ctx, i - 1) === 'break') continue;
    const key = tokens[i].key;
    if (key.length < 4 || !key.startsWith('و')) continue;
    const stem = key.slice(1);
    if (stem.startsWith('ال') || !ev.isNameWord(stem) || ev.isCommonWord(stem) || ev.isCommonWord(key) || isStopWord(stem) || ev.nisbaOf(stem)) continue;
    const reading = splitReading(ctx, i, stem);
    if (!reading) continue;
    const start = tokens[i].start + reading.offset;
    let to = i + 1;
    while (to < tokens.length && to - i < 3 && gapAfter(ctx, to - 1) === 'space' && !endsName(ctx, to, ev) && ev.isNameToken(to) && !/^[وف]/.test(tokens[to].key)) to++;
    // One word alone is a listed name only where the list goes on or stops (ونجم الوسط، وسبع صديقات are not).
    if (to === i + 1 && to < tokens.length && gapAfter(ctx, i) === 'space' && !/^[وف]/.test(tokens[to].key)) continue;
    out.push(nameCandidate({ start, end: tokens[to - 1].end, type: 'PER', confidence: 0.8, source: 'rule' }));
    lastPerson = to - 1;
    i = to - 1;
  }
}

// Every body kind: a quoted name may follow any in construct (جمعية « X »); unquoted names only the namers.
const bodyKindCue = new KeyTest(lazyReadingFilter(() => kindWords().bodyKinds));

/**
 * Whether token i may start a name nothing else knows after a kind word: a
 * foreign-looking word, not an adjective (صحيفة يومية، فريق علمي) nor a common
 * word behind a proclitic (قناة للتفاوض); an article word only after نادي
 * (نادي الغرافة), since شركة السيارات، فريق الدفاع name no one.
 */
function unknownNameStart(ctx: ArticleContext, i: number, kind: string, ev: RuleEvidence): boolean {
  const { key, prefix } = ctx.tokens[i];
  if (prefix || readingsAt(ctx, i).some(r => r.split && ev.isCommonWord(r.key))) return false;
  return key.startsWith('ال') ? kindWords().articleNamers.has(kind) : !/(?:ه|ي)$/.test(key);
}

/** Whether a body's name may run on at token i (نيويورك تايمز، المغرب الفاسي، الثقافة الجديدة): then the tagger decides. */
function runsOn(ctx: ArticleContext, i: number, ev: RuleEvidence): boolean {
  if (i >= ctx.tokens.length || gapAfter(ctx, i - 1) !== 'space') return false;
  const k = ctx.tokens[i].key;
  return /^\p{L}/u.test(k) && !isStopWord(k) && !ev.nisbaOf(k) && !ev.isCommonWord(k) && !/^[وف]/.test(k);
}

/** Where the stem of token i read as `key` starts in it (0 when no reading is). */
function readingOffset(ctx: ArticleContext, i: number, key: string): number {
  return readingsAt(ctx, i).find(r => r.key === key)?.offset ?? 0;
}

/** The kind noun token i is read as, when a name may follow it: a namer, or with a quoted name any kind in construct. */
function bodyKindAt(ctx: ArticleContext, i: number, quotedName: boolean): string | undefined {
  return readingsAt(ctx, i).find(r => kindWords().bodyNamers.has(r.key) || (quotedName && !r.key.startsWith('ال') && kindWords().bodyKinds.has(r.key) && !kindWords().byLeader.has(r.key)))?.key;
}

/**
 * The name after a kind of body in construct, kind word outside (صحيفة النهار، شركة « جلف فيلم »،
 * نادي قطر): a known place or body not running on into more name, a newspaper's article
 * word, or a quoted name, also after kinds with no other name rule (جمعية « X »، مؤسسة " X ").
 */
function namedBodies(ctx: ArticleContext, ev: RuleEvidence, out: NameCandidate[]): void {
  const { tokens, text } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!bodyKindCue.at(ctx, i)) continue;
    const between = text.slice(tokens[i].end, tokens[i + 1].start);
    if (!/^[ \u00a0«»"“”']+$/.test(between)) continue;
    const quoted = /["«“']/.test(between);
    // Only a kind in construct (no article) takes a quoted name: after القوات or الحكومة quote marks open a quotation;
    // a quoted person, tagged or by the kind (حكومة « X »: by-leader), names whose body it is, not the body.
    const quotedName = quoted && !ev.isTaggedPerson(i + 1) && ev.knownNameEnd(i + 1)?.type !== 'PER';
    const kind = bodyKindAt(ctx, i, quotedName);
    // The knowledge base names the body with its kind word (وكالة الأناضول، شركة شل): that name stands.
    if (!kind || ev.knownNameEnd(i)?.linked) continue;
    const known = ev.knownNameEnd(i + 1);
    let to = i + 1;
    if (quoted) {
      // A quoted name runs to the closing quote.
      while (to < tokens.length && to - i <= 4 && gapAfter(ctx, to - 1) !== 'comma') {
        to++;
        if (/["»”']/.test(text.slice(tokens[to - 1].end, tokens[to]?.start ?? text.length))) break;
      }
      if (!/["»”']/.test(text.slice(tokens[to - 1].end, tokens[to]?.start ?? text.length))) continue;
    } else if (known) {
      if (known.type === 'PER' || (known.type === 'LOC' && !kindWords().bodyTypes.has(kind)) || runsOn(ctx, known.end, ev)) continue;
      to = known.end;
    } else if (kindWords().press.has(kind) && tokens[i + 1].key.startsWith('ال') && !ev.nisbaOf(tokens[i + 1].key) && !isStopWord(tokens[i + 1].key) && !runsOn(ctx, i + 2, ev)) to = i + 2;
    else if (unknownNameStart(ctx, i + 1, kind, ev) && runsOn(ctx, i + 1, ev)) {
      // One or two words no corpus uses as ordinary words, the name ending there (شركة توتال، صحيفة يديعوت أحرونوت).
      while (to - i <= 2 && runsOn(ctx, to, ev)) to++;
      if (runsOn(ctx, to, ev)) to = i + 1;
    }
    if (to === i + 1) continue;
    // A keeper noun after the kind keeps the kind inside (وكالة أنباء X), as trimming does.
    const kindInside = between.trim() === '' && kindWords().kindKeepers.has(tokens[i + 1].key) && kindWords().wholeWithArticle.has(kind);
    const start = kindInside ? tokens[i].start + readingOffset(ctx, i, kind) : tokens[i + 1].start;
    out.push(nameCandidate({ ...span(tokens, i + 1, to, start), type: 'ORG', confidence: known || quoted ? 0.85 : 0.75, source: 'rule' }));
    i = to - 1;
  }
}

const collegeCue = new KeyTest(lazyReadingFilter(() => kindWords().colleges));

/**
 * A university or college named after a place or person, its kind word
 * inside the name (جامعة القاهرة، جامعة بيونغ يانغ، جامعة الملك فهد،
 * جامعة كامبريدج): a known place or person, tagged person words, or one
 * foreign word no corpus uses as an ordinary word.
 */
function namedColleges(ctx: ArticleContext, ev: RuleEvidence, out: NameCandidate[]): void {
  const { tokens } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!collegeCue.at(ctx, i) || gapAfter(ctx, i) !== 'space' || ev.knownNameEnd(i)?.linked) continue;
    const r = readingsAt(ctx, i).find(x => kindWords().colleges.has(x.key));
    if (!r) continue;
    let from = i + 1;
    if (kindWords().namesakes.has(tokens[from].key) && from + 1 < tokens.length && gapAfter(ctx, from) === 'space') from++;
    const known = ev.knownNameEnd(from);
    let to = from;
    if (known && known.type !== 'ORG') to = known.end;
    else {
      while (to < tokens.length && to - from < 3 && ev.isTaggedPerson(to) && (to === from || gapAfter(ctx, to - 1) === 'space')) to++;
      if (to === from && unknownNameStart(ctx, from, r.key, ev) && !ev.isCommonWord(tokens[from].key) && !isStopWord(tokens[from].key)) to = from + 1;
    }
    // The tagger runs the namesake into the head's name after it (مدير جامعة الملك سعود الدكتور X) or into the
    // remit (عبدالله للعلوم): the name ends at a title or at ل + article, which opens no name word.
    for (let j = from + 1; j < to; j++) {
      if (titleFirstWords().has(tokens[j].key) || tokens[j].key.startsWith('لل')) {
        to = j;
        break;
      }
    }
    if (to === from) continue;
    // A remit stays inside (… للعلوم والتقنية); a relative adjective stays out, as ANERcorp marks it (جامعة البلقاء | التطبيقية).
    const end = to < tokens.length && gapAfter(ctx, to - 1) === 'space' ? (remitEnd(ctx, to, ev) ?? to) : to;
    out.push(nameCandidate({ ...span(tokens, i, end, tokens[i].start + r.offset), type: 'ORG', confidence: 0.85, source: 'rule' }));
    i = end - 1;
  }
}

/** Every rule's candidates, in no particular order. */
export function applyRules(ctx: ArticleContext, ev: RuleEvidence): NameCandidate[] {
  const bodies: NameCandidate[] = [];
  governmentBodies(ctx, ev, bodies);
  namedGroups(ctx, ev, bodies);
  namedColleges(ctx, ev, bodies);
  describedBodies(ctx, ev, bodies);
  bodiesByRemit(ctx, ev, bodies);
  fieldBodies(ctx, ev, bodies);
  namesakeBodies(ctx, ev, bodies);
  ministriesByField(ctx, ev, bodies);
  describedInstitutions(ctx, ev, bodies);
  // Titles skip the organisations these rules found (المتحدث باسم وزارة الخارجية الإيرانية …).
  const bodyEnd: BodyEnds = new Map();
  for (const b of bodies) bodyEnd.set(tokenIndexAt(ctx.tokens, b.start), { end: tokenIndexAt(ctx.tokens, b.end - 1) + 1, type: b.type });
  const out = [...bodies];
  titledPersons(ctx, ev, bodyEnd, out);
  regions(ctx, ev, out);
  listedPersons(ctx, ev, out);
  twinNamedPersons(ctx, ev, out);
  namedBodies(ctx, ev, out);
  return out;
}
