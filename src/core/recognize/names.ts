// Arabic people, places and organisations: gazetteer matches (linked to the
// knowledge base), rules and the trained tagger, trimmed to the mention
// convention, made flat, then spread over the whole article.
import type { ArticleContext } from '../text/context';
import type { NameCandidate } from './candidate';
import { spreadNames } from './consistency';
import { recognizeEnglish } from './english';
import { resolveOverlaps } from './overlaps';
import { applyRules, type RuleEvidence } from './rules';
import { defaultSources, type NameSources } from './sources';
import { tokenIndexAt } from './token-view';
import { trimCandidate } from './trim';

/** Per-token evidence from the gazetteer and the tagger, for the rules. */
function evidence(ctx: ArticleContext, gazetteer: NameCandidate[], model: NameCandidate[], sources: NameSources): RuleEvidence {
  const { tokens } = ctx;
  const person = new Uint8Array(tokens.length);
  const knownEnd = new Map<number, { end: number; type: string }>();
  const each = (c: NameCandidate, f: (i: number) => void) => {
    for (let i = tokenIndexAt(tokens, c.start); i < tokens.length && tokens[i].start < c.end; i++) f(i);
  };
  for (const c of model) if (c.type === 'PER') each(c, i => (person[i] = 1));
  for (const c of gazetteer) {
    if (c.type === 'PER') each(c, i => (person[i] = 1));
    const first = tokenIndexAt(tokens, c.start);
    const end = tokenIndexAt(tokens, c.end - 1) + 1;
    const prev = knownEnd.get(first);
    if (!prev || prev.end < end) knownEnd.set(first, { end, type: c.type });
  }
  return {
    nisbaOf: sources.nisbaOf,
    isNameWord: key => sources.isNameWord(key),
    isCommonWord: key => sources.isCommonWord(key),
    isNameToken: i => person[i] === 1 || sources.isNameWord(tokens[i].key) || sources.isNameWord(tokens[i].stemKey),
    knownNameEnd: i => knownEnd.get(i),
  };
}

export function recognizeNames(ctx: ArticleContext, sources: NameSources = defaultSources()): NameCandidate[] {
  if (ctx.language === 'en') return recognizeEnglish(ctx, sources.gazetteer(ctx));
  if (!ctx.tokens.length) return [];
  const gazetteer = sources.gazetteer(ctx);
  const model = sources.tagger(ctx);
  const rules = applyRules(ctx, evidence(ctx, gazetteer, model, sources));
  const lex = { nisbaOf: sources.nisbaOf, isKnownWord: (key: string) => sources.isKnownName(key) };
  const trimmed: NameCandidate[] = [];
  for (const c of [...rules, ...gazetteer, ...model]) {
    const t = trimCandidate(ctx, c, lex);
    if (t) trimmed.push(t);
  }
  const found = resolveOverlaps(trimmed);
  const spread = spreadNames(ctx, found, sources);
  return spread.length ? [...found, ...spread].sort((a, b) => a.start - b.start) : found;
}
