// A long article made from the sample seed, shared by a unit test and `npm run bench`.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * An article of about `chars` characters: the seed's headline and lead, then its body paragraphs
 * over and over, each copy with one word dropped so the text does not repeat exactly (caches
 * keyed by whole lines stay honest). `root`: the repository.
 */
export function longArticle(root: string, chars: number): string {
  const seed = readFileSync(path.join(root, 'seeds/000_aa1428275e2aae3c.txt'), 'utf8');
  const lines = seed.split('\n').filter(l => l.trim());
  const body = lines.slice(2);
  const out = lines.slice(0, 2);
  let size = out.join('\n').length;
  for (let k = 0; size < chars; k++) {
    const words = body[k % body.length].split(' ');
    words.splice(k % words.length, 1);
    const para = words.join(' ');
    out.push(para);
    size += para.length + 1;
  }
  return out.join('\n');
}
