// Quotes, dates and events on the hand-annotated seed, measured twice:
// through the real pipeline (annotate(), whose names come from the
// recogniser) and with the gold mentions injected (this part on its own).
// Matching: a quote by span overlap (Jaccard ≥ 0.5), a date by any overlap,
// an event by trigger overlap and CAMEO root; system entity ids map to gold
// ids by mention overlap.
import { annotate } from '../../src/core/annotate';
import { buildContext } from '../../src/core/text/context';
import { findQuotes } from '../../src/core/recognize/quotes';
import { findDates } from '../../src/core/recognize/dates';
import { extractEvents } from '../../src/core/events/extract';
import type { AnnotationEvent, DateExpr, Mention, Quote, Span } from '../../src/core/types';
import { loadGold, loadSeed, pct, prf, type Gold } from './gold';
import { goldEntitiesAndMentions } from './gold-inputs';

const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const jaccard = (a: Span, b: Span): number => overlap(a, b) / (Math.max(a.end, b.end) - Math.min(a.start, b.start));

/** System entity id → gold entity id: the gold entity whose mentions its mentions overlap most. */
function entityMap(gold: Gold, mentions: Mention[]): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const m of mentions) {
    for (const g of gold.mentions) {
      if (!overlap(m, g)) continue;
      const v = votes.get(m.entity) ?? new Map<string, number>();
      v.set(g.entity, (v.get(g.entity) ?? 0) + 1);
      votes.set(m.entity, v);
    }
  }
  const out = new Map<string, string>();
  for (const [sys, v] of votes) out.set(sys, [...v].sort((a, b) => b[1] - a[1])[0][0]);
  return out;
}

interface Result {
  quotes: Quote[];
  dates: DateExpr[];
  events: AnnotationEvent[];
  ids: Map<string, string>;
}

function score(label: string, gold: Gold, r: Result): void {
  const mapId = (id: string | null): string | null => (id === null ? null : r.ids.get(id) ?? `?${id}`);
  // Quotes.
  const qUsed = new Set<number>();
  let qTp = 0;
  let speakers = 0;
  for (const g of gold.quotes) {
    const i = r.quotes.findIndex((q, k) => !qUsed.has(k) && jaccard(q, g) >= 0.5);
    if (i < 0) continue;
    qUsed.add(i);
    qTp++;
    if (mapId(r.quotes[i].speaker) === g.speaker) speakers++;
  }
  const q = prf(qTp, r.quotes.length - qTp, gold.quotes.length - qTp);
  // Dates.
  const datesFound = gold.dates.filter(g => r.dates.some(d => overlap(d, g) > 0)).length;
  const exactDates = gold.dates.filter(g => r.dates.some(d => d.start === g.start && d.end === g.end)).length;
  // Events.
  const eUsed = new Set<number>();
  let eTp = 0;
  let actorsRight = 0;
  const missed: string[] = [];
  for (const g of gold.events) {
    const i = r.events.findIndex((e, k) => !eUsed.has(k) && overlap(e.trigger, g.trigger) > 0 && e.cameo.slice(0, 2) === g.cameo.slice(0, 2));
    if (i < 0) {
      missed.push(`${g.trigger.text} (${g.cameo})`);
      continue;
    }
    eUsed.add(i);
    eTp++;
    const sys = new Set(r.events[i].actors.map(a => mapId(a)));
    if (sys.size === g.actors.length && g.actors.every(a => sys.has(a))) actorsRight++;
  }
  const e = prf(eTp, r.events.length - eTp, gold.events.length - eTp);
  const spurious = r.events.filter((_, k) => !eUsed.has(k)).map(x => `${x.trigger.text} (${x.cameo})`);
  console.log(`-- ${label}`);
  console.log(`quotes   P ${pct(q.p)}  R ${pct(q.r)}  F1 ${pct(q.f)}   speakers right ${speakers}/${qTp} (${pct(qTp ? speakers / qTp : 0)})`);
  console.log(`dates    found ${datesFound}/${gold.dates.length} (exact spans ${exactDates}), system dates ${r.dates.length}`);
  console.log(`events   P ${pct(e.p)}  R ${pct(e.r)}  F1 ${pct(e.f)}   actors right ${actorsRight}/${eTp} (${pct(eTp ? actorsRight / eTp : 0)})`);
  if (missed.length) console.log(`  missed:   ${missed.join(' · ')}`);
  if (spurious.length) console.log(`  spurious: ${spurious.join(' · ')}`);
}

export function runSeedEvents(): void {
  const gold = loadGold();
  if (!gold) {
    console.log('gold file not found; skipped');
    return;
  }
  const text = loadSeed();
  const doc = annotate(text, { publicationDate: '2020-10-01' });
  score('pipeline: annotate()', gold, { ...doc, ids: entityMap(gold, doc.mentions) });
  const { entities, mentions } = goldEntitiesAndMentions(gold);
  const ctx = buildContext(text);
  const quotes = findQuotes(ctx, entities, mentions);
  const dates = findDates(ctx, '2020-10-01');
  const events = extractEvents(ctx, { entities, mentions, quotes, dates });
  score('gold mentions injected', gold, { quotes, dates, events, ids: new Map(entities.map(x => [x.id, x.id])) });
}
