// Writes a file so that a crash at any moment leaves either the old content
// or the new, never a torn mix: write a temporary file beside the target,
// flush it to disk, then rename it over the target (atomic on one volume).
import { promises as fs } from 'node:fs';
import path from 'node:path';

export interface AtomicWriteHooks {
  /** Called between the flushed temporary file and the rename (tests simulate a crash here). */
  beforeRename?: (tempPath: string) => Promise<void> | void;
}

let counter = 0;

export async function atomicWrite(file: string, content: string | Uint8Array, hooks: AtomicWriteHooks = {}): Promise<void> {
  const dir = path.dirname(file);
  await fs.mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.${counter++}.tmp`);
  const handle = await fs.open(temp, 'w');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await hooks.beforeRename?.(temp);
    await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw e;
  }
  await syncDirectory(dir);
}

/** Makes the rename itself durable where the platform allows opening a directory. */
async function syncDirectory(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // Windows cannot open directories; the rename is still atomic there.
  } finally {
    await handle?.close();
  }
}
