// The setup step's decisions (scripts/setup.mjs) from injected facts: which packages are missing,
// whether it may install them, and what it runs or prints.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

interface Plan { action: 'none' | 'install' | 'stop' | 'unknown'; missing?: string[]; commands?: string[][]; lines?: string[]; line?: string }
interface Setup {
  packagesFor(purpose: string, opts?: { chromiumPath?: string }): string[];
  planSetup(facts: { purpose: string; needed: string[]; installed?: (name: string) => boolean; isRoot: boolean; passwordlessSudo: boolean }): Plan;
}

const root = path.resolve(__dirname, '../../../..');
const having = (...names: string[]) => (name: string) => names.includes(name);
const BUILD = ['g++', 'make', 'python3'];

describe('setup: the Debian packages npm test and npm start need', () => {
  let setup: Setup;
  before(async () => { setup = await import(pathToFileURL(path.join(root, 'scripts/setup.mjs')).href) as Setup; });

  it('npm test needs the code-server packages and the browser; npm start only the code-server ones', () => {
    assert.deepEqual(setup.packagesFor('test'), ['ripgrep', 'libkrb5-dev', ...BUILD, 'chromium', 'fonts-noto-core']);
    assert.deepEqual(setup.packagesFor('start'), ['ripgrep', 'libkrb5-dev', ...BUILD]);
  });

  it('a browser of ones own (SEED_CHROMIUM) replaces the chromium package', () => {
    assert.deepEqual(setup.packagesFor('test', { chromiumPath: '/opt/chrome/chrome' }), ['ripgrep', 'libkrb5-dev', ...BUILD, 'fonts-noto-core']);
  });

  it('does nothing when every package is there, whoever runs it', () => {
    const needed = setup.packagesFor('test');
    for (const [isRoot, passwordlessSudo] of [[true, false], [false, true], [false, false]]) {
      assert.deepEqual(setup.planSetup({ purpose: 'test', needed, installed: having(...needed), isRoot, passwordlessSudo }), { action: 'none' });
    }
  });

  it('as root installs only the missing ones, non-interactively, after an apt-get update', () => {
    const needed = setup.packagesFor('test');
    const plan = setup.planSetup({ purpose: 'test', needed, installed: having('ripgrep', 'libkrb5-dev', ...BUILD), isRoot: true, passwordlessSudo: false });
    assert.equal(plan.action, 'install');
    assert.deepEqual(plan.missing, ['chromium', 'fonts-noto-core']);
    const apt = ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', '-q', '-o', 'DPkg::Lock::Timeout=600'];
    assert.deepEqual(plan.commands, [[...apt, 'update'], [...apt, 'install', '-y', '--no-install-recommends', 'chromium', 'fonts-noto-core']]);
    assert.deepEqual(plan.lines, [
      'setup: installing the Debian packages npm test needs (one time):',
      '  chromium: the browser the UI checks drive (/usr/bin/chromium)',
      '  fonts-noto-core: an Arabic font for the workbench the tests draw',
    ]);
  });

  it('with password-less sudo runs the same commands through sudo -n', () => {
    const plan = setup.planSetup({ purpose: 'start', needed: setup.packagesFor('start'), installed: having(...BUILD), isRoot: false, passwordlessSudo: true });
    assert.equal(plan.action, 'install');
    assert.deepEqual(plan.commands?.map(argv => argv.slice(0, 4)), [['sudo', '-n', 'env', 'DEBIAN_FRONTEND=noninteractive'], ['sudo', '-n', 'env', 'DEBIAN_FRONTEND=noninteractive']]);
    assert.deepEqual(plan.commands?.[1].slice(-2), ['ripgrep', 'libkrb5-dev']);
  });

  it('without root or password-less sudo stops with one line naming the exact command', () => {
    const plan = setup.planSetup({ purpose: 'test', needed: setup.packagesFor('test'), installed: having('libkrb5-dev', ...BUILD, 'fonts-noto-core'), isRoot: false, passwordlessSudo: false });
    assert.deepEqual(plan, {
      action: 'stop',
      missing: ['ripgrep', 'chromium'],
      line: 'npm test needs the Debian packages ripgrep, chromium: run  sudo apt-get update && sudo apt-get install -y --no-install-recommends ripgrep chromium',
    });
    assert.ok(!plan.line?.includes('\n'));
  });

  it('without dpkg-query (not Debian) warns in one line and goes on', () => {
    const plan = setup.planSetup({ purpose: 'start', needed: ['ripgrep'], installed: undefined, isRoot: true, passwordlessSudo: false });
    assert.equal(plan.action, 'unknown');
    assert.equal(plan.line, 'setup: cannot check for the Debian packages start needs (no dpkg-query); if it fails, install the equivalents of: ripgrep');
  });

  it('refuses a purpose it does not know', () => {
    assert.throws(() => setup.packagesFor('bench'), /unknown purpose "bench"/);
  });
});
