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
}

export type WorkerResponse = { id: number; doc: AnnotationDocument } | { id: number; error: string };

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

export function handleRequest(req: WorkerRequest): WorkerResponse {
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
if (port) port.on('message', (req: WorkerRequest) => port.postMessage(handleRequest(req)));
