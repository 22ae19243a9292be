// Issue #16's seam: recognisers and events are handed the knowledge base (NameSources, built over
// one knowledge base by sourcesOf), so a cross-validation fold or a test can pass its own. Only the
// knowledge layer and the default sources may reach for the shipped one.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const CORE = join(__dirname, '..', '..', '..', '..', 'src', 'core');
const MAY_LOAD = new Set(['recognize/sources.ts']);

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files(path, out);
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

describe('the knowledge base is passed in', () => {
  it('is loaded only by the knowledge layer and the default sources', () => {
    const loaders = files(CORE)
      .map(path => relative(CORE, path).split('\\').join('/'))
      .filter(rel => !rel.startsWith('knowledge/') && !MAY_LOAD.has(rel))
      .filter(rel => /\bgetKnowledgeBase\b/.test(readFileSync(join(CORE, rel), 'utf8')));
    assert.deepEqual(loaders, []);
  });
});
