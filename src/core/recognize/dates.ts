import type { ArticleContext } from '../text/context';
import type { DateExpr } from '../types';

/** Date and time expressions with normalised values. */
export function findDates(_ctx: ArticleContext, _publicationDate?: string): DateExpr[] {
  return [];
}
