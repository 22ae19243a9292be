import type { EntityType } from '../types';

/** A name span proposed by a recogniser, before mentions are merged into entities. */
export interface NameCandidate {
  start: number;
  end: number;
  type: EntityType;
  /** Knowledge-base entry id when a gazetteer or rule linked it. */
  kbId?: string;
  subtype?: string;
  /** English name a rule built from its parts (Ministry of Defence of Armenia), when no KB entry exists. */
  nameEn?: string;
  /** Description a rule read from the text (government ministry), when no KB entry exists. */
  description?: string;
  confidence: number;
  /** A description, not a name (القوات السعودية): never named again without its nisba. */
  descriptive?: boolean;
  /** Start of the earlier candidate this one names again (الحكومة after الحكومة العراقية): coreference joins them. */
  antecedent?: number;
  /** A tagged span a kind word before it (or before the same words elsewhere) types: the tagger's extent stands (حركة بوكو حرام). */
  byKind?: boolean;
  source: 'gazetteer' | 'rule' | 'model' | 'consistency' | 'english';
}

/**
 * A candidate with every field in one order, set or undefined: the passes that read candidates
 * then meet one object shape, not one per literal, and their property loads stay monomorphic.
 * Build every candidate through it.
 */
export function nameCandidate(c: NameCandidate): NameCandidate {
  return {
    start: c.start, end: c.end, type: c.type, kbId: c.kbId, subtype: c.subtype, nameEn: c.nameEn, description: c.description,
    confidence: c.confidence, descriptive: c.descriptive, antecedent: c.antecedent, byKind: c.byKind, source: c.source,
  };
}
