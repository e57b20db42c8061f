// The score panel for one step: header with position and step navigation (it sticks to the top of
// the scrolling side panel, so the step's name and "Weiter" stay in view), at the last step what
// comes next (WalkEnd), the step's name to edit (StepNameField, renaming it in the diagram through
// onRename), the building block, "nicht anwendbar" / "bereits automatisiert", the five
// quick-check questions, the live result (linking to the method page, when given its address), the
// collapsible detailed assessment (criteria and quantities) and notes. Under the building block, a
// polite status names the answers it filled that the user has not changed. Presentational: it
// shows what it is given and reports every change as a whole new StepAssessment via onChange (the
// caller stores it and counts revisions); invalid numbers are never passed on, and answers are set
// through the domain's setGivenAnswer.
// In a tab that only reads (useReadOnly), it says under the step's type and lane that answers change
// only in the tab that edits, and no control changes anything: levels and selects are disabled,
// the name, numbers, notes and the two flags read-only (focusable, to be read; a flag is drawn as
// plainly as where it can be changed, not faint, and described by that note); walking the steps,
// the sections and the way on at the last step work as ever.
//
// Keyboard: Tab moves from question to question, each starting with its "Antwort löschen" beside
// the criterion's name. Inside a question, arrow keys move between the options; 1–5 choose the
// level (Medienbrüche: the count, 0, 1, 2, and 3–9 for "3 or more"; Formerfordernis: 1, 3, 5;
// yes/no questions: J or Y for yes, N for no) and Delete or Backspace clears the answer, on its
// "Antwort löschen" too. Anywhere in the panel except text fields, PageDown or Alt+→ goes to the
// next step, PageUp or Alt+← to the previous one; in a select these keys do so too instead of
// changing its choice, while the other arrow keys keep choosing.
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers, Level, Quantities, Step, StepAssessment } from '../../domain/assessment';
import { periods } from '../../domain/assessment';
import type { Catalogue, CriterionCode, CriterionDefinition } from '../../domain/criteria';
import { buildingBlocks, criteria, mediaBreakCounts, mediaBreaksOrMore, quickCodes } from '../../domain/criteria';
import { parseCount, parseQuantity, quantityToInput, type NumericQuantity } from '../../domain/inputValidation';
import { applyBuildingBlock, prefilledAnswers, setGivenAnswer } from '../../domain/prefill';
import type { StepScore } from '../../domain/scoreTypes';
import { ChoiceQuestion, type ChoiceOption } from './ChoiceQuestion';
import { uiLanguage } from '../../i18n/uiLocale';
import { methodKeys, periodKey, quantityLabelKey, quantityUnitKey, yesNoOptionKey } from './methodKeys';
import { answerKeys } from './answerKeys';
import { FormulaLabel, spokenLabel } from './FormulaLabel';
import { NumberField } from './NumberField';
import { ResultBox } from './ResultBox';
import { StepNameField } from './StepNameField';
import { stepLabel } from './stepLabel';
import { WalkEnd, type WalkEndProps } from './WalkEnd';
import { useReadOnly } from '../../ui/readOnly';
import { useStickyHeaderClearance } from '../../ui/useStickyHeaderClearance';
import '../../ui/visuallyHidden.css';
import './assessment.css';

export interface ScorePanelProps {
  step: Step;
  assessment: StepAssessment;
  score: StepScore;
  catalogue: Catalogue;
  /** 1-based index of the step in process order, and the number of steps */
  position: { index: number; total: number };
  onChange: (next: StepAssessment) => void;
  /** absent at the first step: "Zurück" is then marked disabled (aria-disabled, so focus stays on it) */
  onPrevious?: () => void;
  /** absent at the last step: "Weiter" is then marked disabled (aria-disabled, so focus stays on it) */
  onNext?: () => void;
  /** given at the last step: where the walk through the steps stands and what comes next */
  walkEnd?: WalkEndProps;
  /** renames the step in the diagram ('' leaves it unnamed); false when it could not be renamed */
  onRename: (name: string) => boolean;
  /** true while an edit of the diagram has not yet come back in `step` */
  diagramEditPending: boolean;
  /** the method page: the result links to it for how its values are worked out; no link without it */
  methodHref?: string;
}

const levels: readonly Level[] = [1, 2, 3, 4, 5];
const legalForms = [1, 3, 5] as const;
const countFields = ['Ap', 'St'] as const;
/** the quantities typed as numbers after volume and period */
const timeFields: readonly NumericQuantity[] = ['minutesPerCase', 'errorRate', 'reworkMinutes', 'reviewMinutes', 'mediaBreakMinutes'];

const definitions = new Map<CriterionCode, CriterionDefinition>(criteria.map((definition) => [definition.code, definition]));

function definition(code: CriterionCode): CriterionDefinition {
  const found = definitions.get(code);
  if (!found) throw new Error(`unknown criterion ${code}`);
  return found;
}

/** Text fields keep PageUp / PageDown / Alt+arrows for themselves (a select walks the steps with them too). */
function keepsNavigationKeys(target: EventTarget): boolean {
  if (target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && target.type === 'text';
}

interface FlagCheckboxProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** id of the panel's note that answers change only in the tab that edits (shown in a reading tab) */
  readOnlyNoteId: string;
}

/**
 * A flag of the step ("nicht anwendbar", "bereits automatisiert") as a checkbox. In a tab that only
 * reads it is read-only, not disabled: drawn as plainly as in the tab that edits (a disabled one is
 * drawn faint) and in the tab order, as the text fields are. It is marked aria-readonly and
 * described by the panel's read-only note, which screen readers read out with it (Chromium does not
 * pass aria-readonly on for a checkbox). A click (a mouse's, its label's, Space's) changes nothing:
 * the change is not passed on, and React puts the controlled box back as it was.
 */
function FlagCheckbox({ label, checked, onChange, readOnlyNoteId }: FlagCheckboxProps) {
  const readOnly = useReadOnly();
  return (
    <label className="assessment-checkbox">
      <input
        type="checkbox"
        checked={checked}
        aria-readonly={readOnly || undefined}
        aria-describedby={readOnly ? readOnlyNoteId : undefined}
        onChange={(event) => {
          if (!readOnly) onChange(event.target.checked);
        }}
      />
      {label}
    </label>
  );
}

/** A refused number entry, kept for its step and field until it is corrected or emptied there. */
interface KeptDraft {
  stepId: string;
  stepName: string;
  fieldLabel: string;
  text: string;
}

export function ScorePanel(props: ScorePanelProps) {
  const { step, assessment, score, catalogue, position, onChange, onPrevious, onNext, walkEnd, onRename, diagramEditPending, methodHref } = props;
  const { t, i18n } = useTranslation(['assessment', 'method']);
  const language = uiLanguage(i18n.language);
  const readOnly = useReadOnly();
  const headerRef = useRef<HTMLElement>(null);
  useStickyHeaderClearance(headerRef);
  const ids = {
    heading: useId(),
    quick: useId(),
    block: useId(),
    blockHint: useId(),
    prefilled: useId(),
    notes: useId(),
    period: useId(),
    keyboard: useId(),
    keyboardTitle: useId(),
    detailed: useId(),
    readOnly: useId(),
  };
  const [detailsOpen, setDetailsOpen] = useState(false);
  // refused entries of the steps walked so far, by step and field: shown again when the step is, and
  // listed on the other steps, so that leaving a step never drops one without a word
  const [keptDrafts, setKeptDrafts] = useState<ReadonlyMap<string, KeptDraft>>(new Map());
  const answers = assessment.answers;
  const stepName = stepLabel(t, step.name, step.id);

  const update = (changes: Partial<StepAssessment>) => onChange({ ...assessment, ...changes });

  const setAnswer = <C extends CriterionCode>(code: C, value: Answers[C] | undefined) => {
    const next = setGivenAnswer(assessment, code, value);
    if (next !== assessment) onChange(next);
  };

  const setQuantity = <F extends keyof Quantities>(field: F, value: Quantities[F] | undefined) => {
    const next: Quantities = { ...assessment.quantities };
    if (value === undefined) delete next[field];
    else next[field] = value;
    update({ quantities: next });
  };

  const chooseBlock = (blockId: string) => onChange(applyBuildingBlock(assessment, blockId === '' ? undefined : blockId));

  const onPanelKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.ctrlKey || event.metaKey || keepsNavigationKeys(event.target)) return;
    const forward = event.key === 'PageDown' || (event.altKey && event.key === 'ArrowRight');
    const back = event.key === 'PageUp' || (event.altKey && event.key === 'ArrowLeft');
    if (forward && onNext) {
      event.preventDefault();
      onNext();
    } else if (back && onPrevious) {
      event.preventDefault();
      onPrevious();
    }
  };

  const levelDescription = (code: CriterionCode, level: number) => {
    const key = definition(code).levelsKey;
    return key ? t(`${key}.${level}`) : undefined;
  };

  const levelOptions = (code: CriterionCode): ChoiceOption<Level>[] =>
    levels.map((level) => ({ value: level, label: String(level), description: levelDescription(code, level), keys: answerKeys(code, level) }));

  // the count, then the noun alone ("0 Medienbrüche", "3 oder mehr Medienbrüche"), so that each
  // option's name says the count once (Mb's level texts, "kein Medienbruch (0)", carry it themselves)
  const mediaBreakOptions: ChoiceOption<number>[] = mediaBreakCounts.map((count) => ({
    value: count,
    label: count === mediaBreaksOrMore ? t('answer.threeOrMore') : String(count),
    description: t('answer.mediaBreaks', { count }),
    keys: answerKeys('Mb', count),
  }));

  const legalFormOptions: ChoiceOption<1 | 3 | 5>[] = legalForms.map((level) => ({
    value: level,
    label: String(level),
    description: levelDescription('Lf', level),
    keys: answerKeys('Lf', level),
  }));

  const yesNoOptions = (code: 'Vm' | 'Er'): ChoiceOption<boolean>[] => [
    { value: true, label: t(yesNoOptionKey(code, 'yes')), keys: ['j', 'y'] },
    { value: false, label: t(yesNoOptionKey(code, 'no')), keys: ['n'] },
  ];

  const question = <V extends number | boolean>(
    code: CriterionCode,
    options: readonly ChoiceOption<V>[],
    value: V | undefined,
    onSelect: (value: V) => void,
  ) => {
    const label = t(definition(code).labelKey);
    return (
      <ChoiceQuestion
        key={code}
        label={label}
        question={t(definition(code).questionKey)}
        options={options}
        value={value}
        onSelect={onSelect}
        onClear={() => setAnswer(code, undefined)}
        clearText={t('answer.clear')}
        clearLabel={t('answer.clearNamed', { criterion: label })}
      />
    );
  };

  const levelQuestion = (code: 'R' | 'Id' | 'Is' | 'Sp' | 'Va' | 'Ex' | 'Sa' | 'Do') =>
    question(code, levelOptions(code), answers[code], (level) => setAnswer(code, level));

  const quickQuestion = (code: (typeof quickCodes)[number]) =>
    code === 'Mb'
      ? question('Mb', mediaBreakOptions, answers.Mb === undefined ? undefined : Math.min(answers.Mb, 3), (count) => setAnswer('Mb', count))
      : levelQuestion(code);

  const keptDraftOf = (field: string, fieldLabel: string) => {
    const key = `${step.id}\u0000${field}`;
    return {
      keptDraft: keptDrafts.get(key)?.text,
      onKeptDraftChange: (text: string | undefined) =>
        setKeptDrafts((current) => {
          const next = new Map(current);
          if (text === undefined) next.delete(key);
          else next.set(key, { stepId: step.id, stepName, fieldLabel, text });
          return next;
        }),
    };
  };
  const keptElsewhere = [...keptDrafts.values()].filter((kept) => kept.stepId !== step.id);

  const quantityField = (field: NumericQuantity) => (
    <NumberField
      key={`${step.id}-${field}`}
      {...keptDraftOf(field, spokenLabel(t(quantityLabelKey(field))))}
      label={<FormulaLabel text={t(quantityLabelKey(field))} />}
      unit={t(quantityUnitKey(field))}
      value={assessment.quantities[field]}
      display={(value) => quantityToInput(field, value, language === 'de')}
      parse={(raw) => parseQuantity(field, raw, language === 'de')}
      onCommit={(value) => setQuantity(field, value)}
    />
  );

  const answeredQuick = quickCodes.filter((code) => answers[code] !== undefined).length;

  const answerText = (code: CriterionCode, value: number | boolean) => {
    if (typeof value === 'boolean') return t(yesNoOptionKey(code as 'Vm' | 'Er', value ? 'yes' : 'no'));
    return code === 'Mb' && value >= mediaBreaksOrMore ? t('answer.threeOrMore') : String(value);
  };
  const prefilled = prefilledAnswers(assessment);
  const prefilledText =
    prefilled.length > 0
      ? t(readOnly ? 'panel.prefilledReadOnly' : 'panel.prefilled', {
          answers: prefilled.map(({ code, value }) => t('panel.prefilledAnswer', { criterion: t(definition(code).labelKey), value: answerText(code, value) })).join(', '),
        })
      : '';

  return (
    <section className="score-panel" aria-labelledby={ids.heading} onKeyDown={onPanelKeyDown} data-toast-clear>
      <header className="score-panel__header" ref={headerRef}>
        <h2 id={ids.heading}>{stepName}</h2>
        <div className="score-panel__walk">
          <nav className="score-panel__nav" aria-label={t('panel.navigation')}>
            <button type="button" onClick={() => onPrevious?.()} aria-disabled={!onPrevious} aria-keyshortcuts="PageUp Alt+ArrowLeft">
              <span aria-hidden="true">← </span>
              {t('panel.previous')}
            </button>
            <button type="button" onClick={() => onNext?.()} aria-disabled={!onNext} aria-keyshortcuts="PageDown Alt+ArrowRight">
              {t('panel.next')}
              <span aria-hidden="true"> →</span>
            </button>
          </nav>
          <p className="score-panel__position" role="status">
            {t('panel.position', { index: position.index, total: position.total })}
            <span className="visually-hidden">: {stepName}</span>
          </p>
        </div>
      </header>
      <p className="score-panel__meta">
        {t(`stepTypes.${step.type.replace('bpmn:', '')}`)}
        {' · '}
        {step.lane ? t('panel.lane', { lane: step.lane }) : t('panel.noLane')}
        {step.parent ? ` · ${t('panel.inSubProcess', { parent: step.parent })}` : null}
      </p>
      {readOnly ? (
        <p className="score-panel__read-only" id={ids.readOnly}>
          {t('panel.readOnly')}
        </p>
      ) : null}
      <div role="status">
        {keptElsewhere.length > 0 ? (
          <div className="score-panel__unsaved">
            <p>{t('panel.unsavedElsewhere', { count: keptElsewhere.length })}</p>
            <ul>
              {keptElsewhere.map((kept) => (
                <li key={`${kept.stepId}-${kept.fieldLabel}`}>{t('panel.unsavedEntry', { text: kept.text, field: kept.fieldLabel, step: kept.stepName })}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      {walkEnd ? <WalkEnd {...walkEnd} /> : null}
      <StepNameField label={t('panel.name')} stepId={step.id} name={step.name} editPending={diagramEditPending} onRename={onRename} />

      <div className="score-panel__step">
        <div className="assessment-field">
          <label className="assessment-field__label" htmlFor={ids.block}>
            {t(methodKeys.sections.buildingBlock)}
          </label>
          <select
            id={ids.block}
            value={assessment.buildingBlock ?? ''}
            disabled={readOnly}
            onChange={(event) => chooseBlock(event.target.value)}
            aria-describedby={`${ids.blockHint} ${ids.prefilled}`}
          >
            <option value="">{t(methodKeys.blocks.none)}</option>
            {buildingBlocks.map((block) => (
              <option key={block.id} value={block.id}>
                {t(block.labelKey)}
              </option>
            ))}
          </select>
          <p className="assessment-field__hint" id={ids.blockHint}>
            {t(methodKeys.blocks.prefillHint)}
          </p>
          {/* one per step: a step walked to is named by the position's status, not this one */}
          <p key={step.id} className="assessment-field__hint score-panel__prefilled" id={ids.prefilled} role="status">
            {prefilledText}
          </p>
        </div>
        <FlagCheckbox
          label={t(methodKeys.flags.notApplicable)}
          checked={assessment.notApplicable}
          onChange={(checked) => update({ notApplicable: checked })}
          readOnlyNoteId={ids.readOnly}
        />
        <FlagCheckbox
          label={t(methodKeys.flags.alreadyAutomated)}
          checked={assessment.alreadyAutomated}
          onChange={(checked) => update({ alreadyAutomated: checked })}
          readOnlyNoteId={ids.readOnly}
        />
      </div>

      <section className="score-panel__quick" aria-labelledby={ids.quick} aria-describedby={ids.keyboard}>
        <h3 id={ids.quick}>
          {t(methodKeys.sections.quickCheck)}{' '}
          <span className="score-panel__count">{t('panel.answeredCount', { answered: answeredQuick, total: quickCodes.length })}</span>
        </h3>
        <details className="score-panel__keys" aria-labelledby={ids.keyboardTitle}>
          <summary id={ids.keyboardTitle}>{t('panel.keyboardTitle')}</summary>
          <p className="assessment-field__hint" id={ids.keyboard}>
            {t(readOnly ? 'panel.keyboardHintReadOnly' : 'panel.keyboardHint')}
          </p>
        </details>
        {quickCodes.map(quickQuestion)}
      </section>

      <ResultBox
        score={score}
        quantities={assessment.quantities}
        language={language}
        discretionCap={catalogue.settings.discretionCap}
        gateMaxLevel={catalogue.thresholds.gateMaxLevel}
        methodHref={methodHref}
      />

      <details
        className="score-panel__details"
        open={detailsOpen}
        onToggle={(event) => setDetailsOpen(event.currentTarget.open)}
        aria-labelledby={ids.detailed}
      >
        <summary id={ids.detailed}>{t(methodKeys.sections.detailed)}</summary>
        {detailsOpen && (
          <>
            {levelQuestion('Va')}
            {levelQuestion('Ex')}
            {levelQuestion('Sa')}
            {countFields.map((code) => (
              <NumberField
                key={`${step.id}-${code}`}
                {...keptDraftOf(code, t(definition(code).labelKey))}
                label={t(definition(code).labelKey)}
                hint={t(definition(code).questionKey)}
                value={answers[code]}
                display={String}
                parse={(raw) => parseCount(code, raw)}
                onCommit={(value) => setAnswer(code, value)}
              />
            ))}
            {question('Vm', yesNoOptions('Vm'), answers.Vm, (value) => setAnswer('Vm', value))}
            {levelQuestion('Do')}
            {question('Lf', legalFormOptions, answers.Lf, (value) => setAnswer('Lf', value))}
            {question('Er', yesNoOptions('Er'), answers.Er, (value) => setAnswer('Er', value))}

            <fieldset className="score-panel__quantities">
              <legend>{t(methodKeys.sections.quantities)}</legend>
              {quantityField('volume')}
              <div className="assessment-field">
                <label className="assessment-field__label" htmlFor={ids.period}>
                  {t(quantityLabelKey('period'))}
                </label>
                <select
                  id={ids.period}
                  value={assessment.quantities.period ?? ''}
                  disabled={readOnly}
                  onChange={(event) => {
                    const chosen = periods.find((period) => period === event.target.value);
                    setQuantity('period', chosen);
                  }}
                >
                  <option value="">{t('quantities.noPeriod')}</option>
                  {periods.map((period) => (
                    <option key={period} value={period}>
                      {t(periodKey(period))}
                    </option>
                  ))}
                </select>
              </div>
              {timeFields.map(quantityField)}
            </fieldset>
          </>
        )}
      </details>

      <div className="assessment-field">
        <label className="assessment-field__label" htmlFor={ids.notes}>
          {t('panel.notes')}
        </label>
        <textarea id={ids.notes} rows={3} value={assessment.notes} readOnly={readOnly} onChange={(event) => update({ notes: event.target.value })} />
      </div>
    </section>
  );
}
