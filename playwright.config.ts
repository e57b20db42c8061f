// End-to-end configuration: user journeys against the production build served by `vite preview`,
// in Debian's Chromium (no browser download).
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/chromium.mjs';

const port = Number(process.env.E2E_PORT ?? 4273);
// a separate build folder lets several people run end-to-end tests on one machine at once
const outDir = process.env.E2E_OUT_DIR ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  // two workers keep the whole test command under 10 minutes on 2 cores; every test has its own context
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'de-DE',
    acceptDownloads: true,
    // the service worker's install precaches the whole app (2 MB) in every new context: about 9 % of
    // this run's time; the tests of offline use, the policy and reloads it serves allow it
    serviceWorkers: 'block',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${outDir}`,
    url: `http://localhost:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
