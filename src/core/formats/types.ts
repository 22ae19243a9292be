// What every export format provides. A format turns one native document and
// its text into either one string or several files (brat's .ann + .txt + conf).
import type { AnnotationDocument } from '../types';

export type FormatId =
  | 'json'
  | 'jsonl'
  | 'brat'
  | 'conll'
  | 'webanno'
  | 'labelstudio'
  | 'doccano'
  | 'csv'
  | 'csv-entities'
  | 'plover';

export interface ExportFile {
  /** File name relative to the export folder. */
  name: string;
  content: string;
}

export type ExportOutput = string | ExportFile[];

export interface ExportFormat {
  id: FormatId;
  label: string;
  /** Extension of the main output file, with the dot. */
  extension: string;
  serialise(doc: AnnotationDocument, text: string): ExportOutput;
  /**
   * Joins one-document outputs into one corpus file (JSONL lines, CSV rows
   * under one header, Label Studio task arrays); absent where that makes no sense.
   */
  combine?(parts: string[]): string;
}
