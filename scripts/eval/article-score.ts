// One article's figures against its hand annotation, computed as ../shared/notes/scoring.md
// says and as ../shared/tools/score.py computes them from the native JSON (the dev-set
// section checks that both agree), so `npm run eval` and the shared scorer never drift apart.
import type { AnnotationDocument } from '../../src/core/types';
import type { Gold } from './gold';

export type Prf = [p: number, r: number, f: number];

export interface ArticleScore {
  mentions_prf: Prf;
  coref_pair_recall: number;
  quotes_prf: Prf;
  quote_speaker_acc: number;
  dates_recall: number;
  events_prf: Prf;
  event_actor_acc: number;
  seed_score: number;
}

const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

function prfOf(tp: number, predicted: number, gold: number): Prf {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return [round4(p), round4(r), round4(p + r ? (2 * p * r) / (p + r) : 0)];
}

const spanKey = (s: { start: number; end: number }): string => `${s.start}:${s.end}`;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
const NAME_TYPES = new Set(['PER', 'LOC', 'ORG']);

export function scoreArticle(pred: AnnotationDocument, gold: Gold): ArticleScore {
  const required = gold.mentions.filter(m => !m.optional);
  const optional = gold.mentions.filter(m => m.optional);
  const goldKeys = new Set(required.map(m => `${spanKey(m)}:${m.type}`));
  // A prediction over an optional gold span that matches no required one is neither right nor wrong.
  const excused = (key: string, m: { start: number; end: number }): boolean => !goldKeys.has(key) && optional.some(o => overlaps(m, o));
  const predKeys = new Set<string>();
  for (const m of pred.mentions) {
    const key = `${spanKey(m)}:${m.type}`;
    if (NAME_TYPES.has(m.type) && !excused(key, m)) predKeys.add(key);
  }
  const mentionTp = [...predKeys].filter(k => goldKeys.has(k)).length;

  // Later mentions at one span overwrite earlier ones, as the Python dict does.
  const entityAt = new Map<string, string | undefined>();
  for (const m of pred.mentions) entityAt.set(spanKey(m), m.entity);
  let pairs = 0;
  let joined = 0;
  for (let i = 0; i < required.length; i++) {
    for (let j = i + 1; j < required.length; j++) {
      if (required[i].entity !== required[j].entity) continue;
      pairs++;
      const a = entityAt.get(spanKey(required[i]));
      const b = entityAt.get(spanKey(required[j]));
      if (a !== undefined && a !== null && a === b) joined++;
    }
  }

  const goldSpansOf = (entities: Set<string>): Set<string> =>
    new Set(gold.mentions.filter(m => entities.has(m.entity)).map(spanKey));
  const predMentionOnSpans = (entities: Set<string>, spans: Set<string>): boolean =>
    pred.mentions.some(m => entities.has(m.entity) && spans.has(spanKey(m)));

  const goldQuotes = new Map(gold.quotes.map(q => [spanKey(q), q]));
  const predQuotes = new Map(pred.quotes.map(q => [spanKey(q), q]));
  let quoteTp = 0;
  let speakersRight = 0;
  for (const [key, g] of goldQuotes) {
    const q = predQuotes.get(key);
    if (!q) continue;
    quoteTp++;
    if (q.speaker !== null && q.speaker !== undefined && predMentionOnSpans(new Set([q.speaker]), goldSpansOf(new Set([g.speaker])))) speakersRight++;
  }

  const datesHit = gold.dates.filter(g => pred.dates.some(d => overlaps(d, g))).length;

  const used = new Set<number>();
  let eventTp = 0;
  let actorsRight = 0;
  for (const g of gold.events) {
    const k = pred.events.findIndex((e, i) => !used.has(i) && overlaps(e.trigger, g.trigger) && e.cameo.slice(0, 2) === g.cameo);
    if (k < 0) continue;
    used.add(k);
    eventTp++;
    const predicted = new Set(pred.events[k].actors);
    const right = (g.actors.length === 0 && predicted.size === 0) || predMentionOnSpans(predicted, goldSpansOf(new Set(g.actors)));
    if (right) actorsRight++;
  }

  const mentions = prfOf(mentionTp, predKeys.size, goldKeys.size);
  const quotes = prfOf(quoteTp, predQuotes.size, goldQuotes.size);
  const events = prfOf(eventTp, pred.events.length, gold.events.length);
  return {
    mentions_prf: mentions,
    coref_pair_recall: pairs ? round4(joined / pairs) : 0,
    quotes_prf: quotes,
    quote_speaker_acc: goldQuotes.size ? round4(speakersRight / goldQuotes.size) : 0,
    dates_recall: gold.dates.length ? round4(datesHit / gold.dates.length) : 0,
    events_prf: events,
    event_actor_acc: gold.events.length ? round4(actorsRight / gold.events.length) : 0,
    seed_score: round4((mentions[2] + quotes[2] + events[2]) / 3),
  };
}

/**
 * What the panel shows as a weak row: events with no actor; events whose actor is only their
 * place (the place they happened in, or place names alone, as in "the capital held a call");
 * quotes with no speaker.
 */
export function weakRows(pred: AnnotationDocument): { noActor: number; actorIsPlace: number; noSpeaker: number } {
  const places = new Set(pred.entities.filter(e => e.type === 'LOC').map(e => e.id));
  return {
    noActor: pred.events.filter(e => e.actors.length === 0).length,
    actorIsPlace: pred.events.filter(e => e.actors.length > 0 && e.actors.every(a => a === e.location || places.has(a))).length,
    noSpeaker: pred.quotes.filter(q => q.speaker === null).length,
  };
}
