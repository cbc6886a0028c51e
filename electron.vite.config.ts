import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/main/csp';

/** Writes the same CSP the app:// protocol sends into index.html, from one source. */
function cspMeta(): Plugin {
  return {
    name: 'afterword-csp-meta',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

/**
 * The OCR threads are plain CommonJS files (the workers and what they require) that Node's
 * worker_threads start by path, so they are copied beside the built main process rather
 * than bundled into it.
 */
function ocrWorker(): Plugin {
  const dir = resolve(__dirname, 'electron/core/people/card-scan');
  return {
    name: 'afterword-ocr-worker',
    generateBundle() {
      for (const fileName of readdirSync(dir).filter((f) => f.endsWith('.cjs'))) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(resolve(dir, fileName), 'utf8') });
      }
    },
  };
}

export default defineConfig({
  main: {
    plugins: [ocrWorker()],
    build: {
      outDir: 'out/main',
      lib: { entry: resolve(__dirname, 'electron/main/index.ts') },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require packages, so everything it uses is bundled in.
      externalizeDeps: false,
      lib: { entry: resolve(__dirname, 'electron/preload/index.ts') },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), cspMeta()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
