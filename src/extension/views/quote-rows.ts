// Quotes view rows: direct quotes grouped by speaker, unattributed ones last.
import type { AnnotationDocument, Quote } from '../../core/types';
import { clipWords, entityName, entityNameBoth, indexDoc, PAGE_SIZE, paged, untranslated, type RowNode, type Translate } from './rows';

export interface QuoteRowOptions {
  t?: Translate;
}

const UNKNOWN = '\u0000unknown';

function quoteRow(q: Quote, t: Translate): RowNode {
  const flags = [q.unclosed ? t('unclosed') : undefined, q.origin === 'manual' ? t('manual') : undefined].filter(Boolean);
  return {
    id: `quote:${q.id}`,
    // Short: a tree row cuts overflow on the right, which is where Arabic text begins.
    label: clipWords(q.text, 32),
    description: flags.length ? flags.join(' · ') : undefined,
    tooltip: q.cue ? `${q.text}\n\n${t('Cue')}: ${q.cue.text}` : q.text,
    icon: 'quote',
    iconColor: 'seedAnnotator.quoteBorder',
    reveal: { start: q.start, end: q.end },
  };
}

export function buildQuoteRows(doc: AnnotationDocument, opts: QuoteRowOptions = {}): RowNode[] {
  const t = opts.t ?? untranslated;
  const ix = indexDoc(doc);
  const groups = new Map<string, Quote[]>();
  for (const q of [...doc.quotes].sort((a, b) => a.start - b.start)) {
    // A speaker id that names no entity is no evidence of a speaker.
    const key = q.speaker && ix.entity(q.speaker) ? q.speaker : UNKNOWN;
    const list = groups.get(key) ?? [];
    list.push(q);
    groups.set(key, list);
  }
  const keys = [...groups.keys()].filter(k => k !== UNKNOWN);
  if (groups.has(UNKNOWN)) keys.push(UNKNOWN);
  return keys.map(key => {
    const quotes = groups.get(key)!;
    const speaker = key === UNKNOWN ? undefined : ix.entity(key);
    return {
      id: `speaker:${speaker?.id ?? 'unknown'}`,
      label: speaker ? entityName(speaker) : t('Unknown speaker'),
      description: [speaker?.nameEn, String(quotes.length)].filter(Boolean).join(' · '),
      tooltip: speaker ? entityNameBoth(speaker) : undefined,
      icon: speaker ? 'person' : 'question',
      iconColor: speaker ? 'seedAnnotator.personBorder' : undefined,
      // Open groups build their rows at once: for a long article the analyst opens the one wanted.
      expanded: doc.quotes.length <= PAGE_SIZE,
      loadChildren: () => paged(quotes, q => quoteRow(q, t), `speaker:${speaker?.id ?? 'unknown'}`, t),
    };
  });
}
