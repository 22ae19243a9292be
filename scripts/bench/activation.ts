// Activation time without a desktop VS Code: dist/extension.js is loaded
// against a stand-in `vscode` module whose every member is a harmless proxy,
// and activate() is timed. Real activation adds VS Code's own work on top.
import Module from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';

function stub(name: string): unknown {
  const fn = function () { /* stand-in */ };
  return new Proxy(fn, {
    get: (_t, prop) => {
      if (prop === 'then' || prop === '__esModule') return undefined;
      if (prop === Symbol.toPrimitive) return () => name;
      if (prop === 'dispose') return () => undefined;
      // A fresh window: no editors, documents or folders open yet.
      if (prop === 'visibleTextEditors' || prop === 'textDocuments' || prop === 'tabGroups' || prop === 'all') return [];
      if (prop === 'activeTextEditor' || prop === 'workspaceFolders' || prop === 'storageUri') return undefined;
      if (prop === Symbol.iterator) return [][Symbol.iterator];
      return stub(`${name}.${String(prop)}`);
    },
    set: () => true,
    apply: () => stub(`${name}()`),
    construct: () => stub(`new ${name}`) as object,
  });
}

/** The API's top-level names, read from @types/vscode, so a bundler's ESM interop copies them. */
function vscodeModule(root: string): Record<string, unknown> {
  const dts = readFileSync(path.join(root, 'node_modules/@types/vscode/index.d.ts'), 'utf8');
  const mod: Record<string, unknown> = {};
  for (const m of dts.matchAll(/^\t?export (?:namespace|class|enum) (\w+)/gm)) mod[m[1]] = stub(`vscode.${m[1]}`);
  return mod;
}

export function measureActivation(root: string): { requireMs: number; activateMs: number } | { error: string } {
  const load = (Module as unknown as { _load: (req: string, ...rest: unknown[]) => unknown })._load;
  const vscode = vscodeModule(root);
  (Module as unknown as { _load: unknown })._load = (req: string, ...rest: unknown[]) => (req === 'vscode' ? vscode : load(req, ...rest));
  try {
    const t0 = performance.now();
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded at run time: optional peer / stubbed vscode
    const ext = require(path.join(root, 'dist/extension.js')) as { activate(ctx: unknown): unknown };
    const t1 = performance.now();
    const context = { subscriptions: [] as unknown[], extensionUri: stub('uri'), extensionPath: root, globalState: stub('state'), workspaceState: stub('state'), globalStorageUri: stub('uri'), storageUri: undefined, asAbsolutePath: (p: string) => path.join(root, p) };
    ext.activate(context);
    const t2 = performance.now();
    return { requireMs: t1 - t0, activateMs: t2 - t1 };
  } catch (e) {
    return { error: (e as Error).message.split("\n")[0] };
  } finally {
    (Module as unknown as { _load: unknown })._load = load;
  }
}
