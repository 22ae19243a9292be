// The export formats by name: the CLI's --format values and the export command's choices.
import type { AnnotationDocument } from '../types';
import type { ExportFile, ExportFormat, FormatId } from './types';
import { baseName } from './shared';
import { json } from './json';
import { jsonl } from './jsonl';
import { brat } from './brat';
import { conll } from './conll';
import { webanno } from './webanno';
import { labelstudio } from './labelstudio';
import { doccano } from './doccano';
import { csv } from './csv';
import { csvEntities } from './csv-entities';
import { plover } from './plover';

export type { ExportFile, ExportFormat, ExportOutput, FormatId } from './types';

export const FORMATS: readonly ExportFormat[] = [json, jsonl, brat, conll, webanno, labelstudio, doccano, csv, csvEntities, plover];

export const FORMAT_IDS: readonly FormatId[] = FORMATS.map(f => f.id);

export function getFormat(id: string): ExportFormat | undefined {
  return FORMATS.find(f => f.id === id);
}

/** Every file one document exports to, named after the article (brat adds its .txt and conf). */
export function exportFiles(format: ExportFormat, doc: AnnotationDocument, text: string): ExportFile[] {
  const out = format.serialise(doc, text);
  return typeof out === 'string' ? [{ name: `${baseName(doc)}${format.extension}`, content: out }] : out;
}

/** What one document's export prints on stdout: the single file, or brat's `.ann`. */
export function exportText(format: ExportFormat, doc: AnnotationDocument, text: string): string {
  const out = format.serialise(doc, text);
  return typeof out === 'string' ? out : out.find(f => f.name.endsWith(format.extension))?.content ?? '';
}
