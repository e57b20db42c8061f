// Builds the bare bpmn-js baseline page for `npm run bench` into bench-results/bare.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: { outDir: fileURLToPath(new URL('../bench-results/bare', import.meta.url)), emptyOutDir: true, rollupOptions: { input: fileURLToPath(new URL('./bare.html', import.meta.url)) } },
  logLevel: 'warn',
});
