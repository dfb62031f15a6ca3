import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The dashboard of `roleprint serve`, served from web/dist under a CSP with no inline script or style.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No inline modulepreload polyfill, no data: URL assets: every script and style is a file of this server.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: true,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8787', '/docs': 'http://127.0.0.1:8787' } },
});
