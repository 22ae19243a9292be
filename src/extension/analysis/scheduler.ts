// Debounce and staleness for per-document work, kept free of `vscode` so the
// rules are unit-tested in plain Node: one pending job per key; a newer
// version supersedes an older one, whose waiters receive the newer result.

export interface CancelToken {
  readonly cancelled: boolean;
}

export type Job<T> = (key: string, version: number, token: CancelToken) => Promise<T>;

interface Slot<T> {
  version: number;
  token: { cancelled: boolean };
  timer?: ReturnType<typeof setTimeout>;
  running: boolean;
  waiters: Array<{ resolve: (v: T | undefined) => void; reject: (e: unknown) => void }>;
  promise: Promise<T | undefined>;
}

export class KeyedScheduler<T> {
  private readonly slots = new Map<string, Slot<T>>();

  constructor(private readonly job: Job<T>) {}

  /**
   * Runs the job for `key` at `version` after `delayMs`, unless a newer request
   * comes first. Resolves to undefined only when the key is cancelled outright.
   */
  request(key: string, version: number, delayMs: number): Promise<T | undefined> {
    const current = this.slots.get(key);
    if (current && current.version === version) {
      if (!current.running && delayMs === 0) this.start(key, current, 0);
      return current.promise;
    }
    return this.restart(key, version, delayMs);
  }

  /**
   * Runs the job for `key` afresh even when `version` is already waiting or
   * running (its inputs changed, not its version): the old run is cancelled
   * and its waiters receive the new result rather than undefined.
   */
  restart(key: string, version: number, delayMs: number): Promise<T | undefined> {
    const current = this.slots.get(key);
    const inherited = current ? this.supersede(current) : [];
    const slot = this.newSlot(version, inherited);
    this.slots.set(key, slot);
    this.start(key, slot, delayMs);
    return slot.promise;
  }

  /** Version currently waiting or running for `key`, if any. */
  pendingVersion(key: string): number | undefined {
    return this.slots.get(key)?.version;
  }

  cancel(key: string): void {
    const slot = this.slots.get(key);
    if (!slot) return;
    for (const w of this.supersede(slot)) w.resolve(undefined);
    this.slots.delete(key);
  }

  dispose(): void {
    for (const key of [...this.slots.keys()]) this.cancel(key);
  }

  private newSlot(version: number, waiters: Slot<T>['waiters']): Slot<T> {
    const slot = { version, token: { cancelled: false }, running: false, waiters } as Slot<T>;
    slot.promise = new Promise<T | undefined>((resolve, reject) => slot.waiters.push({ resolve, reject }));
    return slot;
  }

  private supersede(slot: Slot<T>): Slot<T>['waiters'] {
    slot.token.cancelled = true;
    if (slot.timer) clearTimeout(slot.timer);
    const waiters = slot.waiters;
    slot.waiters = [];
    return waiters;
  }

  private start(key: string, slot: Slot<T>, delayMs: number): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = setTimeout(() => {
      slot.timer = undefined;
      slot.running = true;
      this.job(key, slot.version, slot.token).then(
        value => this.settle(key, slot, w => w.resolve(value)),
        error => this.settle(key, slot, w => w.reject(error)),
      );
    }, Math.max(0, delayMs));
  }

  private settle(key: string, slot: Slot<T>, finish: (w: Slot<T>['waiters'][number]) => void): void {
    if (slot.token.cancelled) return;
    if (this.slots.get(key) === slot) this.slots.delete(key);
    for (const w of slot.waiters) finish(w);
    slot.waiters = [];
  }
}
