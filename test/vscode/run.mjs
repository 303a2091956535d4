#!/usr/bin/env node
// Runs the VS Code integration suite (out/test/vscode/suite/index.js) inside a REAL VS Code,
// on machines that cannot download VS Code.
//
//   node test/vscode/run.mjs [--workspace DIR] [--verbose] [--timeout S] [--install-only] [--vsix FILE]
//
// Why not @vscode/test-electron (see electron.mjs for that path): it downloads VS Code from
// update.code.visualstudio.com, which our build machines cannot reach. They can reach the npm
// registry and Debian's apt mirrors, and the npm package code-server@4.100.3 carries a complete
// VS Code 1.100.3 *server* build (lib/vscode/out/server-main.js). Started directly, with its
// workbench opened in a headless Chromium (Debian package, driven by playwright-core), it runs the
// extension and our mocha suite in a genuine Node extension host with the genuine `vscode` API.
// This is how microsoft/vscode runs its own browser integration tests: the workbench reads
// extensionDevelopmentPath / extensionTestsPath from the `payload` URL parameter, and reports the
// test output and the exit code through two page globals, codeAutomationLog / codeAutomationExit.
//
// Steps: (1) apt packages, (2) code-server + playwright-core into a cache outside the repo,
// (3) start the server, (4) open the workbench, (5) relay output, exit with the tests' code.
//
// With --vsix FILE the packaged extension is tested as a user gets it: the server installs FILE
// into its (temporary) extensions dir, and the suite test/vscode/vsix-suite runs beside it from a
// probe extension of its own, so what runs is the installed .vsix, not this checkout.
//
// Environment:
//   JUDGMENT_LINT_VSCODE_HOME  toolchain cache (default ~/.cache/judgment-lint/vscode-test)
//   CHROMIUM                   Chromium/Chrome binary (default: first of /usr/bin/chromium, google-chrome…)
//   SKIP_APT=1                 never run apt-get
//   JUDGMENT_LINT_VSCODE_KEEP=1  keep the temporary user-data/log dir and print its path
//   JUDGMENT_LINT_SCREENSHOTS=DIR  opt-in: when a test logs "[judgment-lint:screenshot] NAME", save
//                              the workbench as DIR/NAME.png (the assessment test asks for a light
//                              and a dark one); also a larger window and a CJK font (apt)
//   CI                         when set, a failed install prints its whole log
// Exit status: the extension host's (0 = all tests passed), 2 usage, 3 setup failure, 124 timeout.

import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs, format } from 'node:util';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

// ---------------------------------------------------------------------------- constants

// code-server 4.100.3 = VS Code 1.100.3 (package.json engines.vscode must admit it).
const CODE_SERVER_VERSION = '4.100.3';
// Any playwright-core that can drive Debian's Chromium over CDP; 1.65.1 is tested here.
const PLAYWRIGHT_CORE_VERSION = '1.65.1';
// @vscode/ripgrep as pinned by code-server 4.100.3's lib/vscode/npm-shrinkwrap.json. Its postinstall
// downloads `rg` from GitHub unless it finds this tarball in its cache directory under os.tmpdir().
const VSCODE_RIPGREP_VERSION = '1.15.11';
const RIPGREP_RELEASE = 'v13.0.0-10';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEFAULT_TESTS = path.join(REPO_ROOT, 'out', 'test', 'vscode', 'suite', 'index.js');
// --vsix: a do-nothing extension that carries the suite, and the suite itself.
const VSIX_PROBE = path.join(REPO_ROOT, 'test', 'vscode', 'vsix-suite');
const VSIX_TESTS = path.join(REPO_ROOT, 'out', 'test', 'vscode', 'vsix-suite', 'index.js');
const TOOL_HOME = path.resolve(
  process.env.JUDGMENT_LINT_VSCODE_HOME ||
    path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'judgment-lint', 'vscode-test'),
);
const VSCODE_DIR = path.join(TOOL_HOME, 'node_modules', 'code-server', 'lib', 'vscode');
// The marker names both pins and Node's major version (native modules are built for its ABI), so
// changing any of them reinstalls.
const NODE_MAJOR = process.versions.node.split('.')[0];
const MARKER = path.join(
  TOOL_HOME,
  `.installed-code-server-${CODE_SERVER_VERSION}-playwright-core-${PLAYWRIGHT_CORE_VERSION}-node${NODE_MAJOR}.json`,
);
const INSTALL_LOG = path.join(TOOL_HOME, 'install.log');
const BROWSER_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome', '/usr/bin/chromium-browser'];

const EXIT_USAGE = 2;
const EXIT_SETUP = 3;
const EXIT_TIMEOUT = 124;

const log = (...a) => process.stderr.write(`[vscode-test] ${format(...a)}\n`);
class SetupError extends Error {}

// ---------------------------------------------------------------------------- arguments

const USAGE = `usage: node test/vscode/run.mjs [--workspace DIR] [--verbose] [--timeout S] [--install-only]
  --workspace DIR   folder (or .code-workspace file) to open; default: an empty window
  --verbose         show install, server and browser output
  --timeout S       give up after S seconds (default 600; install time not counted)
  --install-only    install the toolchain and stop
  --extension-development-path DIR, --extension-tests-path FILE
                    run another extension/suite (default: this repo, out/test/vscode/suite/index.js)
  --web-extension DIR
                    run the web extension in DIR (manifest with \`browser\`, no \`main\`) and its
                    suite DIR/test/index.js in the web-worker extension host (test/vscode/web.mjs)
  --vsix FILE       install FILE (a packaged .vsix) and run test/vscode/vsix-suite against it
  --locale L        run with VS Code's display language L (e.g. zh-cn): only the suite's tests
                    tagged @l10n run, and they see vscode.env.language === L`;

let opts;
try {
  ({ values: opts } = parseArgs({
    options: {
      workspace: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      timeout: { type: 'string', default: '600' },
      'install-only': { type: 'boolean', default: false },
      'extension-development-path': { type: 'string' },
      'extension-tests-path': { type: 'string' },
      vsix: { type: 'string' },
      'web-extension': { type: 'string' },
      locale: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (e) {
  console.error(`${e.message}\n${USAGE}`);
  process.exit(EXIT_USAGE);
}
if (opts.help) {
  console.log(USAGE);
  process.exit(0);
}
const timeoutS = Number(opts.timeout);
if (!(timeoutS > 0)) {
  console.error(`--timeout must be a positive number of seconds\n${USAGE}`);
  process.exit(EXIT_USAGE);
}
const verbose = opts.verbose;
// The extension host (and the test waiting for the file) may run in another directory.
if (process.env.JUDGMENT_LINT_SCREENSHOTS) process.env.JUDGMENT_LINT_SCREENSHOTS = path.resolve(process.env.JUDGMENT_LINT_SCREENSHOTS);

// ---------------------------------------------------------------------------- helpers

function which(cmd) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    const p = path.join(dir, cmd);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      if (fs.statSync(p).isFile()) return p;
    } catch {}
  }
  return undefined;
}

function findBrowser() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  return BROWSER_CANDIDATES.find((p) => fs.existsSync(p));
}

// Install output goes to INSTALL_LOG (and to stderr with --verbose). `logStart` remembers where this
// run's part of the log begins, so a failure shows only what this run did.
let logStart;
function openInstallLog() {
  fs.mkdirSync(TOOL_HOME, { recursive: true });
  if (logStart === undefined) logStart = fs.existsSync(INSTALL_LOG) ? fs.statSync(INSTALL_LOG).size : 0;
}
function appendLog(text) {
  fs.appendFileSync(INSTALL_LOG, text);
  if (verbose) process.stderr.write(text);
}
function showInstallLog(reason) {
  log(`${reason}; install log: ${INSTALL_LOG}`);
  let text = '';
  try {
    const fd = fs.openSync(INSTALL_LOG, 'r');
    const size = fs.fstatSync(fd).size - (logStart ?? 0);
    const buf = Buffer.alloc(Math.max(0, size));
    fs.readSync(fd, buf, 0, buf.length, logStart ?? 0);
    fs.closeSync(fd);
    text = buf.toString('utf8');
  } catch {}
  if (verbose) return; // it was streamed already
  // On CI nobody can open the file afterwards, so print all of it; locally the tail is enough.
  const lines = text.trimEnd().split('\n');
  const shown = process.env.CI ? lines : lines.slice(-40);
  process.stderr.write(`----- install log${shown.length < lines.length ? ' (last 40 lines)' : ''} -----\n${shown.join('\n')}\n----- end of install log -----\n`);
}

/** Runs a command, its output appended to the install log; resolves to the exit code. */
function runLogged(cmd, args, { cwd, env } = {}) {
  appendLog(`\n$ ${[cmd, ...args].join(' ')}${cwd ? `   (in ${cwd})` : ''}\n`);
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => appendLog(d.toString()));
    child.stderr.on('data', (d) => appendLog(d.toString()));
    child.on('error', (e) => {
      appendLog(`${e.message}\n`);
      resolve(127);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

// ---------------------------------------------------------------------------- 1. system packages

async function ensureSystemPackages() {
  const missing = [];
  if (!findBrowser()) missing.push('chromium');
  // Without fonts Chromium renders the workbench with tofu; text metrics matter to some editor code.
  if (!fs.existsSync('/usr/share/fonts/truetype/liberation')) missing.push('fonts-liberation');
  // Screenshots show Chinese text: without a CJK font it is tofu (only asked for when taking them).
  if (process.env.JUDGMENT_LINT_SCREENSHOTS && !fs.existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc')) missing.push('fonts-noto-cjk');
  // Seeds @vscode/ripgrep's download cache (and VS Code's search uses it).
  if (!which('rg')) missing.push('ripgrep');
  // Native modules of VS Code's server (spdlog, node-pty, watcher, kerberos…) are built with node-gyp.
  if (!which('make') || !which('g++')) missing.push('build-essential');
  if (!which('python3')) missing.push('python3');
  // kerberos needs the GSSAPI headers.
  if (!fs.existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
  if (missing.length === 0) return;

  const isRoot = process.getuid?.() === 0;
  // Non-root: use sudo only if it needs no password (CI runners); never prompt.
  const sudo = !isRoot && which('sudo') && spawnSync('sudo', ['-n', 'true']).status === 0;
  if (process.env.SKIP_APT || !which('apt-get') || (!isRoot && !sudo)) {
    log(`missing system packages (not installing them: ${process.env.SKIP_APT ? 'SKIP_APT is set' : !which('apt-get') ? 'no apt-get' : 'not root'}): ${missing.join(' ')}`);
    return;
  }
  openInstallLog();
  log(`apt-get install ${missing.join(' ')}`);
  const t0 = Date.now();
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (...args) => (sudo ? runLogged('sudo', ['-n', 'apt-get', ...args], { env: aptEnv }) : runLogged('apt-get', args, { env: aptEnv }));
  let code = await apt('update', '-q');
  if (code === 0) code = await apt('install', '-y', '-q', '--no-install-recommends', ...missing);
  if (code !== 0) {
    // Not fatal by itself: a missing compiler only costs the native modules (see installToolchain).
    showInstallLog(`apt-get failed with code ${code}`);
  } else {
    log(`apt-get done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
}

// ---------------------------------------------------------------------------- 2. code-server + playwright-core

function readMarker() {
  try {
    const m = JSON.parse(fs.readFileSync(MARKER, 'utf8'));
    if (fs.existsSync(path.join(VSCODE_DIR, 'out', 'server-main.js'))) return m;
  } catch {}
  return undefined;
}

// One install at a time per TOOL_HOME (parallel CI jobs may share a cache).
async function withInstallLock(fn) {
  const lock = path.join(TOOL_HOME, '.install.lock');
  fs.mkdirSync(TOOL_HOME, { recursive: true });
  for (let waited = 0; ; waited += 2) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      let age = 0;
      try {
        age = Date.now() - fs.statSync(lock).mtimeMs;
      } catch {}
      if (age > 30 * 60_000) {
        log(`removing stale install lock ${lock}`);
        fs.rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (waited === 0) log(`waiting for another install to finish (${lock})`);
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
  const release = () => fs.rmSync(lock, { recursive: true, force: true });
  process.once('exit', release);
  try {
    return await fn();
  } finally {
    release();
    process.removeListener('exit', release);
  }
}

/** The environment for every npm command of the install. */
function installEnv(tmpDir) {
  const env = { ...process.env };
  // Under `npm run`, npm exports its own state (npm_config_prefix, _local_prefix, _loglevel=silent,
  // _yes, _user_agent, npm_package_*, npm_lifecycle_*). None of it describes the cache project, and
  // some of it would mislead the nested npm; user-set registry/proxy/cafile settings are kept.
  for (const k of Object.keys(env)) {
    if (/^npm_(package|lifecycle)_|^npm_(command|execpath|node_execpath)$/.test(k)) delete env[k];
    if (/^npm_config_(prefix|local_prefix|global_prefix|loglevel|user_agent|npm_version|allow_scripts|ignore_scripts|omit|production|yes)$/i.test(k)) delete env[k];
  }
  Object.assign(env, {
    // code-server's postinstall refuses to run as root unless unsafe_perm is true.
    npm_config_unsafe_perm: 'true',
    // node-pty's install runs `npx node-gyp`, which would otherwise ask before fetching node-gyp.
    npm_config_yes: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    // Show the install scripts' output (node-gyp, postinstall) in the install log.
    npm_config_foreground_scripts: 'true',
    // @vscode/ripgrep looks for its cached download under os.tmpdir(); a private TMPDIR keeps the
    // seeded tarball (and other install debris) out of /tmp.
    TMPDIR: tmpDir,
  });
  // node-gyp downloads Node's headers from nodejs.org unless told where local ones are. Node's own
  // layout (official tarballs, setup-node, Debian's /usr + libnode-dev) is PREFIX/include/node.
  const prefix = path.resolve(path.dirname(process.execPath), '..');
  if (fs.existsSync(path.join(prefix, 'include', 'node', 'node_api.h'))) env.npm_config_nodedir = prefix;
  else log(`no Node headers under ${prefix}/include/node: node-gyp will try to download them`);
  return env;
}

/** Puts Debian's rg where @vscode/ripgrep's postinstall looks for its download, so it needs no GitHub. */
function seedRipgrepCache(tmpDir) {
  const rg = which('rg');
  if (!rg) return false;
  const target = process.arch === 'arm64' ? 'aarch64-unknown-linux-musl' : process.arch === 'x64' ? 'x86_64-unknown-linux-musl' : undefined;
  if (!target) return false;
  const cacheDir = path.join(tmpDir, `vscode-ripgrep-cache-${VSCODE_RIPGREP_VERSION}`);
  const stage = fs.mkdtempSync(path.join(tmpDir, 'rg-'));
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.copyFileSync(rg, path.join(stage, 'rg'));
  fs.chmodSync(path.join(stage, 'rg'), 0o755);
  const r = spawnSync('tar', ['czf', path.join(cacheDir, `ripgrep-${RIPGREP_RELEASE}-${target}.tar.gz`), '-C', stage, 'rg']);
  fs.rmSync(stage, { recursive: true, force: true });
  return r.status === 0;
}

/**
 * Which native modules of VS Code's server actually load. Candidates are the packages with a
 * binding.gyp; some (e.g. @parcel/watcher) load a prebuilt sibling package instead of a local build,
 * so loading them in a child Node is the only honest test.
 */
function nativeModuleReport() {
  const root = path.join(VSCODE_DIR, 'node_modules');
  const names = [];
  for (const name of fs.existsSync(root) ? fs.readdirSync(root) : []) {
    const scoped = name.startsWith('@') ? fs.readdirSync(path.join(root, name)).map((s) => `${name}/${s}`) : [name];
    for (const n of scoped) {
      if (n.startsWith('@vscode/windows-')) continue; // Windows-only
      if (fs.existsSync(path.join(root, n, 'binding.gyp'))) names.push(n);
    }
  }
  const probe = `const r={built:[],missing:[]};for(const n of ${JSON.stringify(names)}){try{require(n);r.built.push(n)}catch{r.missing.push(n)}}console.log(JSON.stringify(r))`;
  const out = spawnSync(process.execPath, ['-e', probe], { cwd: VSCODE_DIR, encoding: 'utf8' });
  try {
    return JSON.parse(out.stdout);
  } catch {
    return { built: [], missing: names };
  }
}

/**
 * What code-server's postinstall does besides `npm install`, redone whenever it is missing: needed
 * after the --ignore-scripts fallback, and if npm ever skips unreviewed install scripts.
 */
function completeVscodeInstall() {
  // VS Code (and built-in extensions) resolve some modules through node_modules.asar.
  const asar = path.join(VSCODE_DIR, 'node_modules.asar');
  if (!fs.existsSync(asar)) {
    fs.rmSync(asar, { force: true });
    fs.symlinkSync('node_modules', asar);
  }
  // Search needs an rg binary where @vscode/ripgrep's postinstall would have put it.
  const rgBin = path.join(VSCODE_DIR, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
  if (!fs.existsSync(rgBin)) {
    fs.mkdirSync(path.dirname(rgBin), { recursive: true });
    if (which('rg')) fs.copyFileSync(which('rg'), rgBin);
    else fs.writeFileSync(rgBin, '#!/bin/sh\necho "rg not installed" >&2\nexit 2\n');
    fs.chmodSync(rgBin, 0o755);
    log(`placed ${which('rg') ? 'Debian rg' : 'a stub'} at ${rgBin}`);
  }
}

async function installToolchain() {
  const existing = readMarker();
  if (existing) return existing;
  return withInstallLock(async () => {
    const again = readMarker(); // another process may have finished while we waited
    if (again) return again;

    openInstallLog();
    const t0 = Date.now();
    log(`installing code-server@${CODE_SERVER_VERSION} + playwright-core@${PLAYWRIGHT_CORE_VERSION} into ${TOOL_HOME} (once; ~1-3 min)`);
    appendLog(`\n===== ${new Date().toISOString()} install code-server@${CODE_SERVER_VERSION} playwright-core@${PLAYWRIGHT_CORE_VERSION} =====\n`);
    if (NODE_MAJOR !== '20') {
      log(`WARNING: code-server ${CODE_SERVER_VERSION} requires Node 20, this is ${process.version}; its native modules will not build`);
    }
    // Start from scratch: a half-finished earlier attempt must not count as installed. Only our own
    // entries are removed, in case JUDGMENT_LINT_VSCODE_HOME points somewhere shared.
    for (const f of fs.readdirSync(TOOL_HOME)) {
      if (/^(node_modules|package\.json|package-lock\.json|tmp|\.installed-.*)$/.test(f)) {
        fs.rmSync(path.join(TOOL_HOME, f), { recursive: true, force: true });
      }
    }
    fs.writeFileSync(
      path.join(TOOL_HOME, 'package.json'),
      JSON.stringify(
        {
          name: 'judgment-lint-vscode-test-toolchain',
          private: true,
          description: 'Installed by judgment-lint test/vscode/run.mjs; safe to delete.',
          dependencies: { 'code-server': CODE_SERVER_VERSION, 'playwright-core': PLAYWRIGHT_CORE_VERSION },
          // npm >= 11.?: install scripts need approval (only a warning today, blocked "in a future
          // release"). code-server's postinstall installs VS Code's own dependencies; argon2
          // (password hashing for code-server's login page) is not needed and not built.
          allowScripts: { 'code-server': true, argon2: false },
        },
        null,
        2,
      ) + '\n',
    );
    const tmpDir = path.join(TOOL_HOME, 'tmp');
    fs.mkdirSync(tmpDir, { recursive: true });
    if (!seedRipgrepCache(tmpDir)) log('no rg to seed @vscode/ripgrep with: its postinstall will try GitHub');
    const env = installEnv(tmpDir);

    // Attempt 1: the normal install. code-server's postinstall runs `npm install --omit=dev` in
    // lib/vscode (building the native modules) and in lib/vscode/extensions.
    let mode = 'full';
    let code = await runLogged('npm', ['install', '--no-package-lock'], { cwd: TOOL_HOME, env });
    if (code !== 0) {
      // Attempt 2: no install scripts at all, so nothing is downloaded or compiled. What the
      // postinstall would have done is done by hand. VS Code then logs errors for the missing
      // native modules (spdlog, watchdog, pty, kerberos…) but extension tests run.
      showInstallLog(`npm install failed (code ${code}); retrying without install scripts (no native modules)`);
      mode = 'ignore-scripts';
      fs.rmSync(path.join(TOOL_HOME, 'node_modules'), { recursive: true, force: true });
      code = await runLogged('npm', ['install', '--no-package-lock', '--ignore-scripts'], { cwd: TOOL_HOME, env });
      if (code === 0) code = await runLogged('npm', ['install', '--omit=dev', '--ignore-scripts'], { cwd: VSCODE_DIR, env });
      if (code === 0) code = await runLogged('npm', ['install', '--omit=dev', '--ignore-scripts'], { cwd: path.join(VSCODE_DIR, 'extensions'), env });
    }
    fs.rmSync(tmpDir, { recursive: true, force: true });
    if (code !== 0 || !fs.existsSync(path.join(VSCODE_DIR, 'out', 'server-main.js'))) {
      showInstallLog(`install failed (code ${code})`);
      throw new SetupError('could not install code-server');
    }
    completeVscodeInstall();
    const native = nativeModuleReport();
    const marker = {
      codeServer: CODE_SERVER_VERSION,
      playwrightCore: PLAYWRIGHT_CORE_VERSION,
      node: process.version,
      mode,
      nativeModules: native.built.length > 0 && native.missing.length === 0,
      built: native.built,
      missing: native.missing,
      seconds: Math.round((Date.now() - t0) / 1000),
      date: new Date().toISOString(),
    };
    fs.writeFileSync(MARKER, JSON.stringify(marker, null, 2) + '\n');
    log(
      `installed in ${marker.seconds} s; native modules ${marker.nativeModules ? 'built' : 'NOT built'}` +
        (native.missing.length ? ` (missing: ${native.missing.join(', ')})` : ` (${native.built.join(', ')})`),
    );
    return marker;
  });
}

// ---------------------------------------------------------------------------- 3-5. run

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

// The web client of code-server always calls the server's remote authority "remote"; the extension
// and the tests live on the server's file system, so they are vscode-remote://remote/<abs path>.
const remoteUri = (p) => 'vscode-remote://remote' + p.split(path.sep).map(encodeURIComponent).join('/');

async function runTests(marker) {
  const vsix = opts.vsix && path.resolve(opts.vsix);
  // Under --vsix the extension under development is only the suite's probe (another id), so the
  // installed extension is the one that runs.
  const webExt = opts['web-extension'] && path.resolve(opts['web-extension']);
  const extPath = path.resolve(opts['extension-development-path'] ?? (webExt ? webExt : vsix ? VSIX_PROBE : REPO_ROOT));
  const testsPath = path.resolve(opts['extension-tests-path'] ?? (webExt ? path.join(webExt, 'test', 'index.js') : vsix ? VSIX_TESTS : DEFAULT_TESTS));
  const workspace = opts.workspace && path.resolve(opts.workspace);
  const browserPath = findBrowser();

  // Fail early and clearly on the usual mistakes.
  const pkgFile = path.join(extPath, 'package.json');
  if (!fs.existsSync(pkgFile)) throw new SetupError(`no package.json in ${extPath}`);
  const main = JSON.parse(fs.readFileSync(pkgFile, 'utf8')).main;
  if (main && !['', '.js'].some((ext) => fs.existsSync(path.resolve(extPath, main + ext)))) {
    throw new SetupError(`${path.resolve(extPath, main)} does not exist: build first (node esbuild.mjs --tests)`);
  }
  if (!fs.existsSync(testsPath)) throw new SetupError(`${testsPath} does not exist: build first (node esbuild.mjs --tests)`);
  if (workspace && !fs.existsSync(workspace)) throw new SetupError(`--workspace ${workspace} does not exist`);
  if (vsix && !fs.existsSync(vsix)) throw new SetupError(`--vsix ${vsix} does not exist: npm run package first`);
  if (!browserPath || !fs.existsSync(browserPath)) {
    throw new SetupError(`no Chromium found (${process.env.CHROMIUM || BROWSER_CANDIDATES.join(', ')}): apt-get install chromium, or set CHROMIUM`);
  }
  if (!marker.nativeModules) log('note: running without native modules; VS Code will log errors about them');

  const started = Date.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'judgment-lint-vscode-'));
  const userData = path.join(tmp, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  // A quiet, deterministic workbench: nothing phones home, nothing pops up, no trust prompt.
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoUpdate': false,
        'extensions.autoCheckUpdates': false,
        'extensions.ignoreRecommendations': true,
        'workbench.enableExperiments': false,
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'security.workspace.trust.enabled': false,
      },
      null,
      2,
    ),
  );

  // Last lines of server/browser output, printed when the run breaks down (not when tests fail).
  const tail = [];
  const remember = (prefix, text) => {
    for (const line of String(text).split('\n')) if (line.trim()) tail.push(`${prefix} ${line}`);
    tail.splice(0, Math.max(0, tail.length - 60));
  };

  const serverEnv = {
    ...process.env,
    // code-server points the gallery at open-vsx; unreachable offline, and tests must not
    // depend on the marketplace anyway.
    EXTENSIONS_GALLERY: '{"serviceUrl":""}',
    // Keep the agent's state and IPC sockets inside tmp, which we delete.
    VSCODE_AGENT_FOLDER: path.join(tmp, 'agent'),
    XDG_RUNTIME_DIR: tmp,
    // The suite checks the package it was given (size, contents).
    ...(vsix ? { JUDGMENT_LINT_VSIX: vsix } : {}),
    // --locale: the suite runs only its @l10n tests (test/vscode/suite/index.ts).
    ...(opts.locale ? { JUDGMENT_LINT_TEST_LOCALE: opts.locale } : {}),
  };
  const serverDirs = ['--server-data-dir', path.join(tmp, 'server-data'), '--user-data-dir', userData, '--extensions-dir', path.join(tmp, 'extensions')];
  if (vsix) {
    // The server's own CLI installs the package and exits, as `code --install-extension` would.
    const r = spawnSync(process.execPath, [path.join(VSCODE_DIR, 'out', 'server-main.js'), '--install-extension', vsix, '--accept-server-license-terms', ...serverDirs], {
      env: serverEnv,
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (r.status !== 0 || !/successfully installed/.test(r.stdout)) {
      throw new SetupError(`could not install ${vsix}: ${(r.stdout + r.stderr).trim().split('\n').slice(-5).join(' | ')}`);
    }
    log(`installed ${path.basename(vsix)} (${(fs.statSync(vsix).size / 1024).toFixed(0)} KB)`);
  }

  const port = await freePort();
  const server = spawn(
    process.execPath,
    [
      path.join(VSCODE_DIR, 'out', 'server-main.js'),
      '--host', '127.0.0.1',
      '--port', String(port),
      '--without-connection-token', // loopback only, throwaway instance
      '--accept-server-license-terms',
      '--disable-telemetry',
      '--disable-workspace-trust',
      ...serverDirs,
      '--log', verbose ? 'debug' : 'info',
      ...(opts.locale ? ['--locale', opts.locale] : []),
    ],
    {
      env: serverEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Own process group: the server forks the extension host and helpers; we kill them all at once.
      detached: true,
    },
  );

  let browser;
  let finished = false;
  const serverExited = new Promise((r) => server.once('exit', r));
  const killServer = () => {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {}
  };
  const removeTmp = () => {
    if (process.env.JUDGMENT_LINT_VSCODE_KEEP) return;
    try {
      fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
    } catch {}
  };
  // Last resort if we die some other way (uncaught error): never leave the server running.
  process.once('exit', () => {
    killServer();
    removeTmp();
  });

  const finish = async (code, why, showTail = false) => {
    if (finished) return;
    finished = true;
    if (why) log(why);
    if (showTail && !verbose && tail.length) process.stderr.write(`----- last server/browser output -----\n${tail.join('\n')}\n-----\n`);
    await Promise.race([browser?.close().catch(() => {}), new Promise((r) => setTimeout(r, 10_000))]);
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {}
    await Promise.race([serverExited, new Promise((r) => setTimeout(r, 3000))]);
    killServer();
    if (process.env.JUDGMENT_LINT_VSCODE_KEEP) log(`kept ${tmp} (server logs under server-data/data/logs)`);
    removeTmp();
    log(`exit ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    process.exit(code);
  };
  setTimeout(() => finish(EXIT_TIMEOUT, `timed out after ${timeoutS} s`, true), timeoutS * 1000).unref();
  process.once('SIGINT', () => finish(130, 'interrupted'));
  process.once('SIGTERM', () => finish(143, 'terminated'));
  process.once('SIGHUP', () => finish(129, 'hung up'));

  // ---- 3. wait for the server
  await new Promise((resolve, reject) => {
    let seen = '';
    const onData = (prefix) => (d) => {
      remember(prefix, d);
      if (verbose) process.stderr.write(String(d).replace(/^(?=.)/gm, `${prefix} `));
      seen = (seen + d).slice(-4096);
      if (seen.includes('Extension host agent listening on')) resolve();
    };
    server.stdout.on('data', onData('[server]'));
    server.stderr.on('data', onData('[server:err]'));
    server.once('exit', (c, s) => reject(new SetupError(`VS Code server exited during startup (${c ?? s})`)));
    setTimeout(() => reject(new SetupError('VS Code server did not start within 120 s')), 120_000).unref();
  }).catch((e) => finish(EXIT_SETUP, e.message, true));
  if (finished) return;
  server.once('exit', (c, s) => finish(EXIT_SETUP, `VS Code server exited unexpectedly (${c ?? s})`, true));
  if (verbose) log(`server listening on 127.0.0.1:${port} after ${((Date.now() - started) / 1000).toFixed(1)} s`);

  try {
    await openWorkbench({ port, extPath, testsPath, workspace, webExt, browserPath, finish, remember, setBrowser: (b) => (browser = b) });
  } catch (e) {
    await finish(EXIT_SETUP, `could not open the workbench: ${e?.stack || e}`, true);
  }
}

/**
 * --web-extension: the 1.100 web workbench runs an extension under development in its web-worker
 * host only when it comes from the workbench's own development options (the URL payload's
 * extensionDevelopmentKind is ignored), and runs the tests in the host of the extension whose
 * folder holds them. So the browser is given the folder at /__judgment-lint-web/ on the
 * workbench's own origin (its CSP allows nothing else), and the page's configuration names it
 * as the extension under development, with its suite.
 */
async function serveWebExtension(context, port, dir, testsPath) {
  const origin = `http://127.0.0.1:${port}`;
  const prefix = '/__judgment-lint-web';
  const at = (p) => ({ scheme: 'http', authority: `127.0.0.1:${port}`, path: p });
  await context.route(`${origin}${prefix}/**`, (route) => {
    const rel = decodeURIComponent(new URL(route.request().url()).pathname.slice(prefix.length));
    const file = path.join(dir, rel);
    const found = file.startsWith(dir + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile();
    return found ? route.fulfill({ path: file, headers: { 'Cache-Control': 'no-store' } }) : route.fulfill({ status: 404, body: '' });
  });
  await context.route((u) => u.origin === origin && u.pathname === '/', async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const body = html.replace(/(id="vscode-workbench-web-configuration" data-settings=")([^"]*)"/, (_, head, attr) => {
      const settings = JSON.parse(attr.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
      settings.developmentOptions = {
        ...settings.developmentOptions,
        extensions: [at(prefix)],
        extensionTestsPath: at(`${prefix}/${path.relative(dir, testsPath).split(path.sep).join('/')}`),
      };
      return `${head}${JSON.stringify(settings).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
    });
    await route.fulfill({ response, body });
  });
}

async function openWorkbench({ port, extPath, testsPath, workspace, webExt, browserPath, finish, remember, setBrowser }) {
  // ---- 4. open the workbench
  // playwright-core is imported from the toolchain cache, not from the repo's node_modules.
  const { chromium } = createRequire(path.join(TOOL_HOME, 'package.json'))('playwright-core');
  const payload = [
    // A web extension is given to the workbench another way (see serveWebExtension).
    ...(webExt ? [] : [['extensionDevelopmentPath', remoteUri(extPath)], ['extensionTestsPath', remoteUri(testsPath)]]),
    ['skipWelcome', 'true'],
  ];
  let url = `http://127.0.0.1:${port}/?`;
  if (workspace) url += (workspace.endsWith('.code-workspace') ? 'workspace=' : 'folder=') + encodeURIComponent(remoteUri(workspace));
  else url += 'ew=true'; // empty window
  url += '&payload=' + encodeURIComponent(JSON.stringify(payload));

  const browser = await chromium.launch({
    executablePath: browserPath,
    headless: true,
    // Our own handlers (in runTests) close the browser and the server, then exit.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: [
      '--no-sandbox', // containers / root: Chromium's sandbox needs user namespaces
      '--disable-gpu',
      '--disable-dev-shm-usage', // small /dev/shm in containers crashes the renderer
      '--disable-background-networking', // no Google services offline
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  setBrowser(browser); // from now on finish() closes it
  const screenshots = process.env.JUDGMENT_LINT_SCREENSHOTS && path.resolve(process.env.JUDGMENT_LINT_SCREENSHOTS);
  const viewport = screenshots ? { width: 1600, height: 1000 } : { width: 1280, height: 800 };
  const context = await browser.newContext({ viewport });
  if (webExt) await serveWebExtension(context, port, webExt, testsPath);
  const page = await context.newPage();
  // Opt-in screenshots: a test logs "[judgment-lint:screenshot] NAME" and waits for DIR/NAME.png,
  // which appears whole (written aside, then renamed).
  const screenshot = async (name) => {
    try {
      fs.mkdirSync(screenshots, { recursive: true });
      const file = path.join(screenshots, `${name}.png`);
      fs.writeFileSync(`${file}.tmp`, await page.screenshot());
      fs.renameSync(`${file}.tmp`, file);
      log(`screenshot ${file}`);
    } catch (e) {
      log(`screenshot ${name} failed: ${e?.message || e}`);
    }
  };

  // ---- 5. relay the extension host's output and exit code
  // The workbench calls these when it runs extension tests (IAutomatedWindow in VS Code's source).
  // Everything the renderer logs arrives here at "info", workbench chatter and test output alike. The
  // chatter comes first, until our suite prints "VS Code <version>"; it is held back (shown with
  // --verbose, or if the run fails before the suite started, when it explains why).
  const held = [];
  let suiteStarted = false;
  await page.exposeFunction('codeAutomationLog', (_type, args) => {
    const line = format(...(Array.isArray(args) ? args : [args]));
    if (!suiteStarted && /^VS Code \d/.test(line)) suiteStarted = true;
    const shot = screenshots && /^\[judgment-lint:screenshot\] ([\w-]{1,64})$/.exec(line.trim());
    if (shot) void screenshot(shot[1]);
    if (suiteStarted || verbose) process.stdout.write(line + '\n');
    else held.push(line);
  });
  await page.exposeFunction('codeAutomationExit', (code) => {
    const n = Number(code);
    if (n !== 0 && !suiteStarted && held.length) process.stdout.write(held.join('\n') + '\n');
    finish(Number.isInteger(n) ? n : 1, `extension host exited with code ${code}`);
  });
  page.on('console', (m) => {
    // log/info lines are the workbench's log, which codeAutomationLog relays already.
    if (m.type() !== 'error' && m.type() !== 'warning') return;
    remember(`[browser:${m.type()}]`, m.text());
    if (verbose) process.stderr.write(`[browser:${m.type()}] ${m.text()}\n`);
  });
  page.on('pageerror', (e) => {
    remember('[page error]', e.message);
    if (verbose) process.stderr.write(`[page error] ${e.message}\n`);
  });
  page.on('crash', () => finish(EXIT_SETUP, 'browser page crashed', true));
  browser.on('disconnected', () => finish(EXIT_SETUP, 'browser exited unexpectedly', true));
  if (opts.locale) {
    // The web workbench takes its display language from the language pack's NLS script, and
    // passes it to the extension host (vscode.env.language, which picks the extensions'
    // package.nls.<L>.json and l10n bundles). Offline there is no language pack to install, so
    // the language is set before the workbench loads; VS Code's own strings stay English.
    await page.addInitScript((l) => {
      globalThis._VSCODE_NLS_LANGUAGE = l;
    }, opts.locale);
  }
  if (verbose) log(`opening ${url}`);
  await page.goto(url);
}

// ---------------------------------------------------------------------------- main

try {
  await ensureSystemPackages();
  const marker = await installToolchain();
  if (opts['install-only']) {
    if (!findBrowser()) log('warning: no Chromium installed; runs will fail until there is one (or set CHROMIUM)');
    log(`toolchain ready in ${TOOL_HOME} (native modules ${marker.nativeModules ? 'built' : 'not built'})`);
    process.exit(0);
  }
  await runTests(marker);
} catch (e) {
  log(e instanceof SetupError ? e.message : e?.stack || String(e));
  process.exit(EXIT_SETUP);
}
