import { strict as assert } from 'node:assert';
import { nameParticles } from '../../../src/core/lang/lexicon';
import { buildEntities } from '../../../src/core/recognize/coref';
import { recognizeNames } from '../../../src/core/recognize/names';
import type { EntityType } from '../../../src/core/types';
import { ar, fakeSources, spans, type FakeOptions } from '../recognize/fakes';

// Every particle of media/lang/ar/name-particles.json, by role, in sentences of our own.
const withRole = (role: string): string[] => nameParticles('ar').entries.filter(e => e.includes(role, 1)).map(e => e[0]);
const found = (sentence: string, o: FakeOptions) => {
  const ctx = ar(sentence);
  const sources = fakeSources(o);
  const names = recognizeNames(ctx, sources);
  return { spans: spans(ctx, names), mentions: buildEntities(ctx, names, sources).mentions };
};
const per = (...texts: string[]): [string, EntityType][] => texts.map(t => [t, 'PER']);

describe('lang/ar/name-particles.json', function () {
  this.timeout(20000);
  it('"binds": an ordinary word after the particle stays in the name', () => {
    for (const p of withRole('binds')) assert.deepEqual(found(`تولى سامر ${p} طالب الأمر`, { model: per(`سامر ${p} طالب`), common: ['طالب'] }).spans, [`PER سامر ${p} طالب`], p);
  });
  it('"lengthens": a titled name runs one word further for each', () => {
    const names = ['سامر', 'ناصر', 'خليلوف', 'مرادوف'];
    for (const p of withRole('lengthens')) assert.deepEqual(found(`وقال الرئيس سامر ${p} ناصر خليلوف مرادوف إن`, { names }).spans, [`PER سامر ${p} ناصر خليلوف مرادوف`], p);
  });
  it('"neverAlone": the particle alone is not spread as the person', () => {
    for (const p of withRole('neverAlone')) {
      const got = found(`قال غسان ${p} أمس إن ${p} كان`, { model: per(`غسان ${p}`) }).spans;
      assert.equal(got.length, 1, p);
      assert.ok(got[0].startsWith('PER غسان'), p);
    }
  });
  it('"compound": an ordinary word before it is the name\'s first word after a title', () => {
    for (const p of withRole('compound')) {
      assert.deepEqual(found(`وقال الرئيس بدر ${p} خليلوف إن الوضع هادئ`, { names: ['خليلوف'], common: ['بدر'] }).spans, [`PER بدر ${p} خليلوف`], p);
      // The compound is one part: a third word stays without other evidence (as two words would).
      assert.deepEqual(found(`وقال الرئيس بدر ${p} الزنكلاني، إن الوضع هادئ`, { names: ['بدر'], common: ['بدر'] }).spans, [`PER بدر ${p} الزنكلاني`], p);
    }
  });
  it('"joinsNext": written apart or joined, one person', () => {
    for (const p of withRole('joinsNext')) {
      const { mentions } = found(`أكد وسيم ${p} الكريم أن الأمر انتهى، وأضاف ${p}الكريم أن`, { model: per(`وسيم ${p} الكريم`, `${p}الكريم`) });
      assert.equal(mentions.length, 2, p);
      assert.equal(mentions[0].entity, mentions[1].entity, p);
    }
  });
  it('"nasab": the name with and without the father is one person', () => {
    for (const p of withRole('nasab')) {
      const { mentions } = found(`وصل سامر ${p} ناصر الخليلي أمس، وقال سامر الخليلي إن`, { model: per(`سامر ${p} ناصر الخليلي`, 'سامر الخليلي') });
      assert.equal(mentions.length, 2, p);
      assert.equal(mentions[0].entity, mentions[1].entity, p);
    }
  });
});
