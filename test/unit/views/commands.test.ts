// Command ids live in src/extension/commands.ts only: package.json declares the same
// ones, and no other source file spells one out.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { COMMANDS } from '../../../src/extension/commands';

const root = path.resolve(__dirname, '../../../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

describe('command id registry', () => {
  it('lists exactly the commands package.json contributes', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    const declared = (pkg.contributes.commands as { command: string }[]).map(c => c.command).sort();
    assert.deepEqual(Object.values(COMMANDS).sort(), declared);
    for (const [key, id] of Object.entries(COMMANDS)) assert.equal(id, `seedAnnotator.${key}`);
  });

  it('is the only source file that spells out a command id', () => {
    const ids = new Set<string>(Object.values(COMMANDS));
    const registry = path.join(root, 'src/extension/commands.ts');
    for (const file of sources(path.join(root, 'src'))) {
      if (file === registry) continue;
      for (const [literal] of readFileSync(file, 'utf8').matchAll(/seedAnnotator\.[A-Za-z]+\b(?![.\w])/g)) {
        assert.ok(!ids.has(literal), `${path.relative(root, file)} spells out ${literal}`);
      }
    }
  });

  it('registers nothing test-only', () => {
    for (const file of sources(path.join(root, 'src'))) {
      assert.ok(!/seedAnnotator\.test\./.test(readFileSync(file, 'utf8')), `${path.relative(root, file)} names a test command`);
    }
  });
});
