// The benchmark's large Arabic text: the seed article followed by ANERcorp
// training sentences rebuilt as paragraphs (falling back to repeating the seed).
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { SHARED, loadSeed } from '../eval/gold';

export function buildArabicText(targetBytes: number): string {
  const seed = loadSeed();
  const parts: string[] = [seed];
  let bytes = Buffer.byteLength(seed);
  const aner = path.join(SHARED, 'data/anercorp-train/ANERcorp_train_derived.txt');
  const sentences: string[] = [];
  if (existsSync(aner)) {
    let words: string[] = [];
    for (const line of readFileSync(aner, 'utf8').split('\n')) {
      const w = line.split(' ')[0];
      if (!line.trim()) {
        if (words.length) sentences.push(words.join(' ').replace(/ ([.,،؟!:])/g, '$1'));
        words = [];
      } else if (w) words.push(w);
    }
  }
  for (let i = 0; bytes < targetBytes; i++) {
    const para = sentences.length ? sentences.slice((i * 5) % sentences.length, ((i * 5) % sentences.length) + 5).join(' ') : seed;
    parts.push(para);
    bytes += Buffer.byteLength(para) + 1;
  }
  return parts.join('\n');
}

export function mb(text: string): number {
  return Buffer.byteLength(text) / 1e6;
}
