// `npm start`: builds, then opens seeds/ in VS Code with the extension loaded from this folder.
// A desktop `code` on PATH is used when there is one; otherwise the pinned code-server (the same
// one the tests use, installed on first use into .cache/) serves VS Code on 127.0.0.1 until
// Ctrl+C. Set SEED_PORT to choose the port. Only that route needs Debian packages (ripgrep, and
// what builds code-server's native modules): scripts/setup.mjs checks for them then.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, startCodeServer, workbenchUrl } from './code-server.mjs';
import { SetupError, ensureSystemPackages } from './setup.mjs';

const seeds = path.join(repoRoot, 'seeds');

function desktopCode() {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'code');
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

const code = desktopCode();
if (!code) {
  try {
    ensureSystemPackages('start');
  } catch (err) {
    console.error(err instanceof SetupError ? err.message : `setup failed: ${err?.message ?? err}`);
    process.exit(1);
  }
}

execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'build.mjs')], { cwd: repoRoot, stdio: 'inherit' });

if (code) {
  console.log(`Opening seeds/ in ${code} with the extension loaded from ${repoRoot}`);
  const child = spawn(code, [`--extensionDevelopmentPath=${repoRoot}`, seeds], { stdio: 'inherit' });
  child.on('exit', status => process.exit(status ?? 0));
} else {
  const port = process.env.SEED_PORT ? Number(process.env.SEED_PORT) : undefined;
  const server = await startCodeServer({ folder: seeds, port, log: chunk => process.stderr.write(chunk) });
  const stop = () => {
    server.stop();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop);
  process.on('exit', server.stop);
  server.child.on('exit', status => {
    console.error(`code-server stopped (exit code ${status})`);
    server.stop();
    process.exit(status ?? 1);
  });
  const url = workbenchUrl(server.baseUrl, { folder: seeds, extensionDevelopmentPath: repoRoot });
  console.log(`\nNo desktop VS Code on PATH: VS Code (code-server ${server.baseUrl}) is serving seeds/ with the extension loaded.`);
  console.log(`Open this URL in a browser (Ctrl+C stops it):\n\n  ${url}\n`);
}
