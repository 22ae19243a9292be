import { strict as assert } from 'node:assert';
import { scoreArticle, weakRows } from '../../../scripts/eval/article-score';
import type { Gold } from '../../../scripts/eval/gold';
import type { AnnotationDocument, AnnotationEvent, Mention, Quote } from '../../../src/core/types';

// A made-up article: "A met B in C. «X» said A." with hand-counted figures.
const gold: Gold = {
  entities: { a: { type: 'PER', name: 'A', description: '' }, b: { type: 'PER', name: 'B', description: '' }, c: { type: 'LOC', name: 'C', description: '' } },
  mentions: [
    { entity: 'a', type: 'PER', start: 0, end: 1, text: 'A' },
    { entity: 'b', type: 'PER', start: 6, end: 7, text: 'B' },
    { entity: 'c', type: 'LOC', start: 11, end: 12, text: 'C' },
    { entity: 'a', type: 'PER', start: 24, end: 25, text: 'A' },
    { entity: 'b', type: 'PER', start: 30, end: 35, text: 'group', optional: true },
  ],
  quotes: [{ start: 15, end: 16, text: 'X', speaker: 'a' }, { start: 40, end: 44, text: 'Y', speaker: 'b' }],
  dates: [{ start: 50, end: 55, text: 'today', value: {} }, { start: 60, end: 65, text: 'later', value: {} }],
  events: [
    { cameo: '04', type: 'CONSULT', trigger: { start: 2, end: 5, text: 'met' }, actors: ['a'], targets: ['b'], location: 'c', summary: '', line: 1 },
    { cameo: '19', type: 'FIGHT', trigger: { start: 70, end: 75, text: 'fight' }, actors: [], targets: [], location: null, summary: '', line: 2 },
  ],
};

const mention = (entity: string, type: Mention['type'], start: number, end: number): Mention => ({ id: `m${start}`, entity, type, start, end, text: '', origin: 'auto' });
const quote = (start: number, end: number, speaker: string | null): Quote => ({ id: `q${start}`, start, end, text: '', speaker, origin: 'auto' });
const event = (cameo: string, start: number, end: number, actors: string[], location: string | null = null): AnnotationEvent => ({
  id: `e${start}`, plover: '', cameo, trigger: { start, end, text: '' }, actors, targets: [], location, time: null, quote: null,
  sentence: { start: 0, end: 0 }, summary: '', origin: 'auto',
});

function prediction(): AnnotationDocument {
  return {
    format: 'seed-annotations', version: 1,
    document: { sha256: '', length: 100, language: 'ar', headline: null },
    entities: [
      { id: 'E1', type: 'PER', name: 'A', aliases: [] },
      { id: 'E2', type: 'PER', name: 'B', aliases: [] },
      { id: 'E3', type: 'LOC', name: 'C', aliases: [] },
    ],
    mentions: [
      mention('E1', 'PER', 0, 1), // right
      mention('E2', 'PER', 6, 7), // right
      mention('E3', 'PER', 11, 12), // wrong type: a false positive and a miss
      mention('E1', 'PER', 24, 25), // right, joined with 0-1
      mention('E2', 'PER', 31, 33), // over an optional span: excused
    ],
    quotes: [quote(15, 16, 'E1'), quote(40, 43, 'E2')],
    dates: [{ id: 'd1', start: 52, end: 58, text: '', value: {}, origin: 'auto' } as never],
    events: [event('0431', 0, 3, ['E1']), event('18', 70, 72, []), event('19', 71, 73, ['E3'], 'E3')],
  };
}

describe('eval/article-score: one article scored as the shared scorer does', () => {
  const s = scoreArticle(prediction(), gold);

  it('scores mentions by exact span and type, excusing predictions over optional spans', () => {
    // predicted 4 (the optional-span one excused), 3 right; gold requires 4
    assert.deepEqual(s.mentions_prf, [0.75, 0.75, 0.75]);
  });

  it('counts a coreference pair only when both spans are predicted with one entity id', () => {
    assert.equal(s.coref_pair_recall, 1);
  });

  it('matches quotes by exact span and judges the speaker by its mentions at gold speaker spans', () => {
    assert.deepEqual(s.quotes_prf, [0.5, 0.5, 0.5]);
    assert.equal(s.quote_speaker_acc, 0.5);
  });

  it('counts a gold date found when any predicted date overlaps it', () => {
    assert.equal(s.dates_recall, 0.5);
  });

  it('matches events one to one by trigger overlap and CAMEO root, and an actor by its mention spans', () => {
    // 0431 overlaps "met" with root 04; the 18 at 70-72 has the wrong root; the 19 at 71-73 matches
    assert.deepEqual(s.events_prf, [0.6667, 1, 0.8]);
    // event 1: E1 has a mention at 0-1 where gold "a" has one; event 2: gold has no actors, the prediction has E3
    assert.equal(s.event_actor_acc, 0.5);
    assert.equal(s.seed_score, Math.round(((0.75 + 0.5 + 0.8) / 3) * 10_000) / 10_000);
  });

  it('counts the weak rows the panel would show', () => {
    assert.deepEqual(weakRows(prediction()), { noActor: 1, actorIsPlace: 1, noSpeaker: 0 });
  });
});
