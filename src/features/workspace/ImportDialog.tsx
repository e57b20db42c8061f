// Importing a BPMN file as a new process: reads a chosen or dropped file (or pasted XML), checks it
// with prepareImport, and either says exactly what is wrong (storing nothing) or shows what will be
// created: name, department, which diagram to open, the import warnings (the file's, and the shapes
// of the chosen diagram that the modeller will not draw; a plain summary of what they mean, one
// sentence a group of like warnings, above the full list; the heading counts those sentences, and
// it and the sentences are the dialog's description, read with its title when the focus lands in
// the name field) and whether the layout was generated.
// Answers embedded by a "BPMN mit Bewertung" export are read too and come along with the process
// (their warnings beside the import warnings). Pasted XML is spoken of as "der eingefügte Text",
// not as a file. A backup or other JSON refused as not XML is sent to "Sicherung einspielen". Of
// several files dropped at once only the first is imported; the dialog names the others, to be
// dropped one by one afterwards. With no department yet, the review asks for a new one (checked as
// the department dialog checks it), created together with the process. The name must be new in its
// department. Only "Prozess anlegen" stores anything. A large file's dialog is painted before its
// check holds the page. "Prüfen" with nothing pasted marks the field with its error, as the other
// required fields do, and the dialog moves the focus there.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importErrorMessage, prepareImport, preparePastedImport } from '../../bpmn/importDiagram';
import type { ImportInputKind, PreparedImport } from '../../bpmn/importDiagram';
import { extractAssessments } from '../../bpmn/scoresInBpmn';
import type { ExtractedAssessments, ProcessFacts } from '../../bpmn/scoresInBpmn';
import type { Department, Process, StepAssessment } from '../../domain/assessment';
import { summarizeImportWarnings } from '../../domain/importWarningSummary';
import { departmentTitle, firstFreeName, takenDepartment } from '../../domain/recordNames';
import type { ImportWarningNote } from '../../domain/importWarningSummary';
import { i18n } from '../../i18n/i18n';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { diagramLabel } from '../editor/diagramLabel';
import { ImportWarningSummary, warningSummaryItemId } from '../editor/ImportNotices';
import { errorDetail } from '../report/delivery';
import { checkDepartment, trimmedDepartment } from './departmentCheck';
import type { DepartmentInput } from './departmentCheck';
import { DepartmentFields } from './DepartmentFields';
import { checkProcessName, processNameMessage } from './processNameCheck';
import { jsonInsteadOfBpmn } from './jsonInsteadOfBpmn';
import type { JsonInstead } from './jsonInsteadOfBpmn';
import { departmentOptions } from './workspaceView';

export type ImportSource =
  /** `leftOut`: the names of the files dropped together with this one, which are not imported */
  | { kind: 'file'; file: File; leftOut?: readonly string[] }
  | { kind: 'paste' };

/** The department of an imported process: one that exists, or one to create with the process. */
export type ImportDepartment = { kind: 'existing'; id: string } | { kind: 'new'; fields: Pick<Department, 'name' | 'code'> };

export interface ImportResult {
  name: string;
  department: ImportDepartment;
  xml: string;
  /** set only when the file holds several diagrams */
  diagramId?: string;
  /** the import's warnings, then the embedded answers' */
  warnings: ImportWarningNote[];
  autoLayout: boolean;
  /** the model was pasted as text, not chosen as a file: its notices speak of the pasted text */
  pasted: boolean;
  /** answers embedded in the file, keyed to a placeholder process id until the process exists */
  assessments: StepAssessment[];
  /** the process's Lotse, status and description as a "BPMN mit Bewertung" file carries them */
  facts?: Pick<Process, 'lotse' | 'status' | 'description'>;
}

export interface ImportDialogProps {
  source: ImportSource;
  departments: readonly Department[];
  /** the workspace's processes, to refuse a name already used in the chosen department */
  processes: readonly Process[];
  departmentId?: string;
  onConfirm: (result: ImportResult) => void;
  onClose: () => void;
}

type Prepared = Extract<PreparedImport, { ok: true }> & {
  embedded: ExtractedAssessments;
  /** the embedded answers' warnings */
  embeddedNotes: ImportWarningNote[];
};
/** a refused input; `jsonInstead` when it is a backup or other JSON, which "Sicherung einspielen" takes */
type Refused = Extract<PreparedImport, { ok: false }> & { jsonInstead?: JsonInstead };
type Checked = Prepared | Refused;

/** the process id the embedded answers carry until the process is created */
const pendingProcessId = 'import';
type Phase =
  | { step: 'paste' }
  | { step: 'checking' }
  | { step: 'failed'; refused: Refused }
  | { step: 'review'; prepared: Prepared };

/**
 * The warnings shown: the file's, the chosen view's (`diagramId`), then the embedded answers'.
 * Without a view, those passed on to the editor, which names each view's own when it draws it.
 */
function warningNotesOf(prepared: Prepared, diagramId?: string): ImportWarningNote[] {
  return [...prepared.warnings, ...(diagramId === undefined ? [] : (prepared.viewWarnings[diagramId] ?? [])), ...prepared.embeddedNotes];
}

function largestDiagram(prepared: Prepared): string {
  let best = prepared.diagrams[0];
  for (const diagram of prepared.diagrams) if (diagram.shapeCount > best.shapeCount) best = diagram;
  return best?.id ?? '';
}

/** the i18next context of texts about the input: pasted text is not a file */
function contextOf(inputKind: ImportInputKind): 'pasted' | undefined {
  return inputKind === 'pasted' ? 'pasted' : undefined;
}

/** the answers a "BPMN mit Bewertung" export embedded; a file whose answers cannot be read still imports */
async function readEmbedded(xml: string, inputKind: ImportInputKind): Promise<ExtractedAssessments> {
  try {
    return await extractAssessments(xml, pendingProcessId);
  } catch (error) {
    return {
      assessments: [],
      assessedCount: 0,
      warnings: [i18n.t('exchange:import.embeddedUnreadable', { detail: errorDetail(error), context: contextOf(inputKind) })],
    };
  }
}

/** the refusal of input that is not XML, marked when it is a backup or other JSON */
async function refusedAsNotXml(refused: Refused, input: string | File): Promise<Refused> {
  const jsonInstead = jsonInsteadOfBpmn(typeof input === 'string' ? input : await input.text());
  return jsonInstead ? { ...refused, jsonInstead } : refused;
}

/**
 * prepareImport (preparePastedImport for pasted text) and the embedded answers, input that is not
 * XML looked at for JSON, and an unexpected failure reported as an unreadable file
 */
async function checkInput(input: string | File): Promise<Checked> {
  const inputKind: ImportInputKind = typeof input === 'string' ? 'pasted' : 'file';
  try {
    const prepared = await (typeof input === 'string' ? preparePastedImport(input) : prepareImport(input, input.name));
    if (!prepared.ok) return prepared.code === 'notXml' ? await refusedAsNotXml(prepared, input) : prepared;
    const embedded = await readEmbedded(prepared.xml, inputKind);
    const embeddedNotes = embedded.warnings.map((message) => ({ kind: 'embeddedAnswer' as const, message }));
    return { ...prepared, embedded, embeddedNotes };
  } catch (error) {
    return { ok: false, code: 'unreadable', detail: error instanceof Error ? error.message : undefined };
  }
}

/** Files from this size on take a second or more to check (a model of 1 MB, some 200 steps). */
const paintFirstFromBytes = 1_000_000;

/** Resolves once the browser has painted what React rendered (the frame after the next). */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * What a "BPMN mit Bewertung" file says of its process and the import takes over: Lotse, status,
 * description; and its Amt where there is no such Amt here (then the user picks one).
 */
function FactsFromFile({ facts, departments }: { facts: ProcessFacts; departments: readonly Department[] }) {
  const { t, i18n: { language } } = useTranslation(['workspace', 'common']);
  const missingDepartment = facts.department && departments.length > 0 && !takenDepartment(departments, facts.department);
  const taken = [
    facts.lotse ? t('import.facts.lotse', { lotse: facts.lotse }) : undefined,
    t('import.facts.status', { status: t(`common:status.${facts.status}`) }),
    facts.description ? t('import.facts.description') : undefined,
  ].filter((part): part is string => part !== undefined);
  return (
    <div className="notice notice--info">
      <p>{t('import.facts.taken', { list: new Intl.ListFormat(language, { type: 'conjunction' }).format(taken) })}</p>
      {missingDepartment && facts.department ? <p>{t('import.facts.departmentMissing', { department: departmentTitle(facts.department) })}</p> : null}
    </div>
  );
}

export function ImportDialog({ source, departments, processes, departmentId, onConfirm, onClose }: ImportDialogProps) {
  const { t, i18n } = useTranslation(['workspace', 'common', 'import', 'exchange']);
  const [phase, setPhase] = useState<Phase>(source.kind === 'paste' ? { step: 'paste' } : { step: 'checking' });
  const [pasted, setPasted] = useState('');
  const [name, setName] = useState('');
  const [targetDepartment, setTargetDepartment] = useState(departmentId ?? departments[0]?.id ?? '');
  const [diagramId, setDiagramId] = useState('');
  const [newDepartment, setNewDepartment] = useState<DepartmentInput>({ name: '', code: '' });
  const [showErrors, setShowErrors] = useState(false);
  /** "Prüfen" was pressed: an empty paste field now says what it needs */
  const [pasteChecked, setPasteChecked] = useState(false);

  const bodyRef = useRef<HTMLDivElement>(null);
  // the processes and the department a suggested name must be new in, as they are when the check ends
  const namesInUse = useRef({ processes, departments, departmentId: targetDepartment });
  useEffect(() => {
    namesInUse.current = { processes, departments, departmentId: targetDepartment };
  });
  const inputKind: ImportInputKind = source.kind === 'paste' ? 'pasted' : 'file';
  const context = contextOf(inputKind);
  const leftOutId = useId();

  /** moves on to the review or the failure once the input is checked */
  const showResult = useCallback(
    (prepared: Checked) => {
      if (!prepared.ok) {
        setPhase({ step: 'failed', refused: prepared });
        return;
      }
      // a "BPMN mit Bewertung" file names its Amt: the same one here is chosen, or, with no Amt
      // yet, the new one is filled in with it
      const fileDepartment = prepared.embedded.processFacts?.department;
      const sameHere = fileDepartment ? takenDepartment(namesInUse.current.departments, fileDepartment) : undefined;
      if (sameHere) setTargetDepartment(sameHere.id);
      else if (fileDepartment && namesInUse.current.departments.length === 0) setNewDepartment(fileDepartment);
      // a file imported again (e.g. after its export) is suggested as "Name (2)", not refused
      const { processes: existing } = namesInUse.current;
      const department = sameHere?.id ?? namesInUse.current.departmentId;
      const taken = existing.filter((process) => process.departmentId === department).map((process) => process.name);
      setName(firstFreeName((number) => (number === 1 ? prepared.suggestedName : `${prepared.suggestedName} (${number})`), taken));
      setDiagramId(largestDiagram(prepared));
      setPhase({ step: 'review', prepared });
    },
    [],
  );

  useEffect(() => {
    if (source.kind !== 'file') return;
    let current = true;
    void (async () => {
      // a large file's check holds the page for a second or more: the dialog ("wird geprüft …") is
      // on screen first; a small one is checked at once
      if (source.file.size >= paintFirstFromBytes) await afterNextPaint();
      const prepared = await checkInput(source.file);
      if (current) showResult(prepared);
    })();
    return () => {
      current = false;
    };
  }, [source, showResult]);

  // each phase replaces the dialog's content: move the focus to where the user continues
  useEffect(() => {
    const container = bodyRef.current;
    if (!container) return;
    const target = container.querySelector<HTMLElement>('[data-autofocus], [role="alert"], [role="status"]');
    target?.focus();
  }, [phase.step]);

  const fileName = source.kind === 'file' ? source.file.name : undefined;
  const leftOut = source.kind === 'file' ? (source.leftOut ?? []) : [];
  const title = fileName ? t('import.titleFile', { file: fileName }) : t('import.titlePaste');
  const noDepartment = departments.length === 0;
  // the chosen department, or the first one when the chosen one is gone (deleted in another tab)
  const chosenDepartment = departments.some((department) => department.id === targetDepartment) ? targetDepartment : (departments[0]?.id ?? '');
  const departmentProblem = noDepartment ? checkDepartment(newDepartment, departments) : undefined;
  const nameProblem = checkProcessName({ name, departmentId: chosenDepartment }, noDepartment ? [] : processes);

  const confirm = () => {
    if (phase.step !== 'review') return;
    if (nameProblem || departmentProblem) {
      setShowErrors(true);
      return;
    }
    const { prepared } = phase;
    const facts = prepared.embedded.processFacts;
    onConfirm({
      name: name.trim(),
      department: noDepartment ? { kind: 'new', fields: trimmedDepartment(newDepartment) } : { kind: 'existing', id: chosenDepartment },
      xml: prepared.xml,
      ...(prepared.diagrams.length > 1 && diagramId ? { diagramId } : {}),
      warnings: warningNotesOf(prepared),
      autoLayout: prepared.autoLayout,
      pasted: inputKind === 'pasted',
      assessments: prepared.embedded.assessments,
      ...(facts ? { facts: { lotse: facts.lotse, status: facts.status, description: facts.description } } : {}),
    });
  };

  let body: React.ReactNode;
  let primary: React.ReactNode = null;
  /** the review's warnings in short (their count and the summary by kind), read with the dialog's title */
  let describedBy: string | undefined;
  switch (phase.step) {
    case 'paste':
      body = (
        <TextField
          label={t('import.pasteLabel')}
          hint={t('import.pasteHint')}
          value={pasted}
          onChange={setPasted}
          multiline
          rows={12}
          autoFocus
          spellCheck={false}
          className="field--code"
          required
          error={pasteChecked && pasted.trim() === '' ? t('import:pasteEmpty') : undefined}
        />
      );
      primary = (
        <Button key="check" type="submit" variant="primary">
          {t('import.check')}
        </Button>
      );
      break;
    case 'checking':
      body = (
        <p role="status" tabIndex={-1} className="import__checking">
          {t('import.checking', { context })}
        </p>
      );
      break;
    case 'failed':
      body = (
        <div role="alert" tabIndex={-1} className="notice notice--error">
          <p className="notice__title">{t('import.failed', { context })}</p>
          <p>
            {phase.refused.jsonInstead
              ? t(`import.${phase.refused.jsonInstead}Instead`, { context })
              : importErrorMessage(phase.refused.code, phase.refused.detail, inputKind)}
          </p>
          <p>{t('import.nothingStored')}</p>
        </div>
      );
      if (source.kind === 'paste') {
        // a key of its own: React would reuse the button as the paste's submit button while its
        // click is still under way, and the click would then submit the refused text again
        primary = (
          <Button key="editPasted" onClick={() => setPhase({ step: 'paste' })}>
            {t('import.editPasted')}
          </Button>
        );
      }
      break;
    case 'review': {
      const { prepared } = phase;
      const warningNotes = warningNotesOf(prepared, diagramId);
      const summary = summarizeImportWarnings(warningNotes);
      if (warningNotes.length > 0) {
        describedBy = ['import-warnings-title', ...summary.map(({ group }) => warningSummaryItemId('import-warnings-summary', group))].join(' ');
      }
      body = (
        <>
          <TextField
            label={t('process.name')}
            value={name}
            onChange={setName}
            required
            autoFocus
            error={showErrors && nameProblem ? processNameMessage(t, nameProblem, departments) : undefined}
          />
          {noDepartment ? (
            <div role="group" aria-labelledby="import-new-department-title" aria-describedby="import-new-department-hint">
              <div className="field">
                <h3 id="import-new-department-title" className="notice__title">
                  {t('import.newDepartment')}
                </h3>
                <p id="import-new-department-hint" className="field__hint">
                  {t('import.newDepartmentHint')}
                </p>
              </div>
              <DepartmentFields value={newDepartment} onChange={setNewDepartment} problem={showErrors ? departmentProblem : undefined} />
            </div>
          ) : (
            <SelectField
              label={t('process.department')}
              value={chosenDepartment}
              options={departmentOptions(departments, i18n.language)}
              onChange={setTargetDepartment}
            />
          )}
          {prepared.diagrams.length > 1 ? (
            <SelectField
              label={t('import.diagram')}
              hint={t('import.diagramHint', { count: prepared.diagrams.length, context })}
              value={diagramId}
              options={prepared.diagrams.map((diagram, index) => ({
                value: diagram.id,
                label: t('import.diagramOption', { name: diagramLabel(t, diagram, index + 1), count: diagram.shapeCount }),
              }))}
              onChange={setDiagramId}
            />
          ) : null}
          {prepared.autoLayout ? <p className="notice notice--info">{t('import:autoLayout', { context })}</p> : null}
          {prepared.embedded.assessedCount > 0 ? (
            <p className="notice notice--info">{t('exchange:import.embeddedFound', { count: prepared.embedded.assessedCount, context })}</p>
          ) : null}
          {prepared.embedded.processFacts ? <FactsFromFile facts={prepared.embedded.processFacts} departments={departments} /> : null}
          {warningNotes.length > 0 ? (
            <section className="notice notice--warning" aria-labelledby="import-warnings-title">
              <h3 id="import-warnings-title" className="notice__title">
                {t('import.warningsTitle', { count: summary.length, context })}
              </h3>
              <ImportWarningSummary groups={summary} idPrefix="import-warnings-summary" />
              <h4 id="import-warnings-details" className="notice__title">{t('import:summary.details')}</h4>
              <ul className="warning-list" aria-labelledby="import-warnings-details" tabIndex={0}>
                {warningNotes.map((note, index) => (
                  <li key={index}>{note.message}</li>
                ))}
              </ul>
            </section>
          ) : (
            <p className="notice notice--ok">{t('import.noWarnings', { context })}</p>
          )}
        </>
      );
      primary = (
        <Button type="submit" variant="primary">
          {t('import.create')}
        </Button>
      );
      break;
    }
  }

  return (
    <Dialog
      open
      title={title}
      onClose={onClose}
      className="dialog--wide"
      // the files a drop left out come first: they concern every phase
      describedBy={[leftOut.length > 0 ? leftOutId : undefined, describedBy].filter(Boolean).join(' ') || undefined}
      onSubmit={() => {
        if (phase.step === 'paste') {
          if (pasted.trim() === '') {
            setPasteChecked(true);
            return;
          }
          setPhase({ step: 'checking' });
          void checkInput(pasted).then(showResult);
        } else confirm();
      }}
      actions={
        <>
          {/* after a refused file there is nothing left to cancel */}
          <Button onClick={onClose}>{t(phase.step === 'failed' ? 'common:actions.close' : 'common:actions.cancel')}</Button>
          {primary}
        </>
      }
    >
      <div ref={bodyRef}>
        {leftOut.length > 0 ? (
          <div id={leftOutId} className="notice notice--info">
            <p>{t('import.leftOut', { count: leftOut.length, file: fileName })}</p>
            <ul>
              {leftOut.map((name, index) => (
                <li key={index}>{name}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {body}
      </div>
    </Dialog>
  );
}
