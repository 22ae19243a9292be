import type { ArticleContext } from '../text/context';
import type { NameCandidate } from './candidate';

/** Arabic people, places and organisations: gazetteer, rules and the trained tagger. */
export function recognizeNames(_ctx: ArticleContext): NameCandidate[] {
  return [];
}
