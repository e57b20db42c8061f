// Browser test of the import dialog's pasted XML (real clicks through the browser: whether a click on a
// button that React swaps for a submit button submits the form is the browser's own behaviour): refused
// text comes back to be fixed with "Eingabe korrigieren" and is checked again when fixed; a blank line
// copied before the XML does not refuse it.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { Department } from '../../domain/assessment';
import { i18n } from '../../i18n/i18n';
import { ImportDialog } from './ImportDialog';
import type { ImportResult } from './ImportDialog';
import { testDiagramXml } from '../../bpmn/testing/testDiagramXml';

const diagramXml = testDiagramXml({ nodes: [{ id: 'Task_Pruefen', name: 'Antrag prüfen' }] });

const amt: Department = { id: 'd-1', name: 'Ordnungsamt', code: 'Amt 32', createdAt: '2026-10-01T08:00:00.000Z', updatedAt: '2026-10-01T08:00:00.000Z', revision: 1 };

beforeEach(async () => {
  await i18n.changeLanguage('de');
});
afterEach(cleanup);


describe('ImportDialog with pasted XML', () => {
  it('given pasted text that is not valid XML, when checked, then it says why; "Eingabe korrigieren" brings the text back to be fixed', async () => {
    const onConfirm = vi.fn<(result: ImportResult) => void>();
    render(<ImportDialog source={{ kind: 'paste' }} departments={[amt]} processes={[]} onConfirm={onConfirm} onClose={() => undefined} />);
    const broken = diagramXml.replace('<bpmn:task', '<bpmn:task <');
    const field = screen.getByRole('textbox', { name: 'BPMN-2.0-XML' });
    await userEvent.fill(field, broken);
    await userEvent.click(screen.getByRole('button', { name: 'Prüfen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('kein gültiges XML');
    await userEvent.click(screen.getByRole('button', { name: 'Eingabe korrigieren' }));

    const again = await screen.findByRole('textbox', { name: 'BPMN-2.0-XML' });
    expect(again).toHaveValue(broken);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await userEvent.fill(again, diagramXml);
    await userEvent.click(screen.getByRole('button', { name: 'Prüfen' }));
    expect(await screen.findByRole('textbox', { name: 'Name des Prozesses' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Prozess anlegen' })).toBeEnabled();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('given XML pasted after a blank line, as copied from an editor or an e-mail, when checked, then it is accepted', async () => {
    render(<ImportDialog source={{ kind: 'paste' }} departments={[amt]} processes={[]} onConfirm={() => undefined} onClose={() => undefined} />);
    await userEvent.fill(screen.getByRole('textbox', { name: 'BPMN-2.0-XML' }), `\n  ${diagramXml}`);
    await userEvent.click(screen.getByRole('button', { name: 'Prüfen' }));
    expect(await screen.findByRole('textbox', { name: 'Name des Prozesses' })).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
