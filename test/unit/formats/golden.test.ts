// Every format's output on the seed fixture, byte for byte. Regenerate after
// an intended change with UPDATE_GOLDEN=1 and review the diff.
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FORMATS, exportFiles } from '../../../src/core/formats';
import { GOLDEN, seedDoc, seedText } from './fixture';

const update = process.env.UPDATE_GOLDEN === '1';

describe('export formats: golden files on the seed', () => {
  const text = seedText();
  const doc = seedDoc();
  for (const format of FORMATS) {
    it(`${format.id} matches test/fixtures/golden/${format.id}/`, () => {
      const dir = path.join(GOLDEN, format.id);
      const files = exportFiles(format, doc, text);
      assert.ok(files.length > 0);
      for (const f of files) {
        const file = path.join(dir, f.name);
        if (update) {
          mkdirSync(dir, { recursive: true });
          writeFileSync(file, f.content);
        }
        assert.ok(existsSync(file), `missing golden ${file}; run with UPDATE_GOLDEN=1`);
        assert.equal(f.content, readFileSync(file, 'utf8'), `${format.id}: ${f.name} differs from its golden file`);
      }
    });
  }
});
