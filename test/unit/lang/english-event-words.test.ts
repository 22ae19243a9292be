import { strict as assert } from 'node:assert';
import { lexicon } from '../../../src/core/lang/lexicon';
import { englishFrames, PARTICIPLE, type EnglishFrame } from '../../../src/core/events/english-frames';
import { refusalCode } from '../../../src/core/events/typing';

// Every word of media/lang/en/event-words.json that rewrites a trigger from the words before it,
// in sentences of our own; each class beside a sentence without the word.
const words = lexicon<Record<string, string[]>>('en', 'event-words');
const frames = (s: string): Array<EnglishFrame & { text: string }> => englishFrames(s, { start: 0, end: s.length }).map(f => ({ ...f, text: s.slice(f.start, f.end) }));
const frameOf = (s: string, trigger: string): EnglishFrame & { text: string } => {
  const f = frames(s).find(x => x.text.endsWith(trigger));
  assert.ok(f, `${trigger} in ${s}`);
  return f;
};
const modality = (s: string, trigger = 'meet'): string => frameOf(s, trigger).modality;

describe('lang/en/event-words.json: words before a trigger', () => {
  it('a refusal and its link (and fillers) make one refusal event with what is refused', () => {
    assert.equal(frameOf('The wardens agreed to talks with the miners.', 'talks').cameo, '040');
    for (const r of words.refusals) {
      for (const l of words.refusalLinks) {
        const f = frameOf(`The wardens were ${r} ${l} talks with the miners.`, 'talks');
        assert.deepEqual([f.text, f.cameo], [`${r} ${l} talks`, refusalCode('040')], `${r} ${l}`);
      }
    }
    for (const filler of words.refusalFillers) assert.equal(frameOf(`The wardens refused to ${filler} talks.`, 'talks').text, `refused to ${filler} talks`, filler);
  });

  it('an auxiliary with a negator, a negation word, and fillers after them negate the event', () => {
    assert.equal(modality('The wardens meet the miners at noon.'), 'asserted');
    for (const a of words.negationAuxiliaries) {
      for (const n of words.negators) assert.equal(modality(`The wardens ${a}${n.startsWith("'") ? '' : ' '}${n} meet the miners.`), 'negated', `${a} ${n}`);
    }
    for (const w of words.negationWords) assert.equal(modality(`The wardens held ${w} talks with the miners.`, 'talks'), 'negated', w);
    for (const f of words.negationFillers) assert.equal(modality(`The wardens did not ${f} meet the miners.`), 'negated', f);
    for (const w of words.negativeSubjects) assert.equal(modality(`${w} has met the miners.`, 'met'), 'negated', w);
    assert.equal(modality('No warden has met the miners.', 'met'), 'negated');
  });

  it('an intent verb before "to" (and a complement), or a modal (and fillers), make the event intended', () => {
    for (const v of words.intentVerbs) assert.equal(modality(`The wardens ${v} to meet the miners.`), 'intended', v);
    for (const c of words.intentComplements) assert.equal(modality(`The wardens plan to ${c} meeting the miners.`, 'meeting'), 'intended', c);
    for (const m of words.intentModals) assert.equal(modality(`${m.startsWith("'") ? `They${m}` : `The wardens ${m}`} meet the miners.`), 'intended', m);
    for (const f of words.intentFillers) assert.equal(modality(`The wardens will ${f} meet the miners.`), 'intended', f);
  });

  it('a modal of possibility (and fillers) make the event possible', () => {
    for (const m of words.possibilityModals) assert.equal(modality(`The wardens ${m} meet the miners.`), 'possible', m);
    for (const f of words.possibilityFillers) assert.equal(modality(`The wardens could ${f} meet the miners.`), 'possible', f);
  });

  it('an auxiliary (and an adverb) before a participle make the trigger passive; irregular participles are participles', () => {
    assert.equal(frameOf('The miners attacked the depot.', 'attacked').passive, false);
    for (const a of words.passiveAuxiliaries) assert.equal(frameOf(`The depot ${a} attacked at dawn.`, 'attacked').passive, true, a);
    for (const adv of words.passiveAdverbs) assert.equal(frameOf(`The depot was ${adv} attacked at dawn.`, 'attacked').passive, true, adv);
    for (const p of words.irregularParticiples) assert.ok(PARTICIPLE.test(p) && !PARTICIPLE.test(`${p}s`), p);
    assert.equal(frameOf('The depot was struck at dawn.', 'struck').passive, true);
  });

  it('a determiner or preposition (capitalised too), "of", and modifiers make the trigger a noun', () => {
    assert.equal(frameOf('Miners fighting wardens spread panic.', 'fighting').nominal, false);
    for (const h of words.nominalHeads) {
      assert.equal(frameOf(`Reporters saw ${h} fighting near the mill.`, 'fighting').nominal, true, h);
      assert.equal(frameOf(`${h[0].toUpperCase()}${h.slice(1)} fighting spread.`, 'fighting').nominal, true, h);
    }
    for (const l of words.nominalLinks) assert.equal(frameOf(`Reporters feared a week ${l} fighting near the mill.`, 'fighting').nominal, true, l);
    for (const m of words.nominalModifiers) assert.equal(frameOf(`Reporters saw the ${m} fighting near the mill.`, 'fighting').nominal, true, m);
  });

  it('a count of victims (a number or count word, with a modifier) after a death or its passive subject makes it a casualty report, no event', () => {
    const killed = (sentence: string): boolean => frames(sentence).some(f => /^(?:killed|wounded|injured)$/.test(f.text));
    assert.equal(killed('The mudslide killed the mill owner near the dam.'), true);
    assert.equal(killed('The mudslide killed 14 villagers near the dam.'), false);
    for (const c of words.countWords) assert.equal(killed(`The mudslide killed ${c} villagers near the dam.`), false, c);
    for (const m of words.countModifiers) assert.equal(killed(`The mudslide wounded ${m} 14 villagers near the dam.`), false, m);
    for (const a of words.passiveAuxiliaries) assert.equal(killed(`Reporters said 14 villagers ${a} injured near the dam.`), false, a);
    assert.equal(killed('Dozens of villagers were injured near the dam.'), false);
    // A year before the subject is no count: the killing of a named victim stays an event.
    assert.equal(killed('In 2019 poachers killed the ranger near the dam.'), true);
    // The bombing that caused the deaths is the one event.
    assert.deepEqual(frames('A truck bomb killed 9 guards at the depot.').map(f => f.text), ['bomb']);
  });

  it('two triggers of one kind a few words apart in a clause are one act; a conjunction between them makes two', () => {
    assert.deepEqual(frames('The wardens signed a wage agreement on Monday.').map(f => f.text), ['signed']);
    for (const c of words.conjunctions) {
      assert.deepEqual(frames(`The wardens met the miners ${c} held talks.`).map(f => f.text), ['met', 'held talks'], c);
    }
    assert.deepEqual(frames('The wardens met, and talks followed.').map(f => f.text), ['met', 'talks']);
  });

  it('foiling is the foiler\'s act; a plotted act of another kind after it is reported too, one of the same kind is the same act', () => {
    assert.deepEqual(frames('The wardens feared a plot to bomb the depot.').map(f => f.text), ['bomb']);
    for (const foil of ['foiled', 'thwarted', 'averted']) {
      assert.deepEqual(frames(`The wardens ${foil} a plot to bomb the depot.`).map(f => f.text), [foil, 'bomb'], foil);
      assert.deepEqual(frames(`The wardens ${foil} an attack on the depot.`).map(f => f.text), [foil], foil);
    }
    // A violent act in a clause of its own still counts.
    assert.deepEqual(frames('The wardens foiled a plot, and rebels bombed the depot.').map(f => f.text), ['foiled', 'bombed']);
  });
});
