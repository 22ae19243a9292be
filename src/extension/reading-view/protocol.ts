// Messages between the reading view's webview and the extension. Types only: both
// sides import this file, so a renamed field fails to compile on both.
import type { ArticleLayout } from './render-html';

/** Offsets are UTF-16 indices into the article, as in the native format. */
export interface OffsetRange {
  start: number;
  end: number;
}

export type ToWebview =
  /**
   * The article after an edit, a new analysis or a switch to another article. The
   * webview draws it with the same pure renderer, so a long article costs the
   * extension host one message rather than building megabytes of HTML.
   */
  | { type: 'article'; text: string; layout: ArticleLayout; dir: 'rtl' | 'ltr'; lang: string }
  /** The editor's selection moved: scroll to it and mark it. */
  | ({ type: 'mark' } & OffsetRange);

export type FromWebview =
  | { type: 'ready' }
  /** Show this range in the editor: `select` on click, only scroll on hover. */
  | ({ type: 'reveal'; select: boolean } & OffsetRange);
