// The lexicon files' kind nouns and titles as the folded key sets the name rules test
// tokens against (media/lang/ar/place-kinds.json, org-kinds.json, titles.json), built on first use.
import { kindsWithRole, organisationKinds, placeKinds, titles } from '../lang/lexicon';
import { matchKey } from '../text/normalize';
import { constructDuals } from '../lang/inflect';

export interface KindWords {
  /** First words of names whose first letter only looks like a proclitic (وزارة، بنك، ولاية). */
  heads: Set<string>;
  /** Place classifiers left outside a place's name (مدينة حلب → حلب). */
  placeOutside: Set<string>;
  /** Organisation kinds left outside its name (حركة طالبان → طالبان). */
  bodyOutside: Set<string>;
  /** Outside kinds that stay inside the name before an article word (حركة الجهاد …). */
  wholeWithArticle: Set<string>;
  /** Nouns after such a kind that keep it inside too (وكالة أنباء فارس). */
  kindKeepers: Set<string>;
  /** Epithets after a place left outside it (مكة المكرمة). */
  placeEpithets: Set<string>;
  /** Kinds whose single-word construct name is a place (مدينة، جزيرة). */
  placeNamers: Set<string>;
  /** Regions whose several name words after them are a place (إقليم). */
  regions: Set<string>;
  /** First words of two-word place names (بني، عين، كفر). */
  placeNameHeads: Set<string>;
  /** Newspapers and magazines: their article word is their name (صحيفة النهار). */
  press: Set<string>;
  /** Kinds of body after which an unknown or quoted word is its name. */
  bodyNamers: Set<string>;
  /** Kinds of body named after their leader (حكومة « X »): a quoted name after them is a person's. */
  byLeader: Set<string>;
  /** Kinds of body whose name may be a known place's (نادي قطر); after the others a place stays one (مسجد القاهرة). */
  bodyTypes: Set<string>;
  /** Heads of a body's descriptive name ending in a nisba (حكومة الوحدة الوطنية الليبية). */
  described: Set<string>;
  /** Adjectives after that nisba still in the name (المستقلة، العليا). */
  nameAdjectives: Set<string>;
  /** Adjectives that describe a body in passing, never part of its name (passingAdjectives, org-kinds.json). */
  passingAdjectives: Set<string>;
  /** Universities and colleges, kind word inside the name. */
  colleges: Set<string>;
  /** Titles of the people colleges are named after (جامعة الملك فهد). */
  namesakes: Set<string>;
  /** A ministry named by its field (وزارة). */
  ministries: Set<string>;
  /** The council of ministers with one of cabinetMembers after it (مجلس + الوزراء). */
  cabinets: Set<string>;
  cabinetMembers: Set<string>;
  /** Groups named after a known place or body (مجموعة مينسك). */
  groups: Set<string>;
  /** Kinds after which an article word may be the name (نادي الغرافة). */
  articleNamers: Set<string>;
  /** Body kinds named by their remit, with the article (الاتحاد، المجلس): see purpose (org-kinds.json). */
  purposeHeads: Set<string>;
  /** Body kinds named after a ruler, kind word inside (مركز الملك فهد): see namesake (org-kinds.json). */
  namesakeBodies: Set<string>;
  /** Body kinds named by two fields joined by و (جمعية الثقافة والفنون): see fields (org-kinds.json). */
  fieldBodies: Set<string>;
  /** Adjectives after a namesake kind and a town that make them one body (مستشفى الرس العام): townBodyAdjectives, org-kinds.json. */
  townBodyAdjectives: Set<string>;
  /** Adjectives of a place named after a person, after the person's name (استاد الملك فهد الدولي): namesakeAdjectives, org-kinds.json. */
  namesakeAdjectives: Set<string>;
  /** Parts every body has (مجلس الإدارة): with a field joined by و no name (bodyParts, org-kinds.json). */
  bodyParts: Set<string>;
  /** Every organisation kind noun and cue, bare and with the article (منظمة، المنظمة). */
  bodyKinds: Set<string>;
  /** The organisation kind nouns the name rules know (kinds, org-kinds.json), bare and with the article: no cue-only word. */
  namedKinds: Set<string>;
  /** Beginnings of words after a kind noun that name no place (شمال، قرب). */
  notPlaceNames: string[];
}

const fold = (words: readonly string[]): Set<string> => new Set(words.map(matchKey));
/** Kind nouns also in the construct dual (حركتي فتح وحماس): the dual stays outside both names too. */
const withDuals = (words: readonly string[]): Set<string> => new Set(words.map(matchKey).flatMap(k => [k, ...constructDuals(k)]));

let words: KindWords | undefined;

export function kindWords(): KindWords {
  if (words) return words;
  const place = placeKinds();
  const body = organisationKinds();
  return (words = {
    heads: fold([...kindsWithRole(body, 'head'), ...kindsWithRole(place, 'head')]),
    placeOutside: withDuals(kindsWithRole(place, 'outside')),
    bodyOutside: withDuals(kindsWithRole(body, 'outside')),
    wholeWithArticle: fold([...kindsWithRole(body, 'whole-with-article'), ...kindsWithRole(place, 'whole-with-article')]),
    kindKeepers: fold(body.kindKeepers?.entries ?? []),
    placeEpithets: fold(place.epithets?.entries ?? []),
    placeNamers: fold(kindsWithRole(place, 'names')),
    regions: fold(kindsWithRole(place, 'region')),
    placeNameHeads: fold(place.nameHeads?.entries ?? []),
    press: fold(kindsWithRole(body, 'press')),
    bodyNamers: fold(kindsWithRole(body, 'names')),
    bodyTypes: fold(kindsWithRole(body, 'types')),
    byLeader: fold(kindsWithRole(body, 'by-leader')),
    described: fold(kindsWithRole(body, 'described')),
    nameAdjectives: fold(body.nameAdjectives?.entries ?? []),
    passingAdjectives: fold(body.passingAdjectives?.entries ?? []),
    colleges: fold(kindsWithRole(body, 'college')),
    namesakes: fold(titles().namesakes.entries),
    ministries: fold(kindsWithRole(body, 'ministry')),
    cabinets: fold(kindsWithRole(body, 'cabinet')),
    cabinetMembers: fold(body.cabinetMembers?.entries ?? []),
    groups: fold(kindsWithRole(body, 'group')),
    articleNamers: fold(kindsWithRole(body, 'article-names')),
    namesakeBodies: fold(kindsWithRole(body, 'namesake')),
    fieldBodies: fold(kindsWithRole(body, 'fields')),
    bodyParts: fold(body.bodyParts?.entries ?? []),
    townBodyAdjectives: fold(body.townBodyAdjectives?.entries ?? []),
    namesakeAdjectives: fold(body.namesakeAdjectives?.entries ?? []),
    purposeHeads: fold(kindsWithRole(body, 'purpose').map(w => `ال${w}`)),
    bodyKinds: fold([...body.kinds.entries.map(e => e[0]), ...body.cues.entries].flatMap(w => (w.startsWith('ال') ? [w, w.slice(2)] : [w, `ال${w}`]))),
    namedKinds: fold(body.kinds.entries.map(e => e[0]).flatMap(w => [w, `ال${w}`])),
    notPlaceNames: (place.notNames?.entries ?? []).map(matchKey),
  });
}
