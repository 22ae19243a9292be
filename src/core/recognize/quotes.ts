import type { ArticleContext } from '../text/context';
import type { Entity, Mention, Quote } from '../types';

/** Direct quotations and their speakers. */
export function findQuotes(_ctx: ArticleContext, _entities: Entity[], _mentions: Mention[]): Quote[] {
  return [];
}
