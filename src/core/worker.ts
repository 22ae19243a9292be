// Worker-thread entry (bundled to dist/worker.js): runs annotate() off the
// extension host's thread so a long article never freezes the editor.
// Protocol: { id, text, options } -> { id, doc } | { id, error }.
import { parentPort } from 'node:worker_threads';
import { annotate } from './annotate';
import type { AnnotateOptions, AnnotationDocument } from './types';

export interface WorkerRequest {
  id: number;
  text: string;
  options: AnnotateOptions;
}

export type WorkerResponse = { id: number; doc: AnnotationDocument } | { id: number; error: string };

export function handleRequest(req: WorkerRequest): WorkerResponse {
  try {
    return { id: req.id, doc: annotate(req.text, req.options) };
  } catch (e) {
    return { id: req.id, error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) };
  }
}

const port = parentPort;
if (port) port.on('message', (req: WorkerRequest) => port.postMessage(handleRequest(req)));
