import { strict as assert } from 'node:assert';
import { inflect, nisbaForms, ruleBase } from '../../../scripts/kb/nisba';
import { getKnowledgeBase } from '../../../src/core/knowledge/kb';

describe('knowledge/nisba rules (scripts/kb/nisba)', () => {
  it('derives the base from the country name', () => {
    const cases: Array<[string, string | undefined]> = [
      ['روسيا', 'روسي'], ['فرنسا', 'فرنسي'], ['أرمينيا', 'أرميني'], ['تركيا', 'تركي'], ['أذربيجان', 'أذربيجاني'],
      ['مصر', 'مصري'], ['السعودية', 'سعودي'], ['العراق', 'عراقي'], ['الإمارات', 'إماراتي'], ['مالي', undefined],
      ['الولايات المتحدة', undefined],
    ];
    for (const [name, base] of cases) assert.equal(ruleBase(name), base, name);
  });

  it('inflects for the article, gender and sound plurals', () => {
    assert.deepEqual(inflect('روسي').slice(0, 6), ['روسي', 'الروسي', 'روسية', 'الروسية', 'روسيون', 'الروسيون']);
    assert.ok(inflect('كوري جنوبي').includes('الكورية الجنوبية'));
  });

  it('uses the exceptions table and irregular plurals, and drops bases two countries claim', () => {
    const forms = nisbaForms([{ iso2: 'US', name: 'الولايات المتحدة' }, { iso2: 'RU', name: 'روسيا' }, { iso2: 'X1', name: 'غينيا' }, { iso2: 'X2', name: 'غينيا' }]);
    const get = (f: string) => forms.filter(x => x.form === f).map(x => x.iso2);
    assert.deepEqual(get('الأميركية'), ['US']);
    assert.deepEqual(get('الأمريكيين'), ['US']);
    assert.deepEqual(get('الروس'), ['RU']);
    assert.deepEqual(get('غيني'), []);
  });
});

describe('knowledge/kb politicians from the PETRARCH actor dictionary', () => {
  it('carries them with country and role, lower trust, no Wikidata id', () => {
    const [karzai] = getKnowledgeBase().byName('حميد كرزاي');
    assert.equal(karzai?.country, 'country/AF');
    assert.equal(karzai.source, 'petrarch');
    assert.equal(karzai.wikidata, undefined);
    assert.match(karzai.description ?? '', /Afghanistan/);
  });

  it('skips descriptions that the dictionary lists as actors', () => {
    for (const n of ['رئيس وزير صين', 'صحيفة روسي', 'نظام صدام']) assert.deepEqual(getKnowledgeBase().byName(n), [], n);
    // A capital named for its government is the city, never a politician.
    assert.deepEqual(getKnowledgeBase().byName('بيونغ يانغ').map(e => e.id), ['city/pyongyang']);
  });
});
