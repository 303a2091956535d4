/**
 * Drafts never leave the machine: the shipped bundles (the web extension's included) contain no
 * network access at all — no Node network modules, no fetch, XMLHttpRequest or WebSocket, no
 * addresses to call.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness';

const NETWORK = [
  /require\(["'](?:node:)?(?:http|https|http2|net|tls|dgram|dns)["']\)/,
  /from\s*["'](?:node:)?(?:http|https|http2|net|tls|dgram|dns)["']/,
  /\bfetch\s*\(/,
  /XMLHttpRequest/,
  /WebSocket/,
  /navigator\.sendBeacon/,
  /https?:\/\/(?!www\.w3\.org\/)[\w.-]+/,
];

describe('privacy', () => {
  for (const bundle of ['dist/extension.js', 'dist/web/extension.js', 'dist/cli.js', 'dist/engine.js']) {
    it(`${bundle} makes no network calls`, () => {
      // Comments (the libraries' JSDoc links) call nothing: drop them before looking.
      const src = readFileSync(join(ROOT, bundle), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      for (const re of NETWORK) assert.doesNotMatch(src, re, `${bundle} matches ${re}`);
    });
  }
});
