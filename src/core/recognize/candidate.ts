import type { EntityType } from '../types';

/** A name span proposed by a recogniser, before mentions are merged into entities. */
export interface NameCandidate {
  start: number;
  end: number;
  type: EntityType;
  /** Knowledge-base entry id when a gazetteer or rule linked it. */
  kbId?: string;
  subtype?: string;
  confidence: number;
  source: 'gazetteer' | 'rule' | 'model' | 'consistency' | 'english';
}
