// Every correction command in the real editor: called with its arguments (as
// the prompts would supply them), saved to the sidecar, merged into the analysis.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { Sidecar } from '../../src/core/corrections/types';
import type { AnnotationDocument } from '../../src/core/types';
import { analysisOf, api, offsetOf, openSeed, setSetting } from './editor-helpers';

const run = <T = Sidecar>(command: string, ...args: unknown[]) => vscode.commands.executeCommand<T | undefined>(`seedAnnotator.${command}`, ...args);

function sidecarPath(document: vscode.TextDocument): string {
  const folder = vscode.workspace.getWorkspaceFolder(document.uri)!;
  return vscode.Uri.joinPath(folder.uri, '.seed-annotator', `${vscode.workspace.asRelativePath(document.uri, false)}.json`).fsPath;
}

function entityOf(doc: AnnotationDocument, mentionText: string) {
  const m = doc.mentions.find(x => x.text === mentionText);
  assert.ok(m, `a mention "${mentionText}"`);
  return doc.entities.find(e => e.id === m.entity)!;
}

describe('corrections', () => {
  let document: vscode.TextDocument;
  let text: string;
  const fresh = async () => (await analysisOf(document)).doc;

  beforeEach(async () => {
    document = (await openSeed()).document;
    text = document.getText();
    rmSync(sidecarPath(document), { force: true });
    (await api()).analysis.invalidate(document.uri);
  });
  after(async () => {
    rmSync(sidecarPath(document), { force: true });
    (await api()).analysis.invalidate(document.uri);
  });

  it('annotates a selection as an organisation: manual, accepted, saved in .seed-annotator/', async () => {
    const start = offsetOf(text, 'الجمهورية');
    const range = new vscode.Range(document.positionAt(start), document.positionAt(start + 'الجمهورية'.length));
    const saved = await run('annotateOrganisation', document.uri, range);
    assert.equal(saved?.annotations.length, 1);
    const onDisk = JSON.parse(readFileSync(sidecarPath(document), 'utf8')) as Sidecar;
    assert.equal(onDisk.format, 'seed-annotations-corrections');
    assert.equal(onDisk.annotations[0].anchor.exact, 'الجمهورية');
    const m = (await fresh()).mentions.find(x => x.start === start)!;
    assert.deepEqual([m.type, m.origin, m.state], ['ORG', 'manual', 'accepted']);
  });

  it('annotates the selection in the active editor as a person, a quote without speaker and a date', async () => {
    const editor = await openSeed();
    const at = offsetOf(text, 'الرؤساء المشاركين');
    editor.selection = new vscode.Selection(document.positionAt(at), document.positionAt(at + 'الرؤساء'.length));
    await run('annotatePerson');
    const q = offsetOf(text, 'نعرض وساطة');
    await run('annotateQuote', document.uri, new vscode.Range(document.positionAt(q), document.positionAt(q + 10)), null);
    const d = offsetOf(text, 'الجاري');
    await run('annotateDate', document.uri, new vscode.Range(document.positionAt(d), document.positionAt(d + 6)));
    const doc = await fresh();
    assert.equal(doc.mentions.find(m => m.start === at)?.type, 'PER');
    assert.equal(doc.quotes.find(x => x.start === q && x.origin === 'manual')?.speaker, null);
    assert.equal(doc.dates.find(x => x.start === d)?.origin, 'manual');
  });

  it('removes, rejects and accepts machine annotations at the cursor', async () => {
    const moscow = offsetOf(text, 'موسكو');
    await run('removeAnnotation', document.uri, moscow + 1);
    const trigger = offsetOf(text, 'يدعوان');
    await run('rejectAnnotation', document.uri, trigger + 1);
    await run('acceptAnnotation', document.uri, 1);
    const doc = await fresh();
    assert.ok(!doc.mentions.some(m => m.start === moscow));
    const event = doc.events.find(v => v.trigger.start === trigger);
    if (event) assert.equal(event.state, 'rejected');
    assert.equal(doc.mentions.find(m => m.start === 0)?.state, 'accepted');
  });

  it('changes a type, links a mention, splits one off, merges and edits entities', async () => {
    const before = await fresh();
    const putin = entityOf(before, 'فلاديمير بوتين');
    await run('changeType', document.uri, offsetOf(text, 'الكرملين') + 1, 'LOC');
    await run('linkMention', document.uri, offsetOf(text, 'ترامب') + 1, putin.id);
    await run('splitEntity', document.uri, offsetOf(text, 'ماكرون') + 1);
    await run('editEntity', document.uri, 2, { nameEn: 'Vladimir V. Putin', description: 'President of Russia', wikidata: 'Q7747' });
    const lavrov = entityOf(before, 'لافروف');
    await run('mergeEntities', document.uri, offsetOf(text, 'بيراموف') + 1, lavrov.id);
    const doc = await fresh();
    assert.ok(doc.mentions.filter(m => m.text === 'الكرملين').every(m => m.type === 'LOC'));
    const putinNow = entityOf(doc, 'بوتين');
    assert.equal(putinNow.nameEn, 'Vladimir V. Putin');
    assert.equal(putinNow.kb?.wikidata, 'Q7747');
    assert.equal(doc.mentions.find(m => m.text.includes('ترامب'))?.entity, putinNow.id);
    assert.notEqual(doc.mentions.find(m => m.start === offsetOf(text, 'ماكرون'))?.entity, entityOf(doc, 'إيمانويل ماكرون').id);
    assert.equal(doc.mentions.find(m => m.text.includes('بيراموف'))?.entity, entityOf(doc, 'لافروف').id);
  });

  it('applies a name to every mention of its text and sets the publication date', async () => {
    const start = offsetOf(text, 'أنقرة');
    await run('annotatePlace', document.uri, new vscode.Range(document.positionAt(start), document.positionAt(start + 5)));
    await run('applyToAllMentions', document.uri, start + 1);
    await run('setPublicationDate', document.uri, '2020-10-01');
    const doc = await fresh();
    const ankara = doc.mentions.filter(m => m.text === 'أنقرة');
    assert.ok(ankara.length >= 1);
    assert.equal(new Set(ankara.map(m => m.entity)).size, 1);
    assert.equal(doc.document.publicationDate, '2020-10-01');
  });

  it('keeps a manual annotation through an edit of the article (re-anchored)', async () => {
    const editor = await openSeed();
    const start = offsetOf(text, 'الجمهورية');
    await run('annotateOrganisation', document.uri, new vscode.Range(document.positionAt(start), document.positionAt(start + 9)));
    try {
      await editor.edit(b => b.insert(new vscode.Position(0, 0), 'عاجل: '));
      const doc = await fresh();
      const m = doc.mentions.find(x => x.text === 'الجمهورية' && x.origin === 'manual');
      assert.equal(m?.start, start + 6);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('a damaged sidecar gets a clear refusal and is never overwritten', async () => {
    const file = sidecarPath(document);
    const damaged = '{"format": "seed-annotations-corrections", "version": 1, "annot';
    await vscode.workspace.fs.createDirectory(vscode.Uri.file(file.replace(/[\\/][^\\/]+$/, '')));
    writeFileSync(file, damaged);
    const saved = await run('annotatePerson', document.uri, new vscode.Range(document.positionAt(0), document.positionAt(5)));
    assert.equal(saved, undefined);
    assert.equal(readFileSync(file, 'utf8'), damaged);
    (await api()).analysis.invalidate(document.uri);
    const doc = await fresh();
    assert.ok(doc.warnings?.some(w => /damaged/.test(w)), 'the analysis says why corrections are missing');
    assert.ok(existsSync(file));
  });

  it('with sidecar.location "beside", saves ARTICLE.annotations.json next to the article', async () => {
    const beside = document.uri.fsPath.replace(/\.txt$/, '.annotations.json');
    await setSetting('sidecar.location', 'beside');
    try {
      await run('annotatePerson', document.uri, new vscode.Range(document.positionAt(0), document.positionAt(5)));
      assert.ok(existsSync(beside));
      assert.ok(!existsSync(sidecarPath(document)));
      assert.equal((JSON.parse(readFileSync(beside, 'utf8')) as Sidecar).annotations[0].anchor.exact, 'بوتين');
    } finally {
      await setSetting('sidecar.location', undefined);
      rmSync(beside, { force: true });
    }
  });

  it('re-merges when the sidecar changes on disk', async () => {
    const start = offsetOf(text, 'الجمهورية');
    const saved = await run('annotateOrganisation', document.uri, new vscode.Range(document.positionAt(start), document.positionAt(start + 9)));
    assert.ok((await fresh()).mentions.some(m => m.start === start && m.origin === 'manual'));
    writeFileSync(sidecarPath(document), JSON.stringify({ ...saved, annotations: [] }));
    const a = await api();
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no re-analysis after the sidecar changed')), 15_000);
      const sub = a.analysis.onDidAnalyse(x => {
        if (x.uri.toString() === document.uri.toString() && !x.doc.mentions.some(m => m.start === start && m.origin === 'manual')) {
          clearTimeout(timer);
          sub.dispose();
          resolve();
        }
      });
    });
  });
});
