// The accessibility statement as edited by the administration: the empty statement a workspace
// starts with, the check of the typed details (e-mail, telephone, dates, lengths) with specific
// error keys of the "legal" namespace, and which details are still missing ("bitte anpassen").
import { isCalendarDay } from '../../domain/calendarDay';
import { accessibilityStatementSchema, maxStatementTextLength } from '../../domain/recordSchemas';
import type { AccessibilityStatement } from '../../domain/recordSchemas';
import { fileDate } from '../../export/fileName';

export type StatementField = keyof AccessibilityStatement;
export type StatementTextField = Exclude<StatementField, 'status'>;

export interface StatementError {
  key: string;
  values?: Record<string, number>;
}

export type StatementCheck = { ok: true; statement: AccessibilityStatement } | { ok: false; errors: Map<StatementField, StatementError> };

/** What a workspace shows until the administration fills the statement in. */
export const emptyStatement: AccessibilityStatement = accessibilityStatementSchema.parse({});

const textFields: readonly StatementTextField[] = [
  'organisation',
  'nonAccessibleContent',
  'preparationMethod',
  'preparedOn',
  'reviewedOn',
  'contactEmail',
  'contactPhone',
  'contactAddress',
  'enforcementBody',
];

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const phonePattern = /^\+?[\d\s/().-]+$/;

/**
 * Checks the typed statement; `today` is the current calendar day (YYYY-MM-DD), after which no
 * date may lie. Texts are trimmed. Any error: no statement.
 */
export function checkStatement(values: AccessibilityStatement, today: string): StatementCheck {
  const errors = new Map<StatementField, StatementError>();
  const statement: AccessibilityStatement = { ...values };
  for (const field of textFields) statement[field] = values[field].trim();

  for (const field of textFields) {
    if (statement[field].length > maxStatementTextLength) errors.set(field, { key: 'legal:errors.tooLong', values: { max: maxStatementTextLength } });
  }
  if (statement.contactEmail !== '' && !emailPattern.test(statement.contactEmail)) errors.set('contactEmail', { key: 'legal:errors.email' });
  if (statement.contactPhone !== '' && !(phonePattern.test(statement.contactPhone) && /\d/.test(statement.contactPhone))) {
    errors.set('contactPhone', { key: 'legal:errors.phone' });
  }
  for (const field of ['preparedOn', 'reviewedOn'] as const) {
    const day = statement[field];
    if (day === '') continue;
    if (!isCalendarDay(day)) errors.set(field, { key: 'legal:errors.date' });
    else if (day > today) errors.set(field, { key: 'legal:errors.future' });
  }
  if (!errors.has('preparedOn') && !errors.has('reviewedOn') && statement.preparedOn !== '' && statement.reviewedOn !== '' && statement.reviewedOn < statement.preparedOn) {
    errors.set('reviewedOn', { key: 'legal:errors.reviewBeforePrepared' });
  }
  return errors.size > 0 ? { ok: false, errors } : { ok: true, statement };
}

/** The details still missing, shown as "bitte anpassen" placeholders in the statement. */
export function missingDetails(statement: AccessibilityStatement): StatementTextField[] {
  const missing: StatementTextField[] = [];
  if (statement.organisation === '') missing.push('organisation');
  if (statement.preparedOn === '') missing.push('preparedOn');
  if (statement.contactEmail === '') missing.push('contactEmail');
  // telephone and address are optional once any way to give feedback is named
  if (statement.contactEmail === '' && statement.contactPhone === '' && statement.contactAddress === '') missing.push('contactPhone', 'contactAddress');
  if (statement.enforcementBody === '') missing.push('enforcementBody');
  return missing;
}

/** Today as a calendar day in the user's time zone (YYYY-MM-DD). */
export function todayAsDay(now: Date = new Date()): string {
  return fileDate(now);
}
