// Inflected surface forms of an Arabic verb lemma (perfect 3rd person
// masculine singular), by rule, in folded spelling (see word-key.ts). Text is
// unvocalised, so one written form covers active and passive (قتل/قُتل).
// Hollow verbs get both و and ي imperfect stems; the wrong one is a non-word.
export type GrammaticalNumber = 's' | 'd' | 'p' | '1';

export interface Form {
  form: string;
  number: GrammaticalNumber;
  noun?: boolean;
}

export function inflectVerb(lemma: string): Form[] {
  const out: Form[] = [];
  const add = (form: string, number: GrammaticalNumber, noun = false): void => {
    if ((form.length >= 3 || form === lemma) && !out.some(f => f.form === form)) out.push({ form, number, ...(noun ? { noun } : {}) });
  };
  const last = lemma[lemma.length - 1];
  if (last === 'ا' || last === 'ي') {
    // Defective verbs: دعا يدعو دعوا يدعوان، رمى يرمي رموا يرميان.
    const root = lemma.slice(0, -1);
    const glide = last === 'ا' ? 'و' : 'ي';
    add(lemma, 's');
    add(root + 'ت', 's');
    add(root + 'تا', 'd');
    add(root + 'وا', 'p');
    add(last === 'ا' ? root + 'وا' : lemma + 'ا', 'd');
    const stem = (root.length >= 3 && root.startsWith('ا') ? root.slice(1) : root) + glide;
    for (const p of ['ي', 'ت']) add(p + stem, 's');
    add('ن' + stem, '1');
    for (const p of ['ي', 'ت']) {
      add(p + stem + 'ان', 'd');
      add(p + root.replace(/^ا(?=..)/, '') + 'ون', 'p');
    }
    return out;
  }
  add(lemma, 's');
  add(lemma + 'ت', 's');
  add(lemma + 'ا', 'd');
  add(lemma + 'تا', 'd');
  add(lemma + 'وا', 'p');
  const stems = new Set<string>();
  if (lemma.length >= 4 && lemma.startsWith('ا')) stems.add(lemma.slice(1));
  else if (lemma.length === 3 && lemma[1] === 'ا') {
    stems.add(lemma[0] + 'و' + lemma[2]);
    stems.add(lemma[0] + 'ي' + lemma[2]);
  } else stems.add(lemma);
  for (const stem of stems) {
    for (const p of ['ي', 'ت']) add(p + stem, 's');
    add('ن' + stem, '1');
    for (const p of ['ي', 'ت']) {
      add(p + stem + 'ان', 'd');
      add(p + stem + 'ون', 'p');
    }
  }
  // Verbal nouns of forms VII, VIII and X (one pattern each): اعتقال، انسحاب، استهداف.
  if (lemma.length >= 5 && lemma.startsWith('ا') && lemma[lemma.length - 2] !== 'ا') {
    const masdar = lemma.slice(0, -1) + 'ا' + last;
    add(masdar, 's', true);
    add(masdar + 'ات', 'p', true);
  }
  // Form III (فاعل): مهاجمة.
  if (lemma.length === 4 && lemma[1] === 'ا') add('م' + lemma + 'ه', 's', true);
  return out;
}
