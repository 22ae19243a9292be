import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../../..');
const read = (p: string) => JSON.parse(readFileSync(path.join(root, p), 'utf8')) as Record<string, string>;
const placeholders = (s: string) => [...s.matchAll(/\{(\d+)\}/g)].map(m => m[1]).sort().join(',');

describe('UI strings in English and Arabic', () => {
  it('every runtime string in src/extension is in the bundle and translated (node scripts/gen-l10n.mjs)', () => {
    const out = execFileSync(process.execPath, [path.join(root, 'scripts/gen-l10n.mjs'), '--check'], { encoding: 'utf8' });
    assert.match(out, / 0 without Arabic/);
  });

  it('Arabic messages keep the placeholders of the English ones', () => {
    const en = read('l10n/bundle.l10n.json');
    const ar = read('l10n/bundle.l10n.ar.json');
    for (const key of Object.keys(en)) {
      assert.ok(ar[key], `no Arabic for ${key}`);
      assert.equal(placeholders(ar[key]), placeholders(key), key);
      assert.match(ar[key], /[\u0600-\u06FF]/, `not Arabic: ${ar[key]}`);
    }
  });

  it('the manifest strings exist in both package.nls files with the same keys', () => {
    const en = read('package.nls.json');
    const ar = read('package.nls.ar.json');
    assert.deepEqual(Object.keys(ar).sort(), Object.keys(en).sort());
  });
});
