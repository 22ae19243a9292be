// One tree provider for all three panel views: it shows RowNodes built by the
// pure builders and turns each row's `reveal` span into a click that selects it.
import * as vscode from 'vscode';
import { childrenOf, hasChildren, type RowNode } from './rows';
import { COMMANDS } from '../commands';

export class RowTreeProvider implements vscode.TreeDataProvider<RowNode>, vscode.Disposable {
  private roots: RowNode[] = [];
  private uri: vscode.Uri | undefined;
  private readonly emitter = new vscode.EventEmitter<RowNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;

  /** Replaces every row; `uri` is the article the rows' spans point into. */
  setRows(uri: vscode.Uri | undefined, rows: RowNode[]): void {
    this.uri = uri;
    this.roots = rows;
    this.emitter.fire(undefined);
  }

  /** Rows as shown (the test command walks them). */
  get rows(): readonly RowNode[] {
    return this.roots;
  }

  getChildren(node?: RowNode): RowNode[] {
    return node ? childrenOf(node) : this.roots;
  }

  getTreeItem(node: RowNode): vscode.TreeItem {
    const state = !hasChildren(node)
      ? vscode.TreeItemCollapsibleState.None
      : node.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label, state);
    // Ids carry the article so expansion state is kept per article, not shared between them.
    item.id = `${this.uri?.toString() ?? ''}#${node.id}`;
    item.description = node.description;
    item.tooltip = node.tooltip;
    if (node.icon) item.iconPath = new vscode.ThemeIcon(node.icon, node.iconColor ? new vscode.ThemeColor(node.iconColor) : undefined);
    if (node.reveal && this.uri) {
      item.command = {
        command: COMMANDS.revealRange,
        title: vscode.l10n.t('Reveal in Editor'),
        arguments: [this.uri, node.reveal.start, node.reveal.end],
      };
    }
    return item;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
