// Seed article entities against the hand annotation: mention P/R/F1 (exact
// span and type; optional gold mentions neither required nor errors) and
// coreference (gold same-entity pairs that the system merges, among pairs
// whose mentions were both found; pairs merged that gold keeps apart).
import { annotate } from '../../src/core/annotate';
import type { Mention } from '../../src/core/types';
import { loadGold, loadSeed, pct, prf, type GoldMention } from './gold';

const spanKey = (m: { start: number; end: number; type: string }) => `${m.start}:${m.end}:${m.type}`;

export interface EntityScores {
  tp: number;
  fp: number;
  fn: number;
  pairs: number;
  pairsMerged: number;
  wrongMerges: number;
  misses: string[];
}

/** Scores `mentions` against gold; pure so unit tests can check the arithmetic. */
export function scoreEntities(gold: GoldMention[], mentions: Mention[]): EntityScores {
  const required = new Map(gold.filter(g => !g.optional).map(g => [spanKey(g), g]));
  const optional = new Set(gold.filter(g => g.optional).map(spanKey));
  const misses: string[] = [];
  let tp = 0;
  let fp = 0;
  const matched = new Map<GoldMention, Mention>();
  for (const m of mentions) {
    const g = required.get(spanKey(m));
    if (g) {
      tp++;
      matched.set(g, m);
    } else if (!optional.has(spanKey(m))) {
      fp++;
      misses.push(`  false positive ${m.type} ${m.start}-${m.end} «${m.text}»`);
    }
  }
  let fn = 0;
  for (const g of required.values()) {
    if (matched.has(g)) continue;
    fn++;
    const near = mentions.find(m => m.start < g.end && g.start < m.end);
    misses.push(`  missed ${g.type} ${g.start}-${g.end} «${g.text}»${near ? ` (found ${near.type} «${near.text}»)` : ''}`);
  }
  const found = [...matched];
  let pairs = 0;
  let pairsMerged = 0;
  let wrongMerges = 0;
  const apart = new Set<string>();
  for (let a = 0; a < found.length; a++) {
    for (let b = a + 1; b < found.length; b++) {
      const [ga, ma] = found[a];
      const [gb, mb] = found[b];
      const sameGold = ga.entity === gb.entity;
      const sameSys = ma.entity === mb.entity;
      if (sameGold) {
        pairs++;
        if (sameSys) pairsMerged++;
        else apart.add(`  not merged ${ga.entity}: «${ma.text}» (${ma.entity}) / «${mb.text}» (${mb.entity})`);
      } else if (sameSys) {
        wrongMerges++;
        apart.add(`  wrongly merged «${ma.text}» (${ga.entity}) with «${mb.text}» (${gb.entity})`);
      }
    }
  }
  misses.push(...apart);
  return { tp, fp, fn, pairs, pairsMerged, wrongMerges, misses };
}

export function runSeedEntities(): void {
  const gold = loadGold();
  if (!gold) {
    console.log('gold annotation not found (set SEED_SHARED_DIR); skipped');
    return;
  }
  const started = process.hrtime.bigint();
  const doc = annotate(loadSeed(), { language: 'ar' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const s = scoreEntities(gold.mentions, doc.mentions);
  const { p, r, f } = prf(s.tp, s.fp, s.fn);
  console.log(`mentions   P ${pct(p)}  R ${pct(r)}  F1 ${pct(f)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}; target F1 ≥ 95.0)`);
  const share = s.pairs ? s.pairsMerged / s.pairs : 0;
  console.log(`coref      same-entity pairs merged ${pct(share)}%  (${s.pairsMerged}/${s.pairs}; target ≥ 90.0), wrongly merged pairs ${s.wrongMerges}`);
  console.log(`entities   ${doc.entities.length} (gold ${Object.keys(gold.entities).length}); annotate() took ${ms.toFixed(0)} ms`);
  for (const e of doc.entities) console.log(`  ${e.id} ${e.type} ${e.name} | ${e.nameEn ?? '-'} | ${e.description ?? '-'}${e.aliases.length ? ` | aliases: ${e.aliases.join('، ')}` : ''}`);
  if (s.misses.length) console.log(s.misses.join('\n'));
}
