// The one place that reads configuration; everything else receives plain values.
import * as vscode from 'vscode';
import type { AnnotateOptions } from '../core/types';

const SECTION = 'seedAnnotator';

export type HighlightKind = 'people' | 'places' | 'organisations' | 'quotes' | 'dates' | 'events';
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['people', 'places', 'organisations', 'quotes', 'dates', 'events'];

export interface Settings {
  highlight: Record<HighlightKind, boolean>;
  debounceMs: number;
  maxDocumentSize: number;
  language: 'auto' | 'ar' | 'en';
  publicationDate: string;
  sidecarLocation: 'folder' | 'beside';
  eventsGroupBy: 'type' | 'time';
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const highlight = {} as Record<HighlightKind, boolean>;
  for (const k of HIGHLIGHT_KINDS) highlight[k] = c.get<boolean>(`highlight.${k}`, true);
  return {
    highlight,
    debounceMs: c.get<number>('analysis.debounceMs', 300),
    maxDocumentSize: c.get<number>('analysis.maxDocumentSize', 5_000_000),
    language: c.get<'auto' | 'ar' | 'en'>('analysis.language', 'auto'),
    publicationDate: c.get<string>('publicationDate', ''),
    sidecarLocation: c.get<'folder' | 'beside'>('sidecar.location', 'folder'),
    eventsGroupBy: c.get<'type' | 'time'>('events.groupBy', 'type'),
  };
}

/** Core options for one document, from settings (the sidecar's publication date wins when present). */
export function annotateOptions(s: Settings, path: string, publicationDate?: string): AnnotateOptions {
  const date = publicationDate || s.publicationDate || undefined;
  return { path, language: s.language, maxLength: s.maxDocumentSize, ...(date ? { publicationDate: date } : {}) };
}

export function onSettingsChanged(listener: (e: vscode.ConfigurationChangeEvent) => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration(e => {
    if (e.affectsConfiguration(SECTION)) listener(e);
  });
}

/** Writes where the value is in force: the workspace when it overrides the user setting there. */
export function writeSetting(key: string, value: unknown): Thenable<void> {
  const c = vscode.workspace.getConfiguration(SECTION);
  const target = c.inspect(key)?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  return c.update(key, value, target);
}
