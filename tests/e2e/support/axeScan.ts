// The axe-core scan the end-to-end specs run for WCAG 2.1 AA (BITV 2.0): its violations, one
// readable line each, and a check that the scan checked something at all.
import { AxeBuilder } from '@axe-core/playwright';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The violations of a scan, one readable line each (rule, impact, the first offending nodes). */
export async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  // a scan that checked nothing would pass too
  expect(results.passes.length).toBeGreaterThan(10);
  return results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help} – ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`,
  );
}
