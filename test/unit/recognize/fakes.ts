// Small stand-ins for the knowledge base and the tagger, so rule and coreference
// tests say exactly what each recogniser contributes.
import { buildContext, type ArticleContext } from '../../../src/core/text/context';
import { matchKey } from '../../../src/core/text/normalize';
import type { NameCandidate } from '../../../src/core/recognize/candidate';
import { defaultSources, type KbInfo, type NameSources } from '../../../src/core/recognize/sources';
import type { Country } from '../../../src/core/recognize/titles';
import type { EntityType } from '../../../src/core/types';

/** id -> [English name, nisba forms, English adjective (Iran has none here: bodies fall back to 'X of Iran')]. */
const COUNTRIES: Record<string, [string, string[], string?]> = {
  ru: ['Russia', ['الروسي', 'الروسية'], 'Russian'],
  fr: ['France', ['الفرنسي', 'الفرنسية'], 'French'],
  am: ['Armenia', ['الأرميني', 'الأرمينية'], 'Armenian'],
  az: ['Azerbaijan', ['الأذربيجاني', 'الأذربيجانية'], 'Azerbaijani'],
  tr: ['Turkey', ['التركي', 'التركية'], 'Turkish'],
  us: ['the United States', ['الأميركي', 'الأمريكي'], 'American'],
  de: ['Germany', ['الألماني', 'الألمانية'], 'German'],
  jo: ['Jordan', ['الأردني', 'الأردنية'], 'Jordanian'],
  ir: ['Iran', ['الإيراني', 'الإيرانية']],
  sa: ['Saudi Arabia', ['السعودي', 'السعودية'], 'Saudi'],
  gb: ['the United Kingdom', ['البريطاني', 'البريطانية'], 'British'],
  // Bare forms too: a nisba without ال after a name word is a family name.
  pe: ['Peru', ['البيروفي', 'البيروفية', 'بيروفي', 'بيروفية'], 'Peruvian'],
};

export interface FakeOptions {
  /** Phrases the gazetteer knows: [text, type, kbId, subtype?]. */
  gazetteer?: [string, EntityType, string, string?][];
  /** Phrases the tagger marks, whole tokens as the tagger does: [text, type]. */
  model?: [string, EntityType][];
  names?: string[];
  /** Words the corpora almost never use inside a name. */
  common?: string[];
  /** English demonyms and the country each stands for. */
  demonyms?: Record<string, Country>;
  kb?: Record<string, KbInfo>;
}

function occurrences(text: string, phrase: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) out.push(i);
  return out;
}

/** Whole-token start of an occurrence (the tagger tags tokens with their proclitics). */
function tokenStart(text: string, at: number): number {
  while (at > 0 && /\p{L}/u.test(text[at - 1])) at--;
  return at;
}

export function fakeSources(o: FakeOptions = {}): NameSources {
  const nisba = new Map<string, Country>();
  for (const [id, [nameEn, adjs, demonym]] of Object.entries(COUNTRIES)) for (const a of adjs) nisba.set(matchKey(a), { id, nameEn, ...(demonym ? { demonym } : {}) });
  const names = new Set((o.names ?? []).map(matchKey));
  const common = new Set((o.common ?? []).map(matchKey));
  return {
    gazetteer: ctx =>
      (o.gazetteer ?? []).flatMap(([phrase, type, kbId, subtype]) =>
        occurrences(ctx.text, phrase).map((s): NameCandidate => ({ start: s, end: s + phrase.length, type, kbId, subtype, confidence: 0.95, source: 'gazetteer' })),
      ),
    tagger: ctx =>
      (o.model ?? []).flatMap(([phrase, type]) =>
        occurrences(ctx.text, phrase).map((s): NameCandidate => ({ start: tokenStart(ctx.text, s), end: s + phrase.length, type, confidence: 0.9, source: 'model' })),
      ),
    nisbaOf: key => nisba.get(key),
    countryByDemonym: demonym => o.demonyms?.[demonym],
    isNameWord: key => names.has(key),
    isCommonWord: key => common.has(key),
    isKnownName: key => names.has(key) || (o.gazetteer ?? []).some(([phrase]) => matchKey(phrase) === key),
    kbEntry: id => o.kb?.[id],
    // A fake knowledge base lists no capitals: which places act as states is the shipped one's answer.
    actsAsState: (kbId, name) => defaultSources().actsAsState(kbId, name),
  };
}

export function ar(text: string): ArticleContext {
  return buildContext(text, 'ar');
}

/** Mention texts with types, for compact assertions. */
export function spans(ctx: ArticleContext, cands: NameCandidate[]): string[] {
  return cands.map(c => `${c.type} ${ctx.text.slice(c.start, c.end)}`);
}
