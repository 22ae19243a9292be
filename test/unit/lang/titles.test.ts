import { strict as assert } from 'node:assert';
import { titles } from '../../../src/core/lang/lexicon';
import { recognizeNames } from '../../../src/core/recognize/names';
import { titleLexicon } from '../../../src/core/recognize/lexicon';
import { ar, fakeSources, spans } from '../recognize/fakes';

// Every title of media/lang/ar/titles.json in a sentence of our own: a tagged person that took
// the title in is trimmed back to the name, and the title reads with its English and kind.
describe('lang/ar/titles.json', () => {
  const lists = titles('ar');
  const trimsBefore = (title: string) => {
    const ctx = ar(`وصل ${title} سامر خليلوف إلى المطار مساء.`);
    const got = recognizeNames(ctx, fakeSources({ model: [[`${title} سامر خليلوف`, 'PER']] }));
    assert.deepEqual(spans(ctx, got), ['PER سامر خليلوف'], title);
  };

  it('every office, counterpart and honorific stays outside the name after it', () => {
    for (const [title, en, kind] of lists.offices.entries) {
      assert.ok(en && ['office', 'counterpart', 'spokesperson', 'honorific'].includes(kind), title);
      if (kind !== 'spokesperson') trimsBefore(title);
    }
  });
  it('every spokesperson title is known as one (an organisation follows it)', () => {
    for (const [title] of lists.offices.entries.filter(e => e[2] === 'spokesperson')) {
      assert.equal(titleLexicon().get(ar(title).tokens.map(t => t.key).join(' '))?.kind, 'spokesperson', title);
    }
  });
  it('every ministry makes a minister title, with and without the article', () => {
    for (const [field, en] of lists.ministries.entries) {
      trimsBefore(`وزير ${field}`);
      const entry = titleLexicon().get(ar(`وزيرة ${field}`).tokens.map(t => t.key).join(' '));
      assert.equal(entry?.en, `Minister of ${en}`, field);
    }
  });
  it('every posting preposition lets the name after the posted-to country take the title', () => {
    const sources = fakeSources({ gazetteer: [['فريدونيا', 'LOC', 'Q900001']], names: ['سامر', 'خليلوف'] });
    const without = ar('وصل السفير الفرنسي عند فريدونيا سامر خليلوف إلى المطار مساء.');
    assert.ok(!spans(without, recognizeNames(without, sources)).includes('PER سامر خليلوف'));
    for (const p of lists.postings.entries) {
      const ctx = ar(`وصل السفير الفرنسي ${p} فريدونيا سامر خليلوف إلى المطار مساء.`);
      assert.ok(spans(ctx, recognizeNames(ctx, sources)).includes('PER سامر خليلوف'), p);
    }
  });
  it('every construct office is read in construct with the country after it', () => {
    for (const [office, en] of lists.constructOffices.entries) {
      const entry = titleLexicon().get(ar(office).tokens.map(t => t.key).join(' '));
      assert.ok(entry?.construct, office);
      assert.equal(entry.en, en);
    }
  });
  it('a tagged "person" that is only a construct office of several words names nobody', () => {
    for (const [office] of lists.constructOffices.entries.filter(e => e[0].includes(' '))) {
      const ctx = ar(`وقال ${office} المدينة إن الوضع هادئ.`);
      assert.deepEqual(spans(ctx, recognizeNames(ctx, fakeSources({ model: [[office, 'PER']] }))), [], office);
    }
  });
  it('every apposition office ends the person before it', () => {
    for (const office of lists.appositionOffices.entries) {
      const ctx = ar(`التقى الوفد سامر خليلوف ${office} الهيئة العامة أمس.`);
      const got = recognizeNames(ctx, fakeSources({ model: [[`سامر خليلوف ${office}`, 'PER']] }));
      assert.deepEqual(spans(ctx, got), ['PER سامر خليلوف'], office);
    }
  });
  it('person cues and clause words are single written words', () => {
    for (const w of [...lists.personCues.entries, ...lists.clauseWords.entries]) assert.match(w, /^\p{Script=Arabic}+$/u, w);
  });
  it('every modifier after a title and nisba is skipped: the name after it is the person', () => {
    for (const mod of lists.modifiers.entries) {
      const ctx = ar(`وصل الرئيس الروسي ${mod} سامر خليلوف إلى المطار مساء.`);
      assert.deepEqual(spans(ctx, recognizeNames(ctx, fakeSources({ names: ['سامر', 'خليلوف'] }))), ['PER سامر خليلوف'], mod);
    }
  });
});
