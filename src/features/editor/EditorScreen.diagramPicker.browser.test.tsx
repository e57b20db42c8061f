// The editor's diagram picker in real Chromium (bpmn-js lists the loaded file's views): a view is
// offered by a person's name (its pools' where nothing else names it), an unnamed one by its place
// in the list, never by the id of the process it shows. The process figures say which diagram they
// cover; a picture of the diagram shown names it in its file name.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { poolViewsXml } from '../../bpmn/testing/poolViewsXml';
import { sampleDiagramXml } from '../../bpmn/sample/sampleDiagram';
import { createDepartment, createProcess } from '../../domain/assessment';
import { i18n } from '../../i18n/i18n';
import { renderWithStore } from '../settings/storeHarness';
import { EditorScreen } from './EditorScreen';
import multipleDiagramsXml from '../../../../shared/fixtures/bpmn/bpmn-io/bpmn-js_multiple-diagrams.bpmn?raw';
import adonisXml from '../../../../shared/fixtures/bpmn/miwg/ADONIS-17_B.2.0-export.bpmn?raw';

let dispose: (() => void) | undefined;

beforeEach(async () => {
  await i18n.changeLanguage('de');
});

afterEach(() => {
  vi.restoreAllMocks();
  cleanup();
  dispose?.();
  dispose = undefined;
});

/** Opens a process of `diagramXml` in the editor and returns the labels its diagram picker offers. */
async function pickerLabels(diagramXml: string, name = 'Mehrere Diagramme'): Promise<(string | null)[]> {
  const department = createDepartment({ code: 'Amt 32', name: 'Ordnungsamt' });
  const process = createProcess({ departmentId: department.id, name, diagramXml });
  const harness = await renderWithStore(<EditorScreen processId={process.id} workspaceHref="#/" />, { departments: [department], processes: [process] });
  dispose = harness.dispose;
  const picker = await screen.findByRole('combobox', { name: 'Diagramm' }, { timeout: 15_000 });
  return within(picker).getAllByRole('option').map((option) => option.textContent);
}

describe('EditorScreen diagram picker', () => {
  it('given the bpmn-js fixture of two unnamed processes, then each diagram is offered by its place in the list', async () => {
    expect(await pickerLabels(multipleDiagramsXml)).toEqual(['Diagramm 1 (ohne Namen)', 'Diagramm 2 (ohne Namen)']);
  });

  it('given an unnamed collaboration and unnamed processes, then they are offered by their pools, the one without any name by its place', async () => {
    expect(await pickerLabels(poolViewsXml)).toEqual(['Kunde, Pizzeria', 'Pizzeria', 'Diagramm 3 (ohne Namen)']);
  });

  it('given a file of several diagrams, when the figures are shown, then they say they cover the diagram shown, and follow the picker', async () => {
    await pickerLabels(poolViewsXml);
    await userEvent.click(screen.getByRole('button', { name: 'Kennzahlen' }));
    const figures = screen.getByRole('region', { name: 'Kennzahlen des Prozesses' });
    expect(figures).toHaveTextContent('Die Datei enthält 3 Diagramme; diese Kennzahlen gelten für das gezeigte Diagramm „Kunde, Pizzeria“.');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Diagramm' }), 'Pizzeria');
    expect(await within(figures).findByText(/gezeigte Diagramm „Pizzeria“/)).toBeVisible();
  });

  it('given a file of one diagram, when the figures are shown, then they say nothing of diagrams', async () => {
    const department = createDepartment({ code: 'Amt 32', name: 'Ordnungsamt' });
    const process = createProcess({ departmentId: department.id, name: 'Ein Diagramm', diagramXml: sampleDiagramXml });
    const harness = await renderWithStore(<EditorScreen processId={process.id} workspaceHref="#/" />, { departments: [department], processes: [process] });
    dispose = harness.dispose;
    await userEvent.click(await screen.findByRole('button', { name: 'Kennzahlen' }));
    expect(screen.getByRole('region', { name: 'Kennzahlen des Prozesses' })).not.toHaveTextContent('Diagramm');
  });

  it('given a file of several diagrams, when each is exported as a picture, then each file names its diagram; the BPMN file is named after the process', async () => {
    const labels = await pickerLabels(adonisXml, 'B.2.0');
    expect(labels).toHaveLength(2);
    const downloaded: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloaded.push(this.download);
    });
    const exportAs = async (format: string) => {
      const before = downloaded.length;
      await userEvent.click(screen.getByRole('button', { name: /Exportieren/ }));
      await userEvent.click(screen.getByRole('button', { name: format }));
      await waitFor(() => expect(downloaded).toHaveLength(before + 1));
    };

    for (const label of labels) {
      await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Diagramm' }), label ?? '');
      await exportAs('Bild als SVG');
      await exportAs('Bild als PNG');
    }
    await exportAs('BPMN-Datei (.bpmn)');

    const named = labels.map((label) => `B.2.0_${(label ?? '').replace(/\s+/g, '_')}`);
    expect(downloaded).toEqual([`${named[0]}.svg`, `${named[0]}.png`, `${named[1]}.svg`, `${named[1]}.png`, 'B.2.0.bpmn']);
  });
});
