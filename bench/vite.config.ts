// Builds the benchmark pages for `npm run bench` into bench-results/bare: the bare bpmn-js
// baseline (bare.html) and the steps table alone (table.html, the app's component with React).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const page = (name: string) => fileURLToPath(new URL(`./${name}.html`, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../bench-results/bare', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: { bare: page('bare'), table: page('table') } },
  },
  logLevel: 'warn',
});
