// Commands that add, remove and review annotations in the article. Each
// accepts its inputs as arguments (uri, range or offset, choice) so tests and
// other commands can run it without prompts; from the palette it asks.
import * as vscode from 'vscode';
import * as edit from '../../core/corrections/edit';
import type { Sidecar } from '../../core/corrections/types';
import type { EntityType } from '../../core/types';
import { commit, entityLabel, openSession, selectedSpan, targetAt, guarded, type CorrectionDeps, type Session } from './session';
import { COMMANDS } from '../commands';

const TYPE_LABELS: Record<EntityType, string> = { PER: 'Person', LOC: 'Place', ORG: 'Organisation' };
const NO_SPEAKER = '\u0000none';

export function registerAnnotateCommands(deps: CorrectionDeps): vscode.Disposable {
  const entityCommand = (type: EntityType) => async (uri?: vscode.Uri, range?: vscode.Range): Promise<Sidecar | undefined> => {
    const s = await openSession(deps, uri);
    const span = s && selectedSpan(s, range);
    return span && commit(deps, s, edit.annotateEntity(s.sidecar, s.doc, s.text, span, type));
  };

  const annotateQuote = async (uri?: vscode.Uri, range?: vscode.Range, speaker?: string | null): Promise<Sidecar | undefined> => {
    const s = await openSession(deps, uri);
    const span = s && selectedSpan(s, range);
    if (!s || !span) return undefined;
    let who = speaker;
    if (who === undefined) {
      const picked = await pickSpeaker(s);
      if (picked === undefined) return undefined;
      who = picked === NO_SPEAKER ? null : picked;
    }
    return commit(deps, s, edit.annotateQuote(s.sidecar, s.doc, s.text, span, who));
  };

  const pickSpeaker = async (s: Session): Promise<string | undefined> => {
    const none = { label: vscode.l10n.t('No speaker (the text does not say)'), id: NO_SPEAKER };
    const items = [none, ...s.doc.entities.filter(e => e.type !== 'LOC' && s.doc.mentions.some(m => m.entity === e.id))
      .map(e => ({ label: entityLabel(e), description: e.type, id: e.id }))];
    return (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Who says this?') }))?.id;
  };

  const annotateDate = async (uri?: vscode.Uri, range?: vscode.Range): Promise<Sidecar | undefined> => {
    const s = await openSession(deps, uri);
    const span = s && selectedSpan(s, range);
    return span && commit(deps, s, edit.annotateDate(s.sidecar, s.text, span));
  };

  const remove = async (uri?: vscode.Uri, offset?: number): Promise<Sidecar | undefined> => {
    const s = await openSession(deps, uri);
    const t = s && targetAt(s, offset);
    return t && commit(deps, s, edit.removeAnnotation(s.sidecar, s.doc, s.text, t));
  };

  const reviewCommand = (decision: 'accepted' | 'rejected') => async (uri?: vscode.Uri, offset?: number): Promise<Sidecar | undefined> => {
    const s = await openSession(deps, uri);
    const t = s && targetAt(s, offset);
    return t && commit(deps, s, edit.review(s.sidecar, s.doc, s.text, t, decision));
  };

  const changeType = async (uri?: vscode.Uri, offset?: number, type?: EntityType): Promise<Sidecar | undefined> => {
    const s = await openSession(deps, uri);
    const t = s && targetAt(s, offset, ['mention']);
    if (!s || !t) return undefined;
    const current = s.doc.mentions.find(m => m.id === t.id)?.type;
    const chosen = type ?? (await vscode.window.showQuickPick(
      (Object.keys(TYPE_LABELS) as EntityType[]).filter(k => k !== current).map(k => ({ label: vscode.l10n.t(TYPE_LABELS[k]), id: k })),
      { placeHolder: vscode.l10n.t('New type for this name and its other mentions') },
    ))?.id;
    return chosen ? commit(deps, s, edit.changeType(s.sidecar, s.doc, s.text, t.id, chosen)) : undefined;
  };

  const applyToAll = async (uri?: vscode.Uri, offset?: number): Promise<Sidecar | undefined> => {
    const s = await openSession(deps, uri);
    const t = s && targetAt(s, offset, ['mention']);
    return t && commit(deps, s, edit.applyToAllMentions(s.sidecar, s.doc, s.text, t.id));
  };

  return vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.annotatePerson, guarded(entityCommand('PER'))),
    vscode.commands.registerCommand(COMMANDS.annotatePlace, guarded(entityCommand('LOC'))),
    vscode.commands.registerCommand(COMMANDS.annotateOrganisation, guarded(entityCommand('ORG'))),
    vscode.commands.registerCommand(COMMANDS.annotateQuote, guarded(annotateQuote)),
    vscode.commands.registerCommand(COMMANDS.annotateDate, guarded(annotateDate)),
    vscode.commands.registerCommand(COMMANDS.removeAnnotation, guarded(remove)),
    vscode.commands.registerCommand(COMMANDS.acceptAnnotation, guarded(reviewCommand('accepted'))),
    vscode.commands.registerCommand(COMMANDS.rejectAnnotation, guarded(reviewCommand('rejected'))),
    vscode.commands.registerCommand(COMMANDS.changeType, guarded(changeType)),
    vscode.commands.registerCommand(COMMANDS.applyToAllMentions, guarded(applyToAll)),
  );
}
