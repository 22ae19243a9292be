// What the corpus keeps of one article: enough for the Corpus view, workspace
// symbols and cross-article search, small enough to hold 1,000 articles.
import type { AnnotationDocument, Entity, Span } from '../types';
import { matchKey } from '../text/normalize';
import { positionIndex } from '../text/positions';

/**
 * A mention with its text and its editor position (0-based line and character,
 * as vscode.Position), so workspace symbols and cross-article peeks need not
 * open every article to turn offsets into ranges.
 */
export interface CorpusMention extends Span {
  text: string;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
}

export interface CorpusEntityRef {
  /** Cross-article identity: knowledge-base id, else type + normalised canonical name. */
  key: string;
  type: Entity['type'];
  name: string;
  nameEn?: string;
  description?: string;
  wikidata?: string;
  /** Other spellings the article uses, for search. */
  aliases?: string[];
  mentions: CorpusMention[];
}

export interface CorpusEventRef {
  id: string;
  plover: string;
  cameo: string;
  summary: string;
  trigger: Span & { text: string };
  sentence: Span;
  actors: string[];
  targets: string[];
  location?: string;
  /** Resolved ISO date, when the publication date is known. */
  iso?: string;
  dateText?: string;
}

export interface ArticleSummary {
  path: string;
  sha256: string;
  headline: string;
  language: string;
  publicationDate?: string;
  /** Fingerprint of the analyst's corrections merged in (sidecar), when there were any. */
  corrections?: string;
  entities: CorpusEntityRef[];
  events: CorpusEventRef[];
}

export function entityKey(e: Pick<Entity, 'type' | 'name' | 'kb'>): string {
  return e.kb?.id ? `kb:${e.kb.id}` : `${e.type}:${matchKey(e.name)}`;
}

export function summarise(path: string, text: string, doc: AnnotationDocument, corrections?: string): ArticleSummary {
  const position = positionIndex(text);
  const keyOf = new Map<string, string>();
  const entities = new Map<string, CorpusEntityRef>();
  for (const e of doc.entities) {
    const key = entityKey(e);
    keyOf.set(e.id, key);
    if (!entities.has(key)) {
      entities.set(key, {
        key, type: e.type, name: e.name,
        ...(e.nameEn ? { nameEn: e.nameEn } : {}),
        ...(e.description ? { description: e.description } : {}),
        ...(e.kb?.wikidata ? { wikidata: e.kb.wikidata } : {}),
        mentions: [],
      });
    }
  }
  for (const m of doc.mentions) {
    if (m.state === 'rejected') continue;
    const key = keyOf.get(m.entity);
    if (!key) continue;
    const from = position(m.start);
    const to = position(m.end);
    entities.get(key)!.mentions.push({
      start: m.start, end: m.end, text: m.text, line: from.line, character: from.character, endLine: to.line, endCharacter: to.character,
    });
  }
  const dateById = new Map(doc.dates.map(d => [d.id, d]));
  const events: CorpusEventRef[] = doc.events
    .filter(ev => ev.state !== 'rejected')
    .map(ev => {
      const date = ev.time ? dateById.get(ev.time) : undefined;
      return {
        id: ev.id, plover: ev.plover, cameo: ev.cameo, summary: ev.summary,
        trigger: { start: ev.trigger.start, end: ev.trigger.end, text: ev.trigger.text },
        sentence: ev.sentence,
        actors: ev.actors.map(a => keyOf.get(a) ?? a),
        targets: ev.targets.map(t => keyOf.get(t) ?? t),
        ...(ev.location && keyOf.has(ev.location) ? { location: keyOf.get(ev.location) } : {}),
        ...(date?.value.iso ? { iso: date.value.iso } : {}),
        ...(date ? { dateText: date.text } : {}),
      };
    });
  const h = doc.document.headline;
  return {
    path,
    sha256: doc.document.sha256,
    headline: h ? text.slice(h.start, h.end) : '',
    language: doc.document.language,
    ...(doc.document.publicationDate ? { publicationDate: doc.document.publicationDate } : {}),
    ...(corrections ? { corrections } : {}),
    entities: [...entities.values()].filter(e => e.mentions.length > 0).map(withAliases),
    events,
  };
}

/** The spellings the mentions use besides the canonical name (an entity merged by coreference). */
function withAliases(e: CorpusEntityRef): CorpusEntityRef {
  const aliases = [...new Set(e.mentions.map(m => m.text))].filter(a => a !== e.name);
  e.mentions.sort((a, b) => a.start - b.start);
  return aliases.length ? { ...e, aliases } : e;
}
