// The fixed, hand-built annotation of the seed article that the golden files
// are made from, so they change only when a serialiser does.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AnnotationDocument } from '../../../src/core/types';

export const REPO = path.resolve(__dirname, '../../../..');
export const FIXTURES = path.join(REPO, 'test', 'fixtures');
export const GOLDEN = path.join(FIXTURES, 'golden');

export function seedText(): string {
  return readFileSync(path.join(FIXTURES, 'seed-article.txt'), 'utf8');
}

export function seedDoc(): AnnotationDocument {
  return JSON.parse(readFileSync(path.join(FIXTURES, 'seed-annotations.json'), 'utf8')) as AnnotationDocument;
}
