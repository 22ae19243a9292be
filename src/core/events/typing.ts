// CAMEO codes → PLOVER categories, and how negation and intent rewrite a code.
//
// The mapping follows the PLOVER manual's CAMEO crosswalk, reduced to the
// sixteen PLOVER event types this product uses:
//   02 appeal, 10 demand                → REQUEST
//   03 express intent to cooperate      → AGREE, except 031 COOPERATE, 032 SUPPORT, 033 AID,
//                                          035 CONCEDE, 036/039 CONSULT (PLOVER keeps intent as a mode)
//   04 consult                          → CONSULT
//   05 diplomatic cooperation           → SUPPORT (050 COOPERATE, 057 sign agreement → AGREE)
//   06 material cooperation             → COOPERATE
//   07 provide aid                      → AID
//   08 yield                            → CONCEDE, 087x de-escalate/retreat → RETREAT
//   09 investigate, 11 disapprove       → ACCUSE
//   12 reject → REJECT, 13 threaten → THREATEN, 14 protest → PROTEST,
//   15 exhibit force posture → MOBILIZE, 16 reduce relations → SANCTION, 17 coerce → COERCE,
//   18 assault, 19 fight, 20 mass violence → ASSAULT
//   01 make public statement: PLOVER has no statement type (it leaves talk to quotes), and plain
//      reporting verbs (قال، أضاف، أوضح) stay no events here too. Two leaves do become events,
//      typed STATEMENT, which is no PLOVER type but this product's own: 015 claiming responsibility
//      (تبنى الهجوم، أعلن مسؤوليته عن) and 016 denying it (نفى). Analysts track who claims or
//      disowns an attack as closely as the attack, and the news annotation convention codes both
//      as 01; a type of their own keeps them out of PLOVER's counts of acts.
const PLOVER_BY_ROOT: Record<string, string> = {
  '02': 'REQUEST', '03': 'AGREE', '04': 'CONSULT', '05': 'SUPPORT', '06': 'COOPERATE', '07': 'AID', '08': 'CONCEDE',
  '09': 'ACCUSE', '10': 'REQUEST', '11': 'ACCUSE', '12': 'REJECT', '13': 'THREATEN', '14': 'PROTEST', '15': 'MOBILIZE',
  '16': 'SANCTION', '17': 'COERCE', '18': 'ASSAULT', '19': 'ASSAULT', '20': 'ASSAULT',
};

/** The product's own type for the CAMEO 01 leaves it reports (see above). */
const STATEMENT = 'STATEMENT';

const PLOVER_BY_LEAF: Array<[string, string]> = [
  ['015', STATEMENT], ['016', STATEMENT], ['087', 'RETREAT'], ['031', 'COOPERATE'], ['032', 'SUPPORT'], ['033', 'AID'], ['035', 'CONCEDE'], ['036', 'CONSULT'],
  ['039', 'CONSULT'], ['050', 'COOPERATE'], ['057', 'AGREE'],
];

export const cameoRoot = (code: string): string => code.slice(0, 2);

const FORCE = new Set(['18', '19', '20']);

/**
 * Roots whose noun with no one doing it describes a state of affairs, not an act reported: cooperation, aid and
 * threats in general (أسلوب التعاون بينهما، تقديم المساعدات اللازمة، التهديدات الإرهابية).
 */
const AGENTLESS_BACKGROUND = new Set(['06', '13']);
export const isAgentlessBackground = (code: string): boolean => AGENTLESS_BACKGROUND.has(cameoRoot(code));

/** An act of force (assault, fight, mass violence: PLOVER ASSAULT). */
export const isViolent = (cameo: string): boolean => FORCE.has(cameoRoot(cameo));

export function ploverOf(cameo: string): string | undefined {
  for (const [prefix, plover] of PLOVER_BY_LEAF) if (cameo.startsWith(prefix)) return plover;
  return PLOVER_BY_ROOT[cameoRoot(cameo)];
}

/** Intent to do a cooperative act is CAMEO 03 (036 meet/negotiate, 032 diplomatic, 031 material, 033 aid, 035 yield). */
const INTENT: Record<string, string> = { '03': '030', '04': '036', '05': '032', '06': '031', '07': '033', '08': '035' };
/** Refusing a cooperative act is CAMEO 12 (125 refuse to meet/negotiate, 126 reject mediation…). */
const REFUSAL: Record<string, string> = { '03': '120', '04': '125', '05': '120', '06': '121', '07': '122', '08': '124', '02': '120' };

const COOPERATIVE = new Set(['02', '03', '04', '05', '06', '07', '08']);

export function isCooperative(cameo: string): boolean {
  return COOPERATIVE.has(cameoRoot(cameo));
}

/** Intending force or repression is threatening it: 138 threaten with military force, 137 with repression. */
const THREAT: Record<string, string> = { '17': '137', '18': '138', '19': '138', '20': '138' };

/** The threat code of "intends to <cameo>" for acts of force, else undefined. */
export function threatCode(cameo: string): string | undefined {
  return THREAT[cameoRoot(cameo)];
}

/** The code of "intends to <cameo>": 03 for cooperative acts, 13 for force, else the code itself (intent is a mode). */
export function intentCode(cameo: string): string {
  if (cameo === '039' || cameo === '045') return '039';
  return INTENT[cameoRoot(cameo)] ?? threatCode(cameo) ?? cameo;
}

/** The code of "refuses/is not ready to <cameo>" for cooperative acts. */
export function refusalCode(cameo: string): string {
  if (cameo === '039' || cameo === '045') return '126';
  return REFUSAL[cameoRoot(cameo)] ?? '120';
}
