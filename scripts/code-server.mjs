// The pinned code-server (VS Code 1.100.3 in the browser) that `npm test` and `npm start` share.
// Its postinstall downloads ripgrep from the internet, which these machines cannot reach, so it is
// installed with scripts off and its few steps are replayed by hand (see real-vscode-tests.md).
// The install goes to a staging folder and is renamed into place only when complete, so an
// interrupted or concurrent install never leaves a half-built cache that looks valid.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync, copyFileSync, chmodSync, lstatSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cacheRoot = path.join(repoRoot, '.cache');
export const installDir = path.join(cacheRoot, 'code-server');
const markerFile = path.join(installDir, 'installed.json');
const entryOf = dir => path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

function isValidInstall() {
  try {
    const marker = JSON.parse(readFileSync(markerFile, 'utf8'));
    return marker.version === CODE_SERVER_VERSION && existsSync(entryOf(installDir))
      && existsSync(path.join(installDir, 'node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg'));
  } catch {
    return false;
  }
}

function run(cmd, args, cwd, log) {
  log(`  $ ${cmd} ${args.join(' ')}${cwd ? `   (in ${path.relative(repoRoot, cwd) || '.'})` : ''}`);
  execFileSync(cmd, args, {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, npm_config_yes: 'true', npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' },
  });
}

function which(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir, name);
    if (dir && existsSync(p)) return p;
  }
  return undefined;
}

function forceSymlink(target, linkPath) {
  try { lstatSync(linkPath); rmSync(linkPath, { recursive: true, force: true }); } catch { /* absent */ }
  symlinkSync(target, linkPath);
}

function isRunning(pid) {
  try { process.kill(pid, 0); return true; } catch { return false; }
}

/** Staging folders left by installs that were killed (their process is gone). */
function removeAbandonedStaging() {
  for (const name of readdirSync(cacheRoot)) {
    const pid = /^code-server\.staging-(\d+)$/.exec(name)?.[1];
    if (pid && !isRunning(Number(pid))) rmSync(path.join(cacheRoot, name), { recursive: true, force: true });
  }
}

/** Returns the path of code-server's entry.js, installing the pinned version first when the cache lacks it. */
export function ensureCodeServer({ log = msg => console.error(msg) } = {}) {
  if (isValidInstall()) return entryOf(installDir);
  const rg = which('rg');
  if (!rg) throw new Error('ripgrep (rg) is not on PATH: install it first (Debian: apt-get install ripgrep).');
  const started = Date.now();
  log(`Installing code-server@${CODE_SERVER_VERSION} into ${path.relative(repoRoot, installDir)}/ (one time, about a minute)…`);
  mkdirSync(cacheRoot, { recursive: true });
  removeAbandonedStaging();
  const staging = path.join(cacheRoot, `code-server.staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    // Its own package.json stops npm from walking up into the project's.
    writeFileSync(path.join(staging, 'package.json'), JSON.stringify({ name: 'code-server-cache', private: true }, null, 2));
    run('npm', ['install', '--ignore-scripts', '--no-save', `code-server@${CODE_SERVER_VERSION}`], staging, log);
    run('npm', ['rebuild', 'argon2'], staging, log);
    const vscodeDir = path.join(staging, 'node_modules', 'code-server', 'lib', 'vscode');
    run('npm', ['install', '--omit=dev', '--ignore-scripts'], vscodeDir, log);
    run('npm', ['rebuild', 'kerberos', 'node-pty', '@vscode/spdlog', 'native-watchdog', '@parcel/watcher', '@vscode/deviceid'], vscodeDir, log);
    const rgDir = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
    mkdirSync(rgDir, { recursive: true });
    copyFileSync(rg, path.join(rgDir, 'rg'));
    chmodSync(path.join(rgDir, 'rg'), 0o755);
    forceSymlink('node_modules', path.join(vscodeDir, 'node_modules.asar'));
    forceSymlink('code-linux.sh', path.join(vscodeDir, 'bin', 'remote-cli', 'code-server'));
    forceSymlink('browser-linux.sh', path.join(vscodeDir, 'bin', 'helpers', 'browser.sh'));
    const extensionsDir = path.join(vscodeDir, 'extensions');
    run('npm', ['install', '--omit=dev', '--ignore-scripts'], extensionsDir, log);
    run('node', ['./postinstall.mjs'], extensionsDir, log);
    const version = execFileSync('node', [entryOf(staging), '--version'], {
      encoding: 'utf8',
      env: { ...process.env, CODE_SERVER_CONFIG: path.join(staging, 'config.yaml') },
    }).trim().split('\n').pop();
    if (!version.startsWith(CODE_SERVER_VERSION)) throw new Error(`unexpected code-server version: ${version}`);
    writeFileSync(path.join(staging, 'installed.json'), JSON.stringify({ version: CODE_SERVER_VERSION, reported: version }, null, 2));
    // Another run may have finished its own install meanwhile: keep the one already in use.
    if (isValidInstall()) {
      rmSync(staging, { recursive: true, force: true });
      return entryOf(installDir);
    }
    rmSync(installDir, { recursive: true, force: true });
    renameSync(staging, installDir);
    log(`code-server ready (${version}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    throw err;
  }
  return entryOf(installDir);
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited early with code ${child.exitCode}`);
    try {
      const res = await fetch(url, { redirect: 'manual' });
      if (res.status < 500) return;
    } catch { /* not listening yet */ }
    await new Promise(r => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer on ${url} within ${timeoutMs} ms`);
}

/**
 * Starts code-server on 127.0.0.1 with a throwaway user-data-dir (quiet gallery, no telemetry),
 * optionally with a packaged extension (`vsix`) installed into its throwaway extensions folder.
 * `stop()` kills its whole process group (the extension host and helpers are children) and
 * removes the temp folder; it is safe to call more than once.
 */
export async function startCodeServer({ folder, env = {}, port, vsix, quietGallery = true, log = () => {}, timeoutMs = 60_000 } = {}) {
  const entry = ensureCodeServer({ log: msg => console.error(msg) });
  port ??= await freePort();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'seed-annotator-code-server-'));
  const userDir = path.join(tmp, 'user');
  mkdirSync(path.join(userDir, 'User'), { recursive: true });
  writeFileSync(path.join(userDir, 'User', 'settings.json'), JSON.stringify({
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'workbench.enableExperiments': false,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'security.workspace.trust.enabled': false,
    'chat.commandCenter.enabled': false,
    'window.commandCenter': false,
  }, null, 2));
  const dirs = ['--user-data-dir', userDir, '--extensions-dir', path.join(tmp, 'extensions')];
  // Its own config file in the temp folder: code-server otherwise writes one into ~/.config.
  // An empty gallery: the default one (open-vsx.org) is unreachable here and only adds errors.
  const childEnv = { ...process.env, CODE_SERVER_CONFIG: path.join(tmp, 'config.yaml'), ...(quietGallery ? { EXTENSIONS_GALLERY: '{}' } : {}), ...env };
  if (vsix) {
    try {
      execFileSync(process.execPath, [entry, ...dirs, '--install-extension', path.resolve(vsix)], { env: childEnv, stdio: ['ignore', 'ignore', 'inherit'] });
    } catch (err) {
      rmSync(tmp, { recursive: true, force: true });
      throw err;
    }
  }
  const args = [
    entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    ...dirs,
  ];
  if (folder) args.push(folder);
  const child = spawn(process.execPath, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: childEnv });
  child.stdout.on('data', d => log(String(d)));
  child.stderr.on('data', d => log(String(d)));
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
    rmSync(tmp, { recursive: true, force: true });
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${baseUrl}/healthz`, child, timeoutMs);
  } catch (err) {
    stop();
    throw err;
  }
  return { baseUrl, port, child, stop };
}

/**
 * The workbench URL for a folder. `payload` is the query parameter VS Code for the web reads
 * for extension development: the extension under test, and optionally a test entry to run.
 */
export function workbenchUrl(baseUrl, { folder, extensionDevelopmentPath, extensionTestsPath }) {
  const remote = p => `vscode-remote://${new URL(baseUrl).host}${p}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const query = new URLSearchParams();
  if (folder) query.set('folder', folder);
  if (payload.length) query.set('payload', JSON.stringify(payload));
  return `${baseUrl}/?${query}`;
}
