// Worker-thread entry (bundled to dist/worker.js): runs annotate() off the
// extension host's thread so a long article never freezes the editor.
// Protocol: { id, text, options, key?, incremental? } -> { id, doc } | { id, error }.
// With a `key` (the document's uri) the worker keeps that document's last
// analysis and, when `incremental` is set, re-analyses only the lines an
// edit touched (see incremental.ts).
import { parentPort } from 'node:worker_threads';
import { annotate } from './annotate';
import { IncrementalAnnotator } from './incremental';
import type { AnnotateOptions, AnnotationDocument } from './types';

export interface WorkerRequest {
  id: number;
  text: string;
  options: AnnotateOptions;
  key?: string;
  incremental?: boolean;
  /**
   * Send long annotation lists ahead in WorkerChunk messages of this many items, so the
   * receiving thread decodes a 1 MB article's result in short tasks, not one long one.
   */
  chunkSize?: number;
}

export type WorkerResponse = { id: number; doc: AnnotationDocument } | { id: number; error: string };

export type ChunkField = 'entities' | 'mentions' | 'quotes' | 'dates' | 'events';
const CHUNK_FIELDS: readonly ChunkField[] = ['entities', 'mentions', 'quotes', 'dates', 'events'];

/** Items of one list of the coming `doc`, sent before it; the `doc` then holds that list empty. */
export interface WorkerChunk {
  id: number;
  chunk: ChunkField;
  items: unknown[];
}

/** The messages that carry one response, chunks first. */
export function responseMessages(req: WorkerRequest, res: WorkerResponse): Array<WorkerResponse | WorkerChunk> {
  const size = req.chunkSize ?? 0;
  if (size <= 0 || !('doc' in res)) return [res];
  const out: Array<WorkerResponse | WorkerChunk> = [];
  const head: AnnotationDocument = { ...res.doc };
  for (const field of CHUNK_FIELDS) {
    const items: unknown[] = res.doc[field];
    if (items.length <= size) continue;
    for (let i = 0; i < items.length; i += size) out.push({ id: req.id, chunk: field, items: items.slice(i, i + size) });
    head[field] = [];
  }
  out.push({ id: req.id, doc: head });
  return out;
}

/** Documents whose last analysis is kept; the least recently used is forgotten first. */
const MAX_KEPT = 8;
const annotators = new Map<string, IncrementalAnnotator>();

function annotatorFor(key: string): IncrementalAnnotator {
  let a = annotators.get(key);
  if (a) annotators.delete(key);
  else a = new IncrementalAnnotator();
  annotators.set(key, a);
  while (annotators.size > MAX_KEPT) annotators.delete(annotators.keys().next().value!);
  return a;
}

function handleRequest(req: WorkerRequest): WorkerResponse {
  try {
    const doc = req.key
      ? annotatorFor(req.key).annotate(req.text, req.options, req.incremental === true)
      : annotate(req.text, req.options);
    return { id: req.id, doc };
  } catch (e) {
    return { id: req.id, error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) };
  }
}

const port = parentPort;
if (port) {
  port.on('message', (req: WorkerRequest) => {
    for (const message of responseMessages(req, handleRequest(req))) port.postMessage(message);
  });
}
