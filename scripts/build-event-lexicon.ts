// Builds media/data/event-lexicon.json, the event trigger lexicon, from
// UniversalPetrarch's Arabic CAMEO verb dictionary (../shared/data/petrarch-arabic-dicts,
// MIT) and the curated additions in scripts/events/curated.tsv.
//
// The dictionary's own codes are machine-aligned and often wrong for Arabic
// (عرض "present" → 163, دعا → 110/153/036/1383), so a PETRARCH lemma is coded
// from its English gloss through GLOSS_CODES below; lemmas whose gloss is not
// there are left out. Curated entries win over generated ones.
// Run: npm run build && node out/scripts/build-event-lexicon.js
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { wordKey } from '../src/core/recognize/word-key';
import { inflectVerb, type GrammaticalNumber } from './events/inflect';
import type { LexiconJson, LexiconRow, TriggerKind } from '../src/core/events/lexicon';

const SHARED = process.env.SEED_SHARED_DIR ?? path.resolve(__dirname, '../../../shared');
const DICT = path.join(SHARED, 'data/petrarch-arabic-dicts/CAMEO.ar.0.5.txt');
const CURATED = path.resolve(__dirname, '../../scripts/events/curated.tsv');
const OUT = path.resolve(__dirname, '../../media/data/event-lexicon.json');

/** English gloss → CAMEO code, for glosses that name one event type unambiguously. */
const GLOSS_CODES: Record<string, string> = {
  attack: '190', assault: '180', bomb: '195', bombard: '195', shell: '194', kill: '190', fight: '190', clash: '190', raid: '190',
  abduct: '181', kidnap: '181', arrest: '173', detain: '173', imprison: '173', assassinate: '186', explode: '183',
  protest: '140', demonstrate: '141', rally: '141', riot: '145',
  denounce: '111', condemn: '111', criticize: '111', criticise: '111', slam: '111', rebuke: '111', accuse: '112', blame: '112',
  threaten: '130', reject: '120', refuse: '120', veto: '129', demand: '100', request: '020', appeal: '020', urge: '020',
  negotiate: '046', discuss: '040', consult: '040', visit: '042', host: '043', mediate: '045', sign: '057', cooperate: '050',
  support: '051', praise: '051', endorse: '051', aid: '070', assist: '070', help: '070', propose: '030', promise: '030', pledge: '030',
  release: '0841', withdraw: '0874', retreat: '0874', expel: '164', deport: '174', sanction: '163', boycott: '161',
  mobilize: '154', mobilise: '154', besiege: '191', blockade: '191', occupy: '192', invade: '192', seize: '171', confiscate: '171',
  investigate: '090', probe: '090',
};

/** Speech and very common verbs never coded from the dictionary: they report, they do not act. */
const NEVER = new Set(['قال', 'اكد', 'ذكر', 'اعلن', 'اضاف', 'اشار', 'كان', 'وقع', 'وصل', 'قدم', 'عمل', 'وضع', 'بدا', 'قام', 'لقي', 'اخذ', 'جعل', 'اطلق', 'ضرب', 'قضي', 'مات', 'عدي', 'سدد', 'طلق', 'صدم', 'برز', 'نظر', 'راي', 'بحث']
  .map(wordKey));

type Source = 'curated' | 'petrarch';
const rows = new Map<string, { row: LexiconRow; source: Source }>();

function put(words: string[], code: string, kind: TriggerKind, number: GrammaticalNumber, source: Source, mutual = false, objects?: Record<string, string>): void {
  const keys = words.map(w => (w === '*' ? '*' : wordKey(w)));
  const id = keys.join(' ');
  const existing = rows.get(id);
  if (existing && (existing.source === 'curated' || source === 'petrarch')) return;
  const row: LexiconRow = [keys.slice(1).join(' '), code, kind, number, mutual ? 1 : 0];
  if (objects) row.push(objects);
  rows.set(id, { row, source });
}

function readCurated(): number {
  let n = 0;
  for (const line of readFileSync(CURATED, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [kindName, arabic, code, flags = ''] = line.split('\t');
    const mutual = /\bmutual\b/.test(flags);
    const obj = /obj:(\S+)/.exec(flags);
    const objects = obj ? Object.fromEntries(obj[1].split(',').map(p => p.split('=')).map(([w, c]) => [wordKey(w), c])) : undefined;
    const kind = ({ verb: 'v', noun: 'n', phrase: 'n', modal: 'm', light: 'l', judge: 'j' } as Record<string, TriggerKind>)[kindName];
    if (!kind) throw new Error(`curated.tsv: unknown kind ${kindName}`);
    if (kindName === 'verb') {
      for (const f of inflectVerb(wordKey(arabic))) put([f.form], code, f.noun ? 'n' : 'v', f.number, 'curated', mutual, objects);
    } else {
      for (const form of arabic.split(',')) put(form.trim().split(/\s+/), code, kind, 's', 'curated', mutual, objects);
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
    const code = gloss.split(',').map(g => GLOSS_CODES[g.trim().toLowerCase()]).find(Boolean);
    if (!code) continue;
    for (const f of inflectVerb(key)) put([f.form], code, f.noun ? 'n' : 'v', f.number, 'petrarch');
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
