// The test browser's own flags (tests/chromium.mjs): Chromium honours only the last
// `--disable-features` of its command line, so ours must carry every name Playwright disables; and
// a new browser context opens no page of the browser's toolbar, which nobody sees headless, and no
// spare renderer beside its page's.
import { expect, test } from '@playwright/test';

test('our --disable-features carries every feature Playwright disables, and a new context preloads no toolbar page and no spare renderer', async ({ browser }) => {
  const page = await browser.newPage();
  await page.goto('chrome://version');
  const switches = ((await page.locator('#command_line').textContent()) ?? '').split(/\s+/);
  const lists = switches.filter((item) => item.startsWith('--disable-features=')).map((item) => item.slice('--disable-features='.length).split(','));
  // Playwright's list first, ours last
  expect(lists.length).toBe(2);
  const [playwrights, ours] = lists;
  expect(playwrights.length).toBeGreaterThan(5);
  expect(playwrights.filter((feature) => !ours.includes(feature))).toEqual([]);

  const session = await browser.newBrowserCDPSession();
  const { targetInfos } = await session.send('Target.getTargets');
  expect(targetInfos.filter((target) => target.url.startsWith('chrome://') && target.url.includes('top-chrome')).map((target) => target.url)).toEqual([]);
  // one page of one site: one renderer, none started ahead for a next navigation
  const { processInfo } = await session.send('SystemInfo.getProcessInfo');
  expect(processInfo.filter((info) => info.type === 'renderer')).toHaveLength(1);
  await page.close();
});
