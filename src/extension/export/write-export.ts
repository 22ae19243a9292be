// Writing one article's export where the analyst chose: pure file work (no
// prompts), shared by the export commands.
import path from 'node:path';
import { atomicWrite } from '../../core/atomic-write';
import type { ExportFile, ExportFormat } from '../../core/formats';

/**
 * Writes the format's main file to `target` and its companions (brat's .txt
 * copy and annotation.conf) beside it, renamed to match the target's name.
 * A companion that would land on `protect` (the article itself) is skipped.
 */
export async function writeExport(format: ExportFormat, files: ExportFile[], target: string, protect?: string): Promise<string[]> {
  const main = files.find(f => f.name.endsWith(format.extension)) ?? files[0];
  const base = path.basename(target).slice(0, -path.extname(target).length || undefined);
  const mainBase = main.name.slice(0, -path.extname(main.name).length || undefined);
  const written: string[] = [];
  for (const f of files) {
    const name = f === main ? path.basename(target) : f.name.startsWith(`${mainBase}.`) ? base + f.name.slice(mainBase.length) : f.name;
    const file = path.join(path.dirname(target), name);
    if (protect && path.resolve(file) === path.resolve(protect)) continue;
    await atomicWrite(file, f.content);
    written.push(file);
  }
  return written;
}
