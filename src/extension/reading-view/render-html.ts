// The reading view's HTML, built as a pure function of the article text and its
// analysis so it is unit-tested: every piece of article text goes through `esc`,
// and the only script is the bundled one carrying the page's nonce.
import type { AnnotationDocument, Entity, EntityType, Span } from '../../core/types';

export type HighlightClass = 'person' | 'place' | 'organisation' | 'quote' | 'date' | 'event';

const ENTITY_CLASS: Record<EntityType, HighlightClass> = { PER: 'person', LOC: 'place', ORG: 'organisation' };
/** Same extent: the quote encloses the name, the name the trigger. */
const NESTING: Record<HighlightClass, number> = { quote: 0, person: 1, place: 1, organisation: 1, date: 2, event: 3 };

export interface Highlight extends Span {
  cls: HighlightClass;
  id: string;
  title: string;
}

const SPECIAL = /[&<>"']/;

export function esc(s: string): string {
  return SPECIAL.test(s) ? s.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`) : s;
}

function describeEntity(e: Entity | undefined): string {
  if (!e) return '';
  const name = e.nameEn && e.nameEn !== e.name ? `${e.name} (${e.nameEn})` : e.name;
  return e.description ? `${name} — ${e.description}` : name;
}

/** Every annotation as a highlight with the hover title the reading view shows. */
export function highlightsOf(doc: AnnotationDocument, hidden: ReadonlySet<HighlightClass> = new Set()): Highlight[] {
  const entities = new Map(doc.entities.map(e => [e.id, e]));
  const out: Highlight[] = [];
  const add = (h: Highlight) => {
    if (!hidden.has(h.cls) && h.end > h.start) out.push(h);
  };
  for (const m of doc.mentions) add({ cls: ENTITY_CLASS[m.type], id: m.id, start: m.start, end: m.end, title: describeEntity(entities.get(m.entity)) || m.text });
  for (const q of doc.quotes) {
    const speaker = q.speaker ? entities.get(q.speaker) : undefined;
    add({ cls: 'quote', id: q.id, start: q.start, end: q.end, title: speaker ? `“…” — ${describeEntity(speaker)}` : '“…” — ?' });
  }
  for (const d of doc.dates) add({ cls: 'date', id: d.id, start: d.start, end: d.end, title: d.value.iso ?? d.text });
  for (const ev of doc.events) {
    add({ cls: 'event', id: ev.id, start: ev.trigger.start, end: ev.trigger.end, title: `${ev.plover} (${ev.cameo})${ev.summary ? `: ${ev.summary}` : ''}` });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end || NESTING[a.cls] - NESTING[b.cls]);
}

/**
 * Text of [from, to) with the highlights inside it as nested spans. A highlight that
 * crosses the end of the one enclosing it is cut there: HTML cannot overlap elements,
 * and the enclosing one (a quote) matters more to the reader than the tail.
 */
function renderRange(text: string, from: number, to: number, hs: Highlight[]): string {
  let out = '';
  let pos = from;
  let i = 0;
  while (i < hs.length) {
    const h = { ...hs[i], start: Math.max(hs[i].start, pos) };
    let j = i + 1;
    const inner: Highlight[] = [];
    for (; j < hs.length && hs[j].start < h.end; j++) inner.push({ ...hs[j], end: Math.min(hs[j].end, h.end) });
    if (h.end > h.start) {
      out += esc(text.slice(pos, h.start));
      out += `<span class="ann ann-${h.cls}" data-start="${h.start}" data-end="${h.end}" data-id="${esc(h.id)}" title="${esc(h.title)}">`;
      out += renderRange(text, h.start, h.end, inner);
      out += '</span>';
      pos = h.end;
    }
    i = j;
  }
  return out + esc(text.slice(pos, to));
}

/** Non-empty lines with their offsets, a trailing \r left out (CRLF files). */
export function lines(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const lineEnd = nl < 0 ? text.length : nl;
    const end = lineEnd > start && text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    if (text.slice(start, end).trim()) out.push({ start, end });
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

export interface BodyOptions {
  /** Highlight classes switched off in the settings. */
  hidden?: ReadonlySet<HighlightClass>;
}

/** What the body is drawn from: small enough to post to the webview, which draws big articles itself. */
export interface ArticleLayout {
  headline?: number;
  lead?: number;
  highlights: Highlight[];
  warnings: string[];
}

export function articleLayout(doc: AnnotationDocument | undefined, opts: BodyOptions = {}): ArticleLayout {
  return {
    headline: doc?.document.headline?.start,
    lead: doc?.document.lead?.start ?? undefined,
    highlights: doc ? highlightsOf(doc, opts.hidden) : [],
    warnings: doc?.warnings ?? [],
  };
}

/** One paragraph (or the headline) with the highlights inside it, cut to its bounds. */
export interface Block extends Span {
  tag: 'h1' | 'p';
  lead: boolean;
  highlights: Highlight[];
}

/** The article's paragraphs in order: the headline first, the lead marked. */
export function articleBlocks(text: string, layout: ArticleLayout): Block[] {
  const paragraphs = lines(text);
  const headlineStart = layout.headline ?? paragraphs[0]?.start;
  const leadStart = layout.lead ?? paragraphs[1]?.start;
  const hs = layout.highlights;
  // One sweep: highlights are sorted by start; `open` holds those running on from an earlier line.
  let next = 0;
  let open: Highlight[] = [];
  return paragraphs.map(p => {
    open = open.filter(h => h.end > p.start);
    const inside = open.map(h => ({ ...h, start: p.start, end: Math.min(h.end, p.end) }));
    for (; next < hs.length && hs[next].start < p.end; next++) {
      const h = hs[next];
      if (h.end <= p.start) continue;
      inside.push(h.start >= p.start && h.end <= p.end ? h : { ...h, start: Math.max(h.start, p.start), end: Math.min(h.end, p.end) });
      if (h.end > p.end) open.push(h);
    }
    const tag = p.start === headlineStart ? 'h1' : 'p';
    return { start: p.start, end: p.end, tag, lead: p.start === leadStart && tag === 'p', highlights: inside };
  });
}

/** The block's contents: its text with the highlights as nested spans. */
export function renderBlockContent(text: string, b: Block): string {
  return renderRange(text, b.start, b.end, b.highlights);
}

export function renderBlock(text: string, b: Block): string {
  return `<${b.tag}${b.lead ? ' class="lead"' : ''} data-start="${b.start}" data-end="${b.end}">${renderBlockContent(text, b)}</${b.tag}>`;
}

export function renderWarning(w: string): string {
  return `<p class="warning" role="status">${esc(w)}</p>`;
}

/**
 * Whether two blocks read the same: same text, kind and highlights where they sit in it.
 * Offsets and ids may differ (an edit above moves them), so a match may still need its
 * attributes refreshed, but never shows different text or marks.
 */
export function sameContent(aText: string, a: Block, bText: string, b: Block): boolean {
  if (a.tag !== b.tag || a.lead !== b.lead || a.end - a.start !== b.end - b.start || a.highlights.length !== b.highlights.length) return false;
  for (let i = 0; i < a.highlights.length; i++) {
    const x = a.highlights[i];
    const y = b.highlights[i];
    if (x.cls !== y.cls || x.title !== y.title || x.start - a.start !== y.start - b.start || x.end - a.start !== y.end - b.start) return false;
  }
  return bText.startsWith(aText.slice(a.start, a.end), b.start);
}

/** Same content at the same offsets with the same ids: the drawn block is up to date. */
export function sameBlock(aText: string, a: Block, bText: string, b: Block): boolean {
  return a.start === b.start && sameContent(aText, a, bText, b) && a.highlights.every((h, i) => h.id === b.highlights[i].id);
}

/** The article: headline as h1, lead emphasised, then paragraphs, with highlights. */
export function renderLayoutBody(text: string, layout: ArticleLayout): string {
  return [...layout.warnings.map(renderWarning), ...articleBlocks(text, layout).map(b => renderBlock(text, b))].join('\n');
}

export function renderArticleBody(text: string, doc: AnnotationDocument | undefined, opts: BodyOptions = {}): string {
  return renderLayoutBody(text, articleLayout(doc, opts));
}

export function articleDirection(doc: AnnotationDocument | undefined): { dir: 'rtl' | 'ltr'; lang: string } {
  return doc?.document.language === 'en' ? { dir: 'ltr', lang: 'en' } : { dir: 'rtl', lang: 'ar' };
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `font-src ${cspSource}`,
  ].join('; ');
}

export interface PageOptions {
  body: string;
  title: string;
  nonce: string;
  /** `webview.cspSource`. */
  cspSource: string;
  scriptUri: string;
  styleUri: string;
  dir: 'rtl' | 'ltr';
  lang: string;
}

export function renderReadingHtml(o: PageOptions): string {
  return `<!DOCTYPE html>
<html lang="${esc(o.lang)}" dir="${o.dir}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(o.cspSource, o.nonce).replace(/[&"<>]/g, c => `&#${c.charCodeAt(0)};`)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${esc(o.styleUri)}" nonce="${esc(o.nonce)}">
<title>${esc(o.title)}</title>
</head>
<body>
<main id="article">
${o.body}
</main>
<script nonce="${esc(o.nonce)}" src="${esc(o.scriptUri)}"></script>
</body>
</html>
`;
}
