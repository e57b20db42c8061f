// Tests of the accessibility statement's check and of what it reports missing, and of a stored
// statement passing the restore door (a broken detail is repaired, the rest kept).
import { describe, expect, it } from 'vitest';
import { restoreWorkspaceMeta } from '../../domain/restore';
import { maxStatementTextLength as maxTextLength } from '../../domain/recordSchemas';
import { checkStatement, emptyStatement, missingDetails, todayAsDay } from './statementForm';

const today = '2025-06-10';
const filled = {
  ...emptyStatement,
  organisation: 'Stadt Musterstadt, Amt für Digitalisierung',
  preparedOn: '2025-05-02',
  reviewedOn: '2025-06-01',
  contactEmail: 'barrierefreiheit@musterstadt.de',
  contactPhone: '+49 221 123-4567',
  contactAddress: 'Rathausplatz 1\n50667 Musterstadt',
  enforcementBody: 'Ombudsstelle für barrierefreie IT des Landes',
};

describe('checkStatement', () => {
  it('given complete, valid details with spaces around them, when checked, then they are accepted trimmed', () => {
    const result = checkStatement({ ...filled, organisation: '  Stadt Musterstadt  ' }, today);
    expect(result).toEqual({ ok: true, statement: { ...filled, organisation: 'Stadt Musterstadt' } });
  });

  it('given nothing filled in, when checked, then it is accepted (the statement shows placeholders)', () => {
    expect(checkStatement(emptyStatement, today).ok).toBe(true);
  });

  it.each([
    ['contactEmail', 'barrierefreiheit(at)stadt.de', 'legal:errors.email'],
    ['contactEmail', 'ich@stadt', 'legal:errors.email'],
    ['contactPhone', '0221 / 123 45 67 (Zentrale)', 'legal:errors.phone'],
    ['contactPhone', '+ - /', 'legal:errors.phone'],
    ['preparedOn', '2025-02-30', 'legal:errors.date'],
    ['preparedOn', '10.06.2025', 'legal:errors.date'],
    ['reviewedOn', '2025-06-11', 'legal:errors.future'],
    ['reviewedOn', '2025-05-01', 'legal:errors.reviewBeforePrepared'],
  ] as const)('given %s "%s", when checked, then it is refused with %s', (field, value, key) => {
    const result = checkStatement({ ...filled, [field]: value }, today);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.get(field)?.key).toBe(key);
      expect(result.errors.size).toBe(1);
    }
  });

  it('given a text longer than the stored limit, when checked, then it is refused with the limit', () => {
    const result = checkStatement({ ...filled, nonAccessibleContent: 'x'.repeat(maxTextLength + 1) }, today);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.get('nonAccessibleContent')).toEqual({ key: 'legal:errors.tooLong', values: { max: 20_000 } });
  });
});

describe('missingDetails', () => {
  it('given the empty statement, then organisation, date, every contact and the enforcement body are missing', () => {
    expect(missingDetails(emptyStatement)).toEqual(['organisation', 'preparedOn', 'contactEmail', 'contactPhone', 'contactAddress', 'enforcementBody']);
  });

  it('given an e-mail address but no telephone or address, then nothing of the contact is missing', () => {
    expect(missingDetails({ ...filled, contactPhone: '', contactAddress: '' })).toEqual([]);
  });

  it('given only a telephone number, then the e-mail address for feedback is still missing', () => {
    expect(missingDetails({ ...filled, contactEmail: '', contactAddress: '' })).toEqual(['contactEmail']);
  });
});

describe('todayAsDay', () => {
  it('gives the local calendar day', () => {
    expect(todayAsDay(new Date(2025, 0, 5, 23, 30))).toBe('2025-01-05');
  });
});

describe('a stored statement through restore', () => {
  it('given a statement with a broken date and an unknown status, when restored, then those details fall back to their defaults and the rest is kept', () => {
    const result = restoreWorkspaceMeta({ lastBackupAt: '2025-06-01T10:00:00.000Z', accessibilityStatement: { ...filled, preparedOn: 'gestern', status: 'meistens' } });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.accessibilityStatement).toEqual({ ...filled, preparedOn: '', status: 'partial' });
      expect(result.value.lastBackupAt).toBe('2025-06-01T10:00:00.000Z');
      expect(result.repairs).toHaveLength(2);
    }
  });

  it('given a statement that is not an object, when restored, then the empty statement takes its place', () => {
    const result = restoreWorkspaceMeta({ accessibilityStatement: 'bitte anpassen' });
    expect(result.ok && result.value.accessibilityStatement).toEqual(emptyStatement);
  });
});
