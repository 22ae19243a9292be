// Reading and writing the sidecar file. A damaged file is reported with the
// reason and never replaced: the analyst's work in it may still be recoverable.
import type { Anchor, Sidecar } from './types';
import { SIDECAR_FORMAT } from './types';
import { reanchor } from './anchor';
import { sha256 } from '../formats/shared';

export class SidecarError extends Error {
  constructor(readonly file: string, reason: string) {
    super(`The corrections file ${file} is damaged (${reason}); it was left untouched. Fix or move it to continue saving corrections.`);
    this.name = 'SidecarError';
  }
}

export function emptySidecar(text: string, path?: string): Sidecar {
  return {
    format: SIDECAR_FORMAT,
    version: 1,
    document: { ...(path ? { path } : {}), sha256: sha256(text), length: text.length },
    entities: [], annotations: [], reviews: [], entityEdits: [], links: [], merges: [],
  };
}

const LISTS = ['entities', 'annotations', 'reviews', 'entityEdits', 'links', 'merges'] as const;

function isAnchor(a: unknown): boolean {
  const x = a as Record<string, unknown> | null;
  return !!x && typeof x.start === 'number' && typeof x.end === 'number' && typeof x.exact === 'string' && typeof x.prefix === 'string' && typeof x.suffix === 'string';
}

/** Parses and checks a sidecar; throws SidecarError naming what is wrong. */
export function parseSidecar(content: string, file: string): Sidecar {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(content) as Record<string, unknown>;
  } catch (e) {
    throw new SidecarError(file, `not valid JSON: ${(e as Error).message}`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new SidecarError(file, 'not a JSON object');
  if (data.format !== SIDECAR_FORMAT) throw new SidecarError(file, `format is ${JSON.stringify(data.format)}, expected "${SIDECAR_FORMAT}"`);
  if (data.version !== 1) throw new SidecarError(file, `version ${JSON.stringify(data.version)} is not supported`);
  const doc = data.document as Record<string, unknown> | undefined;
  if (!doc || typeof doc.sha256 !== 'string') throw new SidecarError(file, 'document.sha256 is missing');
  for (const key of LISTS) {
    if (data[key] === undefined) data[key] = [];
    if (!Array.isArray(data[key])) throw new SidecarError(file, `${key} is not a list`);
  }
  const s = data as unknown as Sidecar;
  const anchors = [
    ...s.annotations.map(a => a.anchor),
    ...s.reviews.map(r => r.anchor),
    ...s.links.map(l => l.mention),
  ];
  if (!anchors.every(isAnchor)) throw new SidecarError(file, 'an annotation has no valid anchor');
  return s;
}

export function serialiseSidecar(s: Sidecar): string {
  return JSON.stringify(s, null, 2) + '\n';
}

/**
 * The sidecar moved onto the current text: anchors that are found again take
 * their new place, orphans keep their old one (the text may come back), and
 * the hash and length describe the current text.
 */
export function reanchorSidecar(s: Sidecar, text: string): Sidecar {
  const hash = sha256(text);
  if (hash === s.document.sha256) return s;
  const walk = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(walk);
    if (!x || typeof x !== 'object') return x;
    if (isAnchor(x)) return reanchor(text, x as Anchor) ?? x;
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, walk(v)]));
  };
  const moved = walk(s) as Sidecar;
  return { ...moved, document: { ...s.document, sha256: hash, length: text.length } };
}
