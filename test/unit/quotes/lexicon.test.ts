// Every entry of the speech-verb and cue-word lexicons, on a sentence written for it.
import { strict as assert } from 'node:assert';
import { findQuotes } from '../../../src/core/recognize/quotes';
import { cueWords, speechVerbs } from '../../../src/core/lang/lexicon';
import { fixture } from '../events/fixture';
import { inflectArabicVerb } from '../../../src/core/lang/inflect';
import { wordKey } from '../../../src/core/recognize/word-key';

const quotesOf = (text: string, names: Parameters<typeof fixture>[1] = []) => {
  const f = fixture(text, names);
  return findQuotes(f.ctx, f.entities, f.mentions);
};

describe('quotes lexicon: words after which a quoted phrase is a name', () => {
  for (const head of cueWords('ar').nameHeads ?? []) {
    it(`${head} «…» is no quote`, () => {
      const text = `وتحدث المراسل عن ${head} «النجمة الزرقاء» طويلا.`;
      assert.deepEqual(quotesOf(text).map(q => q.text), []);
    });
  }
  it('a speech verb before the same words keeps the quote', () => {
    assert.deepEqual(quotesOf('وتحدث المراسل قائلا «النجمة الزرقاء» طويلا.').map(q => q.text), ['النجمة الزرقاء']);
  });
});

describe('quotes lexicon: speech verbs and cue words find the speaker', () => {
  const sami: [string, string, 'PER'] = ['سامي نادر', 'sami', 'PER'];
  const lex = speechVerbs('ar');
  for (const verb of [...lex.verbs, ...(lex.irregular ?? [])]) {
    it(`${verb} المتحدث سامي نادر إن «…»`, () => {
      const [q] = quotesOf(`${verb} المتحدث سامي نادر إن «الأمر محسوم».`, [sami]);
      assert.equal(q.speaker, 'sami');
    });
  }
  const participles = [...(lex.participles ?? []).map(l => inflectArabicVerb(wordKey(l)).find(f => f.kind === 'participle')!.form), ...(lex.irregularParticiples ?? [])];
  for (const participle of participles) {
    it(`a participle ${participle} continues the verb's subject`, () => {
      const qs = quotesOf(`وقال سامي نادر إن الأمر محسوم، ${participle} أن «الحل قريب».`, [sami]);
      assert.equal(qs[0].speaker, 'sami');
      assert.equal(qs[0].cue?.text, participle);
    });
  }
  for (const verb of lex.relays ?? []) {
    it(`${verb} الإذاعة عن سامي نادر قوله إن «…»: the source speaks`, () => {
      const [q] = quotesOf(`${verb} الإذاعة عن سامي نادر قوله إن «الأمر محسوم».`, [sami, ['الإذاعة', 'radio', 'ORG']]);
      assert.equal(q.speaker, 'sami');
    });
  }
  for (const word of cueWords('ar').according ?? []) {
    it(`«…»، ${word} سامي نادر`, () => {
      const [q] = quotesOf(`«الأمر محسوم»، على ${word} سامي نادر.`, [sami]);
      assert.equal(q.speaker, 'sami');
    });
  }
  for (const form of lex.beforeNamedSpeaker ?? []) {
    it(`${form} المهندس سامي نادر أن … : a speech verb with a person and what is said after it`, () => {
      const qs = quotesOf(`${form} المهندس سامي نادر أن العمل مستمر، مضيفا «سننتهي قريبا».`, [sami]);
      assert.equal(qs[0].speaker, 'sami');
    });
  }
  for (const word of cueWords('ar').relatives ?? []) {
    it(`the name before ${word} is the subject of the relative clause's speech verb`, () => {
      // The verb agrees with the relative (التي نددت، الذي ندد): one that does not has another subject.
      const verb = /^الل?ت/.test(word) ? 'نددت' : 'ندد';
      const [q] = quotesOf(`هتف المحتجون ضد سامي نادر ${word} ${verb} بـ«الفوضى».`, [sami]);
      assert.equal(q.speaker, 'sami');
    });
  }
});

describe('quotes lexicon: unnamed people in the subject place speak for no one', () => {
  const sami: [string, string, 'PER'] = ['سامي نادر', 'sami', 'PER'];
  const lead = 'وقال سامي نادر إن «الوضع هادئ».';
  for (const word of cueWords('ar').unnamedSpeakers ?? []) {
    it(`وقال ${word} … «…» is no one's, not the last speaker's`, () => {
      const qs = quotesOf(`${lead} وقال ${word} من الحاضرين إن «المياه مقطوعة».`, [sami]);
      assert.deepEqual(qs.map(q => q.speaker), ['sami', null]);
    });
  }
  for (const word of cueWords('ar').unnamedGroups ?? []) {
    it(`وقال ${word} and وقال ال${word} … «…» are no one's`, () => {
      const qs = quotesOf(`${lead} وقال ${word} إن «المياه مقطوعة». وأكد ال${word} أن «الصبر نفد».`, [sami]);
      assert.deepEqual(qs.map(q => q.speaker), ['sami', null, null]);
    });
  }
});
