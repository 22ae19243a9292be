// Builds media/data/kb.json, the knowledge base the extension ships (see
// scripts/kb/build.ts). Run with `npm run build:kb`.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityType } from '../src/core/types';
import { matchKey } from '../src/core/text/normalize';
import { buildKb, ordinaryWordFiles, ordinaryWords } from './kb/build';
import { readTagCounts } from './kb/sources';

function main(): void {
  const files = ordinaryWordFiles();
  const kb = buildKb(ordinaryWords(readTagCounts([...files.others, files.newsfane], matchKey)));
  const out = path.resolve(__dirname, '..', '..', 'media', 'data', 'kb.json');
  mkdirSync(path.dirname(out), { recursive: true });
  const json = JSON.stringify(kb);
  writeFileSync(out, json + '\n');
  const count = (t: EntityType) => kb.entries.filter(e => e.type === t).length;
  console.log(`kb.json: ${kb.entries.length} entries (PER ${count('PER')}, LOC ${count('LOC')}, ORG ${count('ORG')}), ` +
    `${Object.keys(kb.nisba).length} nisba forms, lists PER ${kb.lists.PER.length} LOC ${kb.lists.LOC.length} ORG ${kb.lists.ORG.length}, ` +
    `${(Buffer.byteLength(json) / 1024).toFixed(0)} KiB`);
}

main();
