// The event recogniser's non-trigger word classes (media/lang/ar/event-words.json), folded
// once: counts of victims, anaphoric determiners, impersonal verbs, relative pronouns, support verbs,
// negators, purpose and frame words, the prepositions of circumstances, places and partners.
import { lexicon } from '../lang/lexicon';
import { wordKey } from '../recognize/word-key';
import { inflectArabicVerb } from '../lang/inflect';

interface EventWordsJson {
  countWords: string[];
  anaphoricDeterminers: string[];
  impersonalVerbs: string[];
  agentMarkers: string[];
  /** Verbal nouns of force after a promise (واعدا بالقضاء على …، تعهد بالرد): the promise is a threat. */
  forceNouns: string[];
  /** A verb whose ل-object is the subject of the act in its أن clause (سبق للوزير أن أعلن). */
  priorVerbs: string[];
  relativePronouns: string[];
  /** Words that name the sides of an event after its noun (الاجتماع بين…): the noun reports it anew. */
  participantMarkers: string[];
  /** Words that name whom a meeting was with (اللقاء مع…): a meeting noun then reports it anew. */
  companionMarkers: string[];
  futureParticles: string[];
  /** Condition words: an act after them is hypothetical (إذا رفض، لو وقع). */
  conditionWords: string[];
  /** A noun that opens a condition after its preposition (في حال رفض): as a condition word. */
  conditionNouns: string[];
  conditionNounPrepositions: string[];
  /** Before a reception noun after كان (وكان في استقباله فلان): its host is named after it. */
  receptionPrepositions: string[];
  /** Honorifics before a title (سمو ولي العهد، معالي الوزير): they name no office, so a title phrase is read after them. */
  honorifics: string[];
  sourceMarkers: string[];
  supportVerbs: string[];
  /** Before the one support, aid or a promise goes to (دعم إيران إلى الحزب); ل glued on the name is morphology. */
  recipientPrepositions: string[];
  /** Support verbs written form by form, where the lemma's inflection would go wrong (ألقى القبض). */
  supportVerbForms: string[];
  /** Verbs whose object names those a meeting brought together (اللقاء الذي ضم X وY); lemmas. */
  gatheringVerbs: string[];
  /** Pronoun subjects of a reported clause and the speaker's own side (بأنه، حكومته، قواته): the reporter acts. */
  reportedSubjects: string[];
  /** "The latter" (الأخير) after من / من قبل: the name last mentioned. */
  latterWords: string[];
  /** A sentence opening with one (وهو، لكنه) goes on about the man last named. */
  heOpeners: string[];
  /** His or her country (بلاده): the reporter's country when his title names it (وزير الخارجية الكندي), else the reporter. */
  ownCountry: string[];
  /** Subordinators that open another clause (بسبب، حيث): a place after them is not the event's. */
  clauseSubordinators: string[];
  /** Titles and counterpart nouns that may stand between a conjunction and a name (ونظيره الفرنسي). */
  coordinationTitles: string[];
  /** A word before a trigger that negates it; after `without` ones a noun names no event. */
  negators: string[];
  without: string[];
  /** A trigger after one is intended, not done (من أجل، بهدف). */
  purposeWords: string[];
  /** Nouns whose genitive trigger names no event (طاولة المفاوضات). */
  frameNouns: string[];
  /** Verbal nouns that with the article also name a political body (المعارضة "the opposition"): an act only with a ل complement. */
  bodyNouns: string[];
  /** A body's men in construct before its name (عناصر التنظيم، مسلحو الحركة): the body acts through them, as a plural. */
  memberConstructs: string[];
  /** A noun after one is a circumstance of the clause (خلال لقاء). */
  circumstancePrepositions: string[];
  /** A place after one is the event's location. */
  placeMarkers: string[];
  /** The other side of a reciprocal act follows (بين، مع). */
  partnerPrepositions: string[];
  /** Words that may stand between a trigger and the act it governs, and standalone prepositions that introduce it. */
  complementLinks: string[];
  complementPrepositions: string[];
  /** Before a reciprocal noun, the goal of its clause's verb (توصل X إلى اتفاق): the clause's subject took part. */
  goalPrepositions: string[];
  /** Joins a verb to the one before as و does (… ثم زار): it goes on with that verb's subject. */
  sequenceWords: string[];
  /** قد/لقد between a relative pronoun and its verb. */
  perfectParticles: string[];
  /** Holding ground after one (تحت سيطرة) is a state described, not an act reported. */
  stateMarkers: string[];
  /** كان right after a relative pronoun: the clause's subject comes before its verb (الذين كان الوزير التقاهم). */
  auxiliaryVerbs: string[];
  /** The preposition before an agent marker (من قبل، على يد). */
  agentPrepositions: string[];
  /** Prepositions that carry a pronoun ending as an object (بها، عليه). */
  pronounObjectPrepositions: string[];
  /** A phase of an event between a circumstance preposition and its noun (في ختام الحوار). */
  phaseNouns: string[];
  /** A standalone preposition whose short phrase, and an adverb after it, may stand between a verb and its subject (شارك في الاجتماع خصوصا الوزير فلان). */
  interposedPrepositions: string[];
  interposedAdverbs: string[];
  /** Complement links that count only where the complement may stand two words away or more. */
  looseComplementLinks: string[];
  /** A sentence with one reports a match: its strikes, clashes and meetings are play. */
  sportsWords: string[];
  /** Right after or before a noun trigger (هجمات محتملة، احتمال هجوم): a possibility, not a report. */
  possibilityWords: string[];
  /** Before a trigger in the shape of a perfect verb: the noun it predicates (وهو طالب "a student"). */
  predicatePronouns: string[];
  /** Objects that halt (وقف): their finer code needs one of haltedActs right after them. */
  haltNouns: string[];
  /** What a halt must stop to be a ceasefire or a call for one (إطلاق النار، القتال). */
  haltedActs: string[];
}

export type EventWordClass = keyof EventWordsJson;

let folded: Record<EventWordClass, ReadonlySet<string>> | undefined;

/** The folded words of one class. */
export function eventWords(wordClass: EventWordClass): ReadonlySet<string> {
  if (!folded) {
    const json = lexicon<EventWordsJson>('ar', 'event-words');
    folded = {} as Record<EventWordClass, ReadonlySet<string>>;
    for (const k of Object.keys(json) as EventWordClass[]) if (Array.isArray(json[k])) folded[k] = new Set(json[k].map(wordKey));
    // Support verbs are lemmas: every form of them, verbal nouns included (إعلان، فرض).
    folded.supportVerbs = new Set([...json.supportVerbs.flatMap(l => inflectArabicVerb(wordKey(l)).map(f => f.form)), ...json.supportVerbForms.map(wordKey)]);
    folded.gatheringVerbs = new Set(json.gatheringVerbs.flatMap(l => inflectArabicVerb(wordKey(l)).map(f => f.form)));
  }
  return folded[wordClass];
}
