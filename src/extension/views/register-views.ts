// The Seed Annotator side panel: Events, Entities and Quotes tree views over the
// active article's analysis, and the Events view's grouping and filter commands.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { AnalysisProvider } from '../analysis/types';
import { onSettingsChanged, readSettings, writeSetting } from '../settings';
import { ActiveArticle } from './active-article';
import { buildEntityRows } from './entity-rows';
import { buildEventRows, type EventsGroupBy } from './event-rows';
import { buildQuoteRows } from './quote-rows';
import { RowTreeProvider } from './row-tree-provider';
import { childrenOf, countBuilt, type RowNode, type Translate } from './rows';
import { COMMANDS } from '../commands';

const VIEW_IDS = { events: 'seedAnnotator.events', entities: 'seedAnnotator.entities', quotes: 'seedAnnotator.quotes' } as const;
export type PanelViewName = keyof typeof VIEW_IDS;
/** True while the panel shows an article: the welcome text is for when it does not. */
const HAS_ARTICLE_CONTEXT = 'seedAnnotator.hasArticle';

const t: Translate = (message, ...args) => vscode.l10n.t(message, ...args);

export interface PanelDeps {
  analysis: AnalysisProvider;
}

/** A row as VS Code renders it (for the extension-host tests, through the API's testing object). */
export interface ShownRow {
  depth: number;
  label: string;
  description?: string;
  command?: vscode.Command;
}

export interface PanelTesting {
  /** The rows and tree items a view shows, once the active article is analysed. */
  viewRows(name: PanelViewName): Promise<ShownRow[]>;
  /** Rows built once a view opens (root and rows shown expanded), against the rows of every page. */
  viewRowsBuilt(name: PanelViewName): Promise<{ built: number; total: number }>;
}

export function registerViews(deps: PanelDeps): { disposable: vscode.Disposable; testing: PanelTesting } {
  const article = new ActiveArticle(deps.analysis);
  const providers = { events: new RowTreeProvider(), entities: new RowTreeProvider(), quotes: new RowTreeProvider() };
  const views = {
    events: vscode.window.createTreeView(VIEW_IDS.events, { treeDataProvider: providers.events, showCollapseAll: true }),
    entities: vscode.window.createTreeView(VIEW_IDS.entities, { treeDataProvider: providers.entities, showCollapseAll: true }),
    quotes: vscode.window.createTreeView(VIEW_IDS.quotes, { treeDataProvider: providers.quotes, showCollapseAll: true }),
  };
  let filter = '';

  const refresh = () => {
    const a = article.result;
    const doc = article.document;
    void vscode.commands.executeCommand('setContext', HAS_ARTICLE_CONTEXT, !!doc);
    const name = doc ? path.basename(doc.uri.path) : undefined;
    if (!doc || !a) {
      for (const k of Object.keys(providers) as PanelViewName[]) {
        providers[k].setRows(undefined, []);
        views[k].message = doc ? t('Analysing {0}…', name!) : undefined;
        views[k].description = name;
      }
      return;
    }
    // Text of the analysed version only: a newer edit would shift every offset.
    const text = doc.version === a.version ? doc.getText() : undefined;
    const groupBy: EventsGroupBy = readSettings(doc.uri).eventsGroupBy;
    providers.events.setRows(a.uri, buildEventRows(a.doc, { groupBy, filter, text, t }));
    providers.entities.setRows(a.uri, buildEntityRows(a.doc, { text, t }));
    providers.quotes.setRows(a.uri, buildQuoteRows(a.doc, { t }));
    const warning = a.doc.warnings?.[0];
    views.events.description = filter ? t('{0} · filter: {1}', name!, filter) : name;
    views.events.message = warning ?? (a.doc.events.length === 0 ? t('No events found.')
      : providers.events.rows.length === 0 ? t('No events match the filter “{0}”.', filter) : undefined);
    views.entities.description = name;
    views.entities.message = warning ?? (a.doc.entities.length === 0 ? t('No people, places or organisations found.') : undefined);
    views.quotes.description = name;
    views.quotes.message = warning ?? (a.doc.quotes.length === 0 ? t('No direct quotes found.') : undefined);
  };

  const shownRows = (name: PanelViewName): ShownRow[] => {
    const out: ShownRow[] = [];
    const walk = (rows: readonly RowNode[], depth: number) => {
      for (const r of rows) {
        const item = providers[name].getTreeItem(r);
        out.push({ depth, label: String(item.label), description: item.description as string | undefined, command: item.command });
        walk(childrenOf(r), depth + 1);
      }
    };
    walk(providers[name].rows, 0);
    return out;
  };

  /** What VS Code asks for when the view opens: the roots, then the children of rows shown expanded. */
  const openView = (name: PanelViewName): number => {
    const open = (rows: readonly RowNode[]) => {
      for (const r of rows) if (r.expanded) open(providers[name].getChildren(r));
    };
    open(providers[name].getChildren());
    return countBuilt(providers[name].rows);
  };

  refresh();
  const disposable = vscode.Disposable.from(
    article,
    ...Object.values(providers),
    ...Object.values(views),
    article.onDidChange(refresh),
    onSettingsChanged(e => {
      if (e.affectsConfiguration('seedAnnotator.events.groupBy')) refresh();
    }),
    vscode.commands.registerCommand(COMMANDS.eventsGroupByType, () => writeSetting('events.groupBy', 'type')),
    vscode.commands.registerCommand(COMMANDS.eventsOrderByTime, () => writeSetting('events.groupBy', 'time')),
    vscode.commands.registerCommand(COMMANDS.filterEvents, async (value?: string) => {
      // An argument lets keybindings and tests set the filter without the input box.
      const next = typeof value === 'string' ? value : await vscode.window.showInputBox({
        title: t('Filter Events'),
        prompt: t('Actor, place, type (e.g. APPEAL), CAMEO code or words of the summary; empty clears the filter.'),
        value: filter,
      });
      if (next === undefined) return;
      filter = next.trim();
      refresh();
    }),
    vscode.commands.registerCommand(COMMANDS.focusPanel, () => vscode.commands.executeCommand(`${VIEW_IDS.events}.focus`)),
  );
  const testing: PanelTesting = {
    viewRows: async name => {
      await article.ready();
      refresh();
      return shownRows(name);
    },
    viewRowsBuilt: async name => {
      await article.ready();
      refresh();
      const built = openView(name);
      return { built, total: shownRows(name).length };
    },
  };
  return { disposable, testing };
}
