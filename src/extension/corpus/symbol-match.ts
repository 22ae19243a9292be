// Matching corpus entities to what the analyst types (workspace symbols) and
// to the cursor, without `vscode` so it is unit-tested in Node.
import type { CorpusEntity } from '../../core/corpus/index';
import type { AnnotationDocument, Entity } from '../../core/types';
import { hitsAt } from '../analysis/lookup';
import { foldForFilter } from '../views/rows';

const LATIN = /[a-z]/i;

/** The entity of the mention at `offset`, if there is one. */
export function mentionAt(doc: AnnotationDocument, offset: number): Entity | undefined {
  for (const hit of hitsAt(doc, offset)) {
    if (hit.kind !== 'mention') continue;
    return hit.entity ?? { id: hit.mention.entity, type: hit.mention.type, name: hit.mention.text, aliases: [] };
  }
  return undefined;
}

/** True when the query's characters appear in order in the name (the fuzzy match of Ctrl+T). */
function subsequence(query: string, name: string): boolean {
  let i = 0;
  for (const ch of name) if (ch === query[i]) i++;
  return i === query.length;
}

function folded(query: string): string {
  return foldForFilter(query).replace(/\s+/g, '');
}

export function symbolMatches(query: string, e: Pick<CorpusEntity, 'name' | 'nameEn' | 'aliases'>): boolean {
  const q = folded(query);
  if (!q) return true;
  return [e.name, e.nameEn, ...e.aliases].some(n => n !== undefined && subsequence(q, folded(n)));
}

/**
 * The symbol's name in the script the analyst types: VS Code filters symbols by
 * name, so "Lavrov" must meet "Sergey Lavrov", and "لافروف" the Arabic name.
 * The other name and the type go to the container.
 */
export function symbolName(query: string, e: Pick<CorpusEntity, 'name' | 'nameEn' | 'aliases' | 'type'>): { name: string; container: string } {
  const q = folded(query);
  const latin = LATIN.test(query);
  const alias = e.aliases.find(a => LATIN.test(a) === latin && subsequence(q, folded(a)));
  const english = e.nameEn && subsequence(q, folded(e.nameEn)) ? e.nameEn : undefined;
  const name = latin ? english ?? alias ?? e.nameEn ?? e.name : subsequence(q, folded(e.name)) ? e.name : alias ?? e.name;
  const other = name === e.name ? e.nameEn : e.name;
  return { name, container: [other, e.type].filter(Boolean).join(' · ') };
}
