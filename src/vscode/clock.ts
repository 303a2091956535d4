/**
 * When the extension's bundle began to run: imported first by extension.ts, so the time from
 * here to the end of activate() is the cost of loading the engine, its statutes and the
 * adapter, and of activating. The real-VS-Code smoke test reads it (issue 7: under 100 ms).
 */
export const bundleStarted = performance.now();
