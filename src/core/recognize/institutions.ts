// Institutions news names by description rather than by a name: a body noun and a country's
// nisba (الحكومة العراقية، القوات المسلحة السعودية، قوات الأمن النيجيرية), a coalition
// (التحالف الدولي، قوات التحالف → التحالف، طائرات تابعة للتحالف), and the kind noun alone naming again a body the
// article named before (الحكومة، القوات، التنظيم). They are mentions so that events and
// quotes can take them as actors and speakers; the words are data (institutions.json).
import { institutions } from '../lang/lexicon';
import type { ArticleContext } from '../text/context';
import { matchKey } from '../text/normalize';
import { nameCandidate, type NameCandidate } from './candidate';
import type { RuleEvidence } from './rules';
import { withArticle } from './titles';
import { KeyTest } from './lexicon';
import { gapAfter, lazyReadingFilter, readingsAt, tokenIndexAt, type Reading } from './token-view';

interface Body {
  /** Folded keys of the body's words (الحكومه; قوات الامن). */
  words: string[];
  kind: string;
  head: string;
  alone: boolean;
}

interface Words {
  /** Bodies by their first word's key. */
  bodies: Map<string, Body[]>;
  /** Modifier key -> English head it gives ('' keeps the noun's). */
  modifiers: Map<string, string>;
  coalitions: Set<string>;
  coalitionModifiers: Map<string, string>;
  unitHeads: Set<string>;
  affiliations: Set<string>;
  kindReferences: Set<string>;
}

let loaded: Words | undefined;
function words(): Words {
  if (loaded) return loaded;
  const lists = institutions();
  const bodies = new Map<string, Body[]>();
  for (const [noun, kind, head, ...roles] of lists.bodies.entries) {
    const ws = noun.split(' ').map(matchKey);
    const list = bodies.get(ws[0]) ?? [];
    list.push({ words: ws, kind, head, alone: roles.includes('alone') });
    bodies.set(ws[0], list);
  }
  return (loaded = {
    bodies,
    modifiers: new Map(lists.modifiers.entries.map(([w, en]) => [matchKey(w), en])),
    coalitions: new Set(lists.coalitions.entries.map(matchKey)),
    coalitionModifiers: new Map(lists.coalitionModifiers.entries.map(([w, en]) => [matchKey(w), en])),
    unitHeads: new Set(lists.unitHeads.entries.map(matchKey)),
    affiliations: new Set(lists.affiliations.entries.map(matchKey)),
    kindReferences: new Set(lists.kindReferences.entries.map(matchKey)),
  });
}

export const COALITION = 'coalition';

/** Whether some reading of a token may be a body's first word or a coalition noun. */
const bodyCue = new KeyTest(lazyReadingFilter(() => [...words().bodies.keys(), ...words().coalitions]));
/** Whether some reading of a token may be a body noun alone, a coalition or a kind noun. */
const referenceCue = new KeyTest(lazyReadingFilter(() => [...words().bodies.keys(), ...words().coalitions, ...words().kindReferences]));

/** The reading of token i whose key `test` accepts (proclitics split off: وللقوات → القوات). */
function readingWhere(ctx: ArticleContext, i: number, test: (key: string) => boolean): Reading | undefined {
  return i >= 0 && i < ctx.tokens.length ? readingsAt(ctx, i).find(r => test(r.key)) : undefined;
}

/** Token index after modifiers starting at token j (at most `max`, one space apart), and the last English head they give. */
function modifiersFrom(ctx: ArticleContext, j: number, max: number): { to: number; head: string } {
  const mods = words().modifiers;
  let head = '';
  let to = j;
  while (to < ctx.tokens.length && to - j < max && gapAfter(ctx, to - 1) === 'space' && mods.has(ctx.tokens[to].key)) head = mods.get(ctx.tokens[to++].key) || head;
  return { to, head };
}

/** Whether the body's later words follow token i (قوات | الأمن). */
function bodyWordsAt(ctx: ArticleContext, i: number, body: Body): boolean {
  for (let k = 1; k < body.words.length; k++) {
    if (i + k >= ctx.tokens.length || gapAfter(ctx, i + k - 1) !== 'space' || ctx.tokens[i + k].key !== body.words[k]) return false;
  }
  return true;
}

/**
 * A body noun, modifiers, a country's nisba and modifiers (القوات الجوية الملكية السعودية، القوات
 * السعودية المشتركة): the country's body (Saudi armed forces), nisba inside as the gold marks institutions. A name the
 * knowledge base knows there (السلطة الوطنية …) stands instead.
 */
export function describedInstitutions(ctx: ArticleContext, ev: RuleEvidence, out: NameCandidate[]): void {
  const { tokens } = ctx;
  const { bodies, coalitions, coalitionModifiers } = words();
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!bodyCue.at(ctx, i)) continue;
    const r = readingWhere(ctx, i, k => bodies.has(k) || coalitions.has(k));
    if (!r || gapAfter(ctx, i) !== 'space') continue;
    const known = ev.knownNameEnd(i);
    if (known?.linked || known?.type === 'PER') continue;
    if (coalitions.has(r.key)) {
      // التحالف الدولي: the adjective makes the noun a name even with no coalition named before.
      const en = coalitionModifiers.get(tokens[i + 1].key);
      if (en) out.push(nameCandidate({ start: tokens[i].start + r.offset, end: tokens[i + 1].end, type: 'ORG', subtype: COALITION, nameEn: en, description: 'coalition', confidence: 0.8, source: 'rule' }));
      if (en) i++;
      continue;
    }
    for (const body of bodies.get(r.key)!) {
      if (!bodyWordsAt(ctx, i, body)) continue;
      const before = modifiersFrom(ctx, i + body.words.length, 2);
      if (before.to >= tokens.length || gapAfter(ctx, before.to - 1) !== 'space') continue;
      const country = ev.nisbaOf(tokens[before.to].key);
      if (!country) continue;
      const after = modifiersFrom(ctx, before.to + 1, 1);
      const head = after.head || before.head || body.head;
      out.push(nameCandidate({
        start: tokens[i].start + r.offset,
        end: tokens[after.to - 1].end,
        type: 'ORG',
        subtype: body.kind,
        // Saudi armed forces, as English news writes it; Armed forces of X where the data has no adjective.
        nameEn: country.demonym ? `${country.demonym} ${head.toLowerCase()}` : `${head} of ${withArticle(country.nameEn)}`,
        description: `${head.toLowerCase()} of ${withArticle(country.nameEn)}`,
        confidence: 0.85,
        source: 'rule',
        descriptive: true,
      }));
      i = after.to - 1;
      break;
    }
  }
}

/** First word key of a candidate's text, article kept (المرصد السوري … → المرصد). */
function firstKey(ctx: ArticleContext, c: NameCandidate): string {
  const i = tokenIndexAt(ctx.tokens, c.start);
  return readingsAt(ctx, i).find(r => ctx.tokens[i].start + r.offset === c.start)?.key ?? ctx.tokens[i].key;
}

/**
 * The kind noun alone naming again the latest body of its kind (القوات after القوات السعودية,
 * التنظيم after تنظيم X, المرصد after المرصد …), and a coalition after a unit head (قوات
 * التحالف → التحالف) even when none was named before. `antecedent` tells coreference which
 * earlier mention it is. Only where no mention covers the word already.
 */
export function institutionReferences(ctx: ArticleContext, found: readonly NameCandidate[]): NameCandidate[] {
  const { tokens } = ctx;
  const w = words();
  const out: NameCandidate[] = [];
  const sorted = [...found].sort((a, b) => a.start - b.start);
  const kindBefore = (c: NameCandidate): string | undefined => {
    const i = tokenIndexAt(tokens, c.start);
    return i > 0 && c.start === tokens[i].start && gapAfter(ctx, i - 1) === 'space' ? readingsAt(ctx, i - 1).map(r => 'ال' + r.key).find(k => w.kindReferences.has(k)) : undefined;
  };
  // What each reference may point back to, kept up to date as the scan passes candidates.
  const bySubtype = new Map<string, NameCandidate[]>();
  const orgByKindKey = new Map<string, NameCandidate>();
  const passed = (c: NameCandidate) => {
    if (c.subtype) {
      const list = bySubtype.get(c.subtype);
      if (list) list.push(c);
      else bySubtype.set(c.subtype, [c]);
    }
    if (c.type !== 'ORG') return;
    orgByKindKey.set(firstKey(ctx, c), c);
    const kind = kindBefore(c);
    if (kind) orgByKindKey.set(kind, c);
  };
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!referenceCue.at(ctx, i)) continue;
    while (next < sorted.length && sorted[next].end <= tokens[i].start) passed(sorted[next++]);
    if (next < sorted.length && sorted[next].start < tokens[i].end) continue;
    const r = readingWhere(ctx, i, k => w.bodies.get(k)?.some(b => b.alone && b.words.length === 1) || w.coalitions.has(k) || w.kindReferences.has(k));
    if (!r) continue;
    let antecedent: NameCandidate | undefined;
    let end = tokens[i].end;
    let subtype: string | undefined;
    let nameEn: string | undefined;
    if (w.coalitions.has(r.key)) {
      subtype = COALITION;
      antecedent = bySubtype.get(COALITION)?.at(-1);
      // In construct after a unit (قوات التحالف), or after تابعة ل (طائرات تابعة للتحالف).
      const before = i > 0 && gapAfter(ctx, i - 1) === 'space' ? tokens[i - 1].key : '';
      const unit = r.offset === 0 ? w.unitHeads.has(before) || !!readingWhere(ctx, i - 1, k => w.unitHeads.has(k)) : w.affiliations.has(before) && /^ل/.test(tokens[i].key);
      if (!antecedent && !unit) continue;
      nameEn = 'Coalition';
    } else if (w.kindReferences.has(r.key)) {
      antecedent = orgByKindKey.get(r.key);
    } else {
      const body = w.bodies.get(r.key)!.find(b => b.alone)!;
      const mods = modifiersFrom(ctx, i + 1, 2);
      end = tokens[mods.to - 1].end;
      // With a modifier of its own (القوات الجوية) it is that body, not any of its kind.
      const ofKind = bySubtype.get(body.kind) ?? [];
      antecedent = mods.head ? [...ofKind].reverse().find(c => !!c.description?.startsWith(mods.head.toLowerCase())) : ofKind.at(-1);
      subtype = body.kind;
    }
    if (!antecedent && !nameEn) continue;
    out.push(nameCandidate({ start: tokens[i].start + r.offset, end, type: 'ORG', subtype, nameEn, confidence: 0.7, source: 'rule', antecedent: antecedent?.start }));
    i = tokenIndexAt(tokens, end - 1);
  }
  return out;
}
