// Tests of the workspace grouping: order of departments (also as choices in a field), search across
// fields in the ways German is typed, sort orders (copies after their original, in their number's
// order), processes whose department is missing, and the department a new process preselects.
import { describe, expect, it } from 'vitest';
import type { Department, Process } from '../../domain/assessment';
import { i18n } from '../../i18n/i18n';
import { departmentTitle } from '../../domain/recordNames';
import { departmentOptions, groupWorkspace, lastUsedDepartmentId } from './workspaceView';

function department(id: string, code: string, name: string): Department {
  return { id, code, name, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', revision: 1 };
}

function process(id: string, departmentId: string, fields: Partial<Process> = {}): Process {
  return {
    id,
    departmentId,
    name: id,
    lotse: '',
    description: '',
    status: 'draft',
    diagramXml: '<xml/>',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    revision: 1,
    ...fields,
  };
}

const amt10 = department('d10', 'Amt 10', 'Personal und Organisation');
const amt9 = department('d9', 'Amt 9', 'Bürgerbüro');
const amt32 = department('d32', 'Amt 32', 'Ordnungsamt');

describe('departmentTitle', () => {
  it('given code and name, when titled, then joins them with a dash', () => {
    expect(departmentTitle(amt10)).toBe('Amt 10 – Personal und Organisation');
  });
  it('given no code, when titled, then shows the name only', () => {
    expect(departmentTitle({ code: '', name: 'Stabsstelle' })).toBe('Stabsstelle');
  });
});

describe('departmentOptions', () => {
  it('given departments stored in the order they were made, when offered as choices, then they come in the workspace list\'s order', () => {
    const stored = [amt32, amt10, amt9];
    const listed = groupWorkspace(stored, [], '', 'name', 'de').map((group) => group.department?.id);

    const options = departmentOptions(stored, 'de');

    expect(options.map((option) => option.value)).toEqual(listed);
    expect(options.map((option) => option.label)).toEqual(['Amt 9 – Bürgerbüro', 'Amt 10 – Personal und Organisation', 'Amt 32 – Ordnungsamt']);
  });
});

describe('groupWorkspace', () => {
  it('given departments, when grouped, then they are ordered by code with numbers compared as numbers, empty ones included', () => {
    const groups = groupWorkspace([amt32, amt10, amt9], [process('Gewerbeanmeldung', 'd32')], '', 'name', 'de');
    expect(groups.map((group) => group.department?.code)).toEqual(['Amt 9', 'Amt 10', 'Amt 32']);
    expect(groups[0].processes).toEqual([]);
  });

  it('given a query, when grouped, then only matching processes (by name, Lotse or description) and their departments remain', () => {
    const processes = [
      process('Gewerbeanmeldung', 'd32'),
      process('Urlaubsantrag', 'd10', { lotse: 'Frau Özdemir' }),
      process('Stellenausschreibung', 'd10', { description: 'Ausschreibung über das Bewerberportal' }),
    ];
    expect(groupWorkspace([amt10, amt32], processes, 'özdemir', 'name', 'de').flatMap((group) => group.processes.map((p) => p.id))).toEqual(['Urlaubsantrag']);
    expect(groupWorkspace([amt10, amt32], processes, 'PORTAL', 'name', 'de').flatMap((group) => group.processes.map((p) => p.id))).toEqual(['Stellenausschreibung']);
    expect(groupWorkspace([amt10, amt32], processes, 'nichts', 'name', 'de')).toEqual([]);
  });

  it('given a query matching a department, when grouped, then all its processes are listed', () => {
    const processes = [process('A', 'd32'), process('B', 'd32'), process('C', 'd10')];
    const groups = groupWorkspace([amt10, amt32], processes, 'ordnungsamt', 'name', 'de');
    expect(groups).toHaveLength(1);
    expect(groups[0].processes.map((p) => p.id)).toEqual(['A', 'B']);
  });

  it('given the sort orders, when grouped, then name is alphabetical, dates are newest first and status follows Entwurf, Workshop, bewertet', () => {
    const processes = [
      process('Zulassung', 'd32', { status: 'draft', createdAt: '2024-03-01T00:00:00.000Z', updatedAt: '2024-01-05T00:00:00.000Z' }),
      process('Anmeldung', 'd32', { status: 'assessed', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-06-01T00:00:00.000Z' }),
      process('Ärztekammer', 'd32', { status: 'workshop', createdAt: '2024-02-01T00:00:00.000Z', updatedAt: '2024-02-01T00:00:00.000Z' }),
    ];
    const order = (sort: 'name' | 'updated' | 'created' | 'status') =>
      groupWorkspace([amt32], processes, '', sort, 'de')[0].processes.map((p) => p.id);
    expect(order('name')).toEqual(['Anmeldung', 'Ärztekammer', 'Zulassung']);
    expect(order('updated')).toEqual(['Anmeldung', 'Ärztekammer', 'Zulassung']);
    expect(order('created')).toEqual(['Zulassung', 'Ärztekammer', 'Anmeldung']);
    expect(order('status')).toEqual(['Zulassung', 'Ärztekammer', 'Anmeldung']);
  });

  it('given a process whose department is missing, when grouped, then it is listed in a last group without department', () => {
    const groups = groupWorkspace([amt10], [process('Verwaist', 'gone'), process('C', 'd10')], '', 'name', 'de');
    expect(groups.map((group) => group.department?.id ?? null)).toEqual(['d10', null]);
    expect(groups[1].processes.map((p) => p.id)).toEqual(['Verwaist']);
  });

  const ids = (groups: ReturnType<typeof groupWorkspace>) => groups.flatMap((group) => group.processes.map((p) => p.id));

  it('given names with ß and umlauts, when searched with ss or ae, oe, ue as typed on any keyboard, then they are found', () => {
    const processes = [
      process('Straßensondernutzung', 'd32'),
      process('Bußgeldverfahren', 'd32'),
      process('Führungszeugnis', 'd10'),
      process('Öffentliche Ausschreibung', 'd10'),
      process('Fahrerlaubnis', 'd32', { description: 'Prüfung der Unterlagen für die Ärztin' }),
    ];
    const found = (query: string) => ids(groupWorkspace([amt10, amt32], processes, query, 'name', 'de'));
    expect(found('Strassensondernutzung')).toEqual(['Straßensondernutzung']);
    expect(found('BUSSGELD')).toEqual(['Bußgeldverfahren']);
    expect(found('bußgeld')).toEqual(['Bußgeldverfahren']);
    expect(found('fuehrung')).toEqual(['Führungszeugnis']);
    expect(found('oeffentlich')).toEqual(['Öffentliche Ausschreibung']);
    expect(found('aerztin')).toEqual(['Fahrerlaubnis']);
  });

  it('given words with ss, ue or ae in them, when searched with ß or an umlaut, then they are not found', () => {
    const processes = [process('Klassenfahrt', 'd10'), process('Steuerbescheid', 'd10'), process('Israel-Austausch', 'd10')];
    const found = (query: string) => ids(groupWorkspace([amt10], processes, query, 'name', 'de'));
    expect(found('ü')).toEqual([]);
    expect(found('ä')).toEqual([]);
    expect(found('Steuer')).toEqual(['Steuerbescheid']);
  });

  it('given a department, when searched by its title as shown, with an en dash, a hyphen or extra spaces, then its processes are found', () => {
    const processes = [process('Gewerbeanmeldung', 'd32'), process('Urlaubsantrag', 'd10')];
    const found = (query: string) => ids(groupWorkspace([amt10, amt32], processes, query, 'name', 'de'));
    expect(found(departmentTitle(amt32))).toEqual(['Gewerbeanmeldung']);
    expect(found('Amt 32 - Ordnungsamt')).toEqual(['Gewerbeanmeldung']);
    expect(found('amt 32  ordnungsamt')).toEqual(['Gewerbeanmeldung']);
    expect(found('32 -')).toEqual(['Gewerbeanmeldung']);
  });

  it('given a department code stored with a double space, when searched and ordered, then it is found with one space and sorts by its number', () => {
    const amt51 = department('d51', 'Amt  51', 'Sozialamt');
    const groups = groupWorkspace([amt51, amt10, amt9], [process('Wohngeld', 'd51')], '', 'name', 'de');
    expect(groups.map((group) => group.department?.id)).toEqual(['d9', 'd10', 'd51']);
    expect(ids(groupWorkspace([amt51, amt10], [process('Wohngeld', 'd51')], 'Amt 51', 'name', 'de'))).toEqual(['Wohngeld']);
  });

  it.each(['de', 'en'])('given a process copied three times (%s), when sorted by name, then the original and its copies follow in the copies\' order', (language) => {
    const t = i18n.getFixedT(language, 'workspace');
    const original = 'Urlaubsantrag';
    const copies = [t('process.copyName', { name: original }), ...[2, 3, 10].map((number) => t('process.copyNameNumbered', { name: original, number }))];
    const processes = [...copies].reverse().map((name) => process(name, 'd10'));
    processes.push(process(original, 'd10'), process('Urlaub', 'd10'), process('Zeiterfassung', 'd10'));

    const order = groupWorkspace([amt10], processes, '', 'name', language)[0].processes.map((p) => p.name);

    expect(order).toEqual(['Urlaub', original, ...copies, 'Zeiterfassung']);
  });
});

describe('lastUsedDepartmentId', () => {
  const at = (minute: number) => `2024-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
  const createdAt = (record: Department, minute: number): Department => ({ ...record, createdAt: at(minute) });

  it('given no department, then none is preselected', () => {
    expect(lastUsedDepartmentId([], [])).toBeUndefined();
  });

  it('given an Amt created after every process, then it is the one, not the first in the list', () => {
    const departments = [createdAt(amt32, 0), createdAt(amt10, 5)];
    expect(lastUsedDepartmentId(departments, [process('Gewerbeanmeldung', 'd32', { createdAt: at(1) })])).toBe('d10');
  });

  it('given a process created after the latest Amt, then its Amt is the one', () => {
    const departments = [createdAt(amt32, 0), createdAt(amt10, 5)];
    const processes = [process('Urlaubsantrag', 'd10', { createdAt: at(6) }), process('Fundsachen', 'd32', { createdAt: at(7) })];
    expect(lastUsedDepartmentId(departments, processes)).toBe('d32');
  });

  it('given the latest process in a department that is gone, then it does not count', () => {
    const departments = [createdAt(amt32, 0), createdAt(amt10, 5)];
    expect(lastUsedDepartmentId(departments, [process('Verwaist', 'gone', { createdAt: at(9) })])).toBe('d10');
  });
});
