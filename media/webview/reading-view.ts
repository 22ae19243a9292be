// The reading view's page script: renders article updates, sends hovers and clicks
// to the editor, and marks where the editor's selection is.
import type { FromWebview, OffsetRange, ToWebview } from '../../src/extension/reading-view/protocol';
import { ArticleRenderer } from './article-renderer';

declare function acquireVsCodeApi(): { postMessage(message: FromWebview): void };

const vscode = acquireVsCodeApi();
const main = document.getElementById('article') as HTMLElement;
const article = new ArticleRenderer(main);
const HOVER_DELAY_MS = 250;
let hoverTimer: ReturnType<typeof setTimeout> | undefined;
let lastMark: OffsetRange | undefined;
/** The highlight marked as where the editor's cursor is. */
let current: HTMLElement | undefined;

const post = (m: FromWebview) => vscode.postMessage(m);
const num = (el: Element, name: string) => Number(el.getAttribute(name));

/** Text nodes of a block with the article offset each starts at. */
function textNodes(block: HTMLElement): Array<{ node: Text; start: number }> {
  const out: Array<{ node: Text; start: number }> = [];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let offset = num(block, 'data-start');
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    out.push({ node: n as Text, start: offset });
    offset += (n as Text).data.length;
  }
  return out;
}

/** Article offset of a DOM caret position, when it lies in the article. */
function offsetOf(node: Node, nodeOffset: number): number | undefined {
  const block = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest<HTMLElement>('h1[data-start], p[data-start]');
  if (!block) return undefined;
  const hit = textNodes(block).find(t => t.node === node);
  return hit ? hit.start + nodeOffset : num(block, 'data-start');
}

/** The paragraph holding an offset: from the renderer (drawing it if need be), else the page as first drawn. */
function blockAt(offset: number): HTMLElement | undefined {
  if (article.drawn) return article.blockAt(offset);
  return Array.from(main.querySelectorAll<HTMLElement>('[data-start]:not(.ann)'))
    .find(b => num(b, 'data-start') <= offset && offset <= num(b, 'data-end'));
}

function domPoint(offset: number): { node: Text; offset: number } | undefined {
  const block = blockAt(offset);
  if (!block) return undefined;
  const nodes = textNodes(block);
  for (const t of nodes) if (offset <= t.start + t.node.data.length) return { node: t.node, offset: offset - t.start };
  return undefined;
}

/** The innermost highlight containing an offset. */
function annotationAt(offset: number): HTMLElement | undefined {
  const all = Array.from(blockAt(offset)?.querySelectorAll<HTMLElement>('.ann') ?? []).filter(a => num(a, 'data-start') <= offset && offset < num(a, 'data-end'));
  return all[all.length - 1];
}

function mark(range: OffsetRange): void {
  lastMark = range;
  current?.classList.remove('current');
  const from = domPoint(range.start);
  const to = domPoint(range.end);
  const highlights = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
  const HighlightCtor = (window as unknown as { Highlight?: new (r: Range) => unknown }).Highlight;
  let rect: DOMRect | undefined;
  if (from && to && range.end > range.start) {
    const r = document.createRange();
    r.setStart(from.node, from.offset);
    r.setEnd(to.node, to.offset);
    if (highlights && HighlightCtor) highlights.set('editor-selection', new HighlightCtor(r));
    rect = r.getBoundingClientRect();
  } else {
    highlights?.delete('editor-selection');
  }
  const el = annotationAt(range.start);
  el?.classList.add('current');
  current = el;
  rect ??= (el ?? from?.node.parentElement)?.getBoundingClientRect();
  if (rect && (rect.top < 0 || rect.bottom > window.innerHeight)) {
    window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: 'smooth' });
  }
}

window.addEventListener('message', (e: MessageEvent<ToWebview>) => {
  const m = e.data;
  if (m.type === 'article') {
    document.documentElement.dir = m.dir;
    document.documentElement.lang = m.lang;
    article.update(m.text, m.layout);
    if (lastMark) mark(lastMark);
  } else if (m.type === 'mark') {
    mark(m);
  }
});

main.addEventListener('mouseover', e => {
  const ann = (e.target as Element).closest<HTMLElement>('.ann');
  clearTimeout(hoverTimer);
  if (!ann) return;
  hoverTimer = setTimeout(() => post({ type: 'reveal', select: false, start: num(ann, 'data-start'), end: num(ann, 'data-end') }), HOVER_DELAY_MS);
});

main.addEventListener('click', e => {
  clearTimeout(hoverTimer);
  const selection = window.getSelection();
  if (selection && !selection.isCollapsed) {
    // The reader selected text here: select the same text in the editor.
    const r = selection.getRangeAt(0);
    const start = offsetOf(r.startContainer, r.startOffset);
    const end = offsetOf(r.endContainer, r.endOffset);
    if (start !== undefined && end !== undefined) post({ type: 'reveal', select: true, start, end });
    return;
  }
  const ann = (e.target as Element).closest<HTMLElement>('.ann');
  if (ann) {
    post({ type: 'reveal', select: true, start: num(ann, 'data-start'), end: num(ann, 'data-end') });
    return;
  }
  const caret = document.caretRangeFromPoint?.(e.clientX, e.clientY);
  const at = caret ? offsetOf(caret.startContainer, caret.startOffset) : undefined;
  if (at !== undefined) post({ type: 'reveal', select: true, start: at, end: at });
});

post({ type: 'ready' });
