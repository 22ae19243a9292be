// Text in, annotations out: the one entry point every view, export and test reads.
import { createHash } from 'node:crypto';
import type { AnnotateOptions, AnnotationDocument, Span } from './types';
import { stripBom } from './text/decode';
import { buildContext, type ArticleContext } from './text/context';
import { recognizeNames } from './recognize/names';
import { buildEntities } from './recognize/coref';
import { findQuotes } from './recognize/quotes';
import { findDates } from './recognize/dates';
import { extractEvents } from './events/extract';
import { defaultSources, type NameSources } from './recognize/sources';

export const DEFAULT_MAX_LENGTH = 5_000_000;

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Line 1 is the headline, line 2 the lead (blank lines skipped). */
function headlineAndLead(ctx: ArticleContext): { headline: Span | null; lead: Span | null } {
  const [h, l] = ctx.paragraphs;
  return { headline: h ? { start: h.start, end: h.end } : null, lead: l ? { start: l.start, end: l.end } : null };
}

/** `sources`: the knowledge base, gazetteer and tagger the recognisers consult (tests and cross-validation pass their own). */
export function annotate(rawText: string, options: AnnotateOptions = {}, sources: NameSources = defaultSources()): AnnotationDocument {
  const text = stripBom(rawText);
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const forced = options.language && options.language !== 'auto' ? options.language : undefined;
  const base: AnnotationDocument = {
    format: 'seed-annotations',
    version: 1,
    document: {
      ...(options.path ? { path: options.path } : {}),
      sha256: sha256(text),
      length: text.length,
      language: 'unknown',
      headline: null,
      lead: null,
      ...(options.publicationDate ? { publicationDate: options.publicationDate } : {}),
    },
    entities: [],
    mentions: [],
    quotes: [],
    dates: [],
    events: [],
  };
  if (text.length > maxLength) {
    base.warnings = [`Not analysed: ${text.length} characters is over the limit of ${maxLength}.`];
    return base;
  }
  const ctx = buildContext(text, forced);
  Object.assign(base.document, { language: ctx.language }, headlineAndLead(ctx));
  const candidates = recognizeNames(ctx, sources);
  const { entities, mentions } = buildEntities(ctx, candidates, sources);
  const dates = findDates(ctx, options.publicationDate);
  const quotes = findQuotes(ctx, entities, mentions, sources, dates);
  const events = extractEvents(ctx, { entities, mentions, quotes, dates }, sources);
  return { ...base, entities, mentions, quotes, dates, events };
}
