// The real command, spawned as a user runs it, so exit codes and streams are what a shell sees.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO } from '../formats/fixture';

const CLI = path.join(REPO, 'out', 'src', 'cli', 'main.js');
const SEED = path.join(REPO, 'test', 'fixtures', 'seed-article.txt');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('seed-annotate CLI', function () {
  this.timeout(60000);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'seed-cli-'));
  after(() => rmSync(tmp, { recursive: true, force: true }));
  const corpus = path.join(tmp, 'corpus');
  mkdirSync(path.join(corpus, 'sub'), { recursive: true });
  copyFileSync(SEED, path.join(corpus, 'one.txt'));
  copyFileSync(SEED, path.join(corpus, 'sub', 'two.txt'));
  const binary = path.join(tmp, 'image.txt');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));

  it('--help prints usage and exits 0', () => {
    const r = run(['--help']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Usage: seed-annotate/);
    assert.match(r.stdout, /csv-entities/);
  });

  it('--version prints the package version', () => {
    const r = run(['--version']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.trim(), JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')).version);
  });

  for (const [what, args, message] of [
    ['a missing file', ['no/such/file.txt'], /no\/such\/file\.txt: no such file or folder/],
    ['an unknown option', [SEED, '--colour'], /unknown option --colour/],
    ['an unknown format', [SEED, '--format', 'xml'], /unknown format "xml"/],
    ['a bad publication date', [SEED, '-d', '30/09/2020'], /not YYYY-MM-DD/],
    ['no input', [], /no input files/],
    ['several articles in a one-document format without --out', [corpus, '-f', 'json'], /need --out DIR/],
  ] as const) {
    it(`${what}: one clear line and exit 2`, () => {
      const r = run([...args]);
      assert.equal(r.code, 2, `stderr: ${r.stderr} stdout: ${r.stdout.slice(0, 200)}`);
      assert.match(r.stderr, message);
      assert.equal(r.stderr.trim().split('\n').length, 1);
      assert.equal(r.stdout, '');
    });
  }

  it('refuses an empty folder', () => {
    mkdirSync(path.join(tmp, 'empty'), { recursive: true });
    const r = run([path.join(tmp, 'empty')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /folder holds no \.txt files/);
  });

  it('one article, no --out: the native JSON on stdout', () => {
    const r = run([SEED, '--format', 'json', '--publication-date', '2020-10-01']);
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.equal(doc.format, 'seed-annotations');
    assert.equal(doc.document.length, readFileSync(SEED, 'utf8').length);
    assert.equal(doc.document.publicationDate, '2020-10-01');
    for (const m of doc.mentions) assert.equal(readFileSync(SEED, 'utf8').slice(m.start, m.end), m.text);
  });

  it('brat to stdout prints the .ann text', () => {
    const r = run([SEED, '-f', 'brat']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^T1\t\S+ \d+ \d+\t/);
  });

  it('several articles in a corpus format go to stdout together', () => {
    const r = run([corpus, '-f', 'jsonl']);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split('\n').map(l => JSON.parse(l));
    assert.deepEqual(lines.map(d => path.basename(d.document.path)), ['one.txt', 'two.txt']);
  });

  it('--out writes one export per article, keeping sub-folders, and brat its .txt and annotation.conf', () => {
    const out = path.join(tmp, 'out-brat');
    const r = run([corpus, '-f', 'brat', '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    for (const f of ['one.ann', 'one.txt', 'sub/two.ann', 'sub/two.txt', 'annotation.conf']) assert.ok(existsSync(path.join(out, f)), f);
    assert.equal(readFileSync(path.join(out, 'sub', 'two.txt'), 'utf8'), readFileSync(SEED, 'utf8'));
    assert.match(readFileSync(path.join(out, 'annotation.conf'), 'utf8'), /\[events\]/);
  });

  it('worker threads give the same output as the main thread', () => {
    const one = run([corpus, '-f', 'jsonl', '--jobs', '1']);
    const two = run([corpus, '-f', 'jsonl', '--jobs', '2']);
    assert.equal(two.code, 0, two.stderr);
    assert.equal(two.stdout, one.stdout);
  });

  it('a binary file fails alone with a message and exit 1; the other articles are still exported', () => {
    const out = path.join(tmp, 'out-mixed');
    const r = run([SEED, binary, '-f', 'csv', '-o', out]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /image\.txt: binary file/);
    assert.ok(existsSync(path.join(out, 'seed-article.csv')));
  });

  it('reads a BOM, invalid UTF-8, CRLF and an empty file without crashing', () => {
    const odd = path.join(tmp, 'odd.txt');
    writeFileSync(odd, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('قال بوتين\r\n'), Buffer.from([0xc3, 0x28]), Buffer.from(' اليوم')]));
    const r = run([odd]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /1 invalid UTF-8 sequence/);
    const doc = JSON.parse(r.stdout);
    assert.equal(doc.document.length, 'قال بوتين\r\n\uFFFD( اليوم'.length);
    const empty = path.join(tmp, 'empty.txt');
    writeFileSync(empty, '');
    const e = run([empty, '-f', 'conll']);
    assert.equal(e.code, 0, e.stderr);
    assert.match(e.stdout, /-DOCSTART-/);
  });
});
