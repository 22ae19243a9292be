// Bad input in the real editor: every odd file opens without an error, gets an
// analysis whose offsets slice (or a clear refusal and no highlights), HTML in
// the text stays text in the hover and the reading view, and a damaged sidecar
// is never touched.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import type { AnnotationDocument, Span } from '../../src/core/types';
import { api, offsetOf, waitFor } from './editor-helpers';

const SENTENCE = 'قال الرئيس الروسي فلاديمير بوتين في موسكو أمس إن بلاده مستعدة للحوار.';
const u8 = (s: string) => Buffer.from(s, 'utf8');
const HTML_TEXT = `<h1>عنوان</h1>\n${SENTENCE}\nوقال بوتين «<script>alert(1)</script> <b>نحن</b> مستعدون» في موسكو.\n`;

const FILES: Record<string, Buffer> = {
  'empty.txt': Buffer.alloc(0),
  'invalid-utf8.txt': Buffer.concat([u8('قال '), Buffer.from([0xff, 0xc3, 0x28]), u8(' ' + SENTENCE)]),
  'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), u8(`عنوان\n${SENTENCE}`)]),
  'crlf.txt': u8(`عنوان\r\n${SENTENCE}\r\n${SENTENCE}\r\n`),
  'lone-cr.txt': u8(`عنوان\r${SENTENCE}\r${SENTENCE}\r`),
  'bidi.txt': u8(`قال \u200Fالرئيس\u200E الروسي \u202Bفلاديمير بوتين\u202C في \u2066موسكو\u2069 و\u2067بار\u200Fيس\u2069 \u202A\u202D\u202E.`),
  'only-diacritics.txt': u8('\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652'.repeat(300)),
  'html.txt': u8(HTML_TEXT),
  'unclosed-quotes.txt': u8('قال بوتين «نعم\nقال ماكرون “لا\nقال لافروف "ربما\nقال أردوغان ″أبداً\nوقال „كلا\n‹مرة\n'),
  'random-unicode.txt': u8(`😀👨‍👩‍👧🇷🇺 𝒜𝓇𝒶𝒷 Z̴̡̛̖a̷̝l̸go قال بوتين\u0651\u0651 «𐎀» \uFFFD`),
};

function assertSlices(doc: AnnotationDocument, text: string): void {
  assert.equal(doc.document.length, text.length);
  const ids = new Set(doc.entities.map(e => e.id));
  const check = (s: Span & { text: string }, what: string) => {
    assert.ok(0 <= s.start && s.start <= s.end && s.end <= text.length, `${what} in bounds`);
    assert.equal(text.slice(s.start, s.end), s.text, `${what} slices`);
  };
  for (const m of doc.mentions) {
    check(m, `mention ${m.id}`);
    assert.ok(ids.has(m.entity), `mention ${m.id}'s entity exists`);
  }
  for (const q of doc.quotes) check(q, `quote ${q.id}`);
  for (const d of doc.dates) check(d, `date ${d.id}`);
  for (const v of doc.events) check(v.trigger, `event ${v.id}`);
  for (let i = 1; i < doc.mentions.length; i++) assert.ok(doc.mentions[i - 1].end <= doc.mentions[i].start, 'mentions ordered and flat');
}

/** The finished analysis of the document's current version (`timeoutMs`: a hang guard). */
async function analysed(document: vscode.TextDocument, timeoutMs = 60_000): Promise<AnnotationDocument> {
  const a = await api();
  return waitFor(`the analysis of ${path.basename(document.uri.fsPath)}`, async () => {
    const r = await a.analysis.get(document);
    return r && r.version === document.version ? r.doc : undefined;
  }, timeoutMs);
}

const noSpans = (painted: { spans: Record<string, Span[]> } | undefined) => !painted || Object.values(painted.spans).every(s => s.length === 0);

describe('bad-input: odd files in the editor', function () {
  this.timeout(300_000);
  // Outside the workspace (so the corpus index of other suites never sees them), in a folder
  // named seeds/ so they open as seed articles; their sidecars go beside them.
  const root = mkdtempSync(path.join(os.tmpdir(), 'seed-bad-input-'));
  const seeds = path.join(root, 'seeds');
  const open = async (name: string) => vscode.workspace.openTextDocument(vscode.Uri.file(path.join(seeds, name)));

  before(() => {
    mkdirSync(seeds, { recursive: true });
    for (const [name, bytes] of Object.entries(FILES)) writeFileSync(path.join(seeds, name), bytes);
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    rmSync(root, { recursive: true, force: true });
  });

  for (const name of Object.keys(FILES)) {
    it(`${name}: opens as a seed article, is analysed, and every offset slices`, async () => {
      const document = await open(name);
      assert.equal(document.languageId, 'seed-article');
      const editor = await vscode.window.showTextDocument(document, { preview: false });
      const doc = await analysed(document);
      const text = document.getText();
      assert.ok(!text.startsWith('\uFEFF'), 'no BOM in the text');
      assertSlices(doc, text);
      assert.equal(doc.warnings, undefined, 'analysed, not refused');
      if (name !== 'empty.txt' && name !== 'only-diacritics.txt' && name !== 'unclosed-quotes.txt') {
        assert.ok(doc.mentions.some(m => m.text.includes('بوتين')), 'بوتين is found');
      }
      const a = await api();
      await waitFor('decorations of this version', () => a.testing.decorations(document.uri)?.version === document.version || undefined);
      assert.equal(a.testing.decorations(document.uri)!.spans.people.length, doc.mentions.filter(m => m.type === 'PER').length);
      assert.equal(editor.document, document);
    });
  }

  it('a binary file with NUL bytes: VS Code itself refuses to open it as text, saying why', async () => {
    writeFileSync(path.join(seeds, 'binary.txt'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), u8(SENTENCE)]));
    await assert.rejects(open('binary.txt'), /binary/i);
  });

  it('a binary file VS Code opens (control bytes, no NUL): the binary message, no analysis, no highlights', async () => {
    const controls = Buffer.from(Array.from({ length: 600 }, (_, i) => [1, 2, 3, 4, 5, 6, 0x10, 0x11][i % 8]));
    writeFileSync(path.join(seeds, 'controls.txt'), Buffer.concat([controls, u8(SENTENCE)]));
    const document = await open('controls.txt');
    await vscode.window.showTextDocument(document, { preview: false });
    const doc = await analysed(document);
    assert.equal(doc.mentions.length, 0);
    assert.match(doc.warnings?.[0] ?? '', /controls\.txt looks like a binary file and is not analysed/);
    const a = await api();
    await waitFor('no highlights', () => noSpans(a.testing.decorations(document.uri)) || undefined);
  });

  it('a single 20 MB line: the size-limit message, no analysis, no highlights, no hang', async () => {
    const file = path.join(seeds, 'huge-line.txt');
    const line = SENTENCE.replace('.', ' ');
    writeFileSync(file, u8(line.repeat(Math.ceil(20_000_000 / Buffer.byteLength(line)))));
    const document = await open('huge-line.txt');
    const doc = await analysed(document, 120_000);
    assert.equal(doc.mentions.length, 0);
    assert.match(doc.warnings?.[0] ?? '', /huge-line\.txt is not analysed: \d+ characters is over the limit of 5000000/);
    assert.ok(noSpans((await api()).testing.decorations(document.uri)));
  });

  it('a single 3 MB line below the limit is analysed and its offsets slice', async () => {
    const file = path.join(seeds, 'long-line.txt');
    const line = SENTENCE.replace('.', ' ');
    writeFileSync(file, u8(line.repeat(Math.ceil(3_000_000 / Buffer.byteLength(line)))));
    const document = await open('long-line.txt');
    const doc = await analysed(document, 240_000);
    assert.equal(doc.warnings, undefined);
    assert.ok(doc.mentions.length > 1000);
    assertSlices(doc, document.getText());
  });

  it('HTML in the text: the hover Markdown escapes it (no raw <script>)', async () => {
    const document = await open('html.txt');
    await vscode.window.showTextDocument(document, { preview: false });
    const doc = await analysed(document);
    const text = document.getText();
    const quote = doc.quotes.find(q => q.text.includes('<script>'));
    assert.ok(quote, 'the quote holding the script is found');
    const at = offsetOf(text, 'بوتين', 1);
    assert.equal(quote.speaker, doc.mentions.find(m => m.start <= at && at < m.end)?.entity, 'Putin said it');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(at + 1));
    const markdown = hovers.flatMap(h => h.contents).map(c => (typeof c === 'string' ? c : c.value)).join('\n');
    assert.match(markdown, /Putin/);
    assert.ok(!/<script|<b>|<h1>/i.test(markdown), markdown);
    assert.ok(markdown.includes('&lt;script&gt;'), 'the script tag is shown as text');
  });

  it('HTML in the text: the reading view shows it escaped, as text', async () => {
    const document = await open('html.txt');
    await vscode.window.showTextDocument(document, { preview: false });
    await analysed(document);
    await vscode.commands.executeCommand('seedAnnotator.openReadingView');
    const state = await waitFor('the reading view of html.txt', async () => {
      const s = (await api()).testing.readingView();
      return s && /script/.test(s.body) ? s : undefined;
    });
    for (const html of [state.html, state.body]) {
      assert.ok(!/<script>alert|<b>|<h1>/.test(html), 'no tag from the article reaches the page');
    }
    assert.ok(/&lt;script&gt;|&#60;script&#62;/.test(state.body), 'the script tag is escaped');
    assert.ok(/default-src 'none'/.test(state.html) && /script-src 'nonce-/.test(state.html), 'a CSP that allows only the nonce\'d script');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('a damaged sidecar stays byte-for-byte untouched through edits and a correction attempt, with an error shown', async () => {
    const document = await open('bidi.txt');
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    const sidecar = path.join(seeds, 'bidi.annotations.json');
    const damaged = Buffer.from('{"format": "seed-annotations-corrections", "version": 1, "annotations": [ \u0000 \xff', 'latin1');
    writeFileSync(sidecar, damaged);
    const a = await api();
    a.analysis.invalidate(document.uri);
    const before = await analysed(document);
    assert.ok(before.warnings?.some(w => /damaged/.test(w) && /left untouched/.test(w)), 'the analysis says the corrections file is damaged');
    try {
      await editor.edit(b => b.insert(new vscode.Position(0, 0), 'عاجل: '));
      await editor.edit(b => b.insert(document.positionAt(document.getText().length), '\nوقال ماكرون «نعم»'));
      const after = await analysed(document);
      assertSlices(after, document.getText());
      assert.ok(after.warnings?.some(w => /damaged/.test(w)));
      const at = offsetOf(document.getText(), 'بوتين');
      const saved = await vscode.commands.executeCommand('seedAnnotator.annotatePerson', document.uri, new vscode.Range(document.positionAt(at), document.positionAt(at + 5)));
      assert.equal(saved, undefined, 'the correction is refused');
      await vscode.commands.executeCommand('seedAnnotator.removeAnnotation', document.uri, at).then(undefined, () => undefined);
      await document.save();
      await new Promise(r => setTimeout(r, 500));
      assert.deepEqual(readFileSync(sidecar), damaged, 'the damaged sidecar is unchanged');
    } finally {
      rmSync(sidecar, { force: true });
    }
  });
});
