// A choice of processes grouped by department: one checkbox per process and one per department
// that picks or drops all its processes (shown as mixed when only some are picked). Used by the
// portfolio report and by backups of chosen processes.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department, Process } from '../../domain/assessment';
import { departmentTitle } from '../../domain/recordNames';
import { groupWorkspace } from '../workspace/workspaceView';

export interface ProcessPickerProps {
  legend: string;
  departments: readonly Department[];
  processes: readonly Process[];
  selected: ReadonlySet<string>;
  onChange: (selected: Set<string>) => void;
  /** shown under the legend when nothing is picked and the user tried to go on */
  error?: string;
}

interface Group {
  key: string;
  title: string;
  processes: Process[];
}

function Checkbox({ label, checked, mixed, onChange }: { label: string; checked: boolean; mixed?: boolean; onChange: (checked: boolean) => void }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = mixed === true;
  }, [mixed]);
  return (
    <label className="exchange__check">
      <input ref={ref} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <span>{label}</span>
    </label>
  );
}

/** The workspace's grouping (departments by code, processes by name, unknown department last), without empty departments. */
function pickerGroups(departments: readonly Department[], processes: readonly Process[], language: string, noDepartment: string): Group[] {
  return groupWorkspace(departments, processes, '', 'name', language)
    .filter((group) => group.processes.length > 0)
    .map(({ department, processes: own }) => ({ key: department?.id ?? '', title: department ? departmentTitle(department) : noDepartment, processes: own }));
}

export function ProcessPicker({ legend, departments, processes, selected, onChange, error }: ProcessPickerProps) {
  const { t, i18n } = useTranslation('exchange');
  const groups = pickerGroups(departments, processes, i18n.language, t('picker.noDepartment'));
  const toggle = (ids: readonly string[], on: boolean) => {
    const next = new Set(selected);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    onChange(next);
  };

  return (
    <fieldset className="exchange__fieldset" aria-describedby={error ? 'process-picker-error' : undefined}>
      <legend>{legend}</legend>
      {error ? (
        <p id="process-picker-error" role="alert" className="field__error">
          {error}
        </p>
      ) : null}
      <ul className="exchange__choices">
        {groups.map((group) => {
          const ids = group.processes.map((process) => process.id);
          const count = ids.filter((id) => selected.has(id)).length;
          return (
            <li key={group.key}>
              <Checkbox
                label={t('picker.wholeDepartment', { department: group.title, count: ids.length })}
                checked={count === ids.length}
                mixed={count > 0 && count < ids.length}
                onChange={(on) => toggle(ids, on)}
              />
              <ul>
                {group.processes.map((process) => (
                  <li key={process.id}>
                    <Checkbox label={process.name} checked={selected.has(process.id)} onChange={(on) => toggle([process.id], on)} />
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
