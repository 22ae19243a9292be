// Finds the compiled knowledge base and model weights (media/data) from
// wherever this code runs: dist/ bundles, out/ transpiled tests, or the CLI.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

let found: string | undefined;

export function dataDir(): string {
  if (found) return found;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'media', 'data');
    if (existsSync(candidate)) return (found = candidate);
    if (path.dirname(dir) === dir) throw new Error(`Seed Annotator data folder (media/data) not found above ${__dirname}`);
  }
}

export function readDataJson<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(dataDir(), file), 'utf8')) as T;
}
