// Bad input through the built command (dist/cli.js), spawned as a shell runs it:
// refused files get one line on stderr and exit 1; everything else gives valid
// output whose offsets slice, with exit 0, and no run hangs.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decodeBytes } from '../../../src/core/text/decode';
import type { AnnotationDocument } from '../../../src/core/types';
import { REPO } from '../formats/fixture';
import { assertDocumentInvariants } from './invariants';

const CLI = path.join(REPO, 'dist', 'cli.js');
const SENTENCE = 'قال الرئيس الروسي فلاديمير بوتين في موسكو أمس إن بلاده مستعدة للحوار.';
const u8 = (s: string) => Buffer.from(s, 'utf8');
const longLine = (n: number) => SENTENCE.replace('.', ' ').repeat(Math.ceil(n / SENTENCE.length)).slice(0, n);

interface Input {
  name: string;
  bytes: () => Buffer;
  /** A refused file: the reason on stderr. */
  refused?: RegExp;
  /** Also a warning line on stderr (the article is still exported). */
  warns?: RegExp;
  check?: (doc: AnnotationDocument, text: string) => void;
}

const INPUTS: Input[] = [
  { name: 'empty', bytes: () => Buffer.alloc(0), check: d => assert.deepEqual([d.document.length, d.mentions.length], [0, 0]) },
  { name: 'binary-png', bytes: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]), refused: /binary file/ },
  { name: 'binary-nul-in-arabic', bytes: () => Buffer.concat([u8(SENTENCE), Buffer.from([0]), u8(SENTENCE)]), refused: /binary file/ },
  { name: 'binary-utf16', bytes: () => Buffer.from('\uFEFF' + SENTENCE, 'utf16le'), refused: /binary file/ },
  {
    name: 'invalid-utf8', bytes: () => Buffer.concat([u8('قال '), Buffer.from([0xff, 0xc3, 0x28, 0xed, 0xa0, 0x80]), u8(' ' + SENTENCE)]),
    warns: /invalid UTF-8 sequence\(s\) read as U\+FFFD/,
    check: (d, t) => assert.equal(d.mentions.find(m => m.text === 'فلاديمير بوتين')?.start, t.indexOf('فلاديمير بوتين')),
  },
  {
    name: 'bom', bytes: () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), u8(`عنوان\n${SENTENCE}`)]),
    check: (d, t) => {
      assert.ok(!t.startsWith('\uFEFF'));
      assert.equal(d.mentions.find(m => m.text === 'فلاديمير بوتين')?.start, `عنوان\n${SENTENCE}`.indexOf('فلاديمير بوتين'));
    },
  },
  { name: 'crlf', bytes: () => u8(`عنوان\r\n${SENTENCE}\r\n${SENTENCE}\r\n`), check: d => assert.equal(d.mentions.filter(m => m.text === 'فلاديمير بوتين').length, 2) },
  { name: 'lone-cr', bytes: () => u8(`عنوان\r${SENTENCE}\r${SENTENCE}\r`), check: d => assert.equal(d.mentions.filter(m => m.text === 'فلاديمير بوتين').length, 2) },
  { name: 'bidi', bytes: () => u8(`قال \u200Fالرئيس\u200E الروسي \u202Bفلاديمير بوتين\u202C في \u2066موسكو\u2069 و\u2067بار\u200Fيس\u2069 \u202A\u202D\u202E.\n\u200F«نعم\u200E»`) },
  { name: 'only-diacritics', bytes: () => u8('\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652'.repeat(500)), check: d => assert.equal(d.mentions.length, 0) },
  {
    name: 'html', bytes: () => u8(`<h1>عنوان</h1>\n<script>alert("x")</script> ${SENTENCE} «<b>نرفض</b>» <img src=x onerror=alert(1)>`),
    check: (d, t) => {
      assert.ok(t.includes('<script>'));
      assert.ok(d.mentions.some(m => m.text === 'فلاديمير بوتين'));
    },
  },
  { name: 'unclosed-quotes', bytes: () => u8('قال بوتين «نعم\nقال ماكرون “لا\nقال لافروف "ربما\nقال أردوغان ″أبداً\nوقال „كلا\n‹مرة\n') },
  { name: 'random-unicode', bytes: () => u8(`😀👨‍👩‍👧🇷🇺 𝒜𝓇𝒶𝒷 Z̴̡̛̖a̷̝l̸go \uD800قال\uDFFF بوتين\u0651\u0651 «𐎀» \u0000`.replace('\u0000', '')) },
  { name: 'huge-20mb-line', bytes: () => u8(longLine(20_000_000)), refused: /is over the limit of 5000000 characters; not analysed, skipped/ },
  { name: 'just-over-limit', bytes: () => u8('ب '.repeat(2_600_000)), refused: /5200000 characters is over the limit of 5000000 characters/ },
  { name: 'long-line-3mb', bytes: () => u8(longLine(1_600_000)), check: d => assert.ok(d.mentions.length > 1000) },
];

/**
 * A hang guard, not a speed limit (`npm run bench` has the speed figures): a run that takes this
 * long is stuck. A synchronous spawn blocks mocha's own timeout, so the guard has to be here.
 */
const HANG_GUARD_MS = 240_000;

function run(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: HANG_GUARD_MS, maxBuffer: 512 * 1024 * 1024 });
  assert.equal(r.error, undefined, `seed-annotate ${args.join(' ')} ended (${r.error?.message})`);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** brat offsets are code points; each T line's text is its fragments joined by a space. */
function assertBratSlices(ann: string, text: string): void {
  const points = [...text];
  for (const line of ann.split('\n').filter(l => l.startsWith('T'))) {
    const [, typeAndSpans, spanText] = line.split('\t');
    const fragments = typeAndSpans.slice(typeAndSpans.indexOf(' ') + 1).split(';').map(f => f.split(' ').map(Number));
    for (const [s, e] of fragments) assert.ok(0 <= s && s <= e && e <= points.length, `${line}: in bounds`);
    assert.equal(fragments.map(([s, e]) => points.slice(s, e).join('')).join(' '), spanText, line);
  }
}

describe('bad input: the seed-annotate CLI (dist/cli.js)', function () {
  this.timeout(2 * HANG_GUARD_MS + 60_000);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'seed-bad-input-'));
  after(() => rmSync(tmp, { recursive: true, force: true }));
  before(function () {
    if (!existsSync(CLI)) this.skip(); // Built by `npm run build`.
  });

  for (const input of INPUTS) {
    const file = path.join(tmp, `${input.name}.txt`);
    const write = () => {
      if (!existsSync(file)) writeFileSync(file, input.bytes());
      return readFileSync(file);
    };
    if (input.refused) {
      it(`${input.name}: refused with one line on stderr and exit 1, nothing on stdout (json, brat)`, () => {
        write();
        for (const format of ['json', 'brat']) {
          const r = run([file, '--format', format]);
          assert.equal(r.code, 1, r.stderr);
          assert.equal(r.stdout, '');
          const lines = r.stderr.split('\n').filter(Boolean);
          assert.equal(lines.length, 1, r.stderr);
          assert.ok(lines[0].startsWith(`seed-annotate: ${file}: `), lines[0]);
          assert.match(lines[0], input.refused!);
        }
      });
      continue;
    }
    it(`${input.name}: exit 0, valid JSON whose offsets slice, and brat whose code-point offsets slice`, () => {
      const text = decodeBytes(write()).text;
      const json = run([file, '--format', 'json']);
      assert.equal(json.code, 0, json.stderr);
      const warnings = json.stderr.split('\n').filter(Boolean);
      if (input.warns) {
        assert.equal(warnings.length, 1, json.stderr);
        assert.match(warnings[0], input.warns);
      } else assert.equal(json.stderr, '');
      const doc = JSON.parse(json.stdout) as AnnotationDocument;
      assert.equal(doc.format, 'seed-annotations');
      assertDocumentInvariants(doc, text);
      input.check?.(doc, text);
      const brat = run([file, '--format', 'brat']);
      assert.equal(brat.code, 0, brat.stderr);
      assertBratSlices(brat.stdout, text);
      assert.equal(brat.stdout.split('\n').filter(l => l.startsWith('T')).length, doc.mentions.length + doc.quotes.length + doc.dates.length + doc.events.length);
    });
  }

  it('a corpus mixing good and refused files exports the good ones, names each refused one, and exits 1', () => {
    const files = ['empty', 'binary-png', 'bom', 'huge-20mb-line', 'html'].map(n => path.join(tmp, `${n}.txt`));
    for (const f of files) if (!existsSync(f)) writeFileSync(f, INPUTS.find(x => x.name === path.basename(f, '.txt'))!.bytes());
    const r = run([...files, '--format', 'jsonl']);
    assert.equal(r.code, 1);
    assert.deepEqual(r.stderr.split('\n').filter(Boolean).map(l => path.basename(l.split(': ')[1])), ['binary-png.txt', 'huge-20mb-line.txt']);
    const docs = r.stdout.split('\n').filter(Boolean).map(l => JSON.parse(l) as AnnotationDocument);
    assert.equal(docs.length, 3);
  });
});
