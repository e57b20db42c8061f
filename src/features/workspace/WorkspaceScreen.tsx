// The workspace screen: departments with their processes, search and sort, and every way to
// create, change, duplicate, delete and import processes. A file dropped anywhere on the screen
// starts an import (of several dropped at once the first, and the import names the others; on the
// app's header or the margins beside it a drop does nothing: ui/strayFileDrops); routes stay with
// the app (links and navigation come in as props). The header carries the backup panel; the
// toolbar and each department open the portfolio report. In a tab that only reads, everything that
// changes the workspace is disabled and a dropped file imports nothing (the drop says why); links,
// search, sort, the report and the backup download work. After a process is edited, the focus
// goes back to its "Angaben ändern" button, also when the process moved to another department (its
// card is then a new one). A deleted process brought back by the toast's "Rückgängig" takes the
// focus on its link, which the closing toast left to the main region. A new Amt is announced by a
// toast, and its section comes into view with the focus on its heading (next to its "Prozess
// hinzufügen"). "Neuer Prozess" and an import preselect the Amt used last (workspaceView).
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department, Process } from '../../domain/assessment';
import { seriesBase } from '../../domain/recordNames';
import type { SeriesName } from '../../domain/recordNames';
import { workspaceSorts } from '../../state/appState';
import type { WorkspaceSort } from '../../state/appState';
import { useAppActions, useAppStore } from '../../state/AppStoreProvider';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FileDrop } from '../../ui/FileDrop';
import { focusIsFree } from '../../ui/mainRegion';
import { useReadOnly } from '../../ui/readOnly';
import { BackupPanel } from '../backup/BackupPanel';
import { PortfolioDialog } from '../report/PortfolioDialog';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { DepartmentDialog } from './DepartmentDialog';
import { ImportDialog } from './ImportDialog';
import type { ImportSource } from './ImportDialog';
import { ProcessCard, processEditButtonId, processLinkId } from './ProcessCard';
import { ProcessDialog } from './ProcessDialog';
import { departmentTitle } from '../../domain/recordNames';
import { groupWorkspace, lastUsedDepartmentId } from './workspaceView';
import type { DepartmentGroup } from './workspaceView';

export interface WorkspaceScreenProps {
  /** link to a process in the editor */
  processHref: (id: string) => string;
  /** opens a process in the editor (after creating or importing it) */
  onOpenProcess: (id: string) => void;
  /** the diagram a new, empty process starts with */
  newDiagramXml: (processName: string) => string;
}

type OpenDialog =
  | { kind: 'createDepartment' }
  | { kind: 'editDepartment'; department: Department }
  | { kind: 'deleteDepartment'; department: Department; count: number }
  | { kind: 'createProcess'; departmentId?: string }
  | { kind: 'editProcess'; process: Process }
  | { kind: 'deleteProcess'; process: Process }
  | { kind: 'import'; source: ImportSource }
  | { kind: 'portfolio'; departmentId?: string };

const bpmnFileTypes = '.bpmn,.bpmn2,.xml,application/xml,text/xml';

interface DepartmentGroupsProps {
  groups: DepartmentGroup[];
  processes: readonly Process[];
  processHref: (id: string) => string;
  openDialog: (dialog: OpenDialog) => void;
}

/** the id of a department's heading; `undefined`: the group of processes without a department */
function departmentHeadingId(departmentId: string | undefined): string {
  return `department-${departmentId ?? 'none'}`;
}

/**
 * Of the items deleted on this screen (`deleted`), forgets those an undo has brought back among
 * `items`, and gives the focus to the element `elementId` names for them while no control has it.
 */
function focusRestored(deleted: Set<string>, items: readonly { id: string }[], elementId: (id: string) => string): void {
  for (const id of deleted) {
    if (!items.some((item) => item.id === id)) continue;
    deleted.delete(id);
    if (focusIsFree()) document.getElementById(elementId(id))?.focus();
  }
}

/**
 * The departments with their process cards; memoised, so that opening or closing a dialog (state of
 * the screen) does not render every card again.
 */
const DepartmentGroups = memo(function DepartmentGroups({ groups, processes, processHref, openDialog }: DepartmentGroupsProps) {
  const { t } = useTranslation(['workspace', 'common', 'exchange']);
  const actions = useAppActions();
  const readOnly = useReadOnly();
  return (
    <>
      {groups.map(({ department, processes: shown }) => {
        const headingId = departmentHeadingId(department?.id);
        const title = department ? departmentTitle(department) : t('department.none');
        return (
          <section key={department?.id ?? 'none'} className="department" aria-labelledby={headingId}>
            <div className="department__head">
              {/* focusable by script: a department an undo brings back gets the focus on its heading */}
              <h2 id={headingId} tabIndex={-1}>
                {title}
              </h2>
              {department ? (
                <div className="department__actions">
                  <Button
                    size="small"
                    onClick={() => openDialog({ kind: 'createProcess', departmentId: department.id })}
                    disabled={readOnly}
                    aria-label={t('department.addProcessTo', { name: title })}
                  >
                    {t('department.addProcess')}
                  </Button>
                  <Button
                    size="small"
                    onClick={() => openDialog({ kind: 'portfolio', departmentId: department.id })}
                    disabled={!processes.some((process) => process.departmentId === department.id)}
                    aria-label={t('exchange:portfolio.openFor', { department: title })}
                  >
                    {t('exchange:portfolio.openShort')}
                  </Button>
                  <Button
                    size="small"
                    variant="quiet"
                    onClick={() => openDialog({ kind: 'editDepartment', department })}
                    disabled={readOnly}
                    aria-label={t('department.editOf', { name: title })}>
                    {t('department.edit')}
                  </Button>
                  <Button
                    size="small"
                    variant="quiet"
                    onClick={() =>
                      openDialog({
                        kind: 'deleteDepartment',
                        department,
                        count: processes.filter((process) => process.departmentId === department.id).length,
                      })
                    }
                    disabled={readOnly}
                    aria-label={t('department.deleteOf', { name: title })}
                  >
                    {t('common:actions.delete')}
                  </Button>
                </div>
              ) : null}
            </div>
            {shown.length === 0 ? (
              <p className="department__empty">{t('department.noProcesses')}</p>
            ) : (
              <ul className="process-list">
                {shown.map((process) => (
                  <li key={process.id}>
                    <ProcessCard
                      process={process}
                      href={processHref(process.id)}
                      onStatus={(status) => actions.setProcessStatus(process.id, status)}
                      onEdit={() => openDialog({ kind: 'editProcess', process })}
                      onDuplicate={() => {
                        const copyName: SeriesName = (name, number) =>
                          number === 1 ? t('process.copyName', { name }) : t('process.copyNameNumbered', { name, number });
                        // a copy of "X (Kopie)" is the next of X's copies, not "X (Kopie) (Kopie)"
                        const original = seriesBase(process.name, copyName);
                        void actions.duplicateProcess(process.id, (number) => copyName(original, number)).then((copy) => {
                          if (copy) actions.showToast({ messageKey: 'workspace:toast.processDuplicated', values: { name: copy.name } });
                        });
                      }}
                      onDelete={() => openDialog({ kind: 'deleteProcess', process })}
                    />
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </>
  );
});

export function WorkspaceScreen({ processHref, onOpenProcess, newDiagramXml }: WorkspaceScreenProps) {
  const { t, i18n } = useTranslation(['workspace', 'common', 'exchange']);
  const departments = useAppStore((state) => state.document.departments);
  const processes = useAppStore((state) => state.document.processes);
  const query = useAppStore((state) => state.session.workspaceQuery);
  const sort = useAppStore((state) => state.session.workspaceSort);
  const actions = useAppActions();
  const readOnly = useReadOnly();
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  /** the last order chosen, said to a screen reader (the select itself says nothing of the list it reorders) */
  const [sortSaid, setSortSaid] = useState('');
  /** the process whose "Angaben ändern" button gets the focus once its dialog has closed */
  const focusEditOf = useRef<string | null>(null);
  /** the processes deleted here: one an undo brings back gets the focus on its link */
  const deletedHere = useRef(new Set<string>());
  /** the department created here whose section comes into view once its dialog has closed */
  const revealDepartment = useRef<string | null>(null);
  /** the departments deleted here: one an undo brings back gets the focus on its heading */
  const departmentsDeletedHere = useRef(new Set<string>());
  const fileInput = useRef<HTMLInputElement>(null);

  // runs after the closed dialog gave the focus back (its clean-up comes first): a process moved to
  // another department has a new card, and the button the dialog remembers is gone
  useEffect(() => {
    const processId = focusEditOf.current;
    if (dialog || !processId) return;
    focusEditOf.current = null;
    document.getElementById(processEditButtonId(processId))?.focus();
  }, [dialog]);

  // likewise for a new department: its section, often below the window's edge, comes into view
  // (whole, where it fits) with the focus on its heading, which the window would otherwise leave
  // behind on the "Neues Amt" it scrolled away from
  useEffect(() => {
    const departmentId = revealDepartment.current;
    if (dialog || !departmentId) return;
    revealDepartment.current = null;
    const heading = document.getElementById(departmentHeadingId(departmentId));
    heading?.focus({ preventScroll: true });
    heading?.closest('section')?.scrollIntoView({ block: 'nearest' });
  }, [dialog]);

  // run after the toast's clean-up, which handed the focus of its "Rückgängig" to the main region
  useEffect(() => focusRestored(deletedHere.current, processes, processLinkId), [processes]);
  useEffect(() => focusRestored(departmentsDeletedHere.current, departments, departmentHeadingId), [departments]);

  const groups = useMemo(
    () => groupWorkspace(departments, processes, query, sort, i18n.language),
    [departments, processes, query, sort, i18n.language],
  );
  const shownCount = groups.reduce((sum, group) => sum + group.processes.length, 0);
  const lastUsedDepartment = useMemo(() => lastUsedDepartmentId(departments, processes), [departments, processes]);
  const close = () => setDialog(null);
  /** imports `file`; `leftOut`: the files dropped with it, which the dialog names as not imported */
  const startImport = (file: File, leftOut: readonly File[] = []) =>
    setDialog({ kind: 'import', source: { kind: 'file', file, leftOut: leftOut.map((other) => other.name) } });

  return (
    <FileDrop
      className="workspace"
      hint={readOnly ? t('import.dropReadOnly') : t('import.dropHint')}
      onFiles={([file, ...leftOut]) => {
        if (!readOnly) startImport(file, leftOut);
      }}
    >
      <div className="screen-head">
        <h1>{t('title')}</h1>
        <p className="screen-head__lead">{t('lead')}</p>
        <BackupPanel />
      </div>

      <div className="toolbar" role="group" aria-label={t('toolbar')}>
        <Button variant="primary" onClick={() => setDialog({ kind: 'createProcess' })} disabled={readOnly || departments.length === 0}>
          {t('process.create')}
        </Button>
        <Button onClick={() => setDialog({ kind: 'createDepartment' })} disabled={readOnly}>
          {t('department.create')}
        </Button>
        <Button onClick={() => fileInput.current?.click()} disabled={readOnly}>
          {t('import.file')}
        </Button>
        <Button onClick={() => setDialog({ kind: 'import', source: { kind: 'paste' } })} disabled={readOnly}>
          {t('import.paste')}
        </Button>
        <Button onClick={() => setDialog({ kind: 'portfolio' })} disabled={processes.length === 0}>
          {t('exchange:portfolio.open')}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept={bpmnFileTypes}
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t('import.fileInput')}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) startImport(file);
          }}
        />
      </div>
      {readOnly ? null : <p className="workspace__drop-note">{t('import.dropNote')}</p>}

      <div role="search" className="filter-bar" aria-label={t('filter.region')}>
        <TextField type="search" label={t('filter.search')} value={query} onChange={actions.setWorkspaceQuery} className="filter-bar__search" />
        <SelectField
          label={t('filter.sort')}
          value={sort}
          options={workspaceSorts.map((value) => ({ value, label: t(`filter.sortBy.${value}`) }))}
          onChange={(value) => {
            actions.setWorkspaceSort(value as WorkspaceSort);
            setSortSaid(t('filter.sorted', { order: t(`filter.sortBy.${value}`) }));
          }}
        />
      </div>
      <p role="status" className="filter-bar__count">
        {query.trim() ? t('filter.found', { count: shownCount, query: query.trim() }) : t('filter.total', { count: processes.length })}
      </p>
      {/* a new order changes nothing a screen reader hears on the select: it is said here, once (a
          live region apart from the count's status, which says what the search finds) */}
      <p aria-live="polite" className="visually-hidden workspace__sort-said">
        {sortSaid}
      </p>

      {departments.length === 0 && processes.length === 0 ? (
        <div className="empty-state">
          <p>{t('empty')}</p>
          <Button variant="primary" onClick={() => setDialog({ kind: 'createDepartment' })} disabled={readOnly}>
            {t('department.create')}
          </Button>
        </div>
      ) : null}

      <DepartmentGroups groups={groups} processes={processes} processHref={processHref} openDialog={setDialog} />

      {dialog?.kind === 'createDepartment' || dialog?.kind === 'editDepartment' ? (
        <DepartmentDialog
          department={dialog.kind === 'editDepartment' ? dialog.department : undefined}
          departments={departments}
          onClose={close}
          onSubmit={(fields) => {
            if (dialog.kind === 'editDepartment') {
              actions.updateDepartment(dialog.department.id, fields);
            } else {
              const created = actions.createDepartment(fields);
              actions.showToast({ messageKey: 'workspace:toast.departmentCreated', values: { name: departmentTitle(created) } });
              revealDepartment.current = created.id;
            }
            close();
          }}
        />
      ) : null}

      {dialog?.kind === 'createProcess' || dialog?.kind === 'editProcess' ? (
        <ProcessDialog
          departments={departments}
          processes={processes}
          process={dialog.kind === 'editProcess' ? dialog.process : undefined}
          departmentId={dialog.kind === 'createProcess' ? (dialog.departmentId ?? lastUsedDepartment) : undefined}
          onClose={close}
          onSubmit={(fields) => {
            if (dialog.kind === 'editProcess') {
              actions.updateProcess(dialog.process.id, fields);
              // said, as a new Amt and a copy are: a move to another Amt takes the card out of sight
              const moved = fields.departmentId !== dialog.process.departmentId ? departments.find((department) => department.id === fields.departmentId) : undefined;
              actions.showToast(
                moved
                  ? { messageKey: 'workspace:toast.processMoved', values: { name: fields.name, department: departmentTitle(moved) } }
                  : { messageKey: 'workspace:toast.processUpdated', values: { name: fields.name } },
              );
              focusEditOf.current = dialog.process.id;
              close();
              return;
            }
            const created = actions.createProcess({ ...fields, diagramXml: newDiagramXml(fields.name) });
            close();
            onOpenProcess(created.id);
          }}
        />
      ) : null}

      {dialog?.kind === 'import' ? (
        <ImportDialog
          source={dialog.source}
          departments={departments}
          processes={processes}
          departmentId={lastUsedDepartment}
          onClose={close}
          onConfirm={(result) => {
            const departmentId = result.department.kind === 'new' ? actions.createDepartment(result.department.fields).id : result.department.id;
            const created = actions.createProcess({
              departmentId,
              name: result.name,
              diagramXml: result.xml,
              diagramId: result.diagramId,
              ...result.facts,
            });
            actions.addImportedAssessments(created.id, result.assessments);
            actions.setImportNotice({ processId: created.id, warnings: result.warnings, autoLayout: result.autoLayout, pasted: result.pasted });
            close();
            onOpenProcess(created.id);
          }}
        />
      ) : null}

      {dialog?.kind === 'portfolio' ? (
        <PortfolioDialog departments={departments} processes={processes} departmentId={dialog.departmentId} onClose={close} />
      ) : null}

      <ConfirmDialog
        open={dialog?.kind === 'deleteProcess'}
        title={t('process.deleteTitle')}
        message={dialog?.kind === 'deleteProcess' ? t('process.deleteConfirm', { name: dialog.process.name }) : ''}
        confirmLabel={t('process.deleteAction')}
        danger
        onCancel={close}
        onConfirm={() => {
          if (dialog?.kind === 'deleteProcess') {
            const { id } = dialog.process;
            void actions.deleteProcess(id).then(() => deletedHere.current.add(id));
          }
          close();
        }}
      />
      <ConfirmDialog
        open={dialog?.kind === 'deleteDepartment'}
        title={t('department.deleteTitle')}
        message={
          dialog?.kind === 'deleteDepartment'
            ? t('department.deleteConfirm', { name: departmentTitle(dialog.department), count: dialog.count })
            : ''
        }
        confirmLabel={t('department.deleteAction')}
        danger
        onCancel={close}
        onConfirm={() => {
          if (dialog?.kind === 'deleteDepartment') {
            const id = dialog.department.id;
            void actions.deleteDepartment(id).then(() => departmentsDeletedHere.current.add(id));
          }
          close();
        }}
      />
    </FileDrop>
  );
}
