// Tests of the process picker: groups in the workspace's order (departments by code, numbers
// compared as numbers), empty departments left out, processes of an unknown department last, and
// a department's checkbox picking all its processes.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createDepartment, createProcess } from '../../domain/assessment';
import { i18n } from '../../i18n/i18n';
import { ProcessPicker } from './ProcessPicker';

const amt9 = createDepartment({ code: 'Amt 9', name: 'Bürgerdienste' });
const amt10 = createDepartment({ code: 'Amt 10', name: 'Personal' });
const amt32 = createDepartment({ code: 'Amt 32', name: 'Ordnung' });
const processes = [
  createProcess({ departmentId: amt10.id, name: 'Urlaubsantrag', diagramXml: '<x/>' }),
  createProcess({ departmentId: amt9.id, name: 'Wohnsitz anmelden', diagramXml: '<x/>' }),
  createProcess({ departmentId: amt9.id, name: 'Ausweis beantragen', diagramXml: '<x/>' }),
  createProcess({ departmentId: 'gone', name: 'Altakte', diagramXml: '<x/>' }),
];

beforeEach(async () => {
  await i18n.changeLanguage('de');
});

describe('ProcessPicker', () => {
  it('lists departments as the workspace does, leaves empty ones out and puts an unknown department last', () => {
    render(<ProcessPicker legend="Prozesse" departments={[amt32, amt10, amt9]} processes={processes} selected={new Set()} onChange={() => undefined} />);
    const labels = screen.getAllByRole('checkbox').map((box) => box.closest('label')?.textContent);
    expect(labels).toEqual([
      'Amt 9 – Bürgerdienste (ganzes Amt, 2 Prozesse)',
      'Ausweis beantragen',
      'Wohnsitz anmelden',
      'Amt 10 – Personal (ganzes Amt, 1 Prozess)',
      'Urlaubsantrag',
      'Ohne Amt (ganzes Amt, 1 Prozess)',
      'Altakte',
    ]);
  });

  it("a department's checkbox picks all its processes", async () => {
    const onChange = vi.fn();
    render(<ProcessPicker legend="Prozesse" departments={[amt9, amt10]} processes={processes} selected={new Set()} onChange={onChange} />);
    await userEvent.setup().click(within(screen.getByRole('group', { name: 'Prozesse' })).getByRole('checkbox', { name: /^Amt 9 – Bürgerdienste/ }));
    expect(onChange).toHaveBeenCalledWith(new Set([processes[1].id, processes[2].id]));
  });
});
