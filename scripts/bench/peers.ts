// Peers an analyst could pick instead, run over the same text in the same
// process: crfsuite's native CRF tagger and @nlpjs/ner with our gazetteer.
import { readFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SHARED } from '../eval/gold';
import type { KbEntry } from '../../src/core/knowledge/kb';

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

function crfFeatures(words: string[]): string[][] {
  return words.map((w, i) => [
    `w=${w}`, `p3=${w.slice(0, 3)}`, `s3=${w.slice(-3)}`, `s2=${w.slice(-2)}`,
    `w-1=${words[i - 1] ?? '<s>'}`, `w+1=${words[i + 1] ?? '</s>'}`, `al=${w.startsWith('ال')}`,
  ]);
}

/** Trains a small crfsuite model on ANERcorp (not timed), then times feature extraction + tagging. */
/** `passes`: timed like annotate() (the best of that many, after as many untimed as it gets). */
export function crfsuitePeer(text: string, passes: number): { mbPerS: number; note: string } | { skipped: string } {
  let crfsuite: typeof import('crfsuite');
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded at run time: optional peer / stubbed vscode
    crfsuite = require('crfsuite');
  } catch (e) {
    return { skipped: `crfsuite not installed (${(e as Error).message.split('\n')[0]})` };
  }
  const aner = path.join(SHARED, 'data/anercorp-train/ANERcorp_train_derived.txt');
  if (!existsSync(aner)) return { skipped: 'ANERcorp not found for training the peer' };
  const trainer = new crfsuite.Trainer({ debug: false });
  trainer.set_params({ max_iterations: '30' });
  let words: string[] = [];
  let tags: string[] = [];
  let n = 0;
  for (const line of readFileSync(aner, 'utf8').split('\n')) {
    const [w, t] = line.split(' ');
    if (!line.trim()) {
      if (words.length && n++ < 1500) trainer.append(crfFeatures(words), tags);
      words = [];
      tags = [];
    } else if (w && t) {
      words.push(w);
      tags.push(t.trim());
    }
  }
  const folder = mkdtempSync(path.join(os.tmpdir(), 'crf-'));
  const model = path.join(folder, 'ner.crfsuite');
  let best = Infinity, tagged = 0;
  try {
    trainer.train(model);
    const tagger = new crfsuite.Tagger();
    tagger.open(model);
    // One untimed pass to warm its JIT (annotate() gets two), then the best of `passes`.
    for (let pass = -1; pass < passes; pass++) {
      const t0 = performance.now();
      tagged = 0;
      for (const para of text.split('\n')) {
        const ws = para.match(WORD) ?? [];
        for (let i = 0; i < ws.length; i += 40) {
          const r: unknown = tagger.tag(crfFeatures(ws.slice(i, i + 40)));
          tagged += Array.isArray(r) ? r.length : (r as { result: string[] }).result.length;
        }
      }
      if (pass >= 0) best = Math.min(best, (performance.now() - t0) / 1000);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return { mbPerS: Buffer.byteLength(text) / 1e6 / best, note: `${tagged} tokens tagged, best of ${passes}` };
}

/** @nlpjs/ner with every Arabic knowledge-base name as an enum rule; a slice only (it is slow). */
/** `names`: the knowledge base's entries (the benchmark's own copy, not a second one). */
export async function nlpjsPeer(text: string, names: readonly KbEntry[]): Promise<{ mbPerS: number; note: string } | { skipped: string }> {
  let Ner: new (settings?: object) => {
    addRuleOptionTexts(locale: string, name: string, option: string, texts: string[]): void;
    process(input: { locale: string; text: string }): Promise<{ entities: unknown[] }>;
  };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded at run time: optional peer / stubbed vscode
    ({ Ner } = require('@nlpjs/ner'));
  } catch (e) {
    return { skipped: `@nlpjs/ner not installed (${(e as Error).message.split('\n')[0]})` };
  }
  const ner = new Ner({ threshold: 1 });
  for (const e of names) ner.addRuleOptionTexts('ar', e.type, e.id, e.ar);
  const slice = text.slice(0, 20_000);
  const t0 = performance.now();
  let found = 0;
  for (const para of slice.split('\n')) if (para.trim()) found += (await ner.process({ locale: 'ar', text: para })).entities.length;
  const s = (performance.now() - t0) / 1000;
  return { mbPerS: Buffer.byteLength(slice) / 1e6 / s, note: `${found} entities in a ${Buffer.byteLength(slice)}-byte slice` };
}
