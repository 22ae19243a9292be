import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { atomicWrite } from '../../../src/core/atomic-write';
import { annotateEntity } from '../../../src/core/corrections/edit';
import { emptySidecar, parseSidecar, reanchorSidecar, serialiseSidecar, SidecarError } from '../../../src/core/corrections/sidecar';
import { seedDoc, seedText } from '../formats/fixture';

describe('sidecar file', () => {
  const text = seedText();

  it('round-trips through its JSON form with the text hash', () => {
    const at = text.indexOf('بيراموف');
    const s = annotateEntity(emptySidecar(text, 'seeds/a.txt'), seedDoc(), text, { start: at, end: at + 7 }, 'PER');
    const back = parseSidecar(serialiseSidecar(s), 'a.json');
    assert.deepEqual(back, s);
    assert.equal(back.document.sha256, seedDoc().document.sha256);
  });

  for (const [what, content, reason] of [
    ['truncated JSON', '{"format": "seed-annotations-corrections", "vers', /not valid JSON/],
    ['another format', '{"format": "seed-annotations", "version": 1}', /format is "seed-annotations"/],
    ['a newer version', '{"format": "seed-annotations-corrections", "version": 2, "document": {"sha256": "x"}}', /version 2/],
    ['a list that is not a list', '{"format": "seed-annotations-corrections", "version": 1, "document": {"sha256": "x"}, "reviews": 3}', /reviews is not a list/],
    ['an annotation without anchor', '{"format": "seed-annotations-corrections", "version": 1, "document": {"sha256": "x"}, "annotations": [{"id": "mm1"}]}', /anchor/],
  ] as const) {
    it(`refuses ${what} with a clear error`, () => {
      assert.throws(() => parseSidecar(content, 'x.json'), (e: unknown) => e instanceof SidecarError && reason.test(e.message) && /left untouched/.test(e.message));
    });
  }

  it('moves anchors onto edited text and updates the hash, keeping orphans where they were', () => {
    const at = text.indexOf('بيراموف');
    const s = annotateEntity(emptySidecar(text), seedDoc(), text, { start: at, end: at + 7 }, 'PER');
    const edited = 'سطر جديد\n' + text;
    const moved = reanchorSidecar(s, edited);
    assert.equal(moved.annotations[0].anchor.start, at + 9);
    assert.notEqual(moved.document.sha256, s.document.sha256);
    const gone = reanchorSidecar(s, 'نص مختلف تماما');
    assert.deepEqual(gone.annotations[0].anchor, s.annotations[0].anchor);
  });
});

describe('atomic write', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'seed-atomic-'));
  const file = path.join(dir, 'sidecar.json');
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces the file and leaves no temporary file behind', async () => {
    writeFileSync(file, 'old');
    await atomicWrite(file, 'new');
    assert.equal(readFileSync(file, 'utf8'), 'new');
    assert.deepEqual(readdirSync(dir), ['sidecar.json']);
  });

  it('loses nothing when it dies between the temporary write and the rename', async () => {
    writeFileSync(file, 'the analyst’s work');
    let temp = '';
    await assert.rejects(
      atomicWrite(file, 'half-finished', {
        beforeRename: t => {
          temp = t;
          assert.equal(readFileSync(t, 'utf8'), 'half-finished', 'the new content is complete on disk before the rename');
          throw new Error('simulated crash');
        },
      }),
      /simulated crash/,
    );
    assert.equal(readFileSync(file, 'utf8'), 'the analyst’s work');
    assert.ok(temp.startsWith(dir));
    assert.deepEqual(readdirSync(dir), ['sidecar.json']);
  });

  it('creates missing folders (the .seed-annotator tree)', async () => {
    const deep = path.join(dir, '.seed-annotator', 'seeds', 'a.txt.json');
    await atomicWrite(deep, '{}');
    assert.equal(readFileSync(deep, 'utf8'), '{}');
  });
});
