// Spreadsheet-friendly CSV (RFC 4180, CRLF, UTF-8 with a BOM so Excel reads
// Arabic) and the joining of several documents' tables under one header.
import { stringify } from 'csv-stringify/sync';

const BOM = '\uFEFF';

export function csvTable(header: string[], rows: Array<Array<string | number>>): string {
  return stringify([header, ...rows], { bom: true, record_delimiter: 'windows' });
}

/** Keeps the first table's BOM and header, and only the rows of the others. */
export function combineCsv(parts: string[]): string {
  return parts
    .map((p, i) => {
      if (i === 0) return p;
      const body = p.startsWith(BOM) ? p.slice(1) : p;
      const headerEnd = body.indexOf('\r\n');
      return headerEnd < 0 ? '' : body.slice(headerEnd + 2);
    })
    .join('');
}
