// Tests of the department check and of the form a typed department is stored in: the form the
// duplicate check compares and the list shows, so that it sorts and is found as it looks.
import { describe, expect, it } from 'vitest';
import type { Department } from '../../domain/assessment';
import { createProcess } from '../../domain/assessment';
import { checkDepartment, trimmedDepartment } from './departmentCheck';
import { groupWorkspace } from './workspaceView';

function department(id: string, code: string, name: string): Department {
  return { id, code, name, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', revision: 1 };
}

describe('trimmedDepartment', () => {
  it('given a code and name typed with double spaces, tabs and spaces around them, when stored, then runs of white space are one space', () => {
    expect(trimmedDepartment({ code: ' Amt  51 ', name: 'Amt für\tSoziales  und Wohnen ' })).toEqual({ code: 'Amt 51', name: 'Amt für Soziales und Wohnen' });
  });

  it('given a department stored as typed with a double space, when listed and searched, then it sorts by its number and is found with one space', () => {
    const stored = department('d51', trimmedDepartment({ code: 'Amt  51', name: 'Sozialamt' }).code, 'Sozialamt');
    const others = [department('d10', 'Amt 10', 'Personal'), department('d9', 'Amt 9', 'Bürgerbüro')];

    expect(groupWorkspace([stored, ...others], [], '', 'name', 'de').map((group) => group.department?.id)).toEqual(['d9', 'd10', 'd51']);
    const wohngeld = createProcess({ departmentId: 'd51', name: 'Wohngeld', diagramXml: '' });
    expect(groupWorkspace([stored, ...others], [wohngeld], 'Amt 51', 'name', 'de').map((group) => group.department?.id)).toEqual(['d51']);
  });
});

describe('checkDepartment', () => {
  it('given another department with the same code typed with one space fewer, when checked, then it is taken', () => {
    const existing = department('d51', 'Amt 51', 'Sozialamt');
    expect(checkDepartment({ code: 'Amt  51', name: 'sozialamt ' }, [existing])).toEqual({ kind: 'taken', existing });
  });
});
