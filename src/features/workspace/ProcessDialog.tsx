// The dialog to create a process or edit its details: name, department (moving it), responsible
// Lotse, short description and status. A name another process of the chosen department bears
// already is refused, with the message on the name; nothing is stored then. When the tab stops
// writing while it is open, what was typed is kept for the tab's banner to show (recovery/lostInput).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shallow } from 'zustand/vanilla/shallow';
import { processStatuses } from '../../domain/assessment';
import type { Department, Process, ProcessStatus } from '../../domain/assessment';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useReadOnly } from '../../ui/readOnly';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useInputKeptIfTabStops } from '../recovery/lostInput';
import { checkProcessName, processNameMessage } from './processNameCheck';
import { departmentOptions } from './workspaceView';

export interface ProcessFields {
  name: string;
  departmentId: string;
  lotse: string;
  description: string;
  status: ProcessStatus;
}

export interface ProcessDialogProps {
  departments: readonly Department[];
  /** the workspace's processes, to refuse a name already used in the chosen department */
  processes: readonly Process[];
  /** the process to edit; absent: create a new one */
  process?: Process;
  /** preselected department for a new process */
  departmentId?: string;
  onSubmit: (fields: ProcessFields) => void;
  onClose: () => void;
}

export function ProcessDialog({ departments, processes, process, departmentId, onSubmit, onClose }: ProcessDialogProps) {
  const { t, i18n } = useTranslation(['workspace', 'common']);
  const [initial] = useState<ProcessFields>(() => ({
    name: process?.name ?? '',
    departmentId: process?.departmentId ?? departmentId ?? departments[0]?.id ?? '',
    lotse: process?.lotse ?? '',
    description: process?.description ?? '',
    status: process?.status ?? 'draft',
  }));
  const [fields, setFields] = useState<ProcessFields>(initial);
  const [showErrors, setShowErrors] = useState(false);
  const readOnly = useReadOnly();
  const nameProblem = checkProcessName(fields, processes, process);
  const update = (changes: Partial<ProcessFields>) => setFields((current) => ({ ...current, ...changes }));
  const title = process ? t('process.editTitle', { name: process.name }) : t('process.createTitle');
  const department = departmentOptions(departments, i18n.language).find((option) => option.value === fields.departmentId);
  const typed = !shallow(fields, initial);
  useInputKeptIfTabStops(
    typed
      ? {
          title,
          fields: [
            { label: t('process.name'), value: fields.name },
            { label: t('process.department'), value: department?.label ?? '' },
            { label: t('process.lotse'), value: fields.lotse },
            { label: t('process.description'), value: fields.description },
            { label: t('process.status'), value: t(`common:status.${fields.status}`) },
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
        if (nameProblem) {
          setShowErrors(true);
          return;
        }
        onSubmit({ ...fields, name: fields.name.trim(), lotse: fields.lotse.trim(), description: fields.description.trim() });
      }}
      actions={
        <>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={readOnly}>
            {process ? t('common:actions.save') : t('common:actions.create')}
          </Button>
        </>
      }
    >
      <TextField
        label={t('process.name')}
        value={fields.name}
        onChange={(name) => update({ name })}
        required
        autoFocus
        error={showErrors && nameProblem ? processNameMessage(t, nameProblem, departments) : undefined}
      />
      <SelectField
        label={t('process.department')}
        value={fields.departmentId}
        options={departmentOptions(departments, i18n.language)}
        onChange={(id) => update({ departmentId: id })}
      />
      <TextField label={t('process.lotse')} hint={t('process.lotseHint')} value={fields.lotse} onChange={(lotse) => update({ lotse })} />
      <TextField
        label={t('process.description')}
        value={fields.description}
        onChange={(description) => update({ description })}
        multiline
      />
      <SelectField
        label={t('process.status')}
        value={fields.status}
        options={processStatuses.map((status) => ({ value: status, label: t(`common:status.${status}`) }))}
        onChange={(status) => update({ status: status as ProcessStatus })}
      />
    </Dialog>
  );
}
