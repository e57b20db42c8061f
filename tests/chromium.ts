// Where Debian's Chromium lives and the flags it needs here (root, no network beyond loopback):
// shared by the Vitest browser project, Playwright end-to-end tests and the benchmark.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
