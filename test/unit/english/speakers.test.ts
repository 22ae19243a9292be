// English quote attribution: one case per pattern, asserting the speaker's name.
import { strict as assert } from 'node:assert';
import { annotate } from '../../../src/core/annotate';

/** Speaker name of each quote, in order (null when none). */
function speakers(text: string): Array<string | null> {
  const doc = annotate(text, { language: 'en' });
  return doc.quotes.map(q => (q.speaker ? doc.entities.find(e => e.id === q.speaker)!.name : null));
}

const HEAD = 'Talks resume in Geneva\nEnvoys met again on Friday.\n';

describe('English quote speakers', () => {
  it('"…," said X', () => {
    assert.deepEqual(speakers(`${HEAD}"The ceasefire must hold," said Sergey Lavrov after the meeting.`), ['Sergey Lavrov']);
  });

  it('"…," X said', () => {
    assert.deepEqual(speakers(`${HEAD}"We are ready to talk," Nikol Pashinyan said on Friday.`), ['Nikol Pashinyan']);
  });

  it('"…," a body\'s abbreviation, a long title and the name, then the verb', () => {
    assert.deepEqual(speakers(`${HEAD}"We are close," U.S. Secretary of State Antony Blinken said in a video message.`), ['Antony Blinken']);
    assert.deepEqual(speakers(`${HEAD}"We are close," U.S. officials said. Antony Blinken said nothing.`), [null]);
  });

  it('X said: "…"', () => {
    assert.deepEqual(speakers(`${HEAD}Antony Blinken said: "The fighting has to stop."`), ['Antony Blinken']);
  });

  it('X told reporters "…"', () => {
    assert.deepEqual(speakers(`${HEAD}Emmanuel Macron told reporters in Paris "there is no military solution".`), ['Emmanuel Macron']);
  });

  it('"…," X told reporters, with a title before the name', () => {
    assert.deepEqual(speakers(`${HEAD}"We have agreed to keep the lines open," Foreign Minister Ararat Mirzoyan told reporters.`), ['Ararat Mirzoyan']);
  });

  it('according to X', () => {
    assert.deepEqual(speakers(`${HEAD}The strikes were "a grave violation", according to Dmitry Peskov.`), ['Dmitry Peskov']);
  });

  it('he added: a pronoun continues the last person who spoke', () => {
    const text = `${HEAD}"We want peace," Ilham Aliyev said in Baku. "But we will not give up our land," he added.`;
    assert.deepEqual(speakers(text), ['Ilham Aliyev', 'Ilham Aliyev']);
  });

  it('she said: a pronoun takes the person who leads the previous sentence', () => {
    const text = `${HEAD}Angela Merkel spoke with both leaders by phone. "Europe stands ready to help," she said.`;
    assert.deepEqual(speakers(text), ['Angela Merkel']);
  });

  it('X … and called it "…": a second verb shares the clause subject', () => {
    const text = `${HEAD}Sergey Lavrov welcomed the deal and called it "a step towards lasting peace".`;
    assert.deepEqual(speakers(text), ['Sergey Lavrov']);
  });

  it('a pronoun never takes the object of a verb: no subject named, no speaker', () => {
    const text = `${HEAD}The opposition leader called on Alexander Lukashenko to resign. "We will not stop," she told supporters.`;
    assert.deepEqual(speakers(text), [null]);
  });

  it('"…," the UN chief said: the person the article names as the UN\'s head, else the UN', () => {
    const named = `${HEAD}UN Secretary-General Ines Valbuena flew in. "The fighting must stop," the UN chief said. The UN chief said the talks were "useful".`;
    assert.deepEqual(speakers(named), ['Ines Valbuena', 'Ines Valbuena']);
    assert.deepEqual(speakers(`${HEAD}"The fighting must stop," the UN chief said.`), ['UN']);
  });

  it('"…," Chile\'s foreign minister told reporters: the foreign minister the article names with the demonym', () => {
    const text = `${HEAD}Chilean Foreign Minister Ana Riquelme met Josep Borrell. "We want talks," Chile's foreign minister told reporters.`;
    assert.deepEqual(speakers(text), ['Ana Riquelme']);
  });

  it('no speech verb, no speaker', () => {
    assert.deepEqual(speakers(`${HEAD}The so-called "buffer zone" remains empty.`), [null]);
  });

  it('a verb far from the quote does not attribute it', () => {
    const text = `${HEAD}Sergey Lavrov said the talks went well, and observers described a new mood after months of tension in the region and "cautious hope".`;
    assert.deepEqual(speakers(text), [null]);
  });

  it('a second quote later in the sentence of "X told reporters" is X\'s', () => {
    assert.deepEqual(speakers(`${HEAD}Emmanuel Macron told reporters the talks were "difficult" and that both sides must "keep talking".`), ['Emmanuel Macron', 'Emmanuel Macron']);
  });

  it('a quote that carries on the previous quote in the next paragraph keeps its speaker', () => {
    assert.deepEqual(speakers(`${HEAD}"We will stay," Emmanuel Macron said.\n"Our people are needed there."`), ['Emmanuel Macron', 'Emmanuel Macron']);
  });

  it('a quote after narration in between has no speaker of its own', () => {
    assert.deepEqual(speakers(`${HEAD}"We will stay," Emmanuel Macron said. The envoys left on Sunday. A banner read "No more war".`), ['Emmanuel Macron', null]);
  });
  it('he also said / she later said: an adverb between the pronoun and the verb', () => {
    assert.deepEqual(speakers(`${HEAD}Karim Haddad met the envoys on Friday. He also said: "Every village will get water."`), ['Karim Haddad']);
  });

  it('X, who …, said: the name before a relative clause closed by a comma', () => {
    assert.deepEqual(speakers(`${HEAD}Karim Haddad, who took office in March after a long career at the state utility, said the plan "will not change".`), ['Karim Haddad']);
  });
});
