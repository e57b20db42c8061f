// The dialog to create or rename a department (Amt): its name (required, so asked first) and its
// short code.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../domain/assessment';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/TextField';

export interface DepartmentDialogProps {
  /** the department to rename; absent: create a new one */
  department?: Department;
  onSubmit: (fields: Pick<Department, 'name' | 'code'>) => void;
  onClose: () => void;
}

export function DepartmentDialog({ department, onSubmit, onClose }: DepartmentDialogProps) {
  const { t } = useTranslation(['workspace', 'common']);
  const [name, setName] = useState(department?.name ?? '');
  const [code, setCode] = useState(department?.code ?? '');
  const [showErrors, setShowErrors] = useState(false);
  const nameMissing = name.trim() === '';

  return (
    <Dialog
      open
      title={department ? t('department.editTitle') : t('department.createTitle')}
      onClose={onClose}
      onSubmit={() => {
        if (nameMissing) {
          setShowErrors(true);
          return;
        }
        onSubmit({ name: name.trim(), code: code.trim() });
      }}
      actions={
        <>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button type="submit" variant="primary">
            {department ? t('common:actions.save') : t('common:actions.create')}
          </Button>
        </>
      }
    >
      <TextField
        label={t('department.name')}
        hint={t('department.nameHint')}
        value={name}
        onChange={setName}
        required
        error={showErrors && nameMissing ? t('department.nameMissing') : undefined}
      />
      <TextField label={t('department.code')} hint={t('department.codeHint')} value={code} onChange={setCode} />
    </Dialog>
  );
}
