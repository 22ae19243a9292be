// Outlets and lists in quotation marks that name things rather than quote anyone.
import { strict as assert } from 'node:assert';
import { findQuotes } from '../../../src/core/recognize/quotes';
import { fixture } from '../events/fixture';

const quotesOf = (text: string, names: Parameters<typeof fixture>[1] = []) => {
  const f = fixture(text, names);
  return findQuotes(f.ctx, f.entities, f.mentions);
};

describe('quotes: the outlet spoken to right after the speech verb', () => {
  const names: Parameters<typeof fixture>[1] = [['سامر الحلبي', 'samer', 'PER'], ['نادي الشروق', 'club', 'ORG']];
  it('is no quote whatever follows it (وأوضح لـ«…» مدير المكتب فلان أن …)', () => {
    const qs = quotesOf('وأوضح لـ«النهار» مدير المكتب سامر الحلبي أن «العمل مستمر».', names);
    assert.deepEqual(qs.map(q => [q.text, q.speaker]), [['العمل مستمر', 'samer']]);
  });
  it('leaves the unnamed subject after it unnamed (نفى لـ«…» مصدر مطلع …)', () => {
    const qs = quotesOf('وتحدث سامر الحلبي عن العقد. نفى لـ"النهار" مصدر مطلع أن يكون العقد وقع. وأضاف "المفاوضات مستمرة".', names);
    assert.deepEqual(qs.map(q => [q.text, q.speaker]), [['المفاوضات مستمرة', null]]);
  });
  it('still quotes what follows ل after a word that is no speech verb (دعا السكان لـ«…»)', () => {
    assert.deepEqual(quotesOf('ودعا سامر الحلبي السكان لـ«الصبر» أمس.', names).map(q => q.text), ['الصبر']);
  });
});

describe('quotes: a list of names in marks', () => {
  it('reads every item after a name head as a name (طرازات «…» و«…» و«…»)', () => {
    assert.deepEqual(quotesOf('وتضم المجموعة طراز «النسر» و«الصقر» و«البرق» الجديدة.').map(q => q.text), []);
  });
  it('keeps a list whose first item is a quote («…» و«…»)', () => {
    assert.deepEqual(quotesOf('ووصف سامر الحلبي الوضع بأنه «صعب» و«معقد».').map(q => q.text), ['صعب', 'معقد']);
  });
});

describe('quotes: a number alone in marks', () => {
  it('is no quote (العثور على «6» سيارات، اللجنة رقم "31")', () => {
    assert.deepEqual(quotesOf('تم العثور على «6» سيارات في الحي، ونقلت إلى اللجنة رقم "31" أمس.').map(q => q.text), []);
  });
  it('keeps a quote with words beside the number («15 عاما»)', () => {
    assert.deepEqual(quotesOf('وقال الشاهد إن عمره «15 عاما» فقط.').map(q => q.text), ['15 عاما']);
  });
});
