// The dev set: eight real news articles nobody tuned the recognisers to, each scored against
// its hand annotation as the shared scorer does, each article's line and the mean (one
// article's jump hides another's fall). The annotation is made exactly as the CLI makes it,
// and the same JSON goes through ../shared/tools/score.py where python3 is there, so the
// figures here are the ones reviewers compute.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { annotate } from '../../src/core/annotate';
import type { AnnotationDocument } from '../../src/core/types';
import { scoreArticle, weakRows, type ArticleScore } from './article-score';
import { SHARED, type Gold } from './gold';

const DEV_TEXTS = path.join(SHARED, 'news-dev');
const DEV_GOLD = path.join(SHARED, 'gold/dev');
const SCORE_PY = path.join(SHARED, 'tools/score.py');

interface Column {
  label: string;
  value(s: ArticleScore): number;
}

const COLUMNS: Column[] = [
  { label: 'mentions', value: s => s.mentions_prf[2] },
  { label: 'coref', value: s => s.coref_pair_recall },
  { label: 'quotes', value: s => s.quotes_prf[2] },
  { label: 'speakers', value: s => s.quote_speaker_acc },
  { label: 'dates', value: s => s.dates_recall },
  { label: 'events', value: s => s.events_prf[2] },
  { label: 'actors', value: s => s.event_actor_acc },
];

const cell = (x: number): string => x.toFixed(3).padStart(9);

/** The shared scorer's figures for the same JSON, or undefined where python3 or the scorer is missing. */
function sharedScore(dir: string, name: string, pred: AnnotationDocument, goldPath: string): ArticleScore | undefined {
  if (!existsSync(SCORE_PY)) return undefined;
  const predPath = path.join(dir, `${name}.json`);
  writeFileSync(predPath, JSON.stringify(pred));
  try {
    return JSON.parse(execFileSync('python3', [SCORE_PY, 'seed', predPath, goldPath], { encoding: 'utf8' })) as ArticleScore;
  } catch {
    return undefined;
  }
}

const sameFigures = (a: ArticleScore, b: ArticleScore): boolean => JSON.stringify(a) === JSON.stringify(b);

export function runDevSet(): void {
  if (!existsSync(DEV_TEXTS) || !existsSync(DEV_GOLD)) {
    console.log(`dev articles not found under ${SHARED}; skipped`);
    return;
  }
  const names = readdirSync(DEV_TEXTS).filter(f => /^dev\d+\.txt$/.test(f)).map(f => f.replace(/\.txt$/, '')).sort();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'seed-dev-'));
  const scores: ArticleScore[] = [];
  const weak = { noActor: 0, actorIsPlace: 0, noSpeaker: 0, events: 0, quotes: 0 };
  let checked = 0;
  const disagreements: string[] = [];
  console.log(`${'article'.padEnd(8)}${COLUMNS.map(c => c.label.padStart(9)).join('')}`);
  try {
    for (const name of names) {
      const goldPath = path.join(DEV_GOLD, `${name}.gold.json`);
      if (!existsSync(goldPath)) continue;
      const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
      const pred = annotate(readFileSync(path.join(DEV_TEXTS, `${name}.txt`), 'utf8'), { path: `${name}.txt` });
      const s = scoreArticle(pred, gold);
      scores.push(s);
      const w = weakRows(pred);
      weak.noActor += w.noActor;
      weak.actorIsPlace += w.actorIsPlace;
      weak.noSpeaker += w.noSpeaker;
      weak.events += pred.events.length;
      weak.quotes += pred.quotes.length;
      console.log(`${name.padEnd(8)}${COLUMNS.map(c => cell(c.value(s))).join('')}`);
      const shared = sharedScore(tmp, name, pred, goldPath);
      if (shared) {
        checked++;
        if (!sameFigures(s, shared)) disagreements.push(`${name}: ours ${JSON.stringify(s)} / score.py ${JSON.stringify(shared)}`);
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  if (!scores.length) return;
  const mean = (c: Column): number => scores.reduce((n, s) => n + c.value(s), 0) / scores.length;
  console.log(`${'mean'.padEnd(8)}${COLUMNS.map(c => cell(mean(c))).join('')}`);
  console.log(`events with no actor ${weak.noActor}/${weak.events}, whose actors are only places ${weak.actorIsPlace}/${weak.events}; quotes with no speaker ${weak.noSpeaker}/${weak.quotes}`);
  if (!checked) console.log('score.py not run (python3 or ../shared/tools/score.py missing)');
  else if (disagreements.length) console.log(`DISAGREES with score.py on ${disagreements.length} article(s):\n  ${disagreements.join('\n  ')}`);
  else console.log(`agrees with score.py on all ${checked} articles`);
}
