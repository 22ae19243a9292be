import { strict as assert } from 'node:assert';
import type { AnnotationDocument } from '../../../src/core/types';
import { hitsAt } from '../../../src/extension/analysis/lookup';
import { commandUri, describeDate, escapeMarkdown, hoverMarkdown, HOVER_COMMANDS, type Translate } from '../../../src/extension/hover/hover-markdown';

const t: Translate = (m, ...args) => m.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)]));
const URI = 'file:///seeds/a.txt';

// A small article with names, a quote, a date and an event, offsets computed from the text.
const text = 'قال الرئيس بوتين أمس "نريد السلام" بعد اتصال مع ماكرون. وأكد بوتين موقفه.';
const at = (s: string, from = 0) => { const start = text.indexOf(s, from); return { start, end: start + s.length, text: s }; };
const putin1 = at('بوتين');
const putin2 = at('بوتين', putin1.end);
const quote = at('نريد السلام');
const date = at('أمس');
const trigger = at('اتصال');
const macron = at('ماكرون');

function fixture(): AnnotationDocument {
  return {
    format: 'seed-annotations', version: 1,
    document: { sha256: 'x', length: text.length, language: 'ar', headline: null },
    entities: [
      { id: 'e1', type: 'PER', name: 'فلاديمير بوتين', nameEn: 'Vladimir Putin', kb: { wikidata: 'Q7747' }, description: 'President of Russia', aliases: ['بوتين', 'الرئيس الروسي'] },
      { id: 'e2', type: 'PER', name: 'ماكرون', aliases: [] },
    ],
    mentions: [
      { id: 'm1', entity: 'e1', type: 'PER', ...putin1, origin: 'auto' },
      { id: 'm2', entity: 'e1', type: 'PER', ...putin2, origin: 'manual', state: 'accepted' },
      { id: 'm3', entity: 'e2', type: 'PER', ...macron, origin: 'auto' },
    ],
    quotes: [{ id: 'q1', ...quote, speaker: 'e1', origin: 'auto' }],
    dates: [{ id: 'd1', ...date, value: { relativeDays: -1 }, origin: 'auto' }],
    events: [{
      id: 'v1', plover: 'CONSULT', cameo: '042', trigger, actors: ['e1'], targets: ['e2'], location: null, time: 'd1',
      quote: null, sentence: { start: 0, end: 55 }, summary: 'Putin phones Macron', origin: 'auto',
    }],
  };
}

describe('hover markdown', () => {
  it('on a name: canonical and English name, type, description, Wikidata, spellings, mentions, events, quotes, origin', () => {
    const doc = fixture();
    const md = hoverMarkdown(doc, hitsAt(doc, putin1.start + 2), { uri: URI, t });
    assert.match(md, /\*\*فلاديمير بوتين\*\* — \*\*Vladimir Putin\*\*/);
    assert.match(md, /Person · President of Russia/);
    assert.match(md, /\(https:\/\/www\.wikidata\.org\/wiki\/Q7747\)/);
    assert.match(md, /Also written: بوتين، الرئيس الروسي/);
    assert.match(md, /2 mentions/);
    assert.ok(md.includes(commandUri('seedAnnotator.showAllMentions', [URI, 'e1'])));
    assert.match(md, /Putin phones Macron/);
    assert.ok(md.includes(commandUri('seedAnnotator.revealRange', [URI, trigger.start, trigger.end])));
    assert.ok(md.includes(commandUri('seedAnnotator.revealRange', [URI, quote.start, quote.end])));
    assert.match(md, /Origin: automatic · State: pending review/);
  });

  it('shows the origin and state of the mention under the pointer', () => {
    const doc = fixture();
    assert.match(hoverMarkdown(doc, hitsAt(doc, putin2.start), { uri: URI, t }), /Origin: manual · State: accepted/);
  });

  it('on a quote: its speaker; on a date: its normalised value; on a trigger: the event in one line', () => {
    const doc = fixture();
    assert.match(hoverMarkdown(doc, hitsAt(doc, quote.start + 1), { uri: URI, t }), /Speaker: فلاديمير بوتين \(Vladimir Putin\)/);
    assert.match(hoverMarkdown(doc, hitsAt(doc, date.start), { uri: URI, t }), /the day before publication/);
    const ev = hoverMarkdown(doc, hitsAt(doc, trigger.start), { uri: URI, t });
    assert.match(ev, /CONSULT · CAMEO 042/);
    assert.match(ev, /Putin phones Macron/);
  });

  it('an unknown speaker says so rather than guessing', () => {
    const doc = fixture();
    doc.quotes[0].speaker = null;
    assert.match(hoverMarkdown(doc, hitsAt(doc, quote.start), { uri: URI, t }), /Speaker: unknown/);
  });

  it('escapes Markdown and HTML in article text', () => {
    const doc = fixture();
    doc.entities[0].name = '<script>alert(1)</script> *x* [a](command:workbench.action.quit)';
    const md = hoverMarkdown(doc, hitsAt(doc, putin1.start), { uri: URI, t });
    assert.ok(!md.includes('<script>'));
    assert.ok(md.includes('&lt;script&gt;'));
    assert.ok(!md.includes('[a](command:workbench'));
    assert.ok(md.includes('\\*x\\*'));
  });

  it('links only to this extension\'s hover commands', () => {
    const doc = fixture();
    const md = hitsAt(doc, putin1.start).length ? hoverMarkdown(doc, hitsAt(doc, putin1.start), { uri: URI, t }) : '';
    const commands = [...md.matchAll(/\(command:([\w.]+)\?/g)].map(m => m[1]);
    assert.ok(commands.length >= 3);
    for (const c of commands) assert.ok(HOVER_COMMANDS.includes(c), c);
  });

  it('drops a Wikidata id that is not a QID', () => {
    const doc = fixture();
    doc.entities[0].kb = { wikidata: 'javascript:alert(1)' };
    assert.ok(!hoverMarkdown(doc, hitsAt(doc, putin1.start), { uri: URI, t }).includes('wikidata.org'));
  });

  it('lists at most six events, then says how many more', () => {
    const doc = fixture();
    const e = doc.events[0];
    doc.events = Array.from({ length: 9 }, (_, i) => ({ ...e, id: `v${i}`, summary: `event number ${i}` }));
    const md = hoverMarkdown(doc, hitsAt(doc, putin1.start), { uri: URI, t });
    assert.match(md, /event number 5/);
    assert.doesNotMatch(md, /event number 6/);
    assert.match(md, /…and 3 more/);
  });

  it('describes resolved, calendar and relative dates', () => {
    assert.equal(describeDate({ iso: '2020-09-30', relativeDays: -1, weekday: 3 }, t), '2020-09-30 · the day before publication · Wednesday');
    assert.equal(describeDate({ day: 27, month: 9, relative: 'current' }, t), '????-09-27 · current');
    assert.equal(describeDate({ relativeDays: 3 }, t), '3 days after publication');
    assert.equal(describeDate({}, t), 'no normalised value');
  });

  it('escapeMarkdown leaves letters alone and flattens newlines', () => {
    assert.equal(escapeMarkdown('بوتين\nماكرون'), 'بوتين ماكرون');
    assert.equal(escapeMarkdown('a_b'), 'a\\_b');
  });
});
