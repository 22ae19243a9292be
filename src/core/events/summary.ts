// One English line per event, built from its parts: "Putin and Macron call
// for a ceasefire (Nagorno-Karabakh, 2020-09-30)". Entity names are the
// English ones where known, else the Arabic canonical name.
import type { DateExpr, Entity, Modality } from '../types';
import { cameoRoot } from './typing';

/** [verb with a target, verb without one]; leaves first, then roots. */
const PHRASES: Record<string, [string, string]> = {
  '015': ['claimed responsibility for an act against {t}', 'claimed responsibility'],
  '016': ['issued a denial concerning {t}', 'issued a denial'],
  '0256': ['called on {t} for a ceasefire', 'called for a ceasefire'],
  '041': ['held a phone call with {t}', 'held a phone call'],
  '042': ['visited {t}', 'made a visit'],
  '043': ['hosted {t}', 'hosted a visit'],
  '046': ['negotiated with {t}', 'negotiated'],
  '036': ['intend to meet or negotiate with {t}', 'intend to meet or negotiate'],
  '039': ['offered to mediate with {t}', 'offered mediation'],
  '052': ['stood by {t}', 'voiced support'],
  '057': ['signed an agreement with {t}', 'signed an agreement'],
  '125': ['refused to negotiate with {t}', 'refused to negotiate'],
  '126': ['rejected mediation by {t}', 'rejected mediation'],
  '141': ['demonstrated against {t}', 'demonstrated'],
  '154': ['mobilised forces against {t}', 'mobilised forces'],
  '163': ['imposed sanctions on {t}', 'imposed sanctions'],
  '173': ['arrested {t}', 'made arrests'],
  '1723': ['imposed a curfew on {t}', 'imposed a curfew'],
  '1724': ['declared martial law or a state of emergency in {t}', 'declared martial law or a state of emergency'],
  '181': ['abducted {t}', 'carried out an abduction'],
  '183': ['bombed {t}', 'carried out a bombing'],
  '186': ['assassinated {t}', 'carried out an assassination'],
  '192': ['took control of {t}', 'took control of territory'],
  '195': ['carried out air strikes on {t}', 'carried out air strikes'],
  '02': ['appealed to {t}', 'made an appeal'],
  '03': ['offered to cooperate with {t}', 'offered to cooperate'],
  '04': ['consulted {t}', 'held talks'],
  '05': ['supported {t}', 'voiced support'],
  '06': ['cooperated with {t}', 'cooperated'],
  '07': ['gave aid to {t}', 'gave aid'],
  '08': ['yielded to {t}', 'made a concession'],
  '09': ['investigated {t}', 'opened an investigation'],
  '10': ['made demands of {t}', 'made demands'],
  '11': ['criticised {t}', 'voiced criticism'],
  '12': ['rejected {t}', 'refused'],
  '13': ['threatened {t}', 'made threats'],
  '14': ['protested against {t}', 'protested'],
  '15': ['showed force against {t}', 'showed force'],
  '16': ['reduced relations with {t}', 'reduced relations'],
  '17': ['coerced {t}', 'used coercion'],
  '18': ['assaulted {t}', 'carried out an assault'],
  '19': ['fought {t}', 'fought'],
  '20': ['used mass violence against {t}', 'used mass violence'],
};

const list = (names: string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

export interface SummaryParts {
  cameo: string;
  actors: string[];
  targets: string[];
  location: string | null;
  time: string | null;
  modality: Modality;
  source: string | null;
  mutual: boolean;
}

export function summarize(p: SummaryParts, entities: Map<string, Entity>, dates: Map<string, DateExpr>): string {
  const name = (id: string): string => {
    const e = entities.get(id);
    return e ? e.nameEn ?? e.name : id;
  };
  const phrase = PHRASES[p.cameo] ?? PHRASES[p.cameo.slice(0, 3)] ?? PHRASES[cameoRoot(p.cameo)] ?? ['acted towards {t}', 'acted'];
  const actors = p.actors.length ? list(p.actors.map(name)) : 'Unnamed actors';
  let verb = p.targets.length ? phrase[0].replace('{t}', list(p.targets.map(name))) : phrase[1];
  if (p.mutual && p.actors.length > 1 && !p.targets.length) verb = verb.replace(/ with$/, '');
  if (p.modality === 'intended' && !verb.startsWith('intend')) verb = `intend(s) to: ${verb}`;
  if (p.modality === 'negated') verb = `did not: ${verb}`;
  const where = p.location ? ` in ${name(p.location)}` : '';
  const date = p.time ? dates.get(p.time) : undefined;
  const when = date ? ` (${date.value.iso ?? date.text})` : '';
  const per = p.source ? `, according to ${name(p.source)}` : '';
  return `${actors} ${verb}${where}${when}${per}`;
}
