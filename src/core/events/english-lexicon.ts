// Curated English event triggers with their CAMEO codes. A `~` after a word
// inflects it by rule (call~ → call, calls, called, calling); irregular forms
// are listed with `|`. Multi-word triggers allow only spaces between words.
// PLOVER types come from the CAMEO code through typing.ts.
import { inflectEnglishVerb } from '../lang/inflect';

const TRIGGERS: Array<[string, string]> = [
  // 02 appeal → REQUEST; 10 demand → REQUEST
  ['02', 'call~ for|call~ on|call~ upon|urge~|appeal~ to|appeal~ for|plead~ with|plead~ for|ask~ for'],
  ['0256', 'call~ for a ceasefire|call~ for a truce'],
  ['10', 'demand~'],
  // 03 intent to cooperate → AGREE; 039 offer mediation → CONSULT
  ['039', 'offer~ to mediate|offer~ mediation|propose~ mediation|offer~ its mediation|offer~ his mediation'],
  ['03', 'propose~|pledge~|promise~|offer~ to'],
  // 04 consult → CONSULT
  ['041', 'phone call|telephone call|spoke by phone|spoke by telephone|speak~ by phone|talk~ by phone|phoned|telephoned'],
  ['042', 'visit~'],
  ['043', 'host~'],
  ['045', 'mediate~|mediation'],
  ['046', 'negotiate~|negotiations'],
  ['040', 'talks|meet~|met|meeting|meetings|discuss~|discussions|consult~|consultations|hold~ talks|held talks'],
  // 05 diplomatic cooperation → SUPPORT; 057 sign / agree → AGREE
  ['051', 'welcome~|praise~|endorse~'],
  ['05', 'support~|back~ the|express~ support'],
  ['057', 'sign~|agree~|agreement|reach~ a deal|reach~ an agreement|ceasefire deal'],
  ['06', 'cooperate~|cooperation'],
  // 07 aid → AID
  ['07', 'send~ aid|deliver~ aid|provide~ aid|humanitarian aid|humanitarian assistance|send~ humanitarian|deliver~ humanitarian|provide~ humanitarian'],
  ['087', 'withdraw|withdraws|withdrew|withdrawn|withdrawing|pull~ out|pull~ back'],
  // 11 disapprove → ACCUSE
  ['11', 'criticise~|criticize~|criticism|condemn~|condemnation|denounce~|blame~|accuse~|deplore~'],
  // 12 reject → REJECT
  ['12', 'reject~|refuse~|rebuff~|dismiss~|not ready|unwilling|decline~ to'],
  ['13', 'threaten~|threat|threats'],
  // 14 protest → PROTEST
  ['141', 'protest~|protesters|protestors|demonstrate~|demonstration|demonstrations|demonstrators|rally|rallies|rallied|rallying|march~|marchers|sit-in|took to the streets|take to the streets'],
  ['143', 'went on strike|go on strike|general strike|hunger strike|boycott~'],
  ['145', 'riot~|rioters'],
  // 15 force posture → MOBILIZE; 16 reduce relations → SANCTION
  ['154', 'mobilise~|mobilize~|mobilisation|mobilization|deploy~|deployment|massed troops'],
  ['163', 'sanction~|impose~ sanctions|embargo'],
  ['161', 'cut ties|sever~ ties|sever~ relations|cut~ off relations'],
  // 17 coerce → COERCE
  ['173', 'arrest~|detain~|detention|round~ up'],
  ['1723', 'curfew|impose~ a curfew'],
  ['1724', 'martial law|state of emergency'],
  ['174', 'expel~|deport~'],
  // 18/19/20 → ASSAULT
  ['183', 'roadside bomb|explosive device|improvised explosive device|bomb~|bombing|bombings|blast|blasts|explosion|explosions|car bomb|suicide bomber|explode~'],
  ['186', 'assassinate~|assassination'],
  ['181', 'abduct~|kidnap|kidnapped|kidnapping|kidnaps|hostage|hostages'],
  ['195', 'air strike|air strikes|airstrike|airstrikes|air raid|air raids|drone strike|drone strikes'],
  ['194', 'shell~|shelling|artillery fire|rocket fire|mortar fire|fire~ rockets|fire~ missiles|fire~ shells|fire~ mortars'],
  ['190', 'attack~|strike|strikes|struck|raid~|clash~|fighting|fight|fights|fought|ambush~|open~ fire|fire~ on|fire~ at|shoot|shoots|shot at|shooting|gunfire|offensive|storm~|invade~|invasion|besiege~|hostilities'],
  ['180', 'kill~|killing|wound~|injure~|stab~|stabbing|assault~|beat~ up|gunmen'],
  ['20', 'massacre~|ethnic cleansing|genocide'],
  // No event: longer phrases that only contain a trigger word.
  ['', 'riot police|riot gear|strike force|peace talks process'],
];

/** People named for what they do: an event only where the sentence has no verb trigger ("Police fired tear gas at protesters"). */
export const ACTOR_NOUNS = /^(?:gunmen|protesters|protestors|demonstrators|marchers|rioters|suicide bomber)$/i;

/** Verbs whose final consonant doubles (plan → planned, ban → banned). */
const DOUBLING = new Set(['ban', 'stab', 'plan', 'expel']);

const IRREGULAR: Record<string, string[]> = {
  meet: ['met'], speak: ['spoke', 'spoken'], hold: ['held'], send: ['sent'], fight: ['fought'], shoot: ['shot'],
  beat: ['beat', 'beaten'], cut: ['cut'], strike: ['struck'], withdraw: ['withdrew', 'withdrawn'],
};

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
}

let compiled: EnglishTrigger[] | undefined;

/** One regex per CAMEO code, longest phrases first so "air strike" wins over "strike". */
export function englishTriggers(): EnglishTrigger[] {
  compiled ??= TRIGGERS.map(([cameo, list]) => {
    const phrases = list.split('|').sort((a, b) => b.length - a.length).map(alternatives);
    return { cameo, re: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${phrases.join('|')})(?![\\p{L}\\p{N}-])`, 'giu') };
  });
  return compiled;
}
