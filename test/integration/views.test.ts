// The side panel and the reading view in the real editor, through the API's testing object,
// which returns what the views show (the tree items VS Code renders, the webview's HTML).
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { indexDoc } from '../../src/extension/views/rows';
import { matchesFilter } from '../../src/extension/views/event-rows';
import type { ShownRow } from '../../src/extension/views/register-views';
import type { ReadingViewState } from '../../src/extension/reading-view/reading-view';
import { analysisOf, api, openSeed, setSetting, waitFor } from './editor-helpers';

const rows = async (view: 'events' | 'entities' | 'quotes') => (await api()).testing.viewRows(view);

async function runRow(row: ShownRow): Promise<vscode.TextEditor> {
  assert.ok(row.command, `row ${row.label} has a click command`);
  await vscode.commands.executeCommand(row.command.command, ...(row.command.arguments ?? []));
  return waitFor('the editor', () => vscode.window.activeTextEditor);
}

describe('side panel', () => {
  afterEach(async () => {
    await setSetting('events.groupBy', undefined);
    await vscode.commands.executeCommand('seedAnnotator.filterEvents', '');
  });

  it('Events view: one row per event, grouped by PLOVER type, each label naming its type and code', async () => {
    const editor = await openSeed();
    const { doc } = await analysisOf(editor.document);
    const shown = await rows('events');
    const eventRows = shown.filter(r => r.depth === 1);
    assert.equal(eventRows.length, doc.events.length);
    assert.deepEqual(shown.filter(r => r.depth === 0).map(r => r.label), [...new Set(doc.events.map(e => e.plover))].sort());
    for (const ev of doc.events) {
      assert.ok(eventRows.some(r => r.label.includes(`${ev.plover} (${ev.cameo})`)), `a row shows ${ev.plover} (${ev.cameo})`);
    }
  });

  it('Events view: ordering by time lists every event without groups; the filter narrows and clears', async () => {
    const editor = await openSeed();
    const { doc } = await analysisOf(editor.document);
    await vscode.commands.executeCommand('seedAnnotator.eventsOrderByTime');
    assert.equal(vscode.workspace.getConfiguration('seedAnnotator').get('events.groupBy'), 'time');
    const flat = await waitFor('flat rows', async () => {
      const r = await rows('events');
      return r.every(x => x.depth === 0) && r.length === doc.events.length ? r : undefined;
    });
    assert.equal(flat.length, doc.events.length);
    await vscode.commands.executeCommand('seedAnnotator.filterEvents', 'no event mentions this');
    assert.equal((await rows('events')).length, 0);
    if (doc.events.length) {
      const type = doc.events[0].plover;
      await vscode.commands.executeCommand('seedAnnotator.filterEvents', type.toLowerCase());
      const ix = indexDoc(doc);
      const expected = doc.events.filter(e => matchesFilter(e, ix, type.toLowerCase())).length;
      assert.ok(expected >= doc.events.filter(e => e.plover === type).length);
      assert.equal((await rows('events')).length, expected);
    }
    await vscode.commands.executeCommand('seedAnnotator.filterEvents', '');
    assert.equal((await rows('events')).length, doc.events.length);
    await vscode.commands.executeCommand('seedAnnotator.eventsGroupByType');
    assert.equal(vscode.workspace.getConfiguration('seedAnnotator').get('events.groupBy'), 'type');
  });

  it('clicking an event row selects its trigger in the editor', async function () {
    const editor = await openSeed();
    const { doc } = await analysisOf(editor.document);
    if (!doc.events.length) this.skip();
    const row = (await rows('events')).find(r => r.depth === 1)!;
    const ev = doc.events.find(e => row.label.includes(`${e.plover} (${e.cameo})`) && row.command?.arguments?.[1] === e.trigger.start);
    assert.ok(ev, 'the first row is one of the events');
    const shownIn = await runRow(row);
    assert.equal(shownIn.document.getText(shownIn.selection), ev.trigger.text);
  });

  it('Entities view: grouped by type with mention counts; a mention row selects the mention', async () => {
    const editor = await openSeed();
    const { doc } = await analysisOf(editor.document);
    const shown = await rows('entities');
    const groups = shown.filter(r => r.depth === 0);
    const expected = [['PER', 'People'], ['LOC', 'Places'], ['ORG', 'Organisations']].filter(([t]) => doc.entities.some(e => e.type === t));
    assert.deepEqual(groups.map(g => g.label), expected.map(([, l]) => l));
    assert.equal(shown.filter(r => r.depth === 1).length, doc.entities.length);
    assert.equal(shown.filter(r => r.depth === 2).length, doc.mentions.length);
    for (const [type, label] of expected) {
      const count = doc.mentions.filter(m => m.type === type).length;
      assert.match(groups.find(g => g.label === label)!.description ?? '', new RegExp(`${count} mentions`));
    }
    const mentionRow = shown.find(r => r.depth === 2);
    if (mentionRow) {
      const shownIn = await runRow(mentionRow);
      assert.equal(shownIn.document.getText(shownIn.selection), mentionRow.label);
    }
  });

  it('follows edits: after typing, the Entities view shows the new analysis', async () => {
    const editor = await openSeed();
    const before = (await analysisOf(editor.document)).doc.mentions.length;
    try {
      const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
      await editor.edit(b => b.insert(end, '\nوقال الرئيس الروسي فلاديمير بوتين إن موسكو مستعدة.'));
      const { doc } = await analysisOf(editor.document);
      assert.ok(doc.mentions.length > before, 'the edit adds mentions');
      const shown = await waitFor('rows of the edited text', async () => {
        const r = await rows('entities');
        return r.filter(x => x.depth === 2).length === doc.mentions.length ? r : undefined;
      });
      assert.equal(shown.filter(r => r.depth === 2).length, doc.mentions.length);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('a 1 MB article: opening each view builds a few pages of rows, not the thousands a full build makes', async function () {
    this.timeout(120_000);
    // Other tests leave the reading view open; close it so this test measures the panel alone
    // (the reading view's own 1 MB check is test/e2e/reading-view-large.e2e.mjs).
    const readingTabs = vscode.window.tabGroups.all.flatMap(g => g.tabs)
      .filter(tab => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('seedAnnotator.readingView'));
    await vscode.window.tabGroups.close(readingTabs);
    const seed = (await openSeed()).document.getText();
    const content = Array.from({ length: Math.ceil(1_000_000 / (seed.length + 1)) }, () => seed).join('\n');
    const big = await vscode.workspace.openTextDocument({ language: 'seed-article', content });
    const editor = await vscode.window.showTextDocument(big, { preview: false });
    try {
      const { doc } = await analysisOf(editor.document);
      assert.ok(doc.mentions.length > 5000, `${doc.mentions.length} mentions`);
      for (const view of ['entities', 'events', 'quotes'] as const) {
        const { built, total } = await (await api()).testing.viewRowsBuilt(view);
        // At most a page (200) per group shown expanded, and no group of this article has more than four.
        assert.ok(built <= 1000, `${view}: ${built} rows built when the view opens`);
        assert.ok(total >= 2000 && total > 5 * built, `${view}: ${built} built of ${total}`);
      }
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('Quotes view: every quote under its speaker', async () => {
    const editor = await openSeed();
    const { doc } = await analysisOf(editor.document);
    const shown = await rows('quotes');
    assert.equal(shown.filter(r => r.depth === 1).length, doc.quotes.length);
    const speakers = new Set(doc.quotes.map(q => q.speaker ?? 'unknown'));
    assert.equal(shown.filter(r => r.depth === 0).length, speakers.size);
  });
});

const readingView = async () => (await api()).testing.readingView();

describe('reading view', () => {
  afterEach(async () => {
    // Undo the tests' typing in the seed, whichever editor is active now.
    const seed = vscode.workspace.textDocuments.find(d => d.uri.path.endsWith('000_aa1428275e2aae3c.txt') && d.isDirty);
    if (seed) {
      await vscode.window.showTextDocument(seed);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await vscode.commands.executeCommand('workbench.action.closeEditorsInOtherGroups');
  });

  it('opens beside the editor with the headline, right to left, under a nonce CSP without inline script', async () => {
    const editor = await openSeed();
    const { doc } = await analysisOf(editor.document);
    await vscode.commands.executeCommand('seedAnnotator.openReadingView');
    const state = await waitFor('the reading view', () => readingView());
    const headline = editor.document.getText().split('\n')[0].trim();
    const h1 = /<h1[^>]*>(.*?)<\/h1>/s.exec(state.html)?.[1] ?? '';
    assert.equal(h1.replace(/<[^>]+>/g, ''), headline, 'the page holds the headline text as its h1');
    assert.match(state.html, /<html lang="ar" dir="rtl">/);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(state.html)?.[1];
    assert.ok(csp, 'a CSP meta tag');
    const scriptSrc = csp.split(';').map(d => d.trim()).find(d => d.startsWith('script-src'));
    assert.match(scriptSrc ?? '', /^script-src 'nonce-[A-Za-z0-9+/=]{16,}'$/);
    assert.ok(!csp.includes('unsafe-inline'));
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc!)![1];
    assert.ok(state.html.includes(`<script nonce="${nonce}" src=`), 'the bundled script carries the nonce');
    assert.match(state.title, new RegExp('000_aa1428275e2aae3c'));
    const body = await waitFor('highlights', async () => {
      const s = await readingView();
      return doc.mentions.length === 0 || s?.body.includes('ann-') ? s!.body : undefined;
    });
    if (doc.mentions.length) assert.equal((body.match(/class="ann ann-(person|place|organisation)"/g) ?? []).length >= doc.mentions.length * 0.9, true);
    const column = await waitFor('the reading view\'s column', async () => (await readingView())?.viewColumn, 5000);
    assert.notEqual(column, editor.viewColumn, 'beside the editor');
  });

  it('updates after an edit and follows the active article', async function () {
    // The English article's first analysis loads the English recogniser in the worker: slow on a busy machine.
    this.timeout(120_000);
    const editor = await openSeed();
    await analysisOf(editor.document);
    await vscode.commands.executeCommand('seedAnnotator.openReadingView');
    await waitFor('the reading view', readingView);
    await editor.edit(b => b.insert(editor.document.lineAt(0).range.end, ' <b>عاجل</b>'));
    await analysisOf(editor.document);
    const edited = await waitFor('the edit in the view', async () => ((await readingView())?.body.includes('&#60;b&#62;عاجل&#60;/b&#62;') ? true : undefined));
    assert.ok(edited);
    assert.ok(!(await readingView())!.body.includes('<b>'), 'typed markup stays text');

    const [english] = await vscode.workspace.findFiles('**/001_en_sample.txt', undefined, 1);
    if (!english) return;
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(english), { viewColumn: editor.viewColumn });
    let seen: ReadingViewState | undefined;
    const state = await waitFor('the English article', async () => {
      const s = (seen = await readingView());
      // Compare the text, not the markup: highlights (an event on "talks") split the headline into spans.
      return s?.title.includes('001_en_sample') && s.body.replace(/<[^>]+>/g, '').includes('Ceasefire talks resume') ? s : undefined;
    }, 90_000).catch(err => {
      const active = vscode.window.activeTextEditor?.document;
      throw new Error(`${err.message}; the view shows "${seen?.title}" (${seen?.body.slice(0, 80)}…); active editor ${active?.uri.path} as ${active?.languageId}`);
    });
    assert.match(state.body, /^<h1 /);
  });
});
