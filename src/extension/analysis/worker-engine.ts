// Runs annotate() in one long-lived worker thread, one job at a time, newest
// request per document first; a job whose token was cancelled while queued
// is dropped before it reaches the worker.
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import type { AnnotateOptions, AnnotationDocument } from '../../core/types';
import type { ChunkField, WorkerChunk, WorkerRequest, WorkerResponse } from '../../core/worker';
import type { CancelToken } from './scheduler';

/** Items per message from the worker: each decodes in a few milliseconds on the host. */
const CHUNK_SIZE = 1000;
/**
 * Times a job is sent to a fresh worker after its worker ended cleanly without
 * answering. That happens when the worker script was being rewritten as it
 * loaded (a build replacing dist/worker.js): the truncated script runs, installs
 * no listener and exits with code 0. The job never ran, so running it again is safe.
 */
const RETRIES_AFTER_CLEAN_EXIT = 2;

export class CancelledError extends Error {
  constructor() {
    super('analysis cancelled');
  }
}

/** Which document a job is for, and whether only the lines an edit touched need analysing. */
export interface JobScope {
  key?: string;
  incremental?: boolean;
}

interface QueuedJob {
  id: number;
  text: string;
  options: AnnotateOptions;
  scope: JobScope;
  /** Lists received ahead of the document (see WorkerChunk). */
  chunks: Partial<Record<ChunkField, unknown[]>>;
  token: CancelToken;
  retries: number;
  resolve: (doc: AnnotationDocument) => void;
  reject: (e: unknown) => void;
}

export interface AnnotateEngine {
  run(text: string, options: AnnotateOptions, token: CancelToken, scope?: JobScope): Promise<AnnotationDocument>;
  dispose(): void;
}

export class WorkerEngine implements AnnotateEngine {
  private worker: Worker | undefined;
  private readonly queue: QueuedJob[] = [];
  private current: QueuedJob | undefined;
  private nextId = 1;

  constructor(private readonly workerPath: string) {}

  run(text: string, options: AnnotateOptions, token: CancelToken, scope: JobScope = {}): Promise<AnnotationDocument> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, text, options, scope, chunks: {}, token, retries: 0, resolve, reject });
      this.pump();
    });
  }

  dispose(): void {
    for (const job of this.queue.splice(0)) job.reject(new CancelledError());
    this.current?.reject(new CancelledError());
    this.current = undefined;
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private pump(): void {
    if (this.current) return;
    let job: QueuedJob | undefined;
    while ((job = this.queue.pop())) {
      if (!job.token.cancelled) break;
      job.reject(new CancelledError());
    }
    // Newest first; older queued jobs stay (other documents) unless cancelled.
    if (!job) return;
    this.current = job;
    const request: WorkerRequest = { id: job.id, text: job.text, options: job.options, chunkSize: CHUNK_SIZE, ...job.scope };
    try {
      this.ensureWorker().postMessage(request);
    } catch (e) {
      this.current = undefined;
      job.reject(e);
      this.pump();
    }
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    // The core stays out of the extension bundle (activation cost): it only runs in the worker.
    if (!existsSync(this.workerPath)) throw new Error(`analysis worker not found at ${this.workerPath}: run \`npm run build\``);
    const worker = new Worker(this.workerPath);
    worker.unref();
    worker.on('message', (msg: WorkerResponse | WorkerChunk) => this.onMessage(msg));
    worker.on('error', err => {
      if (this.worker === worker) this.onCrash(err);
    });
    worker.on('exit', code => {
      if (this.worker === worker) this.onCrash(new Error(`analysis worker exited with code ${code}`), code === 0);
    });
    this.worker = worker;
    return worker;
  }

  private onMessage(msg: WorkerResponse | WorkerChunk): void {
    const job = this.current;
    if (!job || job.id !== msg.id) return;
    if ('chunk' in msg) {
      (job.chunks[msg.chunk] ??= []).push(...msg.items);
      return;
    }
    this.current = undefined;
    if ('doc' in msg) job.resolve(Object.assign(msg.doc, job.chunks));
    else job.reject(new Error(msg.error));
    this.pump();
  }

  private onCrash(err: Error, cleanExit = false): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    const job = this.current;
    this.current = undefined;
    if (job && cleanExit && job.retries < RETRIES_AFTER_CLEAN_EXIT) {
      job.retries++;
      job.chunks = {};
      // Back on top of the queue: it was the newest request when it started.
      this.queue.push(job);
    } else job?.reject(err);
    this.pump();
  }
}
