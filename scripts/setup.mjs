// The Debian packages `npm test` and `npm start` need beyond npm's, checked before they run and
// installed when this process may (root, or sudo without a password); otherwise it stops with the
// one command a person runs. `npm test` needs all of them; `npm start` only on its code-server
// route (a desktop `code` needs none). When everything is there it costs one dpkg-query call.
//
//   node scripts/setup.mjs test|start
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** What each package is for: the reason is printed when it is installed. */
const CODE_SERVER = [
  ['ripgrep', "VS Code's search (code-server cannot download its own rg)"],
  ['libkrb5-dev', "building code-server's kerberos module"],
  ['g++', "building code-server's native modules"],
  ['make', "building code-server's native modules"],
  ['python3', "building code-server's native modules (node-gyp)"],
];
const BROWSER = [
  ['chromium', 'the browser the UI checks drive (/usr/bin/chromium)'],
  ['fonts-noto-core', 'an Arabic font for the workbench the tests draw'],
];

/**
 * The packages a purpose needs. `chromiumPath`: a browser of the person's own (SEED_CHROMIUM)
 * replaces Debian's, so the chromium package is not needed then.
 */
export function packagesFor(purpose, { chromiumPath } = {}) {
  if (purpose === 'start') return CODE_SERVER.map(([name]) => name);
  if (purpose !== 'test') throw new Error(`unknown purpose ${JSON.stringify(purpose)}: use test or start`);
  return [...CODE_SERVER, ...BROWSER].map(([name]) => name).filter(name => !(name === 'chromium' && chromiumPath));
}

const reasonOf = name => [...CODE_SERVER, ...BROWSER].find(([n]) => n === name)?.[1] ?? '';

/** The apt-get command lines (argv arrays) that install `missing`, run as root or through `sudo -n`. */
export function installCommands(missing, { asRoot }) {
  const prefix = asRoot ? ['env'] : ['sudo', '-n', 'env'];
  // The lock timeout: another install (a test run beside this one) may hold dpkg's lock for a while.
  const apt = [...prefix, 'DEBIAN_FRONTEND=noninteractive', 'apt-get', '-q', '-o', 'DPkg::Lock::Timeout=600'];
  return [[...apt, 'update'], [...apt, 'install', '-y', '--no-install-recommends', ...missing]];
}

/** The one command a person without root or password-less sudo is told to run. */
export function manualCommand(missing) {
  return `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing.join(' ')}`;
}

/**
 * What to do, from the facts the probes found (no side effects, so it is unit-tested):
 *   { action: 'none' }                              everything is there
 *   { action: 'install', missing, commands, lines }  install them, printing `lines` first
 *   { action: 'stop', missing, line }               cannot install: print `line`, exit non-zero
 *   { action: 'unknown', line }                     not Debian (no dpkg-query): warn and go on
 * `installed`: name -> boolean, or undefined when there is no dpkg-query to ask.
 */
export function planSetup({ purpose, needed, installed, isRoot, passwordlessSudo }) {
  if (!installed) {
    return { action: 'unknown', line: `setup: cannot check for the Debian packages ${purpose} needs (no dpkg-query); if it fails, install the equivalents of: ${needed.join(' ')}` };
  }
  const missing = needed.filter(name => !installed(name));
  if (!missing.length) return { action: 'none' };
  if (isRoot || passwordlessSudo) {
    const lines = [`setup: installing the Debian packages npm ${purpose} needs (one time):`, ...missing.map(name => `  ${name}: ${reasonOf(name)}`)];
    return { action: 'install', missing, commands: installCommands(missing, { asRoot: isRoot }), lines };
  }
  return { action: 'stop', missing, line: `npm ${purpose} needs the Debian packages ${missing.join(', ')}: run  ${manualCommand(missing)}` };
}

/** Which of `names` dpkg says are installed; undefined when there is no dpkg-query. */
export function probeInstalled(names) {
  // Exit 1 when any package is unknown to dpkg: its stdout still lists the known ones.
  const r = spawnSync('dpkg-query', ['-W', '-f=${Package} ${db:Status-Status}\n', ...names], { encoding: 'utf8' });
  if (r.error) return undefined;
  const ok = new Set(r.stdout.split('\n').map(l => l.split(' ')).filter(([, status]) => status === 'installed').map(([name]) => name.split(':')[0]));
  return name => ok.has(name);
}

function passwordlessSudo() {
  return spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
}

/** Checks and installs what `purpose` needs; throws with the one line to print when it cannot. */
export function ensureSystemPackages(purpose, { log = line => console.error(line) } = {}) {
  const chromiumPath = process.env.SEED_CHROMIUM && existsSync(process.env.SEED_CHROMIUM) ? process.env.SEED_CHROMIUM : undefined;
  const needed = packagesFor(purpose, { chromiumPath });
  const isRoot = process.getuid?.() === 0;
  const facts = { purpose, needed, installed: probeInstalled(needed), isRoot };
  // sudo is asked only when something is missing: it may be slow or log the attempt.
  const plan = planSetup({ ...facts, passwordlessSudo: !isRoot && facts.installed && needed.some(n => !facts.installed(n)) ? passwordlessSudo() : false });
  if (plan.action === 'none') return;
  if (plan.action === 'unknown') return log(plan.line);
  if (plan.action === 'stop') throw new SetupError(plan.line);
  for (const line of plan.lines) log(line);
  for (const argv of plan.commands) {
    log(`  $ ${argv.join(' ')}`);
    try {
      execFileSync(argv[0], argv.slice(1), { stdio: ['ignore', 'ignore', 'inherit'] });
    } catch {
      // A failed update (another one holding the lists' lock, a mirror down) may still leave
      // lists the install can use; the check after the install says what is still missing.
      log(`setup: apt-get ${argv.includes('update') ? 'update' : 'install'} failed (its messages are above)`);
    }
  }
  const after = probeInstalled(plan.missing);
  const still = plan.missing.filter(name => !after?.(name));
  if (still.length) throw new SetupError(`setup: apt-get did not install ${still.join(', ')}: run  ${manualCommand(still)}`);
  log(`setup: installed ${plan.missing.join(' ')}`);
}

export class SetupError extends Error {}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    ensureSystemPackages(process.argv[2] ?? 'test');
  } catch (err) {
    console.error(err instanceof SetupError ? err.message : `setup failed: ${err?.message ?? err}`);
    process.exit(1);
  }
}
