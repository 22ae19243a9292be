import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { annotate } from '../../../src/core/annotate';
import { buildContext } from '../../../src/core/text/context';
import { recognizeNames } from '../../../src/core/recognize/names';
import type { NameSources } from '../../../src/core/recognize/sources';
import { fakeSources } from './fakes';

describe('recognize/english', function () {
  // Loads the knowledge base, the tagger and compromise on first use.
  this.timeout(20000);
  it('finds people without their titles and merges a surname with the full name', () => {
    const doc = annotate('President Vladimir Putin spoke with Emmanuel Macron on Tuesday. Putin said the talks were useful.', { language: 'en' });
    const people = doc.mentions.filter(m => m.type === 'PER').map(m => m.text);
    assert.deepEqual(people, ['Vladimir Putin', 'Emmanuel Macron', 'Putin']);
    const putin = doc.entities.find(e => e.name === 'Vladimir Putin')!;
    assert.equal(doc.mentions.filter(m => m.entity === putin.id).length, 2);
  });
  it('links knowledge-base names, capitalised only', () => {
    const doc = annotate('The Kremlin said Armenian Foreign Minister Ararat Mirzoyan would visit. Roast turkey is served.', { language: 'en' });
    const kremlin = doc.entities.find(e => e.name === 'Kremlin');
    assert.equal(kremlin?.kb?.id, 'org/kremlin');
    assert.ok(doc.mentions.some(m => m.type === 'PER' && m.text === 'Ararat Mirzoyan'));
    assert.ok(!doc.mentions.some(m => m.text === 'turkey'));
  });
  it('describes a titled person by demonym and title', () => {
    const doc = annotate('Talks were hosted by Swiss Foreign Minister Ignazio Cassis in Geneva. Cassis said little.', { language: 'en' });
    const cassis = doc.entities.find(e => e.name === 'Ignazio Cassis');
    assert.equal(cassis?.description, 'Foreign Minister of Switzerland');
    assert.equal(doc.mentions.filter(m => m.entity === cassis?.id).length, 2);
  });
  it('reads demonyms from the knowledge base it is given', () => {
    const text = 'Freedonian Foreign Minister Rufus Firefly arrived on Monday.';
    const ctx = buildContext(text, 'en');
    const described = (sources: NameSources) => recognizeNames(ctx, sources).find(c => ctx.text.slice(c.start, c.end) === 'Rufus Firefly')?.description;
    assert.equal(described(fakeSources({ demonyms: { Freedonian: { id: 'country/FD', nameEn: 'Freedonia' } } })), 'Foreign Minister of Freedonia');
    assert.equal(described(fakeSources()), 'Freedonian Foreign Minister');
  });
  it('annotates the English sample article with offsets that slice to the text', () => {
    const text = readFileSync(path.resolve(__dirname, '../../../../seeds/001_en_sample.txt'), 'utf8');
    const doc = annotate(text);
    assert.equal(doc.document.language, 'en');
    assert.ok(doc.mentions.length >= 5);
    for (const m of doc.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    const types = new Set(doc.mentions.map(m => m.type));
    assert.ok(types.has('PER') && types.has('LOC'));
  });
});
