import { strict as assert } from 'node:assert';
import { CorpusIndex } from '../../../src/core/corpus/index';
import type { ArticleSummary, CorpusMention } from '../../../src/core/corpus/summary';
import { articleCounts, buildCorpusRows, describeFilter, type CorpusRow } from '../../../src/extension/corpus/corpus-rows';
import { articlePathForSidecar, isSeedArticlePath } from '../../../src/extension/corpus/corpus-paths';
import { symbolMatches, symbolName } from '../../../src/extension/corpus/symbol-match';

const m = (start: number, text: string, line = 1): CorpusMention => ({ start, end: start + text.length, text, line, character: 0, endLine: line, endCharacter: text.length });

function article(path: string, headline: string, pub: string | undefined, entities: ArticleSummary['entities'], events: ArticleSummary['events'] = []): ArticleSummary {
  return { path, sha256: path, headline, language: 'ar', ...(pub ? { publicationDate: pub } : {}), entities, events };
}

const lavrov = (mentions: CorpusMention[]) => ({ key: 'kb:lavrov', type: 'PER' as const, name: 'سيرغي لافروف', nameEn: 'Sergey Lavrov', mentions });
const baku = (mentions: CorpusMention[]) => ({ key: 'kb:baku', type: 'LOC' as const, name: 'باكو', nameEn: 'Baku', mentions });
const event = (id: string, plover: string, summary: string, iso?: string) => ({
  id, plover, cameo: '040', summary, trigger: { start: 10, end: 14, text: 'زار' }, sentence: { start: 0, end: 20 }, actors: ['kb:lavrov'], targets: [], ...(iso ? { iso } : {}),
});

function corpus(): CorpusIndex {
  const index = new CorpusIndex();
  index.set(article('file:///w/seeds/a.txt', 'لافروف في باكو', '2020-10-05', [lavrov([m(0, 'لافروف', 0), m(30, 'لافروف', 2)]), baku([m(10, 'باكو', 0)])], [event('v1', 'CONSULT', 'Lavrov visits Baku')]));
  index.set(article('file:///w/seeds/b.txt', 'لافروف في يريفان', '2020-10-07', [lavrov([m(5, 'لافروف')])], [event('v1', 'REQUEST', 'Lavrov calls for talks', '2020-10-06')]));
  index.set(article('file:///w/seeds/c.txt', 'Lavrov in Geneva', undefined, [lavrov([m(0, 'Lavrov')]), baku([m(3, 'Baku')])], [event('v1', 'CONSULT', 'Lavrov meets Blinken')]));
  return index;
}

/** Rows as the tree shows them once every level is expanded: depth, label, description. */
function flatten(rows: CorpusRow[], depth = 0, out: string[] = []): string[] {
  for (const r of rows) {
    out.push(`${'  '.repeat(depth)}${r.label}${r.description ? ` | ${r.description}` : ''}`);
    flatten(r.children?.() ?? [], depth + 1, out);
  }
  return out;
}

describe('Corpus view rows', () => {
  it('lists entities by type with article and mention counts, expanding to articles and mentions', () => {
    const [entities] = buildCorpusRows(corpus());
    assert.equal(entities.description, '2 across 3 articles');
    const [people, places] = entities.children!();
    assert.equal(people.label, 'People');
    const [row] = people.children!();
    assert.equal(row.label, 'سيرغي لافروف');
    assert.equal(row.description, 'Sergey Lavrov · 3 articles · 4 mentions');
    assert.equal(row.contextValue, 'corpusEntity');
    assert.equal(row.entityKey, 'kb:lavrov');
    const articles = row.children!();
    // Most mentioned first, then by path.
    assert.deepEqual(articles.map(a => [a.label, a.description]), [['a.txt', '×2 · لافروف في باكو'], ['b.txt', '×1 · لافروف في يريفان'], ['c.txt', '×1 · Lavrov in Geneva']]);
    assert.deepEqual(articles[0].reveal, { path: 'file:///w/seeds/a.txt', start: 0, end: 6 });
    const mentions = articles[0].children!();
    assert.deepEqual(mentions.map(x => [x.label, x.description, x.reveal?.start]), [['لافروف', 'line 1', 0], ['لافروف', 'line 3', 30]]);
    assert.equal(places.children!()[0].description, 'Baku · 2 articles · 2 mentions');
  });

  it('lists events across articles in date order: own date, else publication date, undated last', () => {
    const [, events] = buildCorpusRows(corpus());
    const rows = events.children!();
    assert.deepEqual(rows.map(r => [r.label, r.description]), [
      ['2020-10-05 · CONSULT · Lavrov visits Baku', 'a.txt'],
      ['2020-10-06 · REQUEST · Lavrov calls for talks', 'b.txt'],
      ['undated · CONSULT · Lavrov meets Blinken', 'c.txt'],
    ]);
    assert.match(rows[0].tooltip!, /2020-10-05: publication date of the article/);
    assert.deepEqual(rows[1].reveal, { path: 'file:///w/seeds/b.txt', start: 10, end: 14 });
  });

  it('filters by entity type, event type and entity', () => {
    const index = corpus();
    const byType = flatten(buildCorpusRows(index, { filter: { types: ['LOC', 'REQUEST'] } }));
    assert.ok(byType.some(l => l.startsWith('    باكو')) && !byType.some(l => l.startsWith('    سيرغي')), byType.join('\n'));
    assert.deepEqual(byType.filter(l => / · (CONSULT|REQUEST) · /.test(l)).map(l => l.trim().split(' | ')[0]), ['2020-10-06 · REQUEST · Lavrov calls for talks']);
    const byEntity = buildCorpusRows(index, { filter: { entityKey: 'kb:baku' } });
    // Entities sharing an article with Baku (grouped by type); Lavrov counted only in those articles.
    const entityRows = byEntity[0].children!().flatMap(g => g.children!());
    assert.deepEqual(entityRows.map(r => [r.label, r.description]), [['سيرغي لافروف', 'Sergey Lavrov · 2 articles · 3 mentions'], ['باكو', 'Baku · 2 articles · 2 mentions']]);
    assert.deepEqual(byEntity[1].children!().map(r => r.label), [], 'no event has Baku as actor, target or place');
    assert.equal(describeFilter({ types: ['LOC'], entityKey: 'kb:baku' }, k => index.entity(k)?.name), 'filter: LOC · باكو');
    assert.equal(describeFilter({}, () => undefined), undefined);
  });

  it('counts articles and mentions in the singular where it is one', () => {
    assert.equal(articleCounts(1, 1), '1 article · 1 mention');
    assert.equal(articleCounts(1, 3), '1 article · 3 mentions');
    assert.equal(articleCounts(2, 3), '2 articles · 3 mentions');
  });

  it('builds the rows of 1,000 articles (deeper levels only when expanded)', () => {
    const index = new CorpusIndex();
    for (let i = 0; i < 1000; i++) {
      index.set(article(`file:///w/seeds/${i}.txt`, `h${i}`, `2020-10-${String(1 + (i % 28)).padStart(2, '0')}`,
        [lavrov([m(0, 'لافروف')]), { key: `LOC:x${i % 50}`, type: 'LOC', name: `مكان${i % 50}`, mentions: [m(9, 'مكان')] }], [event('v1', 'CONSULT', `e${i}`)]));
    }
    // How long this takes is a figure of `npm run bench` (open the Corpus view), not a test.
    const [entities, events] = buildCorpusRows(index);
    const groups = entities.children!();
    const eventRows = events.children!();
    assert.equal(groups.flatMap(g => g.children!()).length, 51);
    assert.equal(eventRows.length, 1000);
  });
});

describe('corpus paths and symbol matching', () => {
  it('knows seed articles and the article a sidecar belongs to', () => {
    assert.ok(isSeedArticlePath('/w/seeds/a.txt'));
    assert.ok(isSeedArticlePath('/w/x/seeds/2020/a.txt'));
    assert.ok(!isSeedArticlePath('/w/notes/a.txt'));
    assert.ok(!isSeedArticlePath('/w/seeds/a.json'));
    assert.equal(articlePathForSidecar('/w/.seed-annotator/seeds/a.txt.json'), '/w/seeds/a.txt');
    assert.equal(articlePathForSidecar('/w/seeds/a.annotations.json'), '/w/seeds/a.txt');
    assert.equal(articlePathForSidecar('/w/.seed-annotator/notes/a.txt.json'), undefined);
  });

  it('matches Arabic and Latin queries and names the symbol in the script typed', () => {
    const e = { name: 'سيرغي لافروف', nameEn: 'Sergey Lavrov', aliases: ['لافروف', 'Lavrov'], type: 'PER' as const };
    assert.ok(symbolMatches('لافروف', e));
    assert.ok(symbolMatches('lavrov', e));
    assert.ok(symbolMatches('لأفروف', e), 'alef forms fold');
    assert.ok(!symbolMatches('بوتين', e));
    assert.deepEqual(symbolName('لافروف', e), { name: 'سيرغي لافروف', container: 'Sergey Lavrov · PER' });
    assert.deepEqual(symbolName('Lavrov', e), { name: 'Sergey Lavrov', container: 'سيرغي لافروف · PER' });
  });
});
