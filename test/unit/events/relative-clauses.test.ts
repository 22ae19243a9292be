// Names inside a relative clause before a trigger (roles.ts relativeClauseBefore), on sentences written for these tests.
import { strict as assert } from 'node:assert';
import { lexicon } from '../../../src/core/lang/lexicon';
import { eventsOf, type Names } from './fixture';

const list = (cls: string): string[] => lexicon<Record<string, string[]>>('ar', 'event-words')[cls];

const actorsOf = (text: string, names: Names, trigger: string): string[] | undefined => eventsOf(text, names).find(e => e.trigger.text.startsWith(trigger))?.actors;

const NAMES: Names = [['الحلف', 'alliance', 'ORG'], ['الإمارات', 'uae', 'LOC'], ['المتمردين', 'rebels', 'ORG'], ['سمير حداد', 'samir', 'PER'], ['الحكومة اليابانية', 'japan', 'ORG']];

describe('events: names inside a relative clause before the trigger', () => {
  it('gives a main verb after the relative clause its antecedent, not the relative clause\'s subject or object', () => {
    assert.deepEqual(actorsOf('والحلف الذي تقوده الإمارات ضد المتمردين قصف مواقع في الجبال', NAMES, 'قصف'), ['alliance']);
    // A comma closing the clause changes nothing.
    assert.deepEqual(actorsOf('والحلف، الذي تقوده الإمارات ضد المتمردين، قصف مواقع في الجبال', NAMES, 'قصف'), ['alliance']);
    // An antecedent that is no name leaves the act without an actor rather than giving it to the clause's subject.
    assert.deepEqual(actorsOf('والقوات التي تدعمها الإمارات قصفت مواقع في الجبال', NAMES, 'قصفت'), []);
  });
  it('keeps the relative clause\'s subject for a verb joined to it by و', () => {
    assert.deepEqual(actorsOf('زار الوفد المقر الذي يدير فيه الوزير سمير حداد أعماله ويستقبل الزوار', NAMES, 'يستقبل'), ['samir']);
  });
  it('keeps the subject written before the relative clause\'s verb after an auxiliary (الذين كان فلان التقاهم)', () => {
    assert.deepEqual(actorsOf('وبين الحاضرين الطلاب الذين استقبلهم الوزير سمير حداد في الجامعة', NAMES, 'استقبلهم'), ['samir']);
    for (const aux of list('auxiliaryVerbs')) {
      assert.deepEqual(actorsOf(`وبين الحاضرين الطلاب الذين ${aux} الوزير سمير حداد استقبلهم في الجامعة`, NAMES, 'استقبلهم'), ['samir'], aux);
    }
  });
  it('leaves a noun the relative verb\'s circumstance unless a comma closed the clause', () => {
    assert.deepEqual(actorsOf('وتحدث عن الوعود التي قطعتها الحكومة اليابانية خلال زيارة إلى المنطقة', NAMES, 'زيارة'), ['japan']);
    assert.deepEqual(actorsOf('وأعلن الحلف الذي تقوده الإمارات، رفضه للخطة', NAMES, 'رفضه'), ['alliance']);
  });
});
