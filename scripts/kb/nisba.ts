// Nisba (relational) adjectives from Arabic country names: روسيا → روسي،
// الروسي، الروسية، روسيون، الروسيين… The rule takes the bare name (no ال),
// drops a final يا / ا / ة, and adds ي. Names it gets wrong, multi-word names
// and irregular plurals (روس، أتراك، أرمن) come from the tables below.

/** ISO2 → masculine singular bases (without ال) used instead of the rule. */
const BASE_EXCEPTIONS: Record<string, string[]> = {
  US: ['أمريكي', 'أميركي'],
  GB: ['بريطاني'],
  AZ: ['أذربيجاني', 'أذري', 'آذري'],
  AT: ['نمساوي'],
  CL: ['تشيلي'],
  CG: ['كونغولي'],
  TG: ['توغولي'],
  AF: ['أفغاني', 'أفغانستاني'],
  PE: ['بيروفي'],
  KR: ['كوري جنوبي'],
  KP: ['كوري شمالي'],
  ZA: ['جنوب أفريقي'],
  KZ: ['كازاخستاني', 'كازاخي'],
  UZ: ['أوزبكي', 'أوزبكستاني'],
  TM: ['تركماني', 'تركمانستاني'],
  KG: ['قرغيزي', 'قيرغيزي'],
  TJ: ['طاجيكي', 'طاجيكستاني'],
  BY: ['بيلاروسي'],
  SA: ['سعودي'],
  AE: ['إماراتي'],
  NL: ['هولندي'],
  CZ: ['تشيكي'],
  SY: ['سوري'],
  PS: ['فلسطيني'],
  DE: ['ألماني'],
  KM: ['قمري'],
  VA: ['فاتيكاني'],
  CY: ['قبرصي'],
  BH: ['بحريني'],
};

/** Broken plurals with their ISO2 (masculine, without ال). */
const IRREGULAR_PLURALS: Array<[string, string]> = [
  ['روس', 'RU'], ['أتراك', 'TR'], ['أرمن', 'AM'], ['ألمان', 'DE'], ['أمريكان', 'US'], ['أميركان', 'US'],
  ['إنجليز', 'GB'], ['أفغان', 'AF'],
];

/** The rule's base: bare name minus ال, minus final يا/ا/ة, plus ي; undefined when it cannot apply. */
export function ruleBase(name: string): string | undefined {
  let s = name.trim();
  if (/\s/.test(s)) return undefined;
  if (s.startsWith('ال')) s = s.slice(2);
  if (s.length < 3) return undefined;
  if (s.endsWith('ية')) return s.slice(0, -1);
  if (s.endsWith('يا')) return s.slice(0, -2) + 'ي';
  if (s.endsWith('ا') || s.endsWith('ة')) return s.slice(0, -1) + 'ي';
  if (/[يوى]$/.test(s)) return undefined;
  return s + 'ي';
}

export interface NisbaForm {
  form: string;
  iso2: string;
}

/** Every inflected form of a masculine base: ±ال, feminine ة, sound plurals ون/ين. */
export function inflect(base: string): string[] {
  const words = base.split(' ');
  const out: string[] = [];
  for (const suffix of ['', 'ة', 'ون', 'ين', 'ات']) {
    const indef = words.map(w => w + suffix).join(' ');
    out.push(indef, words.map(w => 'ال' + w + suffix).join(' '));
  }
  return out;
}

/**
 * Nisba forms for the given countries (ISO2 → Arabic common name). A rule
 * base claimed by two countries is dropped (ambiguous) unless an exception
 * names it.
 */
export function nisbaForms(countries: Array<{ iso2: string; name: string }>): NisbaForm[] {
  const bases = new Map<string, Set<string>>();
  const add = (base: string, iso2: string) => {
    if (!bases.has(base)) bases.set(base, new Set());
    bases.get(base)!.add(iso2);
  };
  const excepted = new Set<string>();
  for (const [iso2, list] of Object.entries(BASE_EXCEPTIONS)) {
    for (const b of list) {
      add(b, iso2);
      excepted.add(b);
    }
  }
  for (const { iso2, name } of countries) {
    if (BASE_EXCEPTIONS[iso2]) continue;
    const b = ruleBase(name);
    if (b && !excepted.has(b)) add(b, iso2);
  }
  const out: NisbaForm[] = [];
  for (const [base, owners] of bases) {
    if (owners.size !== 1) continue;
    const iso2 = [...owners][0];
    for (const form of inflect(base)) out.push({ form, iso2 });
  }
  for (const [plural, iso2] of IRREGULAR_PLURALS) out.push({ form: plural, iso2 }, { form: 'ال' + plural, iso2 });
  return out;
}
