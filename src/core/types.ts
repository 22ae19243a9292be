// The native annotation format, version 1 (see README "Formats").
// Offsets are UTF-16 code-unit indices into the text as VS Code presents it,
// end-exclusive; every spanned object carries `text === documentText.slice(start, end)`.

export type EntityType = 'PER' | 'LOC' | 'ORG';
export type Origin = 'auto' | 'manual';
/** Review state an analyst gives an annotation; automatic ones start as `pending`. */
export type ReviewState = 'pending' | 'accepted' | 'rejected';
export type Language = 'ar' | 'en' | 'unknown';

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export interface KbRef {
  /** Knowledge-base entry id (stable across articles). */
  id?: string;
  /** Wikidata QID, only where a data file gives it. */
  wikidata?: string;
}

export interface Entity {
  id: string;
  type: EntityType;
  /** Canonical name: the fullest form found in the text. */
  name: string;
  nameEn?: string;
  subtype?: string;
  kb?: KbRef;
  description?: string;
  /** Other spellings and titles that stand for the entity in this text. */
  aliases: string[];
  origin?: Origin;
}

export interface Mention extends TextSpan {
  id: string;
  entity: string;
  type: EntityType;
  origin: Origin;
  state?: ReviewState;
  confidence?: number;
  /** Which recogniser produced it: gazetteer, rule, model, coref, manual. */
  source?: string;
}

export interface Quote extends TextSpan {
  id: string;
  /** Entity id, or null where the text gives no evidence of a speaker. */
  speaker: string | null;
  /** Span of the speech verb or participle that attributes the quote. */
  cue?: TextSpan;
  /** True when the closing mark is missing and the quote stops at the paragraph end. */
  unclosed?: boolean;
  origin: Origin;
  state?: ReviewState;
}

export interface DateValue {
  /** Days relative to the publication date (أمس = -1). */
  relativeDays?: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday?: number;
  /** Direction of a relative expression without a day count (الماضي, المقبل, الجاري). */
  relative?: 'past' | 'future' | 'current';
  day?: number;
  month?: number;
  year?: number;
  calendar?: 'gregorian' | 'hijri';
  /** HH:MM for clock times. */
  time?: string;
  /** Resolved ISO date (YYYY-MM-DD, or YYYY-MM / YYYY), when the publication date is known. */
  iso?: string;
}

export interface DateExpr extends TextSpan {
  id: string;
  value: DateValue;
  origin: Origin;
  state?: ReviewState;
}

export type Modality = 'asserted' | 'negated' | 'intended' | 'possible' | 'reported';

export interface AnnotationEvent {
  id: string;
  plover: string;
  cameo: string;
  trigger: TextSpan;
  actors: string[];
  targets: string[];
  location: string | null;
  /** Date id. */
  time: string | null;
  /** Quote id the event is stated in. */
  quote: string | null;
  sentence: Span;
  summary: string;
  modality?: Modality;
  /** Entity that reports the event (أفادت وزارة الدفاع بأن …). */
  source?: string | null;
  /** Id of the body event this headline/lead event restates. */
  restates?: string | null;
  origin: Origin;
  state?: ReviewState;
}

export interface DocumentInfo {
  path?: string;
  sha256: string;
  length: number;
  language: Language;
  headline: Span | null;
  lead?: Span | null;
  /** YYYY-MM-DD, from a setting, the command, or the sidecar. */
  publicationDate?: string;
}

export interface AnnotationDocument {
  format: 'seed-annotations';
  version: 1;
  document: DocumentInfo;
  entities: Entity[];
  mentions: Mention[];
  quotes: Quote[];
  dates: DateExpr[];
  events: AnnotationEvent[];
  /** Why parts of the analysis were skipped (too large, binary, …). */
  warnings?: string[];
  /** Analyst's annotations that no longer fit the edited text: kept and shown, never dropped. */
  orphans?: Orphan[];
}

/** A saved correction whose text could not be found again after the article changed. */
export interface Orphan {
  /** Id of the correction in the sidecar. */
  id: string;
  kind: 'mention' | 'quote' | 'date' | 'event' | 'review' | 'link' | 'entity';
  /** The text it was attached to, and where it was when last anchored. */
  text: string;
  start: number;
  end: number;
  /** Why it is set aside when its text is still there (displaced by a later overlapping correction). */
  reason?: string;
}

export interface AnnotateOptions {
  /** Path recorded in `document.path` (workspace-relative where possible). */
  path?: string;
  language?: 'auto' | 'ar' | 'en';
  publicationDate?: string;
  /** Documents longer than this (UTF-16 units) are not analysed; a warning says so. */
  maxLength?: number;
}
