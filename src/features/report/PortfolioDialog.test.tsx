// Tests of the portfolio dialog's choice: processes of one name in one Amt, chosen together, are
// pointed out before the report is made (its sums may count one workflow twice).
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDepartment, createProcess } from '../../domain/assessment';
import { i18n } from '../../i18n/i18n';
import { renderWithStore } from '../settings/storeHarness';
import type { StoreHarness } from '../settings/storeHarness';
import { PortfolioDialog } from './PortfolioDialog';

const ordnungsamt = createDepartment({ code: 'Amt 32', name: 'Ordnungsamt' });
const fromAnna = createProcess({ departmentId: ordnungsamt.id, name: 'Gewerbeanmeldung', diagramXml: '<x/>' });
const fromClara = createProcess({ departmentId: ordnungsamt.id, name: 'Gewerbeanmeldung (aus Sicherung)', diagramXml: '<x/>' });
const other = createProcess({ departmentId: ordnungsamt.id, name: 'Sondernutzung', diagramXml: '<x/>' });

let harness: StoreHarness | undefined;

beforeEach(async () => {
  await i18n.changeLanguage('de');
});

afterEach(() => {
  harness?.dispose();
  harness = undefined;
});

describe('PortfolioDialog', () => {
  it('given two processes of one name but for an addition in brackets in one Amt, when both are chosen, then the dialog says the sums may count one workflow twice', async () => {
    const processes = [fromAnna, fromClara, other];
    harness = await renderWithStore(<PortfolioDialog departments={[ordnungsamt]} processes={processes} onClose={() => undefined} />, {
      departments: [ordnungsamt],
      processes,
    });
    const user = userEvent.setup();
    const warning = () => screen.queryByText(/^Gleichnamige Prozesse sind ausgewählt/);

    await user.click(screen.getByRole('checkbox', { name: fromAnna.name }));
    await user.click(screen.getByRole('checkbox', { name: other.name }));
    expect(warning()).toBeNull();

    await user.click(screen.getByRole('checkbox', { name: fromClara.name }));

    expect(warning()).toHaveTextContent(`„${fromAnna.name}“ 2-mal in ${ordnungsamt.code} – ${ordnungsamt.name}.`);
  });
});
