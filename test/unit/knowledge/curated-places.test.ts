import { strict as assert } from 'node:assert';
import { getGazetteer } from '../../../src/core/knowledge/gazetteer';
import { tokenize } from '../../../src/core/text/tokens';
import { buildContext } from '../../../src/core/text/context';
import { recognizeNames } from '../../../src/core/recognize/names';
import { PLACES } from '../../../scripts/kb/curated-places';

// Sentences written for these tests.
const ids = (text: string): Array<string | undefined> => getGazetteer().match({ text, tokens: tokenize(text) }).map(m => m.id);

describe('knowledge/curated places', () => {
  it('Kabul in both spellings, and كابل is not ك + the company آبل', () => {
    assert.deepEqual(ids('وقعت انفجارات في كابل ليلة أمس.'), ['city/kabul']);
    assert.deepEqual(ids('وصل الوزير إلى كابول صباحا.'), ['city/kabul']);
  });

  it('Saudi cities are known places, split from the ب glued on them', () => {
    for (const [slug, , names, , iso2] of PLACES.filter(p => p[4] === 'SA' && !p[5])) {
      const ar = names.split('|').pop() ?? names;
      const text = `وعقد الاجتماع ب${ar} أمس بحضور المسؤولين.`;
      assert.deepEqual(ids(text), [`city/${slug}`], ar);
      const ctx = buildContext(text, 'ar');
      assert.deepEqual(recognizeNames(ctx).map(c => `${c.type} ${text.slice(c.start, c.end)}`), [`LOC ${ar}`], `${ar} (${iso2})`);
    }
  });

  it('the Arabian Peninsula is one place, not the channel nor the Sudanese state الجزيرة', () => {
    assert.deepEqual(ids('عاشت القبائل الرعوية في الجزيرة العربية قرونا قبل الإسلام.'), ['loc/arabian-peninsula']);
    assert.deepEqual(ids('تمتد الصحراء في وسط شبه الجزيرة العربية.'), ['loc/arabian-peninsula']);
  });

  it('the largest Saudi cities, Mecca in both forms, a city before the region of its name', () => {
    assert.deepEqual(ids('سافر الوفد من جدة إلى الدمام ثم إلى خميس مشيط.'), ['city/jeddah', 'city/dammam', 'city/khamis-mushait']);
    assert.deepEqual(ids('وصل الحجاج إلى مكة المكرمة، وغادر آخرون مكة أمس.'), ['city/mecca', 'city/mecca']);
    assert.deepEqual(ids('هطلت أمطار على جازان وعلى جيزان.'), ['city/jazan', 'city/jazan']);
    assert.deepEqual(ids('اجتمع شيوخ القبيلة في الجبيل.'), ['city/jubail'], 'an Arabic name with the article has no g/q spelling variants');
  });
  it('capitals are known places, also behind a proclitic, and end a titled name before them', () => {
    for (const [slug, , names] of PLACES.filter(p => p[1] === 'city' && p[5])) {
      for (const ar of names.split('|')) {
        assert.deepEqual(ids(`وصل الوفد إلى ${ar} أمس.`), [`city/${slug}`], ar);
        const text = `وعقد الاجتماع ب${ar} أمس.`;
        assert.deepEqual(recognizeNames(buildContext(text, 'ar')).map(c => `${c.type} ${text.slice(c.start, c.end)}`), [`LOC ${ar}`], ar);
      }
    }
    const text = 'قال الوزير أندريه فلاديمير لأديس أبابا إن الزيارة ناجحة.';
    assert.deepEqual(recognizeNames(buildContext(text, 'ar')).map(c => `${c.type} ${text.slice(c.start, c.end)}`), ['PER أندريه فلاديمير', 'LOC أديس أبابا']);
  });
});
