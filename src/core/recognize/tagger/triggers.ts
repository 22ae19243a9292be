// Curated cue words the corpora are too small to learn well: titles before a
// person, words that introduce a place or an organisation, speech verbs.
// Written as they appear in news; folded with wordKey before use.
import { organisationKinds, placeKinds, speechVerbs, titles } from '../../lang/lexicon';

/** Titles before a person (media/lang/ar/titles.json). */
export const personTitles = (): string[] => titles().personCues.entries;

/** Speech verbs and reporting words as written, with their proclitic و (media/lang/ar/speech-verbs.json). */
export const speechCues = (): string[] => speechVerbs('ar').taggerCues ?? [];

/** Words around a place or an organisation name (media/lang/ar/place-kinds.json, org-kinds.json). */
export const locationCues = (): string[] => placeKinds().cues.entries;
export const organisationCues = (): string[] => organisationKinds().cues.entries;
