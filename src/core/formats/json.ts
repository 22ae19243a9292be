// The native format as it is: one pretty-printed document.
import type { ExportFormat } from './types';

export const json: ExportFormat = {
  id: 'json',
  label: 'Native JSON (seed-annotations)',
  extension: '.json',
  serialise: doc => JSON.stringify(doc, null, 2) + '\n',
};
