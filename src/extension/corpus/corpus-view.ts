// The Corpus view: rows from corpus-rows.ts over the workspace index, with
// filters by type and by entity in the view's title bar.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CorpusFilter } from '../../core/corpus/index';
import type { Translate } from '../views/rows';
import { buildCorpusRows, CORPUS_ENTITY_TYPES, describeFilter, type CorpusRow } from './corpus-rows';
import type { CorpusService } from './corpus-service';
import { COMMANDS } from '../commands';

const CORPUS_VIEW_ID = 'seedAnnotator.corpus';

const t: Translate = (message, ...args) => vscode.l10n.t(message, ...args);

export interface ShownCorpusRow {
  depth: number;
  label: string;
  description?: string;
  entityKey?: string;
  reveal?: CorpusRow['reveal'];
}

class CorpusTreeProvider implements vscode.TreeDataProvider<CorpusRow>, vscode.Disposable {
  private roots: CorpusRow[] = [];
  private readonly children = new Map<CorpusRow, CorpusRow[]>();
  private readonly emitter = new vscode.EventEmitter<CorpusRow | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;

  setRows(rows: CorpusRow[]): void {
    this.roots = rows;
    this.children.clear();
    this.emitter.fire(undefined);
  }

  getChildren(node?: CorpusRow): CorpusRow[] {
    if (!node) return this.roots;
    let kids = this.children.get(node);
    if (!kids) {
      kids = node.children?.() ?? [];
      this.children.set(node, kids);
    }
    return kids;
  }

  getTreeItem(node: CorpusRow): vscode.TreeItem {
    const state = !node.children
      ? vscode.TreeItemCollapsibleState.None
      : node.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label, state);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.contextValue = node.contextValue;
    if (node.icon) item.iconPath = new vscode.ThemeIcon(node.icon, node.iconColor ? new vscode.ThemeColor(node.iconColor) : undefined);
    if (node.reveal) {
      item.command = {
        command: COMMANDS.revealRange,
        title: vscode.l10n.t('Reveal in Editor'),
        arguments: [vscode.Uri.parse(node.reveal.path), node.reveal.start, node.reveal.end],
      };
    }
    return item;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

/** The view, and the rows it shows expanded `depth` levels deep once the index is ready (for the extension-host tests). */
export function registerCorpusView(service: CorpusService): { disposable: vscode.Disposable; rows: (depth?: number) => Promise<ShownCorpusRow[]> } {
  const provider = new CorpusTreeProvider();
  const view = vscode.window.createTreeView(CORPUS_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  let filter: CorpusFilter = {};

  const article = (p: string) => ({ file: path.posix.basename(vscode.Uri.parse(p).path), headline: service.current.article(p)?.headline ?? '' });
  // A hidden view is rebuilt when it is shown again, not on every change while indexing.
  let stale = false;
  const refreshIfVisible = () => {
    if (view.visible) refresh();
    else stale = true;
  };
  const refresh = () => {
    stale = false;
    const index = service.current;
    provider.setRows(buildCorpusRows(index, { filter, t, article }));
    view.description = describeFilter(filter, key => index.entity(key)?.name, t);
    view.message = index.size === 0 ? t('No seed articles indexed yet (files matching {0}).', '**/seeds/**/*.txt') : undefined;
  };

  const filterByType = async (types?: string[]) => {
    if (!types) {
      const index = service.current;
      const plover = [...new Set(index.events().map(e => e.plover))].sort();
      const items = [
        ...CORPUS_ENTITY_TYPES.map(type => ({ label: type, description: typeName(type), picked: !!filter.types?.includes(type) })),
        ...plover.map(type => ({ label: type, description: t('event type'), picked: !!filter.types?.includes(type) })),
      ];
      const picked = await vscode.window.showQuickPick(items, { canPickMany: true, title: t('Filter Corpus by Type'), placeHolder: t('Entity types and event types to show; none shows all.') });
      if (!picked) return;
      types = picked.map(p => p.label);
    }
    filter = { ...filter, types };
    refresh();
  };

  const filterByEntity = async (arg?: string | CorpusRow) => {
    let key = typeof arg === 'string' ? arg : arg?.entityKey;
    if (key === undefined) {
      const items = [
        { label: t('All entities'), key: '' },
        ...service.current.entities().map(e => ({ label: e.name, description: [e.nameEn, typeName(e.type)].filter(Boolean).join(' · '), key: e.key })),
      ];
      const picked = await vscode.window.showQuickPick(items, { title: t('Filter Corpus by Entity'), matchOnDescription: true });
      if (!picked) return;
      key = picked.key;
    }
    filter = { ...filter, entityKey: key || undefined };
    refresh();
  };

  const shown = (depth: number): ShownCorpusRow[] => {
    const out: ShownCorpusRow[] = [];
    const walk = (rows: CorpusRow[], d: number) => {
      for (const r of rows) {
        out.push({ depth: d, label: r.label, description: r.description, entityKey: r.entityKey, reveal: r.reveal });
        if (d < depth) walk(provider.getChildren(r), d + 1);
      }
    };
    walk(provider.getChildren(), 0);
    return out;
  };

  refresh();
  const disposable = vscode.Disposable.from(
    provider,
    view,
    service.onDidChange(refreshIfVisible),
    view.onDidChangeVisibility(e => {
      if (e.visible && stale) refresh();
    }),
    vscode.commands.registerCommand(COMMANDS.filterCorpus, async (arg?: { types?: string[]; entityKey?: string }) => {
      // An argument sets the filter directly (tests, keybindings); without one the analyst picks.
      if (arg && typeof arg === 'object' && !('id' in arg)) {
        filter = { ...(arg.types?.length ? { types: arg.types } : {}), ...(arg.entityKey ? { entityKey: arg.entityKey } : {}) };
        return refresh();
      }
      const choice = await vscode.window.showQuickPick([
        { label: t('By type…'), run: () => filterByType() },
        { label: t('By entity…'), run: () => filterByEntity() },
        { label: t('Clear filters'), run: () => { filter = {}; refresh(); } },
      ], { title: t('Filter Corpus') });
      await choice?.run();
    }),
    vscode.commands.registerCommand(COMMANDS.filterCorpusByEntity, (arg?: string | CorpusRow) => filterByEntity(arg)),
    vscode.commands.registerCommand(COMMANDS.clearCorpusFilter, () => {
      filter = {};
      refresh();
    }),
  );
  const rows = async (depth = 1) => {
    await service.ready();
    refresh();
    return shown(depth);
  };
  return { disposable, rows };
}

function typeName(type: string): string {
  return type === 'PER' ? t('Person') : type === 'LOC' ? t('Place') : t('Organisation');
}
