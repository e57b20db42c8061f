// Test configuration: a jsdom `unit` project for domain, storage and component tests, and two
// browser projects (real Chromium through Playwright), `browser` and `browser-files`, for
// everything that touches bpmn-js.
import { defineConfig } from 'vitest/config';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from './tests/chromium.mjs';

// The shared BPMN fixtures sit beside the checkout (../shared/fixtures/bpmn); the browser project
// reads them through Vite, so the dev server may serve that folder too.
const sharedDir = fileURLToPath(new URL('../shared', import.meta.url));
const repoDir = fileURLToPath(new URL('.', import.meta.url));

/**
 * The browser tests of reading, checking and writing BPMN files and reports, and those of the
 * modeller's navigation (search, keyboard), which even out the two projects' time.
 */
const bpmnFileTests = [
  'src/bpmn/{import,scan,parsed,skipped,diagramViews,export,readSteps,scoresInBpmn}*.browser.test.ts',
  'src/bpmn/sample/*.browser.test.ts',
  'src/bpmn/navigation/*.browser.test.ts',
  'src/export/*.browser.test.ts',
  'src/features/report/*.browser.test.ts',
];

/** A Vitest project of browser tests (real Chromium through Playwright): everything that touches bpmn-js. */
function browserProject(name: string, include: string[], exclude: string[]): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name,
      include,
      exclude,
      setupFiles: ['tests/setup-browser.ts'],
      // the files of a project run one after another in one frame instead of a frame each: every file
      // loaded bpmn-js, React and the app anew (both projects: 94-105 s against 140-157 s here, in
      // turns); tests/setup-browser.ts gives each file a clean page
      isolate: false,
      testTimeout: 30_000,
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
        instances: [{ browser: 'chromium' }],
      },
    },
  };
}

export default defineConfig({
  plugins: [react()],
  server: { fs: { allow: [repoDir, sharedDir] } },
  // pre-bundled up front, so Vite does not discover them mid-run and reload the browser tests' frame
  // (with it every test file still to run in that frame)
  optimizeDeps: { include: ['bpmn-js/lib/Modeler', 'bpmn-js/lib/Viewer', 'bpmn-js/lib/NavigatedViewer', 'bpmn-js/lib/features/editor-actions', 'bpmn-js/lib/features/keyboard', 'bpmn-js/lib/features/outline', 'bpmn-js/lib/features/search', 'bpmn-moddle', 'bpmn-auto-layout', '@testing-library/dom', '@testing-library/react', '@testing-library/user-event', 'react', 'react-dom', 'react-dom/client', 'react-i18next', 'i18next', 'zustand', 'zustand/vanilla', 'zustand/vanilla/shallow', 'fflate', 'dexie', '@tanstack/react-table', '@tanstack/react-virtual', 'diagram-js/lib/util/GraphicsUtil'] },
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
          // Vitest leaves one core to its main process by default: one worker on 2 cores. Both cores
          // (59-61 s against 89 s, in turns) are worth it, as the main process has little to do here
          maxWorkers: availableParallelism(),
          // user-event typing under jsdom is slow on a busy 2-core machine; this bounds a hang, it times nothing
          testTimeout: 20_000,
        },
      },
      // the browser tests run in two projects of about equal time, each in a page of its own: one
      // page's renderer runs its test files one after the other on one core, and two pages keep both
      // cores busy (a first split of the same files: 119 and 116 s against 132 and 139 s for one
      // project, in turns). `browser-files` holds BPMN files in and out (the import check, reading,
      // the shared fixtures, exports) and the modeller's navigation; `browser` the rest. Without the
      // navigation, the file times were 97 s (`browser`) against 71 s; with it, about 86 against 82.
      browserProject('browser', ['src/**/*.browser.test.{ts,tsx}'], bpmnFileTests),
      browserProject('browser-files', bpmnFileTests, []),
    ],
  },
});
