// Tests of when departments and process names count as taken, of the first free copy name, and of processes that share a name.
import { describe, expect, it } from 'vitest';
import { createDepartment, createProcess } from './assessment';
import { firstFreeName, nameKey, namesakeGroups, seriesBase, takenDepartment, takenProcessName } from './recordNames';
import type { SeriesName } from './recordNames';

const ordnungsamt = createDepartment({ code: 'Amt 32', name: 'Ordnungsamt' });
const personal = createDepartment({ code: 'Amt 10', name: 'Personal und Organisation' });
const gewerbe = createProcess({ departmentId: ordnungsamt.id, name: 'Gewerbeanmeldung', diagramXml: '<x/>' });

describe('nameKey', () => {
  it('given names that differ only in case, outer spaces and runs of spaces, then their keys are equal', () => {
    expect(nameKey('  amt   32 ')).toBe(nameKey('Amt 32'));
    expect(nameKey('ORDNUNGSAMT')).toBe(nameKey('Ordnungsamt'));
    expect(nameKey('Amt 32')).not.toBe(nameKey('Amt 33'));
  });
});

describe('takenDepartment', () => {
  it('given the code and name of an existing department, trimmed and in other case, then that department is found', () => {
    expect(takenDepartment([personal, ordnungsamt], { code: ' amt 32', name: 'ORDNUNGSAMT ' })).toBe(ordnungsamt);
  });

  it('given the same name under another code, or the same code with another name, then nothing is taken', () => {
    expect(takenDepartment([ordnungsamt], { code: 'Amt 33', name: 'Ordnungsamt' })).toBeUndefined();
    expect(takenDepartment([ordnungsamt], { code: 'Amt 32', name: 'Bürgeramt' })).toBeUndefined();
  });

  it('given a department renamed to another one\'s code and name, then the other is found; renamed to its own, nothing', () => {
    expect(takenDepartment([ordnungsamt, personal], { code: 'Amt 32', name: 'Ordnungsamt' }, personal)).toBe(ordnungsamt);
    expect(takenDepartment([ordnungsamt, personal], { code: 'AMT 10', name: 'Personal und Organisation' }, personal)).toBeUndefined();
  });

  it('given two departments stored alike before, when one is saved unchanged, then nothing counts as taken', () => {
    const twin = createDepartment({ code: 'Amt 32', name: 'Ordnungsamt' });
    expect(takenDepartment([ordnungsamt, twin], { code: 'Amt 32', name: 'Ordnungsamt' }, twin)).toBeUndefined();
  });
});

describe('takenProcessName', () => {
  it('given a name used in the same department, in other case, then that process is found; in another department it is free', () => {
    expect(takenProcessName([gewerbe], { name: ' gewerbeanmeldung', departmentId: ordnungsamt.id })).toBe(gewerbe);
    expect(takenProcessName([gewerbe], { name: 'Gewerbeanmeldung', departmentId: personal.id })).toBeUndefined();
  });

  it('given the process itself, when its name stays in its department, then nothing is taken; moved where the name is used, it is', () => {
    const other = createProcess({ departmentId: personal.id, name: 'Gewerbeanmeldung', diagramXml: '<x/>' });
    expect(takenProcessName([gewerbe, other], { name: 'Gewerbeanmeldung', departmentId: ordnungsamt.id }, gewerbe)).toBeUndefined();
    expect(takenProcessName([gewerbe, other], { name: 'Gewerbeanmeldung', departmentId: personal.id }, gewerbe)).toBe(other);
  });
});

describe('firstFreeName', () => {
  const copyName = (number: number) => (number === 1 ? 'Gewerbeanmeldung (Kopie)' : `Gewerbeanmeldung (Kopie ${number})`);

  it('given no copy yet, then the first name of the series', () => {
    expect(firstFreeName(copyName, ['Gewerbeanmeldung'])).toBe(copyName(1));
  });

  it('given the first two copies taken (one in other case), then the third', () => {
    expect(firstFreeName(copyName, ['Gewerbeanmeldung', copyName(1), copyName(2).toLocaleUpperCase('de')])).toBe(copyName(3));
  });

  it('given a gap in the series, then the gap is filled', () => {
    expect(firstFreeName(copyName, [copyName(1), copyName(3)])).toBe(copyName(2));
  });

  it('given a series that names every number alike, then the search ends', () => {
    expect(firstFreeName(() => 'Kopie', ['Kopie'])).toBe('Kopie');
  });
});

describe('seriesBase', () => {
  const german: SeriesName = (base, number) => (number === 1 ? `${base} (Kopie)` : `${base} (Kopie ${number})`);
  const english: SeriesName = (base, number) => (number === 1 ? `${base} (copy)` : `${base} (copy ${number})`);

  it('given a copy name of either form, then the name it was made from', () => {
    expect(seriesBase('Gewerbeanmeldung (Kopie)', german)).toBe('Gewerbeanmeldung');
    expect(seriesBase('Gewerbeanmeldung (Kopie 12)', german)).toBe('Gewerbeanmeldung');
    expect(seriesBase('Trade licence (copy 2)', english)).toBe('Trade licence');
  });

  it('given a name that only looks alike, or one of another language, then the name itself', () => {
    for (const name of ['Gewerbeanmeldung', 'Gewerbeanmeldung (Kopie', 'Gewerbeanmeldung (Kopie x)', '(Kopie)', 'Antrag (a+b) (Kopie)x']) {
      expect(seriesBase(name, german)).toBe(name);
    }
    expect(seriesBase('Gewerbeanmeldung (Kopie)', english)).toBe('Gewerbeanmeldung (Kopie)');
    // regular-expression characters in the name are plain text
    expect(seriesBase('Antrag (a+b) (Kopie 3)', german)).toBe('Antrag (a+b)');
  });
});

describe('namesakeGroups', () => {
  const process = (name: string, departmentId = 'amt-32') => ({ name, departmentId });

  it('given processes of one name but for an addition in brackets in one department, then they form a group, in the order given', () => {
    const a = process('Gewerbeanmeldung');
    const b = process('Gewerbeanmeldung (aus Sicherung)');
    const c = process('gewerbeanmeldung  (2)');
    const other = process('Gewerbeummeldung');

    expect(namesakeGroups([a, other, b, c])).toEqual([[a, b, c]]);
  });

  it('given the same name in two departments, or names that differ before the brackets, then there is no group', () => {
    expect(namesakeGroups([process('Gewerbeanmeldung'), process('Gewerbeanmeldung', 'amt-10'), process('Gewerbeabmeldung (2)')])).toEqual([]);
  });

  it('given a name that is only an addition in brackets, then it is compared whole', () => {
    expect(namesakeGroups([process('(Entwurf)'), process('(Test)')])).toEqual([]);
    expect(namesakeGroups([process('(Entwurf)'), process('(entwurf)')])).toHaveLength(1);
  });
});
