// English news sentences about attacks and protests, written for this test:
// the full pipeline must find an ASSAULT or PROTEST event in at least 70% of
// them, and none in calm sentences.
import { strict as assert } from 'node:assert';
import { annotate } from '../../../src/core/annotate';

const SENTENCES = [
  'Gunmen attacked a police checkpoint in Diyala province on Tuesday, killing three officers.',
  'Five people were killed and twenty wounded when a car bomb exploded in central Baghdad.',
  'Thousands of people protested outside parliament in Beirut against the new tax.',
  'Hundreds of students demonstrated in Khartoum against higher university fees.',
  'Warplanes bombed rebel positions in southern Idlib overnight, activists said.',
  'Israeli aircraft carried out air strikes on the Gaza Strip early on Friday.',
  'Militants opened fire on a police patrol in the city of Arish.',
  'Large crowds rallied in the streets of Tunis to demand the release of detained activists.',
  'Heavy clashes broke out between government troops and tribal fighters in Marib.',
  'A suicide bomber struck a mosque in the Pakistani city of Quetta.',
  'Teachers staged a sit-in outside the education ministry to demand higher wages.',
  'Artillery shelling killed three civilians in the village of Kafr Nabl.',
  'Security forces raided homes in the village and detained four young men.',
  'Police fired tear gas at protesters who had gathered in Tahrir Square.',
  'Coalition jets launched airstrikes on Houthi positions around Sanaa.',
  'Two soldiers died when a roadside bomb hit their patrol.',
  'Dock workers went on strike in protest at unpaid wages.',
  'Gunmen assassinated a local official outside his home in Derna.',
  'Dozens of people were killed or injured in an air raid on a busy market.',
  'Protesters marched through the capital calling for the government to resign.',
  'An explosive device went off near a bus carrying soldiers in Damascus.',
  'Azerbaijani forces shelled Stepanakert, the Armenian defence ministry said.',
  'Russian troops stormed the town after days of heavy fighting.',
  'Farmers blocked roads with tractors to protest against falling prices.',
  'The rebels ambushed an army convoy on the road to Kidal.',
  'Demonstrators clashed with riot police in front of the presidential palace.',
];

const CALM = [
  'The museum opened a new wing dedicated to Islamic art on Sunday.',
  'The central bank kept its main interest rate unchanged at 3 percent.',
  'Wheat prices rose sharply in March after a poor harvest.',
  'The novelist published her third book about life in Cairo.',
  'The football club signed a young striker from Lyon.',
  'Rain is expected across the north of the country tomorrow.',
];

describe('English attacks and protests', () => {
  it('finds an ASSAULT or PROTEST event in at least 70% of the sentences', () => {
    const missed = SENTENCES.filter(s => !annotate(s, { language: 'en' }).events.some(e => e.plover === 'ASSAULT' || e.plover === 'PROTEST'));
    const rate = 1 - missed.length / SENTENCES.length;
    assert.ok(rate >= 0.7, `rate ${rate.toFixed(2)}; missed:\n${missed.join('\n')}`);
  });

  it('finds no ASSAULT or PROTEST event in calm sentences', () => {
    for (const s of CALM) {
      const hits = annotate(s, { language: 'en' }).events.filter(e => e.plover === 'ASSAULT' || e.plover === 'PROTEST');
      assert.deepEqual(hits.map(e => e.trigger.text), [], s);
    }
  });
});
