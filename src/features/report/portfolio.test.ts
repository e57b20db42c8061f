// Tests of the portfolio's input: a process scored from its stored records and diagram steps
// (answers of removed steps left out), and the file name and title of the portfolio file.
import { describe, expect, it } from 'vitest';
import type { Department, Process, Step, StepAssessment } from '../../domain/assessment';
import { createDefaultCatalogue } from '../../domain/criteria';
import { translateFor } from './useProcessExchange';
import { portfolioFile, portfolioFileNamePart, portfolioItem } from './portfolio';

const meta = { createdAt: '2026-10-01T08:00:00.000Z', updatedAt: '2026-11-20T08:00:00.000Z', revision: 1 };
const department: Department = { id: 'd-1', name: 'Ordnungsamt', code: 'Amt 32', ...meta };
const process: Process = { id: 'p-1', departmentId: 'd-1', name: 'Gewerbeanmeldung', lotse: '', description: '', status: 'workshop', diagramXml: '<x/>', ...meta };
const steps: Step[] = [
  { id: 'Task_1', name: 'Antrag prüfen', type: 'bpmn:UserTask', order: 1 },
  { id: 'Task_2', name: 'Bescheid drucken', type: 'bpmn:ManualTask', order: 2 },
];

function record(stepId: string, changes: Partial<StepAssessment>): StepAssessment {
  return { processId: 'p-1', stepId, answers: {}, quantities: {}, notes: '', notApplicable: false, alreadyAutomated: false, updatedAt: meta.updatedAt, revision: 1, ...changes };
}

describe('portfolioItem', () => {
  it('given records of current and removed steps, when scored, then only the current steps count', () => {
    const records = [
      record('Task_1', { answers: { R: 5 }, quantities: { volume: 10, period: 'monthly', minutesPerCase: 30 } }),
      record('Task_gone', { orphanedAt: meta.updatedAt, quantities: { volume: 100, period: 'monthly', minutesPerCase: 60 } }),
    ];

    const item = portfolioItem({ process, department, steps, records }, createDefaultCatalogue(), []);

    // 10 cases a month = 120 a year, 30 minutes each: 60 hours; the removed step adds nothing
    expect(item.figures.hoursPerYear).toBeCloseTo(60, 6);
    expect(item.figures.stepCount).toBe(2);
    expect([...item.assessments.keys()]).toEqual(['Task_1']);
    expect([...item.scores.keys()]).toEqual(['Task_1', 'Task_2']);
    expect(item.department).toBe(department);
  });
});

describe('portfolioItem of a file with several diagrams', () => {
  it('given the diagram shown is one of four, when scored, then the item names it for the report', () => {
    const item = portfolioItem({ process, department, steps, records: [], diagramScope: { name: 'IT', count: 4 } }, createDefaultCatalogue(), []);
    expect(item.diagramScope).toEqual({ name: 'IT', count: 4 });
  });
});

describe('portfolioFile', () => {
  it('given a department, when the file is made, then its name and title say so', () => {
    const item = portfolioItem({ process, department, steps, records: [] }, createDefaultCatalogue(), []);

    const file = portfolioFile([item], { t: translateFor('de'), language: 'de', now: new Date(2026, 10, 28, 9, 30), title: 'Portfolio-Bericht Amt 32 – Ordnungsamt', fileNamePart: 'Amt 32 – Ordnungsamt' });

    expect(file.fileName).toBe('Portfolio_Amt_32_–_Ordnungsamt_2026-11-28.html');
    expect(file.type).toBe('text/html;charset=utf-8');
    expect(file.content).toContain('<h1>Portfolio-Bericht Amt 32 – Ordnungsamt</h1>');
  });

  it('given the chosen processes, when named, then the file says what it covers: the one department, every department ("Alle Ämter", an English QA tour: it said "Selection"), or a selection', () => {
    const other: Department = { ...department, id: 'd-2', name: 'Personal', code: 'Amt 10' };
    const elsewhere: Process = { ...process, id: 'p-2', departmentId: 'd-2', name: 'Urlaub' };
    const third: Process = { ...process, id: 'p-3', departmentId: 'd-2', name: 'Dienstreise' };
    const all = [process, elsewhere, third];
    const t = translateFor('de');

    expect(portfolioFileNamePart([process], all, [department, other], t)).toBe('Amt 32 – Ordnungsamt');
    expect(portfolioFileNamePart(all, all, [department, other], t)).toBe('Alle Ämter');
    expect(portfolioFileNamePart([process, elsewhere], all, [department, other], t)).toBe('Auswahl');
    expect(portfolioFileNamePart(all, all, [department, other], translateFor('en'))).toBe('All departments');
  });
});
