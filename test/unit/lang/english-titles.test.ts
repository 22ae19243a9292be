import { strict as assert } from 'node:assert';
import { lexicon } from '../../../src/core/lang/lexicon';
import { buildContext } from '../../../src/core/text/context';
import { recognizeNames } from '../../../src/core/recognize/names';
import type { EnglishTitles } from '../../../src/core/recognize/english';
import { fakeSources } from '../recognize/fakes';

// Every entry of media/lang/en/titles.json before an invented name in a sentence of our own.
const lists = lexicon<EnglishTitles>('en', 'titles');
const people = (text: string): string[] => {
  const ctx = buildContext(text, 'en');
  return recognizeNames(ctx, fakeSources({ demonyms: { Freedonian: { id: 'country/FD', nameEn: 'Freedonia' } } }))
    .filter(c => c.type === 'PER')
    .map(c => ctx.text.slice(c.start, c.end));
};

describe('lang/en/titles.json', function () {
  // compromise loads on first use.
  this.timeout(20000);
  it('every title and honorific stays outside the name after it', () => {
    for (const t of [...lists.titles.entries, ...lists.honorifics.entries, ...lists.honorifics.entries.map(h => `${h}.`)]) {
      const found = people(`Reporters saw ${t} Rufus Firefly arrive in town on Monday.`);
      // St also starts places (St Albans): the tagger may see none, but never a person with the title in.
      if (t.startsWith('St')) assert.ok(!found.some(p => p.startsWith('St')), t);
      else assert.deepEqual(found, ['Rufus Firefly'], t);
    }
  });
  it('every office after a demonym describes the person by the country', () => {
    for (const t of lists.offices.entries) {
      const ctx = buildContext(`Reporters saw Freedonian ${t} Rufus Firefly arrive on Monday.`, 'en');
      const c = recognizeNames(ctx, fakeSources({ demonyms: { Freedonian: { id: 'country/FD', nameEn: 'Freedonia' } } })).find(x => ctx.text.slice(x.start, x.end) === 'Rufus Firefly');
      assert.equal(c?.description, `${t} of Freedonia`, t);
    }
  });
  it('every role is read before a person', () => {
    for (const t of [...lists.roles.entries, ...lists.roleHonorifics.entries]) {
      assert.ok(people(`Reporters saw the ${t} Rufus Firefly arrive on Monday.`).includes('Rufus Firefly'), t);
    }
  });
});
