// A Windows contrast theme (forced colours, dark) in the modeller: with a heatmap on, the lanes'
// names, the labels outside shapes and the flows keep their contrast to the ground they are drawn
// on, and the view toggles show which of them are pressed. At 320 CSS pixels wide, the page ends
// where its content ends (WCAG 2.1 1.4.10), also with the long score panel open. Starts from a fresh
// browser context with the sample process.
import { expect, test } from '@playwright/test';
import type { Locator } from '@playwright/test';
import { contrastRatio } from '../contrastRatio';
import { diagramDrawing, openProcess } from './support/editorPage';
import { gotoWorkspace } from './support/workspacePage';

const sampleName = 'Gewerbeanmeldung';

/** The paint of an SVG part (its fill, or its stroke) and the first opaque background behind it. */
async function paintAndGround(part: Locator, paint: 'fill' | 'stroke'): Promise<[string, string]> {
  return part.evaluate((element, property) => {
    let ground = 'rgb(255, 255, 255)';
    for (let box = element.parentElement; box; box = box.parentElement) {
      const background = getComputedStyle(box).backgroundColor;
      if (!/^rgba\(.*, 0\)$/.test(background)) {
        ground = background;
        break;
      }
    }
    return [getComputedStyle(element)[property], ground];
  }, paint);
}

test('in forced colours with a dark theme, the heatmap keeps lanes, labels and flows readable, and the pressed view toggles stand out', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
  await gotoWorkspace(page);
  await openProcess(page, sampleName);
  await page.getByRole('combobox', { name: 'Heatmap' }).selectOption({ label: 'Digitalisierungspotenzial' });

  const drawing = diagramDrawing(page);
  const texts = {
    lane: drawing.locator('[data-element-id="Lane_Buergerbuero"] text'),
    'label of the start event': drawing.locator('text', { hasText: 'Gewerbe soll' }),
    'label of the gateway': drawing.locator('text', { hasText: 'Angaben' }),
    'label of a flow': drawing.locator('.djs-element text', { hasText: /^nein$/ }),
  };
  for (const [what, text] of Object.entries(texts)) {
    const [fill, ground] = await paintAndGround(text.first(), 'fill');
    expect(contrastRatio(fill, ground), `${what}: ${fill} on ${ground}`).toBeGreaterThanOrEqual(4.5);
  }
  const [stroke, ground] = await paintAndGround(drawing.locator('[data-element-id="Flow_Start"] .djs-visual > path'), 'stroke');
  expect(contrastRatio(stroke, ground), `flow: ${stroke} on ${ground}`).toBeGreaterThanOrEqual(3);

  const toggles = page.getByRole('group', { name: 'Ansicht' });
  const pressed = toggles.getByRole('button', { name: 'Bewertung', pressed: true });
  const notPressed = toggles.getByRole('button', { name: 'Schritttabelle', pressed: false });
  const backgroundOf = (toggle: Locator) => toggle.evaluate((element) => getComputedStyle(element).backgroundColor);
  const [pressedBackground, otherBackground] = [await backgroundOf(pressed), await backgroundOf(notPressed)];
  expect(contrastRatio(pressedBackground, otherBackground), `${pressedBackground} against ${otherBackground}`).toBeGreaterThanOrEqual(3);
});

test.describe('at 320 CSS pixels wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('with the score panel at its first step, the page ends where its content ends', async ({ page }) => {
    await gotoWorkspace(page);
    await openProcess(page, sampleName);
    await page.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }).click();
    await expect(page.getByRole('radiogroup').first()).toBeVisible();

    const { pageHeight, contentEnd } = await page.evaluate(() => ({
      pageHeight: document.documentElement.scrollHeight,
      contentEnd: Math.ceil(document.body.getBoundingClientRect().bottom + window.scrollY),
    }));
    expect(pageHeight).toBeLessThanOrEqual(contentEnd);
  });
});
