// Runs annotate() across worker threads for a large corpus, one article per
// worker at a time (the protocol of src/core/worker.ts); falls back to the
// main thread when there is one article or no worker script beside us.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import * as l10n from '@vscode/l10n';
import { annotate } from '../core/annotate';
import type { AnnotateOptions, AnnotationDocument } from '../core/types';
import type { WorkerRequest, WorkerResponse } from '../core/worker';

export type Annotator = (text: string, options: AnnotateOptions) => Promise<AnnotationDocument>;

/** dist/worker.js beside the bundled CLI, or the transpiled core/worker.js under out/. */
export function findWorkerScript(): string | undefined {
  return [path.join(__dirname, 'worker.js'), path.join(__dirname, '..', 'core', 'worker.js')].find(p => existsSync(p));
}

export interface Pool {
  annotate: Annotator;
  close(): Promise<void>;
}

export function inlinePool(): Pool {
  return { annotate: async (text, options) => annotate(text, options), close: async () => undefined };
}

export function workerPool(size: number, script: string): Pool {
  const idle: Worker[] = [];
  const waiting: Array<(w: Worker) => void> = [];
  const all = new Set<Worker>();
  const dead = new Set<Worker>();
  const spawn = (): Worker => {
    const w = new Worker(script);
    w.unref();
    w.once('exit', () => dead.add(w));
    all.add(w);
    return w;
  };
  for (let i = 0; i < size; i++) idle.push(spawn());
  const acquire = (): Promise<Worker> => {
    const w = idle.pop();
    return w ? Promise.resolve(w) : new Promise(resolve => waiting.push(resolve));
  };
  const release = (used: Worker): void => {
    // A worker that died on one article is replaced so the rest of the corpus goes on.
    let w = used;
    if (dead.has(used)) {
      all.delete(used);
      w = spawn();
    }
    const next = waiting.shift();
    if (next) next(w);
    else idle.push(w);
  };
  let ids = 0;
  const run = (w: Worker, req: WorkerRequest): Promise<AnnotationDocument> =>
    new Promise((resolve, reject) => {
      const onMessage = (res: WorkerResponse) => {
        if (res.id !== req.id) return;
        cleanup();
        if ('doc' in res) resolve(res.doc);
        else reject(new Error(res.error.split('\n')[0]));
      };
      const onError = (e: Error) => {
        cleanup();
        reject(e);
      };
      const onExit = (code: number) => onError(new Error(l10n.t('worker stopped (exit code {0})', code)));
      const cleanup = () => {
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
      };
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
      w.postMessage(req);
    });
  return {
    annotate: async (text, options) => {
      const w = await acquire();
      try {
        return await run(w, { id: ++ids, text, options });
      } finally {
        release(w);
      }
    },
    close: async () => {
      await Promise.all([...all].map(w => w.terminate()));
    },
  };
}
