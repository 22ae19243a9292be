import { strict as assert } from 'node:assert';
import { hitsAt } from '../../../src/extension/analysis/lookup';
import { HOVER_COMMANDS, hoverMarkdown } from '../../../src/extension/hover/hover-markdown';
import { COMMANDS } from '../../../src/extension/commands';
import { untranslated } from '../../../src/extension/views/rows';
import type { AnnotationDocument } from '../../../src/core/types';

describe('hover card link to Find Entity in All Seeds', () => {
  it('passes the entity’s corpus key to an enabled command', () => {
    const doc: AnnotationDocument = {
      format: 'seed-annotations', version: 1,
      document: { sha256: 'x', length: 12, language: 'ar', headline: null, lead: null },
      entities: [{ id: 'e1', type: 'PER', name: 'سيرغي لافروف', kb: { id: 'per/sergey-lavrov' }, aliases: [] }],
      mentions: [{ id: 'm1', entity: 'e1', type: 'PER', start: 0, end: 6, text: 'لافروف', origin: 'auto' }],
      quotes: [], dates: [], events: [],
    };
    const md = hoverMarkdown(doc, hitsAt(doc, 2), { uri: 'file:///w/seeds/a.txt', t: untranslated });
    const link = [...md.matchAll(/\(command:([\w.]+)\?([^ )]+)/g)].find(x => x[1] === COMMANDS.findEntityInAllSeeds);
    assert.ok(link, md);
    assert.deepEqual(JSON.parse(decodeURIComponent(link[2])), ['kb:per/sergey-lavrov']);
    assert.ok(HOVER_COMMANDS.includes(COMMANDS.findEntityInAllSeeds));
  });
});
