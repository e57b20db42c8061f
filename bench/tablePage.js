// Benchmark page for `npm run bench`: the app's StepsTable alone, mounted with generated, fully
// answered steps (the same answers as the generated processes) and their scores. An answer changed
// in a row's select re-scores that step and re-renders the table, as the editor does. Beside it, a
// reference that is not the app: the same rows as plain HTML, to tell the browser's own cost of
// that DOM (and the machine's load) from the table's. Plain JavaScript with React.createElement:
// the bench folder is type-checked without JSX support.
import { createElement, useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import '../src/i18n/i18n';
import '../src/app/app.css';
import { createDefaultCatalogue } from '../src/domain/criteria';
import { scoreStep } from '../src/domain/scoring';
import { StepsTable } from '../src/features/table/StepsTable';
import { generateAssessment, taskId, taskName } from '../scripts/bench/generateProcess.mjs';

const container = document.getElementById('table');
const catalogue = createDefaultCatalogue();
let root;

function helpers() {
  return window.__plBench;
}

function tableData(count) {
  const now = new Date().toISOString();
  const steps = [];
  const assessments = new Map();
  const scores = new Map();
  for (let index = 0; index < count; index += 1) {
    const step = { id: taskId(index), name: taskName(index), type: 'bpmn:Task', lane: `Bereich ${(index % 5) + 1}`, order: index };
    const assessment = generateAssessment('bench', index, now);
    steps.push(step);
    assessments.set(step.id, assessment);
    scores.set(step.id, scoreStep(step, assessment, catalogue));
  }
  return { steps, assessments, scores };
}

/** the table with the editor's answer handling: the changed step is re-scored, the rest kept */
function TableHarness({ initial }) {
  const [data, setData] = useState(initial);
  const onAnswer = useCallback((stepId, code, value) => {
    setData((previous) => {
      const step = previous.steps.find((candidate) => candidate.id === stepId);
      const record = previous.assessments.get(stepId);
      const answers = { ...record.answers };
      if (value === undefined) delete answers[code];
      else answers[code] = value;
      const next = { ...record, answers };
      const assessments = new Map(previous.assessments).set(stepId, next);
      const scores = new Map(previous.scores).set(stepId, scoreStep(step, next, catalogue));
      return { steps: previous.steps, assessments, scores };
    });
  }, []);
  return createElement(StepsTable, { ...data, onAnswer, onSelect: () => {}, language: 'de' });
}

window.tableBench = {
  /** the cost of the frame that mounts the table with `count` rows */
  async mountMs(count) {
    root?.unmount();
    root = undefined;
    const initial = tableData(count);
    await helpers().nextPaint();
    const { ms } = await helpers().frameCost(() => {
      root = createRoot(container);
      flushSync(() => root.render(createElement(TableHarness, { initial })));
    });
    const rows = container.querySelectorAll('tr[data-step-id]').length;
    if (rows === 0) throw new Error('the table shows no rows');
    return ms;
  },
  /** the costs ({ ms, scriptMs, layoutMs }) of frames that change one answer in a row each (R, 1 or 5) */
  async updateMs(count) {
    const times = [];
    for (let index = 0; index < count; index += 1) {
      const rows = container.querySelectorAll('tr[data-step-id]');
      const row = rows[index % rows.length];
      const select = row.querySelector('select');
      const value = select.value === '5' ? '1' : '5';
      const before = row.textContent;
      times.push(
        await helpers().frameCost(() => {
          select.value = value;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        }),
      );
      if (row.textContent === before && select.value !== value) throw new Error('the row did not change');
    }
    return times;
  },
  /**
   * Reference, not the app: the table as rendered now, copied as HTML, then the cost of the frame
   * that puts the copy into an empty container (parse, style, layout, paint; no React, no data)
   * and of `count` frames that each change one select and one cell's text in it. Ends the table.
   */
  async referenceMs(count) {
    const copy = container.innerHTML;
    root?.unmount();
    root = undefined;
    await helpers().nextPaint();
    const mount = await helpers().frameCost(() => {
      container.innerHTML = copy;
    });
    const updates = [];
    const rows = container.querySelectorAll('tr[data-step-id]');
    for (let index = 0; index < count; index += 1) {
      const row = rows[index % rows.length];
      const select = row.querySelector('select');
      const cell = row.cells[row.cells.length - 1];
      updates.push(
        await helpers().frameCost(() => {
          select.value = select.value === '5' ? '1' : '5';
          cell.textContent = `${index} %`;
        }),
      );
    }
    container.textContent = '';
    return { mount: mount.ms, updates: updates.map((cost) => cost.ms) };
  },
};
