// Builds media/data/event-lexicon.json, the event trigger lexicon, from
// UniversalPetrarch's Arabic CAMEO verb dictionary (../shared/data/petrarch-arabic-dicts,
// MIT) and the curated additions in scripts/events/curated.tsv.
//
// The dictionary's own codes are machine-aligned and often wrong for Arabic
// (عرض "present" → 163, دعا → 110/153/036/1383), so a PETRARCH lemma is coded
// from its English gloss (scripts/events/gloss-codes.tsv); lemmas whose gloss is not
// there, or listed in scripts/events/excluded-lemmas.txt, are left out. Curated entries win over generated ones.
// Run: npm run build && node out/scripts/build-event-lexicon.js
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { wordKey } from '../src/core/recognize/word-key';
import { inflectArabicVerb, type Form, type GrammaticalNumber } from '../src/core/lang/inflect';
import { CASUALTY, FAR_OBJECT, MUTUAL, NEEDS_JUDGEMENT, REPORTED, type LexiconJson, type LexiconRow, type TriggerKind } from '../src/core/events/lexicon';

const SHARED = process.env.SEED_SHARED_DIR ?? path.resolve(__dirname, '../../../shared');
const DICT = path.join(SHARED, 'data/petrarch-arabic-dicts/CAMEO.ar.0.5.txt');
const CURATED = path.resolve(__dirname, '../../scripts/events/curated.tsv');
const OUT = path.resolve(__dirname, '../../media/data/event-lexicon.json');

/** The lines of a data file beside curated.tsv, without comments and blank lines. */
function dataLines(name: string): string[] {
  return readFileSync(path.join(path.dirname(CURATED), name), 'utf8').split('\n').filter(l => l.trim() && !l.startsWith('#'));
}


/** English gloss → CAMEO code (scripts/events/gloss-codes.tsv): glosses that name one event type unambiguously. */
const GLOSS_CODES = new Map(dataLines('gloss-codes.tsv').map(line => line.split('\t') as [string, string]));

/** Dictionary lemmas never coded, whatever their gloss (scripts/events/excluded-lemmas.txt says why). */
const NEVER = new Set(dataLines('excluded-lemmas.txt').map(wordKey));

/** Who wins when two sources give the same form: written-out curated forms, then curated inflections, then PETRARCH. */
const RANK = { curated: 3, inflected: 2, petrarch: 1 } as const;
type Source = keyof typeof RANK;
const rows = new Map<string, { row: LexiconRow; rank: number }>();
const KIND_OF_FORM: Record<Form['kind'], TriggerKind> = { verb: 'v', participle: 'p', noun: 'n' };

interface Flags {
  mutual?: boolean;
  casualty?: boolean;
  objects?: Record<string, string>;
  needObject?: boolean;
  needJudgement?: boolean;
  reported?: boolean;
  farObject?: boolean;
}

function put(words: string[], code: string, kind: TriggerKind, number: GrammaticalNumber, source: Source, flags: Flags = {}): void {
  const keys = words.map(w => (w === '*' ? '*' : wordKey(w)));
  const id = keys.join(' ');
  const existing = rows.get(id);
  if (existing && existing.rank >= RANK[source]) return;
  const row: LexiconRow = [keys.slice(1).join(' '), code, kind, number, (flags.mutual ? MUTUAL : 0) | (flags.casualty ? CASUALTY : 0) | (flags.needJudgement ? NEEDS_JUDGEMENT : 0) | (flags.reported ? REPORTED : 0) | (flags.farObject ? FAR_OBJECT : 0)];
  if (flags.objects) row.push(flags.objects, flags.needObject ? 1 : 0);
  rows.set(id, { row, rank: RANK[source] });
}

/** An object word's code; an object is one word (flags end at a space), so a missing code means one was split. */
function objectCode(word: string, code: string | undefined, line: string): string {
  if (!code) throw new Error(`curated.tsv: object "${word}" has no code (objects are single words): ${line}`);
  return code;
}

/** Nominative and oblique duals of a one-word singular noun (هجوم → هجومان، هجومين; غارة → غارتان، غارتين). */
function dualsOf(noun: string): string[] {
  if (/\s/.test(noun) || /(ات|ون|ين|ا)$/.test(noun)) return [];
  const base = noun.endsWith('ة') ? noun.slice(0, -1) + 'ت' : noun;
  return [base + 'ان', base + 'ين'];
}

function readCurated(): number {
  let n = 0;
  for (const line of readFileSync(CURATED, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [kindName, arabic, code, flags = ''] = line.split('\t');
    const obj = /obj:(\S+)/.exec(flags);
    const options: Flags = {
      mutual: /\bmutual\b/.test(flags),
      casualty: /\bcasualty\b/.test(flags),
      needObject: /\bneedobj\b/.test(flags),
      needJudgement: /\bneedjudge\b/.test(flags),
      reported: /\breported\b/.test(flags),
      farObject: /\bfarobj\b/.test(flags),
      ...(obj ? { objects: Object.fromEntries(obj[1].split(',').map(p => p.split('=')).map(([w, c]) => [wordKey(w), objectCode(w, c, line)])) } : {}),
    };
    const kind = ({ verb: 'v', noun: 'n', phrase: 'n', modal: 'm', light: 'l', judge: 'j', stop: 'x' } as Record<string, TriggerKind>)[kindName];
    if (!kind) throw new Error(`curated.tsv: unknown kind ${kindName}`);
    if (kindName === 'verb') {
      const lemma = wordKey(arabic);
      // nolemma: the bare lemma is mostly a noun in news text (عرض "width, display"); only its inflections trigger.
      // needjudge: the verb and its participles only; a first person speaks inside a quote, where the judgement is the quote's own event.
      const forms = inflectArabicVerb(lemma).filter(f => !(/\bnolemma\b/.test(flags) && f.form === lemma) && !(options.needJudgement && (f.kind === 'noun' || f.number === '1')));
      for (const f of forms) put([f.form], code, KIND_OF_FORM[f.kind], f.number, f.form === lemma ? 'curated' : 'inflected', options);
    } else {
      // verb:LEMMA: the phrase opens with a form of that verb (أطلقوا * * صواريخ), so its subject is searched as a verb's, in its number.
      const verb = /verb:(\S+)/.exec(flags);
      const verbForms = verb ? inflectArabicVerb(wordKey(verb[1])).filter(f => f.kind === 'verb') : [];
      for (const form of arabic.split(',')) {
        const words = form.trim().split(/\s+/);
        const opening = verbForms.find(f => f.form === wordKey(words[0]));
        if (verb && !opening) throw new Error(`curated.tsv: "${words[0]}" is no form of ${verb[1]}: ${line}`);
        put(words, code, opening ? 'v' : kind, opening?.number ?? 's', 'curated', options);
      }
      // Curated nouns list singulars and plurals; the dual is regular (هجومان، غارتين), so it is derived.
      if (kindName === 'noun') for (const form of arabic.split(',')) for (const dual of dualsOf(form.trim())) put([dual], code, kind, 'd', 'inflected', options);
    }
    n++;
  }
  return n;
}

function readPetrarch(): number {
  let n = 0;
  let inVerbs = false;
  for (const line of readFileSync(DICT, 'utf8').split('\n')) {
    if (line.includes('VERB PATTERNS')) inVerbs = true;
    if (!inVerbs || line.startsWith('-') || line.startsWith('#') || !line.includes('#')) continue;
    const [left, gloss] = line.split('#');
    const lemma = left.replace(/\[[^\]]*\]/, '').trim();
    if (!/^[\u0621-\u064A]+$/.test(lemma)) continue; // single words only: multiword lemmas need their particle
    const key = wordKey(lemma);
    if (NEVER.has(key) || key.length < 3) continue;
    const code = gloss.split(',').map(g => GLOSS_CODES.get(g.trim().toLowerCase())).find(Boolean);
    if (!code) continue;
    for (const f of inflectArabicVerb(key)) put([f.form], code, KIND_OF_FORM[f.kind], f.number, 'petrarch');
    n++;
  }
  return n;
}

const curated = readCurated();
const petrarch = readPetrarch();
const entries: LexiconJson['entries'] = {};
for (const [id, { row }] of [...rows].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const first = id.split(' ')[0];
  (entries[first] ??= []).push(row);
}
const json: LexiconJson = { version: 1, entries };
writeFileSync(OUT, JSON.stringify(json) + '\n');
console.log(`${curated} curated lines and ${petrarch} PETRARCH lemmas → ${rows.size} trigger forms in ${OUT}`);
