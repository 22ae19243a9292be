// Flat spans from overlapping candidates: rules beat the gazetteer, the
// gazetteer beats the tagger, and an organisation's name swallows the place
// inside it (منظمة الأمن والتعاون في أوروبا is one ORG, not ORG + LOC).
import { nameCandidate, type NameCandidate } from './candidate';

const RANK: Record<NameCandidate['source'], number> = { rule: 3, gazetteer: 2, english: 2, model: 1, consistency: 0 };

function contains(a: NameCandidate, b: NameCandidate): boolean {
  return a.start <= b.start && b.end <= a.end && a.end - a.start > b.end - b.start;
}

/** Non-overlapping candidates, sorted by start. Linear in the input apart from the sort. */
export function resolveOverlaps(candidates: readonly NameCandidate[]): NameCandidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: NameCandidate[] = [];
  // Walk clusters of transitively overlapping candidates; each is small.
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    let end = sorted[i].end;
    while (j < sorted.length && sorted[j].start < end) end = Math.max(end, sorted[j++].end);
    // Most candidates overlap none: no cluster array for them.
    if (j === i + 1) out.push(sorted[i]);
    else out.push(...pick(sorted.slice(i, j)));
    i = j;
  }
  return out.sort((a, b) => a.start - b.start);
}

function score(c: NameCandidate, cluster: readonly NameCandidate[]): number {
  const swallows = c.type === 'ORG' && c.source !== 'consistency' && cluster.some(o => o !== c && o.type !== 'ORG' && contains(c, o));
  return RANK[c.source] + (swallows ? 1.5 : 0) + c.confidence / 10;
}

function pick(cluster: NameCandidate[]): NameCandidate[] {
  if (cluster.length === 1) return cluster;
  const ranked = cluster
    .map(c => ({ c, s: score(c, cluster) }))
    .sort((a, b) => b.s - a.s || b.c.end - b.c.start - (a.c.end - a.c.start));
  const kept: NameCandidate[] = [];
  for (const { c } of ranked) {
    if (kept.some(k => k.start < c.end && c.start < k.end)) continue;
    // Identical spans: keep the linked one's knowledge-base id.
    const same = cluster.find(o => o !== c && o.start === c.start && o.end === c.end && o.kbId && o.type === c.type);
    kept.push(same && !c.kbId ? nameCandidate({ ...c, kbId: same.kbId, subtype: c.subtype ?? same.subtype }) : c);
  }
  return kept;
}
