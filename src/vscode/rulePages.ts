/**
 * Rule pages inside VS Code: every diagnostic's code links to its rule's page (the catalog row,
 * sources, statute text, doctrine, a departing and a correct example), shown read-only in a
 * Markdown preview of a virtual document. Works the same on the desktop and in vscode.dev: the
 * pages are data in the bundle, nothing is read from disk.
 *
 *   judgmentLint.showRule [code] [language]   opens the page (a quick pick when no code is given)
 *   judgment-lint-rule:/GAI001.md             the page as a read-only Markdown document
 */
import * as vscode from 'vscode';
import { renderRuleIndex, renderRulePage, rulePage, ruleCodes, type PageLanguage } from './rule-page';

export const RULE_PAGE_SCHEME = 'judgment-lint-rule';
const COMMAND = 'judgmentLint.showRule';

/** The link a diagnostic's code carries: a command URI that opens the rule's page. */
export function ruleTarget(code: string): vscode.Uri {
  return vscode.Uri.parse(`command:${COMMAND}?${encodeURIComponent(JSON.stringify([code]))}`);
}

/** A diagnostic's code as VS Code shows it: the rule code, linked to its page. */
export function diagnosticCode(code: string): { value: string; target: vscode.Uri } {
  return { value: code, target: ruleTarget(code) };
}

/** The rule code of a diagnostic, whether its code is a plain string or `{ value, target }`. */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}

/** The language of the pages: the findings' (`judgmentLint.messageLanguage`, Chinese by default). */
function pageLanguage(): PageLanguage {
  return vscode.workspace.getConfiguration('judgmentLint').get<string>('messageLanguage') === 'en' ? 'en' : 'zh-cn';
}

export function ruleUri(code: string, language: PageLanguage): vscode.Uri {
  return vscode.Uri.from({ scheme: RULE_PAGE_SCHEME, path: `/${code}.md`, query: language === 'en' ? 'lang=en' : '' });
}

class RulePageDocuments implements vscode.TextDocumentContentProvider {
  provideTextDocumentContent(uri: vscode.Uri): string {
    const language: PageLanguage = new URLSearchParams(uri.query).get('lang') === 'en' ? 'en' : 'zh-cn';
    const code = uri.path.replace(/^\//, '').replace(/\.md$/, '');
    if (code === 'index') return renderRuleIndex(language, (c) => `./${c}.md${language === 'en' ? '?lang=en' : ''}`);
    return renderRulePage(code, language);
  }
}

async function pickCode(language: PageLanguage): Promise<string | undefined> {
  const items = ruleCodes().map((code) => {
    const p = rulePage(code)!;
    return { label: code, description: p.slug, detail: language === 'en' ? p.messageEn ?? p.message : p.message };
  });
  return (await vscode.window.showQuickPick(items, { matchOnDescription: true, matchOnDetail: true }))?.label;
}

/** Opens a rule's page beside the draft; returns its Markdown (for tests), or undefined. */
async function showRule(code?: unknown, language?: unknown): Promise<string | undefined> {
  const lang: PageLanguage = language === 'en' || language === 'zh-cn' ? language : pageLanguage();
  const chosen = typeof code === 'string' && code ? code : await pickCode(lang);
  if (!chosen) return undefined;
  const uri = ruleUri(chosen, lang);
  const doc = await vscode.workspace.openTextDocument(uri);
  try {
    await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
  } catch {
    // No Markdown preview (a trimmed-down host): the page as read-only text is still readable.
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  }
  return doc.getText();
}

export function registerRulePages(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(RULE_PAGE_SCHEME, new RulePageDocuments()),
    vscode.commands.registerCommand(COMMAND, showRule),
  );
}
