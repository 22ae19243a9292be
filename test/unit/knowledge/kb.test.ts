import { strict as assert } from 'node:assert';
import { getKnowledgeBase } from '../../../src/core/knowledge/kb';

describe('knowledge/kb', () => {
  const kb = getKnowledgeBase();

  it('loads countries with ISO codes and Wikidata ids from the data files', () => {
    const ru = kb.byId('country/RU');
    assert.equal(ru?.en, 'Russia');
    assert.equal(ru?.iso3, 'RUS');
    assert.equal(ru?.wikidata, 'Q159');
    assert.equal(ru?.ar[0], 'روسيا');
    assert.equal(ru?.capital, 'city/moscow');
    assert.equal(kb.countryByIso2('az')?.id, 'country/AZ');
  });

  it('looks names up in any spelling', () => {
    assert.equal(kb.byName('ارمينيا')[0]?.id, 'country/AM');
    assert.equal(kb.byName('أرمينيا')[0]?.id, 'country/AM');
    assert.equal(kb.byName('ناجورنو كاراباخ')[0]?.id, 'loc/nagorno-karabakh');
    assert.equal(kb.byName('الولايات المتحدة')[0]?.id, 'country/US');
    assert.equal(kb.byName('Vladimir Putin')[0]?.id, 'per/vladimir-putin');
    assert.deepEqual(kb.byName('لا يوجد'), []);
  });

  it('finds a country by the other English names the data files give, showing one', () => {
    const tr = kb.byId('country/TR');
    assert.ok(tr?.enAliases?.includes('Turkey'), JSON.stringify(tr?.enAliases));
    for (const name of ['Turkey', 'Burma', 'Czech Republic', 'Swaziland']) assert.equal(kb.byName(name)[0]?.type, 'LOC', name);
    assert.equal(kb.byName('Burma')[0]?.id, 'country/MM');
    // Codes and other scripts are no aliases: the short-name list reads codes in case.
    assert.ok(kb.entries.every(e => (e.enAliases ?? []).every(a => a.length > 3 && !/^the\s/i.test(a) && /^[A-Za-z\u00c0-\u017f\s'’.,-]+$/.test(a))));
  });

  it('maps nisba adjectives to their country', () => {
    const cases: Array<[string, string]> = [
      ['الأرمينية', 'AM'], ['الأميركي', 'US'], ['الأمريكي', 'US'], ['الروسي', 'RU'], ['الروسية', 'RU'],
      ['روسي', 'RU'], ['الروس', 'RU'], ['الفرنسي', 'FR'], ['التركية', 'TR'], ['التركيّة', 'TR'], ['أتراك', 'TR'],
      ['الأذربيجاني', 'AZ'], ['البريطاني', 'GB'], ['المصري', 'EG'], ['السعودي', 'SA'], ['الإماراتي', 'AE'],
      ['الإيرانيين', 'IR'], ['الأرمن', 'AM'],
    ];
    for (const [word, iso2] of cases) assert.equal(kb.nisbaCountry(word)?.iso2, iso2, word);
    assert.equal(kb.nisbaCountry('الرئيس'), undefined);
  });

  it('carries curated people with English names, descriptions and countries, and no invented ids', () => {
    const putin = kb.byName('بوتين')[0];
    assert.equal(putin.id, 'per/vladimir-putin');
    assert.equal(putin.en, 'Vladimir Putin');
    assert.equal(kb.describe(putin.id), 'President of Russia');
    assert.equal(putin.country, 'country/RU');
    for (const e of kb.entries) if (e.type === 'PER') assert.equal(e.wikidata, undefined, e.id);
  });

  it('includes Arab first-level divisions with Arabic names and Wikidata ids', () => {
    const aleppo = kb.byId('division/SY-HL');
    assert.equal(aleppo?.ar[0], 'حلب');
    assert.equal(aleppo?.wikidata, 'Q214064');
    assert.equal(aleppo?.country, 'country/SY');
  });

  it('never carries machine-translation errors as names, and corrects a division named by a wrong word', () => {
    assert.deepEqual(kb.byName('ديك رومى'), []);
    assert.deepEqual(kb.byName('جمع شمل'), []);
    assert.deepEqual(kb.byName('يشيد'), [], 'the verb "praises" named Ha\'il');
    assert.ok(kb.byName('حائل').some(e => e.id === 'division/SA-06'));
    assert.equal(kb.byId('division/YE-AD')?.en, 'Aden');
    assert.deepEqual(kb.byName('الحبار'), [], 'Akkar is no squid');
    assert.equal(kb.byName('عكار')[0]?.id, 'division/LB-AK');
    assert.deepEqual(kb.byName('شمالي'), [], '"northern" names no governorate');
  });

  it('keeps ANERGazet names as lists without ids', () => {
    assert.equal(kb.inList('PER', 'فاطمة'), true);
    assert.equal(kb.inList('ORG', 'فاطمة'), false);
  });
});
