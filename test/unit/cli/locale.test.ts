// The CLI speaks Arabic when asked (--locale ar) or when the user's locale is Arabic,
// from the l10n/ bundle found beside the installed package (dist/ and out/ alike).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cliLocale } from '../../../src/cli/locale';
import { REPO } from '../formats/fixture';

const COMMANDS = [path.join(REPO, 'out', 'src', 'cli', 'main.js'), path.join(REPO, 'dist', 'cli.js')].filter(existsSync);
const ARABIC_BUNDLE = JSON.parse(readFileSync(path.join(REPO, 'l10n', 'bundle.l10n.ar.json'), 'utf8')) as Record<string, string>;

function run(cli: string, args: string[], locale: Record<string, string> = {}) {
  const env = { ...process.env };
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) delete env[name];
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 60000, env: { ...env, ...locale } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('seed-annotate in Arabic', function () {
  this.timeout(60000);

  it('picks the locale from --locale, else the first set of LC_ALL, LC_MESSAGES, LANG', () => {
    assert.equal(cliLocale(['a.txt', '--locale', 'ar'], {}), 'ar');
    assert.equal(cliLocale(['--locale=ar', 'a.txt'], { LANG: 'en_US.UTF-8' }), 'ar');
    assert.equal(cliLocale(['--locale', 'en'], { LANG: 'ar_EG.UTF-8' }), 'en');
    assert.equal(cliLocale(['a.txt'], { LANG: 'ar_EG.UTF-8' }), 'ar');
    assert.equal(cliLocale(['a.txt'], { LANG: 'ar' }), 'ar');
    assert.equal(cliLocale(['a.txt'], { LC_ALL: 'C', LANG: 'ar_EG.UTF-8' }), 'en');
    assert.equal(cliLocale(['a.txt'], { LC_ALL: '', LC_MESSAGES: 'ar_SA.UTF-8', LANG: 'en_GB' }), 'ar');
    assert.equal(cliLocale(['a.txt'], { LANG: 'arn_CL.UTF-8' }), 'en', 'Mapudungun is not Arabic');
    assert.equal(cliLocale(['--', '--locale', 'ar'], {}), 'en', 'after -- it is a file name');
    assert.equal(cliLocale([], {}), 'en');
  });

  for (const cli of COMMANDS) {
    const where = path.relative(REPO, cli);
    for (const [how, args, locale] of [
      ['--locale ar', ['--locale', 'ar'], {}],
      ['LANG=ar_EG.UTF-8', [], { LANG: 'ar_EG.UTF-8' }],
    ] as const) {
      it(`${where}, ${how}: a missing file is refused in Arabic, exit 2`, () => {
        const r = run(cli, ['no/such/file.txt', ...args], locale);
        assert.equal(r.code, 2, r.stderr);
        assert.equal(r.stderr, 'seed-annotate: خطأ: no/such/file.txt: لا يوجد ملف أو مجلد بهذا الاسم\n');
        assert.equal(r.stdout, '');
      });
    }
  }

  it('--help in Arabic: the translated usage with the format list filled in', () => {
    const r = run(COMMANDS[0], ['--help', '--locale', 'ar']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^الاستخدام: seed-annotate/);
    assert.match(r.stdout, /رموز الخروج/);
    assert.match(r.stdout, /csv-entities/);
    assert.doesNotMatch(r.stdout, /Usage:|\{0\}/);
    const english = run(COMMANDS[0], ['--help'], { LANG: 'en_US.UTF-8' });
    assert.match(english.stdout, /^Usage: seed-annotate/);
    assert.ok(Object.keys(ARABIC_BUNDLE).some(k => k.startsWith('Usage: seed-annotate')), 'the help text is in the Arabic bundle');
  });

  it('--locale en wins over an Arabic LANG; an unknown locale is a usage error', () => {
    const r = run(COMMANDS[0], ['no/such/file.txt', '--locale', 'en'], { LANG: 'ar_EG.UTF-8' });
    assert.equal(r.stderr, 'seed-annotate: error: no/such/file.txt: no such file or folder\n');
    const bad = run(COMMANDS[0], ['a.txt', '--locale', 'fr']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /locale "fr" is not ar or en/);
  });
});
