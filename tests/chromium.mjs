// Where Debian's Chromium lives and the flags it needs here (root, no network beyond loopback):
// shared by the Vitest browser projects, the Playwright end-to-end tests and the benchmark (a
// JavaScript module, so that Node runs the benchmark without a build; its types: chromium.d.mts).
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Playwright's own `--disable-features` names (playwright-core's chromiumSwitches). Chromium honours
 * only the last `--disable-features` of its command line, and Playwright puts ours after its own, so
 * ours repeats them; tests/e2e/chromiumFlags.spec.ts fails when Playwright's list has a name this
 * one lacks.
 */
const playwrightDisabledFeatures = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * The omnibox popup of the browser's own toolbar, a web page that Chromium loads ahead, in a
 * renderer of its own, for every window: for every test's browser context. Headless, nobody sees
 * it, and on 2 cores it took about a quarter of the end-to-end tests' time (four spec files: 82
 * against 63 s, in turns).
 */
const toolbarPopupFeatures = ['PreloadTopChromeWebUI', 'WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];

/**
 * The spare renderer: a renderer process that Chromium starts ahead for the next navigation, again
 * after each one. Tests open a new context for nearly every test and navigate a few times, so most
 * spares start for nothing: 74 renderers for 32 end-to-end tests against 43 without, and about a
 * ninth of those tests' CPU time (182 against 205 s, measured over all of the machine's processes).
 */
const spareRendererFeatures = ['SpareRendererForSitePerProcess'];

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  `--disable-features=${[...playwrightDisabledFeatures, ...toolbarPopupFeatures, ...spareRendererFeatures].join(',')}`,
];
