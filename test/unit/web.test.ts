/**
 * The web extension (vscode.dev: a web worker, no Node) runs the same engine: the bundles are
 * evaluated in a bare `node:vm` context that has the ECMAScript globals and the few Web globals
 * a worker has (console, timers, TextEncoder/TextDecoder, URL, URLSearchParams), but no
 * `require`, `process`, `Buffer`, `global`, `fetch` or any other Node or network door.
 *
 * 1. dist/engine.js lints examples/departing.md there exactly as the Node build does.
 * 2. dist/web/extension.js loads there with a stub `vscode` module as its only import, activates,
 *    lints a document, publishes diagnostics linked to rule pages and renders a rule page.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { lint } from '../../src/engine/index';
import { ROOT } from './harness';

/** What a web worker offers beyond ECMAScript, minus everything that reaches the network. */
function workerGlobals(): Record<string, unknown> {
  return { console, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, TextEncoder, TextDecoder, URL, URLSearchParams, performance };
}

const NODE_ONLY = ['require', 'process', 'Buffer', 'global', 'fetch', 'XMLHttpRequest', 'WebSocket', '__dirname', '__filename', 'setImmediate'];

/** Evaluates a CommonJS bundle in a fresh context; `requireStub` answers its imports (none by default). */
function loadBundle(file: string, requireStub?: (id: string) => unknown): { exports: Record<string, unknown>; context: vm.Context } {
  const module = { exports: {} as Record<string, unknown> };
  const sandbox: Record<string, unknown> = { module, exports: module.exports, ...workerGlobals() };
  const context = vm.createContext(sandbox);
  for (const name of NODE_ONLY) assert.equal(vm.runInContext(`typeof ${name}`, context), 'undefined', `${name} leaks into the sandbox`);
  const code = readFileSync(join(ROOT, file), 'utf8');
  // The bundle's own `require` calls (only `vscode` is allowed to stay external) go to the stub.
  const wrapper = vm.runInContext(`(function (require) {\n${code}\n})`, context, { filename: file }) as (r: unknown) => void;
  wrapper(
    requireStub ??
      ((id: string) => {
        throw new Error(`${file} requires '${id}'`);
      }),
  );
  return { exports: module.exports, context };
}

const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('web: the engine without Node', () => {
  const draft = readFileSync(join(ROOT, 'examples/departing.md'), 'utf8');

  it('dist/engine.js lints a draft in a bare context exactly as the Node build does', () => {
    const { exports } = loadBundle('dist/engine.js');
    const webLint = exports.lint as typeof lint;
    const findings = plain(webLint(draft));
    assert.deepEqual(findings.map((f) => f.code), ['GAI001', 'GAI002']);
    assert.deepEqual(findings, plain(lint(draft)));
    assert.deepEqual(plain(webLint(draft, { language: 'en' })), plain(lint(draft, { language: 'en' })));
  });

  it('the web bundle imports nothing but vscode', () => {
    const code = readFileSync(join(ROOT, 'dist/web/extension.js'), 'utf8');
    const required = new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]));
    assert.deepEqual([...required], ['vscode']);
  });
});

// ---------------------------------------------------------------------------- a stub `vscode`

/** Anything not modelled below: callable, constructible, iterable as empty, and '' as a string. */
function anything(): unknown {
  const target = function () {};
  const proxy: unknown = new Proxy(target, {
    get: (_t, key) => {
      if (key === Symbol.toPrimitive) return () => '';
      if (key === Symbol.iterator) return function* () {};
      if (key === 'then') return undefined; // not a promise
      if (key === 'dispose') return () => {};
      return proxy;
    },
    apply: () => proxy,
    construct: () => proxy as object,
  });
  return proxy;
}

class Uri {
  constructor(readonly scheme: string, readonly path: string, readonly query = '') {}
  static from(c: { scheme: string; path?: string; query?: string }) {
    return new Uri(c.scheme, c.path ?? '', c.query ?? '');
  }
  static parse(s: string) {
    const m = /^([a-z][\w+.-]*):(?:\/\/[^/]*)?([^?#]*)(?:\?([^#]*))?/i.exec(s);
    return m ? new Uri(m[1]!, decodeURIComponent(m[2]!), m[3] ?? '') : new Uri('file', s);
  }
  static file(p: string) {
    return new Uri('file', p);
  }
  static joinPath(base: Uri, ...parts: string[]) {
    return new Uri(base.scheme, [base.path.replace(/\/$/, ''), ...parts].join('/'), base.query);
  }
  get fsPath() {
    return this.path;
  }
  with(c: { scheme?: string; path?: string; query?: string }) {
    return new Uri(c.scheme ?? this.scheme, c.path ?? this.path, c.query ?? this.query);
  }
  toString() {
    return `${this.scheme}:${this.path}${this.query ? `?${this.query}` : ''}`;
  }
}

class Position {
  constructor(readonly line: number, readonly character: number) {}
}
class Range {
  constructor(readonly start: Position, readonly end: Position) {}
  isEqual(o: Range) {
    return o.start.line === this.start.line && o.start.character === this.start.character && o.end.line === this.end.line && o.end.character === this.end.character;
  }
}
class Diagnostic {
  source?: string;
  code?: string | { value: string; target: Uri };
  constructor(readonly range: Range, readonly message: string, readonly severity: number) {}
}

function fakeDocument(uri: Uri, text: string) {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  return {
    uri,
    languageId: 'markdown',
    version: 1,
    isClosed: false,
    fileName: uri.path,
    lineCount: lineStarts.length,
    getText: () => text,
    positionAt(offset: number) {
      let line = 0;
      while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= offset) line++;
      return new Position(line, offset - lineStarts[line]!);
    },
    offsetAt: (p: Position) => lineStarts[p.line]! + p.character,
  };
}

/** The top-level names of the `vscode` module (classes, enums, namespaces, constants). */
function vscodeApiNames(): string[] {
  const dts = readFileSync(join(ROOT, 'node_modules/@types/vscode/index.d.ts'), 'utf8');
  return [...dts.matchAll(/^\texport (?:class|enum|namespace|const|function|let) (\w+)/gm)].map((m) => m[1]!);
}

function stubVscode(draft: ReturnType<typeof fakeDocument>) {
  const commands = new Map<string, (...args: unknown[]) => unknown>();
  const providers = new Map<string, { provideTextDocumentContent(uri: Uri): string }>();
  const published = new Map<string, Diagnostic[]>();
  const disposable = { dispose() {} };
  const event = () => disposable;
  const collection = {
    set: (uri: Uri, diags: Diagnostic[]) => published.set(uri.toString(), diags),
    delete: (uri: Uri) => published.delete(uri.toString()),
    get: (uri: Uri) => published.get(uri.toString()),
    clear: () => published.clear(),
    forEach: () => {},
    dispose() {},
  };
  const vscode = {
    version: '1.100.3',
    Uri,
    Position,
    Range,
    Diagnostic,
    DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
    StatusBarAlignment: { Left: 1, Right: 2 },
    ViewColumn: { Active: -1, Beside: -2, One: 1 },
    EventEmitter: class {
      event = event;
      fire() {}
      dispose() {}
    },
    l10n: { t: (s: string | { message: string }, ...args: unknown[]) => (typeof s === 'string' ? s : s.message).replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)])) },
    env: { language: 'en', uiKind: 2, appHost: 'web' },
    commands: {
      registerCommand: (id: string, f: (...args: unknown[]) => unknown) => (commands.set(id, f), disposable),
      executeCommand: async (id: string, ...args: unknown[]) => commands.get(id)?.(...args),
    },
    languages: {
      createDiagnosticCollection: () => collection,
      getDiagnostics: (uri: Uri) => published.get(uri.toString()) ?? [],
      registerCodeActionsProvider: () => disposable,
      registerHoverProvider: () => disposable,
      registerDocumentLinkProvider: () => disposable,
    },
    window: {
      createStatusBarItem: () => ({ show() {}, hide() {}, dispose() {} }),
      activeTextEditor: undefined,
      visibleTextEditors: [],
      onDidChangeActiveTextEditor: event,
      showInformationMessage: async () => undefined,
      showWarningMessage: async () => undefined,
      showErrorMessage: async () => undefined,
      showTextDocument: async () => undefined,
      showQuickPick: async () => undefined,
    },
    workspace: {
      textDocuments: [draft],
      workspaceFolders: undefined,
      isTrusted: false,
      getConfiguration: () => ({ get: (_k: string, d?: unknown) => d, has: () => false, inspect: () => undefined }),
      onDidOpenTextDocument: event,
      onDidChangeTextDocument: event,
      onDidCloseTextDocument: event,
      onDidSaveTextDocument: event,
      onDidChangeConfiguration: event,
      onDidGrantWorkspaceTrust: event,
      asRelativePath: (u: Uri) => u.path,
      registerTextDocumentContentProvider: (scheme: string, p: { provideTextDocumentContent(uri: Uri): string }) => (providers.set(scheme, p), disposable),
      openTextDocument: async (uri: Uri) => fakeDocument(uri, providers.get(uri.scheme)?.provideTextDocumentContent(uri) ?? ''),
    },
  };
  // Every other name of the API (from @types/vscode) answers as `anything()`, so the adapter may
  // use more of the API than this stub models; the bundle copies the module's names when it loads.
  const api = vscode as unknown as Record<string, unknown>;
  for (const name of vscodeApiNames()) if (!(name in api)) api[name] = anything();
  const lenient = (o: Record<string, unknown>): Record<string, unknown> =>
    new Proxy(o, { get: (t, k) => (k in t ? (typeof t[k as string] === 'object' && t[k as string] !== null && !Array.isArray(t[k as string]) && k !== 'env' ? lenient(t[k as string] as Record<string, unknown>) : t[k as string]) : anything()) });
  return { vscode: lenient(vscode as unknown as Record<string, unknown>), commands, published };
}

describe('web: the extension without Node', () => {
  it('dist/web/extension.js activates with a stub vscode, lints a draft and renders a rule page', async () => {
    const draft = fakeDocument(Uri.file('/drafts/departing.md'), readFileSync(join(ROOT, 'examples/departing.md'), 'utf8'));
    const stub = stubVscode(draft);
    const { exports } = loadBundle('dist/web/extension.js', (id) => {
      if (id === 'vscode') return stub.vscode;
      throw new Error(`dist/web/extension.js requires '${id}'`);
    });
    const context = { subscriptions: [] as unknown[], extensionUri: Uri.file('/ext'), extensionPath: '/ext', globalState: anything(), workspaceState: anything() };
    const api = (exports.activate as (c: unknown) => { lintNow(uri?: Uri): number | undefined })(context);
    for (const id of ['judgmentLint.showRule', 'judgmentLint.lintDocument', 'judgmentLint.openArticle']) assert.ok(stub.commands.has(id), `${id} registered`);

    assert.equal(api.lintNow(draft.uri), 2);
    const diags = stub.published.get(draft.uri.toString()) ?? [];
    const codes = diags.map((d) => (typeof d.code === 'object' ? d.code.value : d.code));
    assert.deepEqual(plain(codes), ['GAI001', 'GAI002']);
    const target = (diags[0]!.code as { target: Uri }).target;
    assert.equal(target.scheme, 'command');
    assert.equal(target.path, 'judgmentLint.showRule');

    const page = (await stub.commands.get('judgmentLint.showRule')!('GAI002')) as string;
    assert.match(page, /^# GAI002 emotional-damages-generation-stage/);
    assert.match(page, /第一千一百八十三条/);
    for (const d of context.subscriptions as { dispose?: () => void }[]) d.dispose?.();
  });
});
