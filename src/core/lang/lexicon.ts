// One loader for the word lists the recognisers reason with (titles, place and organisation
// kinds, speech verbs, event triggers and frames…): one JSON file per word class and language
// under media/lang/<language>/, as spaCy keeps lang/ar/. Mechanism files ask here and hold no
// lists, so adding a word is a data change with a test sentence, never a code change.
import { readDataJson } from '../data-dir';

export type LexiconLanguage = 'ar' | 'en';

const loaded = new Map<string, unknown>();

/** The word class `wordClass` of `language` (media/lang/<language>/<wordClass>.json), read once. */
export function lexicon<T>(language: LexiconLanguage, wordClass: string): T {
  const key = `${language}/${wordClass}`;
  if (!loaded.has(key)) loaded.set(key, readDataJson<T>(`../lang/${key}.json`));
  return loaded.get(key) as T;
}

interface Entries<T> {
  about: string;
  entries: T[];
}

/** What a title says about the name after it (see titles.json). */
export type TitleKind = 'office' | 'counterpart' | 'spokesperson' | 'honorific';

export interface TitleLists {
  /** [title, English, kind]. */
  offices: Entries<[string, string, TitleKind]>;
  /** [field, English]: وزير + field. */
  ministries: Entries<[string, string]>;
  /** [office, English]: offices in construct with a country or body. */
  constructOffices: Entries<[string, string]>;
  /** Office heads that follow a name in apposition. */
  appositionOffices: Entries<string>;
  /** Single words announcing a person. */
  personCues: Entries<string>;
  /** Words between a verb and its subject's name. */
  clauseWords: Entries<string>;
  /** Titles of rulers institutions are named after. */
  namesakes: Entries<string>;
  /** Words after a title that qualify it without naming anyone. */
  modifiers: Entries<string>;
  /** Prepositions of a posting between a title and its name (السفير لدى …). */
  postings: Entries<string>;
}

/** Titles and offices (media/lang/<language>/titles.json). */
export const titles = (language: LexiconLanguage = 'ar'): TitleLists => lexicon<TitleLists>(language, 'titles');

/** Kind nouns of places or of organisations (place-kinds.json, org-kinds.json). */
export interface KindLists {
  /** Words before or around such a name: the tagger's cue feature. */
  cues: Entries<string>;
  /** [word, roles…]: what the recognisers do with a name next to the word. */
  kinds: Entries<[string, ...string[]]>;
  epithets?: Entries<string>;
  nameHeads?: Entries<string>;
  things?: Entries<string>;
  /** First words of clubs' names, the city or second word after them inside (دينامو كييف): see clubs.ts. */
  clubHeads?: Entries<string>;
  /** Nouns after a whole-with-article kind that keep it inside the name (وكالة أنباء فارس). */
  kindKeepers?: Entries<string>;
  /** Adjectives that stay in a body's descriptive name after its nisba (… المستقلة). */
  nameAdjectives?: Entries<string>;
  /** Adjectives that describe a body in passing (الحالي، الرسمية), never inside its name. */
  passingAdjectives?: Entries<string>;
  cabinetMembers?: Entries<string>;
  notNames?: Entries<string>;
  /** [name, kb id]: bodies whose bare name is also a word (القاعدة): see word-names.ts. */
  wordNames?: Entries<[string, string]>;
  /** Member and leader nouns that make a word name the body (زعيم القاعدة). */
  memberCues?: Entries<string>;
  /** Prepositions between a member noun and a word name (قيادي في القاعدة). */
  memberLinks?: Entries<string>;
  /** [name, other sense]: clubs named bare by a word (الهلال), the club only near a clubCue: see word-names.ts. */
  clubWordNames?: Entries<[string, string]>;
  /** Words of a match, a team or its players (مباراة، لاعب، مدرب). */
  clubCues?: Entries<string>;
  /** Two-word phrases in which a club word is the ordinary word (بالتعاون مع). */
  clubWordPhrases?: Entries<string>;
  /** Adjectives after a namesake kind and a town's name that make the phrase a body's name (مستشفى الرس العام). */
  townBodyAdjectives?: Entries<string>;
  namesakeAdjectives?: Entries<string>;
  /** A kind and its field naming a part every body has (مجلس الإدارة، هيئة التدريس): fieldBodies in body-rules.ts. */
  bodyParts?: Entries<string>;
  /** Masculine nouns that take a place in construct (مطار دمشق): see clubs.ts. */
  facilities?: Entries<string>;
}

export const placeKinds = (language: LexiconLanguage = 'ar'): KindLists => lexicon<KindLists>(language, 'place-kinds');
export const organisationKinds = (language: LexiconLanguage = 'ar'): KindLists => lexicon<KindLists>(language, 'org-kinds');

/** The kind words that have `role`, as written. */
export function kindsWithRole(lists: KindLists, role: string): string[] {
  return lists.kinds.entries.filter(e => e.indexOf(role, 1) > 0).map(e => e[0]);
}

/** Speech verbs of a language, as lemmas that src/core/lang/inflect.ts inflects, plus the forms it cannot derive. */
export interface SpeechVerbs {
  /** Lemmas (Arabic: perfect 3rd person masculine singular; English: base form) whose finite forms are cues. */
  verbs: string[];
  /** Written forms the generator does not give (hamza seats, رأى, perfect-only verbs, English irregular pasts). */
  irregular?: string[];
  /** Arabic lemmas whose active participles are cues (قائلا، مؤكدة); not every lemma's are (مكتب، مدينة). */
  participles?: string[];
  irregularParticiples?: string[];
  /** English: verbs whose subject may follow them ("…," said X). */
  invertible?: string[];
  /** Arabic: written forms of verbs that relay another's words (نقلت الوكالة عن فلان): the source after عن speaks. */
  relays?: string[];
  /** Arabic: written forms of a speech verb that are also a common other word (بيّن / بين "between"): a cue only
   *  with a person named right after it and what is said after the name (وبين الدكتور فلان أن). */
  beforeNamedSpeaker?: string[];
  /** Arabic: written forms (with و, participles, according-to words, meeting verbs) the tagger's speech-verb feature marks. */
  taggerCues?: string[];
}

export const speechVerbs = (language: LexiconLanguage): SpeechVerbs => lexicon<SpeechVerbs>(language, 'speech-verbs');

/** Words around quotes and their speakers other than speech verbs. */
export interface CueWords {
  /** Prepositions written apart, after which no word starts with a conjunction or another preposition (في فوتوكول). */
  prepositions?: string[];
  /** "According to" (بحسب، وفقا). */
  according?: string[];
  /** Words after which a quoted phrase is a name or a title (صحيفة «…»). */
  nameHeads?: string[];
  /** Relative pronouns (الذي، التي): the name before one is the subject of the clause. */
  relatives?: string[];
  /** Particles that front a topic answered by ف (أما فلان، …، فقال): the topic is the verb's subject however far before it. */
  topicOpeners?: string[];
  /** Unnamed officials (مسؤول، مصدر، متحدث) who speak and act for the body named after them (مسؤول في الوزارة). */
  officials?: string[];
  /** Indefinite nouns for unnamed people in a speech verb's subject place (مصادر، خبراء، أحد): the speaker is no named entity. */
  unnamedSpeakers?: string[];
  /** Plural nouns for unnamed groups (خبراء، المواطنون), with or without the article: the speaker is no named entity. */
  unnamedGroups?: string[];
  /** Prepositions written apart before the one spoken to (قال في تصريحات إلى «الصحيفة»); ل glued on is morphology. */
  addresseePrepositions?: string[];
  /** Prepositions that join an unnamed official to the body (في، من، ب in باسم). */
  officialOf?: string[];
  /** Statements that speak for their issuer (قال بيان من مكتب الوزير). */
  statements?: string[];
  /** Words between a statement and its issuer (صادر عن، من مكتب). */
  statementLinks?: string[];
  /** English words a subject may carry between its name and the verb (", the spokesman,"). */
  subjectFillers?: string[];
  /** English subject pronouns before a speech verb (he said), written capitalised too. */
  pronouns?: string[];
  /** English auxiliaries and adverbs between a subject pronoun and a speech verb (she has said, he also said). */
  auxiliaries?: string[];
  /** English prepositions after which a name is an object, never the subject of the next verb. */
  objectPrepositions?: string[];
  /** English verbs after which a name is their object, never the he/she who speaks later (met X; he said). */
  objectVerbs?: string[];
}

export const cueWords = (language: LexiconLanguage): CueWords => lexicon<CueWords>(language, 'cue-words');

/** Particles and fixed parts of personal names, [word, roles…] (name-particles.json). */
export const nameParticles = (language: LexiconLanguage = 'ar'): Entries<[string, ...string[]]> =>
  lexicon<{ particles: Entries<[string, ...string[]]> }>(language, 'name-particles').particles;

/** Institutions named by description (institutions.json). */
export interface InstitutionLists {
  /** [noun, kind, English head, 'alone'?]. */
  bodies: Entries<[string, string, string, ...string[]]>;
  /** [adjective, English head or '']. */
  modifiers: Entries<[string, string]>;
  coalitions: Entries<string>;
  /** [adjective, English name]. */
  coalitionModifiers: Entries<[string, string]>;
  unitHeads: Entries<string>;
  affiliations: Entries<string>;
  /** Words before في + a body: its members (الدول المنضوية في التحالف). */
  memberships: Entries<string>;
  /** Nouns for some of a body's men before من + the body (مسلحون من حركة X): events only. */
  memberHeads: Entries<string>;
  kindReferences: Entries<string>;
}

export const institutions = (language: LexiconLanguage = 'ar'): InstitutionLists => lexicon<InstitutionLists>(language, 'institutions');

/** Words read as names that name no one (not-names.json). */
export interface NotNames {
  /** Currency units: alone, an amount's unit. */
  currencies: Entries<string>;
  /** God: alone or in an invocation, no one's name. */
  divine: Entries<string>;
  /** Prepositions with a first-person pronoun (لي): alone, no one. */
  pronounWords?: Entries<string>;
  /** Perfect verbs that are also name words (شن): opening a tagged person, the verb before its subject. */
  verbsBeforeNames?: Entries<string>;
  /** Indefinite adjectives that after a bare organisation kind describe a body (منظمة دولية). */
  kindAdjectives?: Entries<string>;
  /** Plural, dual and construct endings: a common word with one is that word inflected (مواطنون). */
  inflectionEndings?: Entries<string>;
}

export const notNames = (language: LexiconLanguage = 'ar'): NotNames => lexicon<NotNames>(language, 'not-names');

/** Closed-class words (function-words.json): each list is [word…] under `entries`. */
export interface FunctionWords {
  /** Words that end a person's name. */
  stopWords: Entries<string>;
  /** Words after which a name is an object or a place, not a subject. */
  prepositions: Entries<string>;
  /** Conjunctions that open a reported clause. */
  complementisers: Entries<string>;
  /** Function words written with a final ى, whose key a name written with ي shares (على / علي). */
  maksuraWords: Entries<string>;
  /** Given names that fold into one of maksuraWords (علي). */
  maksuraNames: Entries<string>;
  /** Adverbs of place, a preposition before a demonstrative even where also a name (خلف تلك الجبال). */
  placeAdverbs: Entries<string>;
  demonstratives: Entries<string>;
  /** Pronoun endings glued on a noun (نظيره): a possessed noun, no name. */
  possessiveSuffixes?: Entries<string>;
  /** Number words before a unit or currency (ألف ريال، مليون دولار): the one word after names nobody. */
  quantityWords: Entries<string>;
}

export const functionWords = (language: LexiconLanguage = 'ar'): FunctionWords => lexicon<FunctionWords>(language, 'function-words');

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words and phrases of a class as one regex alternation: special characters escaped, a phrase's words joined by `\s+`. */
export const alternation = (words: string[]): string => words.map(w => w.split(' ').map(escapeRegex).join('\\s+')).join('|');

/** Words as a regex alternation in which each may also open a sentence: "the" as [Tt]he. */
export const capitalisable = (words: string[]): string => words.map(w => `[${w[0].toUpperCase()}${w[0]}]${escapeRegex(w.slice(1))}`).join('|');
