// Actors of verbs whose subject is not written next to them: a passive verb's من قبل agent and a
// sentence that opens with its verb and goes on about the last sentence's subject (arguments.ts),
// on sentences written for these tests.
import { strict as assert } from 'node:assert';
import { eventsOf, type Names } from './fixture';

const actorsOf = (text: string, names: Names, trigger: string): string[] | undefined => eventsOf(text, names).find(e => e.trigger.text.startsWith(trigger))?.actors;

const NAMES: Names = [['الشرطة البلجيكية', 'police', 'ORG'], ['كمال يوسف', 'kamal', 'PER'], ['منظمة الصحة العالمية', 'who', 'ORG'], ['لندن', 'london', 'LOC']];

describe('events: subjects not written next to the verb', () => {
  it('takes the agent of a passive verb from من قبل after it, not past a comma', () => {
    assert.deepEqual(actorsOf('واعتقل المصور كمال يوسف من قبل الشرطة البلجيكية قرب المحطة', NAMES, 'اعتقل'), ['police']);
    assert.notDeepEqual(actorsOf('واعتقل المصور كمال يوسف، بعد ملاحقته من قبل الشرطة البلجيكية', NAMES, 'اعتقل'), ['police']);
  });
  it('gives a sentence opening with a verb and its complement the previous sentence\'s subject', () => {
    const text = 'وانتقد المدير العام لمنظمة الصحة العالمية كمال يوسف تأخر اللقاحات. وطالب بالإسراع في إرسال المساعدات.';
    assert.deepEqual(actorsOf(text, NAMES, 'طالب'), ['kamal']);
    assert.deepEqual(actorsOf('وزار كمال يوسف لندن أمس. ودعا إلى الحوار بين الطرفين.', NAMES, 'دعا'), ['kamal']);
  });
  it('leaves a verb whose own subject follows it, named or not, to that subject', () => {
    assert.deepEqual(actorsOf('وزار كمال يوسف لندن أمس. وطالبت نقابة الأطباء بإرسال المساعدات.', NAMES, 'طالبت'), []);
    assert.deepEqual(actorsOf('وزار كمال يوسف لندن أمس. وطالب بعض السكان بإرسال المساعدات.', NAMES, 'طالب'), []);
  });
});

describe('events: a reported pronoun of another gender than its reporter', () => {
  const names: Names = [['الشرطة البلجيكية', 'police', 'ORG'], ['كمال يوسف', 'kamal', 'PER'], ['سلمى النجار', 'salma', 'PER']];
  it('is the person last named, not the reporter (قالت الشرطة إنه …)', () => {
    const text = 'وأوقفت السلطات الناشط كمال يوسف أمس. وقالت الشرطة البلجيكية إنه هاجم مركزا للشرطة قبل أسبوع.';
    assert.deepEqual(actorsOf(text, names, 'هاجم'), ['kamal']);
    // Of the reporter's gender, the pronoun is the reporter.
    assert.deepEqual(actorsOf('وقال كمال يوسف إنه زار مركز الشرطة أمس.', names, 'زار'), ['kamal']);
    // Never the reporter, even when no one else is named.
    assert.deepEqual(actorsOf('وقال كمال يوسف إنها زارت مركز الشرطة أمس.', names, 'زارت'), []);
  });
  it('leaves an expletive أنه (before a preposition, a quotation, تم) to the reporter', () => {
    // أنه في الصباح اعتقلت …: the feminine verb agrees with the police, who report their own act.
    assert.deepEqual(actorsOf('وأكدت الشرطة البلجيكية أنه في الصباح الباكر اعتقلت المشتبه بهم', names, 'اعتقلت'), ['police']);
  });
});
