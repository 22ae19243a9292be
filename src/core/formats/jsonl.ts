// A corpus: one native document per line.
import type { ExportFormat } from './types';

export const jsonl: ExportFormat = {
  id: 'jsonl',
  label: 'JSON Lines corpus (one native document per line)',
  extension: '.jsonl',
  serialise: doc => JSON.stringify(doc) + '\n',
  combine: parts => parts.join(''),
};
