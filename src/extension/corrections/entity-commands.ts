// Commands that reshape entities: link a mention to another entity, merge two,
// split a mention off, edit English name / description / Wikidata id, and set
// the article's publication date. Arguments stand in for the prompts.
import * as vscode from 'vscode';
import * as edit from '../../core/corrections/edit';
import type { Sidecar } from '../../core/corrections/types';
import { commit, openSession, pickEntity, targetAt, guarded, type CorrectionDeps } from './session';
import { COMMANDS } from '../commands';

export interface EntityFields {
  nameEn?: string;
  description?: string;
  wikidata?: string;
}

async function askFields(current: EntityFields): Promise<EntityFields | undefined> {
  const nameEn = await vscode.window.showInputBox({ title: vscode.l10n.t('English name'), value: current.nameEn ?? '' });
  if (nameEn === undefined) return undefined;
  const description = await vscode.window.showInputBox({ title: vscode.l10n.t('Description'), value: current.description ?? '' });
  if (description === undefined) return undefined;
  const wikidata = await vscode.window.showInputBox({
    title: vscode.l10n.t('Wikidata id (Q…), empty if unknown'),
    value: current.wikidata ?? '',
    validateInput: v => (!v || /^Q\d+$/.test(v.trim()) ? undefined : vscode.l10n.t('A Wikidata id is Q followed by digits, e.g. Q7747.')),
  });
  if (wikidata === undefined) return undefined;
  return { nameEn: nameEn.trim(), description: description.trim(), ...(wikidata.trim() ? { wikidata: wikidata.trim() } : {}) };
}

export function registerEntityCommands(deps: CorrectionDeps): vscode.Disposable {
  const mentionUnderCursor = async (uri?: vscode.Uri, offset?: number) => {
    const s = await openSession(deps, uri);
    const t = s && targetAt(s, offset, ['mention']);
    const mention = t && s!.doc.mentions.find(m => m.id === t.id);
    return s && mention ? { s, mention } : undefined;
  };

  const linkMention = async (uri?: vscode.Uri, offset?: number, entityId?: string): Promise<Sidecar | undefined> => {
    const at = await mentionUnderCursor(uri, offset);
    if (!at) return undefined;
    const target = entityId ?? (await pickEntity(at.s, vscode.l10n.t('Which entity is “{0}”?', at.mention.text), at.mention.entity));
    return target ? commit(deps, at.s, edit.linkMention(at.s.sidecar, at.s.doc, at.s.text, at.mention.id, target)) : undefined;
  };

  const mergeEntities = async (uri?: vscode.Uri, offset?: number, intoId?: string): Promise<Sidecar | undefined> => {
    const at = await mentionUnderCursor(uri, offset);
    if (!at) return undefined;
    const into = intoId ?? (await pickEntity(at.s, vscode.l10n.t('Merge “{0}” into which entity?', at.mention.text), at.mention.entity));
    return into ? commit(deps, at.s, edit.mergeEntities(at.s.sidecar, at.s.doc, at.s.text, at.mention.entity, into)) : undefined;
  };

  const splitEntity = async (uri?: vscode.Uri, offset?: number): Promise<Sidecar | undefined> => {
    const at = await mentionUnderCursor(uri, offset);
    return at && commit(deps, at.s, edit.splitMention(at.s.sidecar, at.s.doc, at.s.text, at.mention.id));
  };

  const editEntity = async (uri?: vscode.Uri, offset?: number, fields?: EntityFields): Promise<Sidecar | undefined> => {
    const at = await mentionUnderCursor(uri, offset);
    if (!at) return undefined;
    const e = at.s.doc.entities.find(x => x.id === at.mention.entity);
    const chosen = fields ?? (await askFields({ nameEn: e?.nameEn, description: e?.description, wikidata: e?.kb?.wikidata }));
    if (!chosen) return undefined;
    return commit(deps, at.s, edit.editEntity(at.s.sidecar, at.s.doc, at.s.text, at.mention.entity, chosen));
  };

  const setPublicationDate = async (uri?: vscode.Uri, date?: string): Promise<Sidecar | undefined> => {
    const s = await openSession(deps, uri);
    if (!s) return undefined;
    const chosen = date ?? (await vscode.window.showInputBox({
      title: vscode.l10n.t('Publication date of this article (YYYY-MM-DD); empty to clear'),
      value: s.sidecar.document.publicationDate ?? '',
      validateInput: v => (!v || /^\d{4}-\d{2}-\d{2}$/.test(v.trim()) ? undefined : vscode.l10n.t('Use the form YYYY-MM-DD, e.g. 2020-10-01.')),
    }));
    if (chosen === undefined) return undefined;
    return commit(deps, s, edit.setPublicationDate(s.sidecar, chosen.trim() || undefined));
  };

  return vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.linkMention, guarded(linkMention)),
    vscode.commands.registerCommand(COMMANDS.mergeEntities, guarded(mergeEntities)),
    vscode.commands.registerCommand(COMMANDS.splitEntity, guarded(splitEntity)),
    vscode.commands.registerCommand(COMMANDS.editEntity, guarded(editEntity)),
    vscode.commands.registerCommand(COMMANDS.setPublicationDate, guarded(setPublicationDate)),
  );
}
