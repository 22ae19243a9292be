// Activation time without a desktop VS Code: dist/extension.js is loaded
// against a stand-in `vscode` module whose every member is a harmless proxy,
// and activate() is timed. Real activation adds VS Code's own work on top.
import Module from 'node:module';
import path from 'node:path';

function stub(name: string): unknown {
  const fn = function () { /* stand-in */ };
  return new Proxy(fn, {
    get: (_t, prop) => {
      if (prop === 'then') return undefined;
      if (prop === Symbol.toPrimitive) return () => name;
      if (prop === 'dispose') return () => undefined;
      return stub(`${name}.${String(prop)}`);
    },
    apply: () => stub(`${name}()`),
    construct: () => stub(`new ${name}`) as object,
  });
}

export function measureActivation(root: string): { requireMs: number; activateMs: number } | { error: string } {
  const load = (Module as unknown as { _load: (req: string, ...rest: unknown[]) => unknown })._load;
  const vscode = stub('vscode');
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
    return { error: (e as Error).message.split('\n')[0] };
  } finally {
    (Module as unknown as { _load: unknown })._load = load;
  }
}
