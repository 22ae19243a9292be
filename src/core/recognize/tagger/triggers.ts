// Curated cue words the corpora are too small to learn well: titles before a
// person, words that introduce a place or an organisation, speech verbs.
// Written as they appear in news; folded with wordKey before use.
import { organisationKinds, placeKinds, titles } from '../../lang/lexicon';

/** Titles before a person (media/lang/ar/titles.json). */
export const personTitles = (): string[] => titles().personCues.entries;

export const SPEECH_VERBS = [
  'قال', 'وقال', 'قالت', 'وقالت', 'أكد', 'وأكد', 'أكدت', 'صرح', 'وصرح', 'صرحت', 'أضاف', 'وأضاف', 'أضافت', 'أوضح',
  'وأوضح', 'أشار', 'وأشار', 'أعلن', 'وأعلن', 'أعلنت', 'أعرب', 'شدد', 'وشدد', 'اعتبر', 'واعتبر', 'رأى', 'ذكر', 'وذكر',
  'أفاد', 'نقل', 'دعا', 'ودعا', 'طالب', 'حذر', 'وحذر', 'نفى', 'ونفى', 'يقول', 'تقول', 'معتبرا', 'مضيفا', 'مؤكدا',
  'بحسب', 'وفقا', 'حسب', 'لسان', 'اتهم', 'التقى', 'استقبل', 'بحث', 'أبلغ', 'قالها',
];

/** Words around a place or an organisation name (media/lang/ar/place-kinds.json, org-kinds.json). */
export const locationCues = (): string[] => placeKinds().cues.entries;
export const organisationCues = (): string[] => organisationKinds().cues.entries;
