// What the cells of the steps table read besides their row: translations (the texts looked up once
// per language, and `t` for headers), number formats, the priority basis and the answer callback
// (one stable object per language), and whether the row's editors are in the tab order (the
// roving tab stop).
import { createContext, useContext } from 'react';
import type { TFunction } from 'i18next';
import type { Step } from '../../domain/assessment';
import type { QuickCode } from '../../domain/criteria';
import type { PriorityBasis } from './stepRows';
import type { StepsTableTexts } from './stepsTableTexts';

export type AnswerHandler = (stepId: string, code: QuickCode, value: number | undefined) => void;

export interface StepsTableSettings {
  t: TFunction;
  texts: StepsTableTexts;
  language: 'de' | 'en';
  integer: Intl.NumberFormat;
  /** hours per year as the app's figures show them (formatHours: one decimal below 10 hours) */
  hours: (value: number) => string;
  percent: Intl.NumberFormat;
  priorityBasis: PriorityBasis;
  onAnswer: AnswerHandler;
  /** the step's name as shown and used in accessible names; a stand-in for unnamed steps */
  stepName: (step: Step) => string;
  /**
   * the step's name with its sub-process, for the names of its answers, which a screen reader
   * hears without the row (three "Regelbasiert für Troponin" could not be told apart)
   */
  spokenStepName: (step: Step) => string;
  /** the id of the row's own (empty, hidden) form, which the row's answer selects belong to */
  rowFormId: (stepId: string) => string;
}

export const StepsTableContext = createContext<StepsTableSettings | null>(null);

/** true for the one row whose editors are reachable with Tab */
export const RowTabStopContext = createContext(false);

export function useStepsTableSettings(): StepsTableSettings {
  const settings = useContext(StepsTableContext);
  if (!settings) throw new Error('Steps table cells render only inside StepsTable.');
  return settings;
}
