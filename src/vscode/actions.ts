/**
 * The code actions a linter user expects beside the quick fixes:
 *
 * - on each Judgment Lint diagnostic: "Ignore CODE for this line" (a disable-next-line comment
 *   above it), "Ignore CODE in this file" (a disable-file comment at the top), and "Turn CODE off
 *   in .judgment-lint.json" (the nearest configuration file, edited with its comments kept, or
 *   created in the workspace folder);
 * - `source.fixAll.judgmentLint`: every fix marked safe (citation rewrites), never one that
 *   inserts reasoning or changes an order, as one edit, so that
 *   `"editor.codeActionsOnSave": { "source.fixAll.judgmentLint": "explicit" }` holds no surprise.
 */
import * as vscode from 'vscode';
import { disableFileEdit, disableNextLineEdit, turnRuleOff, type Finding, type TextEdit } from '../engine/index';
import type { ConfigStore } from './config';
import { codeOf } from './rulePages';

const SOURCE = 'judgment-lint';
export const TURN_OFF_COMMAND = 'judgmentLint.turnRuleOff';

/** What the actions need of the linter: the current findings of a document version. */
export interface FindingsSource {
  /** The findings of the document as it is now (analysed afresh if need be), or undefined. */
  currentFindings(doc: vscode.TextDocument): Promise<Finding[] | undefined>;
}

function toRange(doc: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(doc.positionAt(start), doc.positionAt(end));
}

function editOf(doc: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(doc.uri, toRange(doc, e.start, e.end), e.newText);
  return edit;
}

class SuppressionActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly store: ConfigStore) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const seen = new Set<string>();
    const text = doc.getText();
    const configName = this.store.cached(doc)?.file?.path.split('/').pop() ?? '.judgment-lint.json';
    for (const diagnostic of context.diagnostics) {
      const code = diagnostic.source === SOURCE ? codeOf(diagnostic) : undefined;
      if (!code) continue;
      const line = disableNextLineEdit(text, doc.offsetAt(diagnostic.range.start), code);
      const lineKey = `${code}@${diagnostic.range.start.line}`;
      if (line && !seen.has(lineKey)) {
        seen.add(lineKey);
        const a = new vscode.CodeAction(vscode.l10n.t('Ignore {0} for this line', code), vscode.CodeActionKind.QuickFix);
        a.diagnostics = [diagnostic];
        a.edit = editOf(doc, [line]);
        actions.push(a);
      }
      if (seen.has(code)) continue;
      seen.add(code);
      const file = disableFileEdit(text, code);
      if (file) {
        const a = new vscode.CodeAction(vscode.l10n.t('Ignore {0} in this file', code), vscode.CodeActionKind.QuickFix);
        a.diagnostics = [diagnostic];
        a.edit = editOf(doc, [file]);
        actions.push(a);
      }
      const off = new vscode.CodeAction(vscode.l10n.t('Turn {0} off in {1}', code, configName), vscode.CodeActionKind.QuickFix);
      off.diagnostics = [diagnostic];
      off.command = { title: off.title, command: TURN_OFF_COMMAND, arguments: [doc.uri, code] };
      actions.push(off);
    }
    return actions;
  }
}

/** The safe fixes' edits that do not collide with one another, in document order. */
export function safeEdits(findings: readonly Finding[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.safe);
    if (!fix) continue;
    const collides = fix.edits.some((e) =>
      chosen.some((c) => (e.start < c.end && c.start < e.end) || (e.start === c.start && e.end === c.end) || (e.start === e.end && c.start < e.start && e.start < c.end)),
    );
    if (!collides) chosen.push(...fix.edits);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

class FixAll implements vscode.CodeActionProvider {
  static readonly kind = vscode.CodeActionKind.SourceFixAll.append('judgmentLint');

  constructor(private readonly source: FindingsSource) {}

  async provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    // Asked for by kind only (codeActionsOnSave, the Source Action menu), never for the light bulb.
    if (!context.only || !context.only.contains(FixAll.kind)) return [];
    const version = doc.version;
    const findings = await this.source.currentFindings(doc);
    if (!findings || doc.version !== version) return [];
    const edits = safeEdits(findings);
    if (edits.length === 0) return [];
    const action = new vscode.CodeAction(vscode.l10n.t('Apply all safe Judgment Lint fixes ({0})', edits.length), FixAll.kind);
    action.edit = editOf(doc, edits);
    return [action];
  }
}

/** Writes `code: "off"` into the draft's nearest configuration file, creating one if there is none. */
async function turnOff(store: ConfigStore, uri: vscode.Uri | string, code: string): Promise<vscode.Uri | undefined> {
  const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString()) ?? (await vscode.workspace.openTextDocument(target));
  const file = (await store.nearestFile(doc)) ?? store.defaultFile(doc);
  if (!file) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Judgment Lint: save the draft first; an untitled draft outside a workspace has no folder for a configuration file.'));
    return undefined;
  }
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === file.toString());
  let text: string | undefined = open?.getText();
  if (text === undefined) {
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    } catch {
      text = undefined; // a new file
    }
  }
  const next = turnRuleOff(text ?? '', code);
  if (text === undefined) {
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(next));
  } else if (next !== text) {
    // One replacement of the part that changed, in the editor's document (unsaved changes kept), then saved.
    const config = open ?? (await vscode.workspace.openTextDocument(file));
    const base = config.getText();
    const updated = base === text ? next : turnRuleOff(base, code);
    let a = 0;
    while (a < base.length && a < updated.length && base[a] === updated[a]) a++;
    let b = 0;
    while (b < base.length - a && b < updated.length - a && base[base.length - 1 - b] === updated[updated.length - 1 - b]) b++;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(file, toRange(config, a, base.length - b), updated.slice(a, updated.length - b));
    await vscode.workspace.applyEdit(edit);
    await config.save();
  }
  store.invalidate();
  void vscode.window.showInformationMessage(vscode.l10n.t('Judgment Lint: {0} is off in {1}.', code, vscode.workspace.asRelativePath(file)));
  return file;
}

export function registerActions(context: vscode.ExtensionContext, store: ConfigStore, source: FindingsSource): void {
  const selector: vscode.DocumentSelector = { language: 'markdown' };
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(selector, new SuppressionActions(store), { providedCodeActionKinds: SuppressionActions.kinds }),
    vscode.languages.registerCodeActionsProvider(selector, new FixAll(source), { providedCodeActionKinds: [FixAll.kind] }),
    vscode.commands.registerCommand(TURN_OFF_COMMAND, (uri: vscode.Uri | string, code: string) => turnOff(store, uri, code)),
  );
}
