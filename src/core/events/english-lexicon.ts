// Curated English event triggers with their CAMEO codes (media/lang/en/event-triggers.json).
// A `~` after a word inflects it by rule (call~ → call, calls, called, calling); irregular forms
// are listed with `|`. Multi-word triggers allow only spaces between words.
// PLOVER types come from the CAMEO code through typing.ts.
import { inflectEnglishVerb } from '../lang/inflect';
import { lexicon } from '../lang/lexicon';

interface EnglishTriggersJson {
  triggers: Array<{ cameo: string; phrases: string; casualty?: boolean }>;
  actorNouns: { entries: string[] };
  doubling: { entries: string[] };
  irregular: { forms: Record<string, string[]> };
}

const lists = (): EnglishTriggersJson => lexicon<EnglishTriggersJson>('en', 'event-triggers');

/** People named for what they do: an event only where the sentence has no verb trigger ("Police fired tear gas at protesters"). */
export const ACTOR_NOUNS = new RegExp(`^(?:${lists().actorNouns.entries.join('|')})$`, 'i');

/** Verbs whose final consonant doubles (plan → planned, ban → banned). */
const DOUBLING = new Set(lists().doubling.entries);

const IRREGULAR: Record<string, string[]> = lists().irregular.forms;

const inflect = (base: string): string[] => inflectEnglishVerb(base, IRREGULAR[base] ?? [], DOUBLING);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function alternatives(phrase: string): string {
  return phrase
    .split(' ')
    .map(w => (w.endsWith('~') ? `(?:${inflect(w.slice(0, -1)).map(escape).join('|')})` : escape(w)))
    .join('\\s+');
}

export interface EnglishTrigger {
  re: RegExp;
  cameo: string;
  /** A death or injury: with a count of victims, a casualty report and no event (english-frames.ts). */
  casualty: boolean;
}

let compiled: EnglishTrigger[] | undefined;

/** One regex per CAMEO code, longest phrases first so "air strike" wins over "strike". */
export function englishTriggers(): EnglishTrigger[] {
  compiled ??= lists().triggers.map(({ cameo, phrases: list, casualty = false }) => {
    const phrases = list.split('|').sort((a, b) => b.length - a.length).map(alternatives);
    return { cameo, casualty, re: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${phrases.join('|')})(?![\\p{L}\\p{N}-])`, 'giu') };
  });
  return compiled;
}
