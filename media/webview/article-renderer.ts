// Draws the article into the page a slice at a time. In the browser the webview shares its
// thread with the workbench, so drawing a 1 MB article in one go holds the whole window up
// for seconds: every paragraph gets an element at once (empty, sized by an estimate, until
// drawn), the first screenful is drawn at once, the rest in slices of a few milliseconds,
// those near the viewport first, and any paragraph on demand (the editor's selection).
// An update redraws only the paragraphs whose text or highlights changed.
import {
  articleBlocks, renderBlockContent, renderWarning, sameBlock, sameContent, type ArticleLayout, type Block,
} from '../../src/extension/reading-view/render-html';

/** Drawing time per slice before yielding to the workbench. */
const SLICE_MS = 8;
/** Characters drawn before an update returns: a screenful or two, or a whole short article. */
const AT_ONCE_CHARS = 20_000;
/** Paragraphs within a screen of the viewport are drawn before the rest. */
const NEAR_MARGIN = '100% 0px';
/** Before anything is measured: about 70 characters a line at 1.9 × 18 px. */
const DEFAULT_PX_PER_CHAR = 0.5;

export class ArticleRenderer {
  private text = '';
  private blocks: Block[] = [];
  private els: HTMLElement[] = [];
  private warnings: HTMLElement[] = [];
  private readonly indexOf = new WeakMap<HTMLElement, number>();
  /** Elements that do not show their block yet: empty placeholders, or text with old highlights or offsets. */
  private readonly stale = new Set<HTMLElement>();
  private readonly near = new Set<HTMLElement>();
  private cursor = 0;
  private scheduled = false;
  private pxPerChar = 0;
  private readonly observer = new IntersectionObserver(entries => {
    for (const e of entries) {
      const el = e.target as HTMLElement;
      if (e.isIntersecting) this.near.add(el);
      else this.near.delete(el);
    }
    this.schedule();
  }, { rootMargin: NEAR_MARGIN });

  constructor(private readonly main: HTMLElement) {}

  /** Shows a new version of the article, keeping the elements of paragraphs that read the same. */
  update(text: string, layout: ArticleLayout): void {
    const blocks = articleBlocks(text, layout);
    const old = this.blocks;
    const oldText = this.text;
    const oldEls = this.els;
    if (!oldEls.length) this.main.replaceChildren(); // the page's own first drawing, or nothing
    const max = Math.min(old.length, blocks.length);
    let head = 0;
    while (head < max && sameContent(oldText, old[head], text, blocks[head])) head++;
    let tail = 0;
    while (tail < max - head && sameContent(oldText, old[old.length - 1 - tail], text, blocks[blocks.length - 1 - tail])) tail++;

    const els: HTMLElement[] = new Array(blocks.length);
    const keep = (ni: number, oi: number) => {
      els[ni] = oldEls[oi];
      if (this.stale.has(els[ni]) || !sameBlock(oldText, old[oi], text, blocks[ni])) this.markStale(els[ni]);
    };
    for (let i = 0; i < head; i++) keep(i, i);
    for (let k = 0; k < tail; k++) keep(blocks.length - 1 - k, old.length - 1 - k);
    // The changed middle: an element whose text stays (only its highlights differ) keeps showing
    // it until redrawn; the others are replaced.
    const fresh: number[] = [];
    const reused = new Set<HTMLElement>();
    for (let ni = head; ni < blocks.length - tail; ni++) {
      const oi = ni;
      const b = blocks[ni];
      const o = oi < old.length - tail ? old[oi] : undefined;
      if (o && o.tag === b.tag && o.lead === b.lead && o.end - o.start === b.end - b.start && text.startsWith(oldText.slice(o.start, o.end), b.start)) {
        els[ni] = oldEls[oi];
        reused.add(els[ni]);
        this.markStale(els[ni]);
      } else {
        els[ni] = this.placeholder(b);
        fresh.push(ni);
      }
    }
    for (let oi = head; oi < old.length - tail; oi++) {
      if (!reused.has(oldEls[oi])) this.forget(oldEls[oi]);
    }
    for (let j = fresh.length - 1; j >= 0; j--) this.main.insertBefore(els[fresh[j]], els[fresh[j] + 1] ?? null);
    for (let i = 0; i < els.length; i++) this.indexOf.set(els[i], i);

    for (const w of this.warnings) w.remove();
    const box = document.createElement('div');
    // Safe as innerHTML: the renderer escapes the warnings' text.
    box.innerHTML = layout.warnings.map(renderWarning).join('');
    this.warnings = Array.from(box.children) as HTMLElement[];
    this.main.prepend(...this.warnings);

    this.text = text;
    this.blocks = blocks;
    this.els = els;
    this.cursor = 0;
    this.drawAtOnce(head, blocks.length - tail);
    this.schedule();
  }

  /** The paragraph element holding an offset, drawn now if it was not yet. */
  blockAt(offset: number): HTMLElement | undefined {
    const b = this.blocks;
    let lo = 0;
    let hi = b.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (b[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    if (!b.length || offset < b[lo].start || offset > b[lo].end) return undefined;
    if (this.stale.has(this.els[lo])) this.draw(lo);
    return this.els[lo];
  }

  /** Whether the article came by message (else the page holds what it was first given). */
  get drawn(): boolean {
    return this.els.length > 0;
  }

  private placeholder(b: Block): HTMLElement {
    const el = document.createElement(b.tag);
    if (b.lead) el.className = 'lead';
    el.dataset.start = String(b.start);
    el.dataset.end = String(b.end);
    el.classList.add('pending');
    this.markStale(el);
    return el;
  }

  private markStale(el: HTMLElement): void {
    if (this.stale.has(el)) return;
    this.stale.add(el);
    this.observer.observe(el);
  }

  private forget(el: HTMLElement): void {
    this.stale.delete(el);
    this.near.delete(el);
    this.observer.unobserve(el);
    el.remove();
  }

  private draw(i: number): void {
    const el = this.els[i];
    const b = this.blocks[i];
    // Safe as innerHTML: the renderer escapes every piece of article text.
    el.innerHTML = renderBlockContent(this.text, b);
    el.dataset.start = String(b.start);
    el.dataset.end = String(b.end);
    el.classList.remove('pending');
    el.style.minHeight = '';
    this.stale.delete(el);
    this.near.delete(el);
    this.observer.unobserve(el);
  }

  /** The top of the article and a small edited middle, so neither flickers; then size the rest. */
  private drawAtOnce(from: number, to: number): void {
    let chars = 0;
    if (to - from < 50) {
      for (let i = from; i < to && chars < AT_ONCE_CHARS; i++) {
        if (this.stale.has(this.els[i])) this.draw(i);
        chars += this.blocks[i].end - this.blocks[i].start;
      }
    }
    let measured = 0;
    let height = 0;
    for (let i = 0, top = 0; i < this.els.length && top < AT_ONCE_CHARS; i++) {
      top += this.blocks[i].end - this.blocks[i].start;
      if (this.stale.has(this.els[i])) this.draw(i);
      if (!this.pxPerChar) {
        measured += this.blocks[i].end - this.blocks[i].start;
        height += this.els[i].offsetHeight;
      }
    }
    if (!this.pxPerChar && measured > 2000) this.pxPerChar = height / measured;
    const perChar = this.pxPerChar || DEFAULT_PX_PER_CHAR;
    for (const el of this.stale) {
      if (el.classList.contains('pending')) {
        const b = this.blocks[this.indexOf.get(el)!];
        el.style.minHeight = `${Math.ceil((b.end - b.start) * perChar)}px`;
      }
    }
  }

  private schedule(): void {
    if (this.scheduled || !this.stale.size) return;
    this.scheduled = true;
    setTimeout(() => this.slice(), 0);
  }

  private slice(): void {
    this.scheduled = false;
    const until = performance.now() + SLICE_MS;
    while (performance.now() < until) {
      const i = this.nextStale();
      if (i === undefined) return;
      this.draw(i);
    }
    this.schedule();
  }

  private nextStale(): number | undefined {
    for (const el of this.near) {
      if (this.stale.has(el)) return this.indexOf.get(el);
      this.near.delete(el);
    }
    while (this.cursor < this.els.length && !this.stale.has(this.els[this.cursor])) this.cursor++;
    return this.cursor < this.els.length ? this.cursor : undefined;
  }
}
