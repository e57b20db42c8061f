// The dialog to create or rename a department (Amt): its name (required, so asked first) and its
// short code. A department whose code and name another one has already is refused, with the
// message on the field; nothing is stored then. When the tab stops writing while it is open, what
// was typed is kept for the tab's banner to show (recovery/lostInput).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shallow } from 'zustand/vanilla/shallow';
import type { Department } from '../../domain/assessment';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useReadOnly } from '../../ui/readOnly';
import { useInputKeptIfTabStops } from '../recovery/lostInput';
import { checkDepartment, trimmedDepartment } from './departmentCheck';
import type { DepartmentInput } from './departmentCheck';
import { DepartmentFields } from './DepartmentFields';

export interface DepartmentDialogProps {
  /** the department to rename; absent: create a new one */
  department?: Department;
  /** the workspace's departments, to refuse a second one of the same code and name */
  departments: readonly Department[];
  onSubmit: (fields: Pick<Department, 'name' | 'code'>) => void;
  onClose: () => void;
}

export function DepartmentDialog({ department, departments, onSubmit, onClose }: DepartmentDialogProps) {
  const { t } = useTranslation(['workspace', 'common']);
  const [initial] = useState<DepartmentInput>(() => ({ name: department?.name ?? '', code: department?.code ?? '' }));
  const [input, setInput] = useState<DepartmentInput>(initial);
  const [showErrors, setShowErrors] = useState(false);
  const readOnly = useReadOnly();
  const problem = checkDepartment(input, departments, department);
  const title = department ? t('department.editTitle') : t('department.createTitle');
  const typed = !shallow(input, initial);
  useInputKeptIfTabStops(
    typed
      ? {
          title,
          fields: [
            { label: t('department.name'), value: input.name },
            { label: t('department.code'), value: input.code },
          ],
        }
      : undefined,
  );

  return (
    <Dialog
      open
      title={title}
      onClose={onClose}
      onSubmit={() => {
        if (problem) {
          setShowErrors(true);
          return;
        }
        onSubmit(trimmedDepartment(input));
      }}
      actions={
        <>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={readOnly}>
            {department ? t('common:actions.save') : t('common:actions.create')}
          </Button>
        </>
      }
    >
      <DepartmentFields value={input} onChange={setInput} problem={showErrors ? problem : undefined} />
    </Dialog>
  );
}
