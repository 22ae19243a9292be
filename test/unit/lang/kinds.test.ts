import { strict as assert } from 'node:assert';
import { kindsWithRole, organisationKinds, placeKinds, speechVerbs, titles } from '../../../src/core/lang/lexicon';
import { recognizeNames } from '../../../src/core/recognize/names';
import { FLAGS, Lexicon } from '../../../src/core/recognize/tagger/lexicon';
import { lexKey } from '../../../src/core/recognize/tagger/word';
import { wordKey } from '../../../src/core/recognize/word-key';
import type { EntityType } from '../../../src/core/types';
import { ar, fakeSources, spans } from '../recognize/fakes';

// Every entry of media/lang/ar/place-kinds.json and org-kinds.json, by role, in sentences of our
// own around an invented name (غرانتوف) that no list knows.
const NAME = 'غرانتوف';
const found = (sentence: string, model: [string, EntityType][] = []): string[] => {
  const ctx = ar(sentence);
  return spans(ctx, recognizeNames(ctx, fakeSources({ model })));
};

describe('lang/ar place and organisation kinds', () => {
  const place = placeKinds('ar');
  const body = organisationKinds('ar');

  it('a name tagged after a "types" kind takes its type', () => {
    for (const kind of kindsWithRole(place, 'types')) assert.deepEqual(found(`وصل الوفد إلى ${kind} ${NAME} أمس.`, [[NAME, 'ORG']]), [`LOC ${NAME}`], kind);
    for (const kind of kindsWithRole(body, 'types')) assert.deepEqual(found(`تحدث ممثل ${kind} ${NAME} أمس.`, [[NAME, 'LOC']]), [`ORG ${NAME}`], kind);
  });
  it('an "outside" kind stays outside the name the tagger took it into', () => {
    for (const kind of kindsWithRole(place, 'outside')) assert.deepEqual(found(`وصل الوفد إلى ${kind} ${NAME} أمس.`, [[`${kind} ${NAME}`, 'LOC']]), [`LOC ${NAME}`], kind);
    for (const kind of kindsWithRole(body, 'outside')) assert.deepEqual(found(`تحدث ممثل ${kind} ${NAME} أمس.`, [[`${kind} ${NAME}`, 'ORG']]), [`ORG ${NAME}`], kind);
  });
  it('an unknown word after a "names" kind is a place or a body', () => {
    for (const kind of kindsWithRole(place, 'names')) assert.deepEqual(found(`وصل الوفد إلى ${kind} ${NAME} أمس.`), [`LOC ${NAME}`], kind);
    for (const kind of kindsWithRole(body, 'names')) assert.deepEqual(found(`قال متحدث باسم ${kind} ${NAME} إن العمل مستمر.`), [`ORG ${NAME}`], kind);
  });
  it('a region takes several name words', () => {
    for (const kind of kindsWithRole(place, 'region')) assert.deepEqual(found(`وصل الوفد إلى ${kind} ${NAME} نوفا أمس.`), [`LOC ${NAME} نوفا`], kind);
  });
  it('a newspaper is named by its article word', () => {
    for (const kind of kindsWithRole(body, 'press')) assert.deepEqual(found(`ونشرت ${kind} الفجرية أن الوزير استقال.`), ['ORG الفجرية'], kind);
  });
  it('a college keeps its kind word, and the ruler it is named after', () => {
    for (const kind of kindsWithRole(body, 'college')) {
      assert.deepEqual(found(`درس في ${kind} ${NAME} سنوات.`), [`ORG ${kind} ${NAME}`], kind);
      for (const ruler of titles('ar').namesakes.entries) assert.deepEqual(found(`درس في ${kind} ${ruler} ${NAME} سنوات.`), [`ORG ${kind} ${ruler} ${NAME}`], ruler);
    }
  });
  it('a "head" word keeps its first letter, which only looks like a proclitic', () => {
    for (const [kinds, type] of [[body, 'ORG'], [place, 'LOC']] as const) {
      for (const kind of kindsWithRole(kinds, 'head')) {
        const outside = kindsWithRole(kinds, 'outside').includes(kind) && !kindsWithRole(kinds, 'whole-with-article').includes(kind);
        assert.deepEqual(found(`أعلن ممثل ${kind} ال${NAME} أمس.`, [[`${kind} ال${NAME}`, type]]), [`${type} ${outside ? `ال${NAME}` : `${kind} ال${NAME}`}`], kind);
      }
    }
  });
  it('epithets after a place stay outside it', () => {
    for (const epithet of place.epithets!.entries) assert.deepEqual(found(`وصل الوفد إلى ${NAME} ${epithet} أمس.`, [[`${NAME} ${epithet}`, 'LOC']]), [`LOC ${NAME}`], epithet);
  });
  it('a two-word place name after a kind noun keeps its first word', () => {
    for (const head of place.nameHeads!.entries) assert.deepEqual(found(`وصل الوفد إلى قرية ${head} ${NAME} أمس.`), [`LOC ${head} ${NAME}`], head);
  });
  it('a name after a thing kind (a prize, a model) is no person', () => {
    for (const kind of body.things!.entries) assert.deepEqual(found(`حصل على ${kind} ${NAME} العام الماضي.`, [[NAME, 'PER']]), [], kind);
  });
  it('every cue word is a tagger cue of its class', () => {
    const lexicon = new Lexicon({}, {}, new Map());
    for (const w of place.cues.entries) assert.ok(lexicon.lookup(lexKey(wordKey(w)), lexKey(wordKey(w)), false) & FLAGS.locationCue, w);
    for (const w of body.cues.entries) assert.ok(lexicon.lookup(lexKey(wordKey(w)), lexKey(wordKey(w)), false) & FLAGS.organisationCue, w);
    for (const w of speechVerbs('ar').taggerCues ?? []) assert.ok(lexicon.lookup(lexKey(wordKey(w)), lexKey(wordKey(w)), false) & FLAGS.speechVerb, w);
  });
});

describe('lang/ar org kinds: descriptive names and roles by the article', () => {
  const body = organisationKinds('ar');
  it('a "whole-with-article" kind stays inside before an article word, outside before a bare name', () => {
    for (const kind of kindsWithRole(body, 'whole-with-article')) {
      assert.deepEqual(found(`أعلن ممثل ${kind} التضامن الشعبي أمس.`, [[`${kind} التضامن الشعبي`, 'ORG']]), [`ORG ${kind} التضامن الشعبي`], kind);
      assert.deepEqual(found(`أعلن ممثل ${kind} ${NAME} أمس.`, [[`${kind} ${NAME}`, 'ORG']]), [`ORG ${NAME}`], kind);
      const ctx = ar(`وأعلن ممثل ل${kind} التضامن الشعبي أمس.`);
      const known = recognizeNames(ctx, fakeSources({ gazetteer: [['التضامن الشعبي', 'ORG', 'x']] }));
      assert.deepEqual(spans(ctx, known), [`ORG ${kind} التضامن الشعبي`], kind);
      const tagged = recognizeNames(ctx, fakeSources({ model: [['التضامن الشعبي', 'ORG']] }));
      assert.deepEqual(spans(ctx, tagged), [`ORG ${kind} التضامن الشعبي`], kind);
    }
  });
  it('a "described" head with article words and a nisba is one body, nisba inside; without the nisba only a "fields" head names one', () => {
    const fields = new Set(kindsWithRole(body, 'fields'));
    for (const kind of kindsWithRole(body, 'described')) {
      assert.deepEqual(found(`وأعلنت ${kind} التنمية الريفية الأردنية أمس عن برنامج.`), [`ORG ${kind} التنمية الريفية الأردنية`], kind);
      assert.deepEqual(found(`وأعلنت ${kind} التنمية الريفية أمس عن برنامج.`), fields.has(kind) ? [`ORG ${kind} التنمية الريفية`] : [], kind);
    }
  });
});
