// A browser whose settings do not allow the site to store data (Chromium's "block site data",
// profile.default_content_setting_values.cookies = 2, as an IT policy sets it), in the real
// browser: the app says so, that nothing is damaged and what to do, and offers no export or
// restore, which cannot work there.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';

test('a browser that blocks site data gets the way to allow it, not the remedies for a damaged database', async ({ baseURL }) => {
  const profile = mkdtempSync(join(tmpdir(), 'lotse-blocked-'));
  mkdirSync(join(profile, 'Default'));
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, args: chromiumArgs, locale: 'de-DE', serviceWorkers: 'block' });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(baseURL ?? '/');

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dieser Browser erlaubt Prozesslotse nicht, Daten zu speichern');
    await expect(page.getByText(new URL(page.url()).origin, { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Seite neu laden' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Lesbare Daten exportieren' })).toHaveCount(0);
    await expect(page.locator('input[type=file]')).toHaveCount(0);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
