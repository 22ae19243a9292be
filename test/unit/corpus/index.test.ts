import { strict as assert } from 'node:assert';
import type { AnnotationDocument } from '../../../src/core/types';
import { summarise, entityKey } from '../../../src/core/corpus/summary';
import { CorpusIndex } from '../../../src/core/corpus/index';
import { parseCorpus, serialiseCorpus } from '../../../src/core/corpus/cache-file';

function doc(text: string, parts: Partial<AnnotationDocument>, pub?: string): AnnotationDocument {
  return {
    format: 'seed-annotations', version: 1,
    document: { sha256: 'h' + text.length, length: text.length, language: 'ar', headline: { start: 0, end: text.indexOf('\n') < 0 ? text.length : text.indexOf('\n') }, ...(pub ? { publicationDate: pub } : {}) },
    entities: [], mentions: [], quotes: [], dates: [], events: [], ...parts,
  };
}

const textA = 'لافروف يزور باكو\nوصل لافروف إلى باكو أمس.';
const docA = doc(textA, {
  entities: [
    { id: 'e1', type: 'PER', name: 'سيرغي لافروف', nameEn: 'Sergei Lavrov', kb: { id: 'lavrov' }, aliases: [] },
    { id: 'e2', type: 'LOC', name: 'باكو', aliases: [] },
  ],
  mentions: [
    { id: 'm1', entity: 'e1', type: 'PER', start: 0, end: 6, text: 'لافروف', origin: 'auto' },
    { id: 'm2', entity: 'e2', type: 'LOC', start: 12, end: 16, text: 'باكو', origin: 'auto' },
    { id: 'm3', entity: 'e1', type: 'PER', start: 21, end: 27, text: 'لافروف', origin: 'auto' },
  ],
  dates: [{ id: 'd1', start: 37, end: 40, text: 'أمس', value: { relativeDays: -1, iso: '2020-09-30' }, origin: 'auto' }],
  events: [{ id: 'v1', plover: 'CONSULT', cameo: '042', trigger: { start: 7, end: 11, text: 'يزور' }, actors: ['e1'], targets: [], location: 'e2', time: 'd1', quote: null, sentence: { start: 0, end: 16 }, summary: 'Lavrov visits Baku', origin: 'auto' }],
}, '2020-10-01');

const textB = 'بوتين ولافروف\nالتقى بوتين الوزير لافروف.';
const docB = doc(textB, {
  entities: [
    { id: 'e1', type: 'PER', name: 'بوتين', kb: { id: 'putin' }, aliases: [] },
    { id: 'e2', type: 'PER', name: 'لافروف', kb: { id: 'lavrov' }, aliases: [] },
  ],
  mentions: [
    { id: 'm1', entity: 'e1', type: 'PER', start: 0, end: 5, text: 'بوتين', origin: 'auto' },
    { id: 'm2', entity: 'e2', type: 'PER', start: 7, end: 13, text: 'لافروف', origin: 'auto' },
  ],
  events: [{ id: 'v1', plover: 'CONSULT', cameo: '040', trigger: { start: 14, end: 19, text: 'التقى' }, actors: ['e1'], targets: ['e2'], location: null, time: null, quote: null, sentence: { start: 14, end: 40 }, summary: 'Putin meets Lavrov', origin: 'auto' }],
}, '2020-09-01');

describe('corpus index', () => {
  it('keys entities by knowledge-base id, else by type and normalised name', () => {
    assert.equal(entityKey({ type: 'PER', name: 'x', kb: { id: 'lavrov' } }), 'kb:lavrov');
    assert.equal(entityKey({ type: 'LOC', name: 'أنقرة' }), entityKey({ type: 'LOC', name: 'انقره' }));
  });

  it('joins the same entity across articles with per-article mention counts', () => {
    const index = new CorpusIndex();
    index.set(summarise('a.txt', textA, docA));
    index.set(summarise('b.txt', textB, docB));
    const lavrov = index.entities().find(e => e.key === 'kb:lavrov')!;
    assert.deepEqual(lavrov.articles, [{ path: 'a.txt', count: 2 }, { path: 'b.txt', count: 1 }]);
    assert.equal(lavrov.total, 3);
    assert.equal(lavrov.name, 'سيرغي لافروف');
    assert.equal(lavrov.nameEn, 'Sergei Lavrov');
    assert.deepEqual(index.entities({ types: ['LOC'] }).map(e => e.name), ['باكو']);
  });

  it('lists events across articles in date order and filters by entity', () => {
    const index = new CorpusIndex();
    index.set(summarise('a.txt', textA, docA));
    index.set(summarise('b.txt', textB, docB));
    const events = index.events();
    assert.deepEqual(events.map(e => [e.path, e.sortDate]), [['b.txt', '2020-09-01'], ['a.txt', '2020-09-30']]);
    assert.deepEqual(index.events({ entityKey: 'kb:putin' }).map(e => e.summary), ['Putin meets Lavrov']);
    assert.equal(events[1].location, 'LOC:' + 'باكو');
  });

  it('round-trips through its on-disk form and knows which articles are current', () => {
    const index = new CorpusIndex();
    index.set(summarise('a.txt', textA, docA));
    const again = CorpusIndex.fromJSON(JSON.parse(JSON.stringify(index)));
    assert.equal(again.size, 1);
    assert.ok(again.isCurrent('a.txt', docA.document.sha256));
    assert.ok(!again.isCurrent('a.txt', 'other'));
    assert.equal(CorpusIndex.fromJSON({ version: 99, articles: [] }).size, 0);
    assert.equal(CorpusIndex.fromJSON('garbage').size, 0);
  });

  it('lists every mention of an entity with its article', () => {
    const index = new CorpusIndex();
    index.set(summarise('a.txt', textA, docA));
    index.set(summarise('b.txt', textB, docB));
    const occ = index.occurrences('kb:lavrov');
    assert.deepEqual(occ.map(o => [o.path, o.mentions.length]), [['a.txt', 2], ['b.txt', 1]]);
    for (const o of occ) {
      const text = o.path === 'a.txt' ? textA : textB;
      for (const m of o.mentions) assert.match(text.slice(m.start, m.end), /لافروف/);
    }
  });
});

describe('corpus summaries and cache', () => {
  it('gives each mention its text and editor position, CRLF and CR counted as VS Code does', () => {
    const text = 'عنوان\r\nلافروف في باكو\rثم لافروف';
    const at = (s: string, n = 0) => { let i = -1; for (let k = 0; k <= n; k++) i = text.indexOf(s, i + 1); return i; };
    const d = doc(text, {
      entities: [{ id: 'e1', type: 'PER', name: 'لافروف', kb: { id: 'lavrov' }, aliases: [] }],
      mentions: [
        { id: 'm2', entity: 'e1', type: 'PER', start: at('لافروف', 1), end: at('لافروف', 1) + 6, text: 'لافروف', origin: 'auto' },
        { id: 'm1', entity: 'e1', type: 'PER', start: at('لافروف'), end: at('لافروف') + 6, text: 'لافروف', origin: 'auto' },
      ],
    });
    const [e] = summarise('a.txt', text, d).entities;
    assert.deepEqual(e.mentions.map(m => [m.text, m.line, m.character, m.endLine, m.endCharacter]), [['لافروف', 1, 0, 1, 6], ['لافروف', 2, 3, 2, 9]]);
  });

  it('names an entity in Arabic when any article does, and keeps the other spellings as aliases', () => {
    const en = 'Lavrov visits\nSergey Lavrov arrived.';
    const docEn = doc(en, {
      entities: [{ id: 'e1', type: 'PER', name: 'Sergey Lavrov', nameEn: 'Sergey Lavrov', kb: { id: 'lavrov' }, aliases: [] }],
      mentions: [{ id: 'm1', entity: 'e1', type: 'PER', start: 0, end: 6, text: 'Lavrov', origin: 'auto' }],
    });
    const index = new CorpusIndex();
    index.set(summarise('en.txt', en, docEn));
    index.set(summarise('b.txt', textB, docB));
    const lavrov = index.entity('kb:lavrov')!;
    assert.equal(lavrov.name, 'لافروف');
    assert.ok(lavrov.aliases.includes('Sergey Lavrov') && lavrov.aliases.includes('Lavrov'), lavrov.aliases.join(','));
    assert.equal(index.entityName('kb:lavrov'), 'Sergey Lavrov');
  });

  it('filters entities to those sharing an article with the chosen one, the chosen one first', () => {
    const index = new CorpusIndex();
    index.set(summarise('a.txt', textA, docA));
    index.set(summarise('b.txt', textB, docB));
    assert.deepEqual(index.entities({ entityKey: 'kb:putin' }).map(e => e.key), ['kb:putin', 'kb:lavrov']);
    assert.deepEqual(index.entities({ entityKey: 'LOC:باكو' }).map(e => e.key), ['LOC:باكو', 'kb:lavrov']);
  });

  it('is current only for the same text and the same corrections, and drops a cache made with another fingerprint', () => {
    const index = new CorpusIndex();
    index.set(summarise('a.txt', textA, docA, '120:1700000000'));
    assert.ok(index.isCurrent('a.txt', docA.document.sha256, '120:1700000000'));
    assert.ok(!index.isCurrent('a.txt', docA.document.sha256));
    assert.ok(!index.isCurrent('a.txt', docA.document.sha256, '121:1700000001'));
    const json = JSON.parse(JSON.stringify(index.toJSON('core-1')));
    assert.equal(CorpusIndex.fromJSON(json, 'core-1').size, 1);
    assert.equal(CorpusIndex.fromJSON(json, 'core-2').size, 0);
  });
});

describe('corpus cache file', () => {
  const pauses = { n: 0 };
  const pause = () => { pauses.n++; return new Promise<void>(r => setImmediate(r)); };

  it('is valid JSON with one article per line, and reads back the same index', async () => {
    const index = new CorpusIndex();
    index.set(summarise('a.txt', textA, docA));
    index.set(summarise('b.txt', textB, docB));
    const text = await serialiseCorpus(index, 'fp', pause);
    const whole = JSON.parse(text) as { version: number; fingerprint: string; articles: unknown[] };
    assert.equal(whole.fingerprint, 'fp');
    assert.equal(whole.articles.length, 2);
    assert.equal(text.split('\n').filter(l => l.startsWith('{"path"')).length, 2);
    const back = await parseCorpus(text, 'fp', pause);
    assert.deepEqual(back.toJSON('fp'), index.toJSON('fp'));
    assert.equal((await parseCorpus(text, 'other', pause)).size, 0);
    assert.equal((await parseCorpus(text.slice(0, text.length / 2), 'fp', pause)).size, 0, 'a torn file gives nothing, not half');
    assert.equal((await parseCorpus('not json', 'fp', pause)).size, 0);
    assert.equal((await parseCorpus(JSON.stringify(index.toJSON('fp')), 'fp', pause)).size, 2, 'compact JSON is read too');
  });

  it('yields to the event loop while writing and reading a large corpus', async function () {
    this.timeout(30_000);
    const index = new CorpusIndex();
    const a = summarise('a.txt', textA, docA);
    for (let i = 0; i < 10000; i++) index.set({ ...a, path: `seeds/${i}.txt` });
    pauses.n = 0;
    const text = await serialiseCorpus(index, 'fp', pause);
    const back = await parseCorpus(text, 'fp', pause);
    assert.equal(back.size, 10000);
    assert.ok(pauses.n >= 1, `${pauses.n} pauses`);
  });
});
