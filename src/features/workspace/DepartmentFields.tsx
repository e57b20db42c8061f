// The fields of a department, Bezeichnung (required, so asked first) and Kürzel, with the message
// of checkDepartment on the Bezeichnung: the department dialog and the import dialog's new
// department show the same fields with the same messages.
import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/TextField';
import type { DepartmentInput, DepartmentProblem } from './departmentCheck';
import { departmentTitle } from '../../domain/recordNames';

export interface DepartmentFieldsProps {
  value: DepartmentInput;
  onChange: (value: DepartmentInput) => void;
  /** the problem to show; absent until the user tried to store the department */
  problem?: DepartmentProblem;
}

export function DepartmentFields({ value, onChange, problem }: DepartmentFieldsProps) {
  const { t } = useTranslation('workspace');
  let error: string | undefined;
  if (problem?.kind === 'nameMissing') error = t('department.nameMissing');
  else if (problem?.kind === 'taken') error = t('department.taken', { name: departmentTitle(problem.existing) });
  return (
    <>
      <TextField
        label={t('department.name')}
        hint={t('department.nameHint')}
        value={value.name}
        onChange={(name) => onChange({ ...value, name })}
        required
        error={error}
      />
      <TextField label={t('department.code')} hint={t('department.codeHint')} value={value.code} onChange={(code) => onChange({ ...value, code })} />
    </>
  );
}
