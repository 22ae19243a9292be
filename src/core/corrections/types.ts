// The sidecar: the analyst's corrections to one article, saved beside the
// machine's output and merged over it on every analysis. Offsets are UTF-16
// like the native format; every reference into the text is an Anchor
// (position plus exact text with prefix and suffix, as W3C TextQuoteSelector),
// so corrections survive edits to the article. Machine entities have no
// stable ids, so they are named by their mentions (a few, so that one
// mention moved elsewhere does not carry the name with it).
import type { DateValue, EntityType, Modality } from '../types';

export const SIDECAR_FORMAT = 'seed-annotations-corrections';

export interface Anchor {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

/** A manual entity by id, or a machine entity by the anchors of its mentions (the majority decides). */
export type EntityRef = { id: string } | { mentions: Anchor[] };

export type AnnotationKind = 'mention' | 'quote' | 'date' | 'event';

export interface ManualEntity {
  id: string;
  type: EntityType;
  name: string;
  nameEn?: string;
  description?: string;
  wikidata?: string;
}

interface ManualBase {
  id: string;
  anchor: Anchor;
}
export interface ManualMention extends ManualBase {
  kind: 'mention';
  type: EntityType;
  entity: EntityRef;
}
export interface ManualQuote extends ManualBase {
  kind: 'quote';
  speaker: EntityRef | null;
}
export interface ManualDate extends ManualBase {
  kind: 'date';
  value: DateValue;
}
export interface ManualEvent extends ManualBase {
  kind: 'event';
  plover: string;
  cameo: string;
  actors: EntityRef[];
  targets: EntityRef[];
  location: EntityRef | null;
  /** Anchors of the event's date expression and of the quote it is stated in. */
  time?: Anchor | null;
  quote?: Anchor | null;
  summary: string;
  modality?: Modality;
}
export type ManualAnnotation = ManualMention | ManualQuote | ManualDate | ManualEvent;

/** The analyst's verdict on a machine annotation. */
export interface Review {
  id: string;
  kind: AnnotationKind;
  anchor: Anchor;
  decision: 'accepted' | 'rejected' | 'removed';
}

export interface EntityEdit {
  id: string;
  entity: EntityRef;
  type?: EntityType;
  nameEn?: string;
  description?: string;
  wikidata?: string;
}

/** Moves a mention to another entity (link, or split into a new manual entity). */
export interface Link {
  id: string;
  mention: Anchor;
  entity: EntityRef;
}

export interface Merge {
  id: string;
  from: EntityRef;
  into: EntityRef;
}

export interface Sidecar {
  format: typeof SIDECAR_FORMAT;
  version: 1;
  document: { path?: string; sha256: string; length: number; publicationDate?: string };
  entities: ManualEntity[];
  annotations: ManualAnnotation[];
  reviews: Review[];
  entityEdits: EntityEdit[];
  links: Link[];
  merges: Merge[];
}
