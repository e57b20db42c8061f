// Browser test of the import dialog's pasted XML (real clicks through the browser: whether a click on a
// button that React swaps for a submit button submits the form is the browser's own behaviour): refused
// text comes back to be fixed with "Eingabe korrigieren" and is checked again when fixed; a blank line
// copied before the XML does not refuse it. A file whose chosen view has shapes the modeller will
// not draw says so for that view (ADONIS's 907 KB file, parsed in time only by a real browser).
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { Department } from '../../domain/assessment';
import { i18n } from '../../i18n/i18n';
import { ImportDialog } from './ImportDialog';
import type { ImportResult } from './ImportDialog';
import { testDiagramXml } from '../../bpmn/testing/testDiagramXml';
import adonisXml from '../../../../shared/fixtures/bpmn/miwg/ADONIS-17_B.2.0-export.bpmn?raw';
import noLayoutXml from '../../../../shared/fixtures/bpmn/miwg/IBM-BlueworksLive-2014_A.2.0-export_NO-DI.bpmn?raw';

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

    expect(await screen.findByRole('alert')).toHaveTextContent('unvollständig oder beschädigt');
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

describe('ImportDialog with a diagram without layout', () => {
  it('given IBM Blueworks Live\'s file without layout, when chosen as a file, then the review says the file had none; pasted, it says the pasted text had none', async () => {
    render(<ImportDialog source={{ kind: 'file', file: new File([noLayoutXml], 'A.2.0-export.bpmn') }} departments={[amt]} processes={[]} onConfirm={() => undefined} onClose={() => undefined} />);
    expect(await screen.findByText(/^Die Datei enthielt kein Diagrammlayout\./, {}, { timeout: 15_000 })).toBeVisible();
    cleanup();

    render(<ImportDialog source={{ kind: 'paste' }} departments={[amt]} processes={[]} onConfirm={() => undefined} onClose={() => undefined} />);
    await userEvent.fill(screen.getByRole('textbox', { name: 'BPMN-2.0-XML' }), noLayoutXml);
    await userEvent.click(screen.getByRole('button', { name: 'Prüfen' }));
    expect(await screen.findByText(/^Der eingefügte Text enthielt kein Diagrammlayout\./, {}, { timeout: 15_000 })).toBeVisible();
  });
});

describe('ImportDialog with a diagram whose shapes the modeller will not draw', () => {
  it('given ADONIS\'s file, whose view "B.2.0" draws a called process inside expanded call activities, then the review says so for that view, not for the other, and leaves it to the editor, which names each view\'s own', async () => {
    const onConfirm = vi.fn<(result: ImportResult) => void>();
        render(<ImportDialog source={{ kind: 'file', file: new File([adonisXml], 'B.2.0-export.bpmn') }} departments={[amt]} processes={[]} onConfirm={onConfirm} onClose={() => undefined} />);
    const picker = await screen.findByRole('combobox', { name: 'Diagramm' }, { timeout: 20_000 });
    const undrawn = /^8 Elemente \(z\. B\. „.+“\) sind in diesem Diagramm des Modells gezeichnet, werden hier aber nicht angezeigt/;

    // the largest view, "B.2.0", is chosen: its 8 undrawn shapes are named, the file has no other warning
    expect(picker).toHaveDisplayValue(/^B\.2\.0/);
    expect(screen.getByRole('heading', { name: '1 Hinweis zur Datei' })).toBeVisible();
    expect(screen.getByText(undrawn)).toBeVisible();
    expect(screen.queryByText('Die Datei wurde ohne Beanstandungen gelesen.')).toBeNull();

    // the other view draws all its shapes
    const other = within(picker).getAllByRole('option').find((option) => !/^B\.2\.0/.test(option.textContent ?? ''));
    await userEvent.selectOptions(picker, other?.textContent ?? '');
    expect(screen.queryByText(undrawn)).toBeNull();
    expect(screen.getByText('Die Datei wurde ohne Beanstandungen gelesen.')).toBeVisible();

    await userEvent.selectOptions(picker, within(picker).getAllByRole('option').find((option) => /^B\.2\.0/.test(option.textContent ?? ''))?.textContent ?? '');
    await userEvent.click(screen.getByRole('button', { name: 'Prozess anlegen' }));
    expect(onConfirm.mock.lastCall?.[0]).toMatchObject({ diagramId: expect.any(String), warnings: [] });
  });
});
