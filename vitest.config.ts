// Test configuration: a jsdom `unit` project for domain, storage and component tests, and a
// `browser` project (real Chromium through Playwright) for everything that touches bpmn-js.
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from './tests/chromium.ts';

// The shared BPMN fixtures sit beside the checkout (../shared/fixtures/bpmn); the browser project
// reads them through Vite, so the dev server may serve that folder too.
const sharedDir = fileURLToPath(new URL('../shared', import.meta.url));
const repoDir = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  plugins: [react()],
  server: { fs: { allow: [repoDir, sharedDir] } },
  // pre-bundled up front, so Vite does not discover them mid-run and reload a browser test
  optimizeDeps: { include: ['bpmn-js/lib/Modeler', 'bpmn-js/lib/Viewer', 'bpmn-moddle', 'bpmn-auto-layout', '@testing-library/dom', '@testing-library/react', '@testing-library/user-event', 'react', 'react-dom', 'react-dom/client', 'react-i18next', 'i18next', 'zustand', 'fflate'] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.mjs'],
          exclude: ['src/**/*.browser.test.{ts,tsx}'],
          setupFiles: ['tests/setup-unit.ts'],
          // one jsdom per worker instead of one per file: making it took most of this project's time
          // (about 2 of its 2.7 minutes on 2 cores); tests/setup-unit.ts gives each file a clean start
          isolate: false,
          // user-event typing under jsdom is slow on a busy 2-core machine; this bounds a hang, it times nothing
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.{ts,tsx}'],
          setupFiles: ['tests/setup-browser.ts'],
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
