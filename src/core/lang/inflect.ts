// The one inflection generator for verbs: every lexicon that lists verbs (event triggers,
// speech and cue verbs, English event verbs) lists lemmas and asks here for their written
// forms, so a form the generator learns is learnt by every word class at once.
//
// Arabic works on folded keys (see recognize/word-key.ts: hamza seats → ا, ة → ه, ى → ي),
// unvocalised, so one written form stands for active and passive (قتل / قُتل) and Form I and
// Form II of a three-letter lemma are spelt alike (دمر = دمّر). The verb form is read off the
// lemma's shape:
//   2 letters            doubled Form I (رد، شن)          ردت ردوا يرد يردون راد
//   3 letters            Form I or II (قتل، دمر)           قتلت قتلوا يقتل قاتل مدمرا تدمير
//     with middle ا      hollow Form I (زار، قال)          زارت يزور يزير زاير
//     ending ا / ي       defective (دعا، نفي)              دعت دعوا يدعو ينفي داعيا
//     starting و         assimilated (وعد)                 وعدت يعد واعد
//   فاعل                 Form III (هاجم)                   يهاجم مهاجما مهاجمه
//   افعل                 Form IV (اعلن), hollow IV (ادان)  يعلن معلن اعلان / يدين مدين ادانه
//   تفعل / تفاعل         Form V / VI (تعهد، تباحث)        يتعهد متعهد
//   انفعل / افتعل        Form VII / VIII (انسحب، اعتقل)    ينسحب منسحب انسحاب اعتقالات
//     hollow VIII        (اغتال): its passive apart          اغتيل اغتيلت اغتيلوا
//   استفعل               Form X (استهدف، استقال)           يستهدف مستهدف استهداف / يستقيل استقاله
// Irregular verbal nouns of Form I (هجوم، زيارة) are not derivable: lexicons list them as nouns.
// Forms shorter than three letters are dropped (they would match particles), except the lemma.

export type GrammaticalNumber = 's' | 'd' | 'p' | '1';

/** What a generated form is: a finite verb, an active participle (مؤكدا، متهما) or a verbal noun (اعتقال). */
export type FormKind = 'verb' | 'participle' | 'noun';

export interface Form {
  form: string;
  number: GrammaticalNumber;
  kind: FormKind;
}

class Forms {
  readonly out: Form[] = [];
  private readonly seen = new Set<string>();
  constructor(private readonly lemma: string) {}
  add(form: string, number: GrammaticalNumber, kind: FormKind): void {
    if ((form.length >= 3 || form === this.lemma) && !this.seen.has(form)) {
      this.seen.add(form);
      this.out.push({ form, number, kind });
    }
  }
}

const isDefective = (lemma: string): boolean => lemma.length >= 3 && (lemma.endsWith('ا') || lemma.endsWith('ي'));
const isHollowI = (lemma: string): boolean => lemma.length === 3 && lemma[1] === 'ا';
const isFormIII = (lemma: string): boolean => lemma.length === 4 && lemma[1] === 'ا' && lemma[0] !== 'ا';
/** أفعل with a hollow root (أقام، أدان): ا + C + ا + C. */
const isHollowIV = (lemma: string): boolean => lemma.length === 4 && lemma[0] === 'ا' && lemma[2] === 'ا';
/** افتعل with a hollow root (اغتال، اجتاح): ا + C + ت + ا + C. */
const isHollowVIII = (lemma: string): boolean => lemma.length === 5 && lemma[0] === 'ا' && lemma[2] === 'ت' && lemma[3] === 'ا';
/** استفعل with a hollow root (استقال): است + C + ا + C. */
const isHollowX = (lemma: string): boolean => lemma.length === 6 && lemma.startsWith('است') && lemma[4] === 'ا';
/** Lemmas whose imperfect drops a leading alif: أفعل، انفعل، افتعل، استفعل. */
const dropsAlif = (lemma: string): boolean => lemma.length >= 4 && lemma[0] === 'ا';

/** Imperfect stems (the imperfect without its person prefix) of a non-defective lemma. */
function imperfectStems(lemma: string): string[] {
  if (isHollowI(lemma)) return [lemma[0] + 'و' + lemma[2], lemma[0] + 'ي' + lemma[2]];
  if (isHollowIV(lemma)) return [lemma[1] + 'ي' + lemma[3]];
  if (isHollowX(lemma)) return ['ست' + lemma[3] + 'ي' + lemma[5]];
  // Form I drops the و (وعد يعد); the rare derived forms that keep it (يوحد) would collide with تفعّل verbs (توعد).
  if (lemma.length === 3 && lemma[0] === 'و') return [lemma.slice(1)];
  return [dropsAlif(lemma) ? lemma.slice(1) : lemma];
}

/** Masculine singular active participles of a non-defective lemma (قاتل، مهاجم، معتقل). */
function participleStem(lemma: string): string[] {
  if (lemma.length === 2) return [lemma[0] + 'ا' + lemma[1]];
  if (isHollowI(lemma)) return [lemma[0] + 'اي' + lemma[2]];
  if (lemma.length === 3) return [lemma[0] + 'ا' + lemma.slice(1)];
  if (isHollowIV(lemma)) return ['م' + lemma[1] + 'ي' + lemma[3]];
  if (isHollowX(lemma)) return ['مست' + lemma[3] + 'ي' + lemma[5]];
  return ['م' + (dropsAlif(lemma) ? lemma.slice(1) : lemma)];
}

/** Verbal nouns (masdar) a lemma's shape determines. */
function verbalNouns(lemma: string): string[] {
  const last = lemma[lemma.length - 1];
  if (lemma.length === 3 && !isHollowI(lemma)) return ['ت' + lemma.slice(0, 2) + 'ي' + lemma[2]]; // Form II تفعيل
  // مفاعلة only: the other verbal noun, فعال, names states more than acts (صراع، نضال).
  if (isFormIII(lemma)) return ['م' + lemma + 'ه'];
  if (isHollowIV(lemma) || isHollowX(lemma)) return [lemma + 'ه']; // إقامة، استقالة
  if (lemma.length === 5 && lemma[0] === 'ا' && lemma[3] === 'ا') return [lemma.slice(0, 3) + 'يا' + lemma[4]]; // اجتاح → اجتياح
  if (dropsAlif(lemma) && lemma[lemma.length - 2] !== 'ا') return [lemma.slice(0, -1) + 'ا' + last]; // إفعال، افتعال، استفعال
  return []; // Forms V and VI: the verbal noun is the lemma itself.
}

function addNoun(f: Forms, noun: string): void {
  f.add(noun, 's', 'noun');
  const base = noun.endsWith('ه') ? noun.slice(0, -1) : noun;
  f.add(base + 'ات', 'p', 'noun');
  f.add(noun.endsWith('ه') ? base + 'تان' : noun + 'ان', 'd', 'noun');
  f.add(noun.endsWith('ه') ? base + 'تين' : noun + 'ين', 'd', 'noun');
}

function addParticiple(f: Forms, stem: string): void {
  f.add(stem + 'ا', 's', 'participle');
  f.add(stem + 'ه', 's', 'participle');
  // Only the accusative plural: a participle that is an event is circumstantial (مطالبين), the nominative is a noun (المتظاهرون).
  f.add(stem + 'ين', 'p', 'participle');
}

function defective(f: Forms, lemma: string): void {
  // دعا يدعو دعوا يدعوان، رمى يرمي رموا يرميان، التقى يلتقي التقاء ملتقيا.
  const last = lemma[lemma.length - 1];
  const root = lemma.slice(0, -1);
  const glide = last === 'ا' ? 'و' : 'ي';
  f.add(lemma, 's', 'verb');
  f.add(root + 'ت', 's', 'verb');
  f.add(root + 'تا', 'd', 'verb');
  f.add(root + 'وا', 'p', 'verb');
  f.add(last === 'ا' ? root + 'وا' : lemma + 'ا', 'd', 'verb');
  f.add(root + 'ينا', '1', 'verb');
  const bareRoot = root.length >= 3 && root.startsWith('ا') ? root.slice(1) : root;
  for (const p of ['ي', 'ت']) {
    f.add(p + bareRoot + glide, 's', 'verb');
    f.add(p + bareRoot + glide + 'ان', 'd', 'verb');
    f.add(p + bareRoot + 'ون', 'p', 'verb');
    f.add(p + bareRoot + 'وا', 'p', 'verb');
  }
  f.add('ن' + bareRoot + glide, '1', 'verb');
  // Participle: داعٍ / داعياً (Form I), ملتقٍ / مستدعياً (derived forms).
  const stem = lemma.length === 3 ? lemma[0] + 'ا' + lemma[1] : 'م' + bareRoot;
  for (const [suffix, number] of [['يا', 's'], ['يه', 's'], ['ين', 'p']] as const) f.add(stem + suffix, number, 'participle');
  // Verbal noun of the derived forms: التقاء، استدعاء، إلغاء، تسمية.
  if (root.startsWith('ا') && root.length >= 3) f.add(root + 'اء', 's', 'noun');
  else if (lemma.length === 3 && last === 'ي') f.add('ت' + root + 'يه', 's', 'noun');
}

/**
 * The written forms of an Arabic verb lemma (perfect, 3rd person masculine singular, folded):
 * perfect and imperfect in every 3rd-person number and the 1st person plural, active
 * participles with their case and number endings, and verbal nouns with plural and dual.
 */
export function inflectArabicVerb(lemma: string): Form[] {
  const f = new Forms(lemma);
  if (isDefective(lemma)) {
    defective(f, lemma);
    return f.out;
  }
  f.add(lemma, 's', 'verb');
  f.add(lemma + 'ت', 's', 'verb');
  f.add(lemma + 'ا', 'd', 'verb');
  f.add(lemma + 'تا', 'd', 'verb');
  f.add(lemma + 'وا', 'p', 'verb');
  f.add(lemma + 'نا', '1', 'verb');
  // A hollow Form VIII writes its passive apart (اغتال → اغتيل "was assassinated", اجتاح → اجتيح).
  if (isHollowVIII(lemma)) {
    const passive = lemma.slice(0, 3) + 'ي' + lemma[4];
    f.add(passive, 's', 'verb');
    f.add(passive + 'ت', 's', 'verb');
    f.add(passive + 'وا', 'p', 'verb');
  }
  for (const stem of imperfectStems(lemma)) {
    for (const p of ['ي', 'ت']) {
      f.add(p + stem, 's', 'verb');
      f.add(p + stem + 'ان', 'd', 'verb');
      f.add(p + stem + 'ون', 'p', 'verb');
      f.add(p + stem + 'وا', 'p', 'verb');
    }
    f.add('ن' + stem, '1', 'verb');
  }
  // Verbal nouns before participles: مهاجمة "attack" and مهاجمة "attacker (f.)" are spelt alike, the noun is far commoner.
  for (const noun of verbalNouns(lemma)) addNoun(f, noun);
  // Participles only with an ending (مؤكداً، متهمين): the bare form is mostly an agent noun (قاتل، معتقل) or,
  // for Form II, a noun of place (مكتب، مجلس).
  for (const stem of participleStem(lemma)) addParticiple(f, stem);
  if (lemma.length === 3 && !isHollowI(lemma)) addParticiple(f, lemma[0] === 'ا' ? 'مو' + lemma.slice(1) : 'م' + lemma);
  return f.out;
}

/** Object pronouns a verb or participle may carry (خطفهم، نفته، متهما إياه is separate), longest first. */
/**
 * Construct duals of a folded noun ending in ة (written ه once folded): حركه → حركتي، حركتا, as in
 * حركتي فتح وحماس. Other nouns' construct duals (تنظيمي) read as nisba adjectives, so none are made.
 */
export function constructDuals(key: string): string[] {
  if (!/[هة]$/.test(key) || key.length < 3) return [];
  const stem = key.slice(0, -1);
  return [stem + 'تي', stem + 'تا'];
}

const ARABIC_OBJECT_SUFFIXES = ['هما', 'هم', 'هن', 'ها', 'كم', 'نا', 'ني', 'ه'] as const;

/**
 * Readings of `key` with an object pronoun taken off (خطفهم → خطف، قتلوه → قتلوا), for lookup
 * in a lexicon of generated forms. Empty when no pronoun can be taken off.
 */
export function withoutObjectPronoun(key: string): string[] {
  const out: string[] = [];
  for (const suffix of ARABIC_OBJECT_SUFFIXES) {
    if (key.length < suffix.length + 3 || !key.endsWith(suffix)) continue;
    const stem = key.slice(0, -suffix.length);
    out.push(stem);
    // The plural ending's alif is dropped before a pronoun: قتلوه ← قتلوا.
    if (stem.endsWith('و')) out.push(stem + 'ا');
  }
  return out;
}

/** Verbs whose final consonant doubles before -ed and -ing (plan → planned). */
const doublesFinal = (base: string, doubling: ReadonlySet<string>): boolean => doubling.has(base);

/**
 * English forms of a verb: base, 3rd person -s, past -ed and -ing by the spelling rules, plus
 * the irregular forms given (meet → met). `doubling` lists verbs that double their last consonant.
 */
export function inflectEnglishVerb(base: string, irregular: readonly string[] = [], doubling: ReadonlySet<string> = new Set()): string[] {
  const forms = new Set([base]);
  const y = /[^aeiou]y$/.test(base);
  const doubled = doublesFinal(base, doubling);
  forms.add(y ? `${base.slice(0, -1)}ies` : /(?:s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`);
  if (y) forms.add(`${base.slice(0, -1)}ied`);
  else if (base.endsWith('e')) forms.add(`${base}d`);
  else if (doubled) forms.add(`${base}${base.slice(-1)}ed`);
  else forms.add(`${base}ed`);
  if (base.endsWith('e') && !base.endsWith('ee')) forms.add(`${base.slice(0, -1)}ing`);
  else if (doubled) forms.add(`${base}${base.slice(-1)}ing`);
  else forms.add(`${base}ing`);
  for (const f of irregular) forms.add(f);
  return [...forms];
}
