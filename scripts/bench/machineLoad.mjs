// How loaded the machine was in a run, so that issue 3's absolute budgets (autosave ≤ 2 ms, table
// mount < 100 ms, one-row update < 8 ms) can be judged on a shared machine. Issue 3 states them for
// "this kind of machine: bare import of 1,000 tasks about 400 ms". Every suite with an ms target
// measures that bare import itself, interleaved with its own repetitions (the generated process of
// 1,000 tasks in a fresh, warm bare page: openBareImport); its load factor is the median of those
// imports / 400 ms, and report.mjs judges such a target as median ms ≤ budget × load factor.
import { openBareImport } from './browser.mjs';
import { generateBpmn } from './generateProcess.mjs';
import { median } from './report.mjs';

/** issue 3: "bare import of 1,000 tasks about 400 ms" on this kind of machine */
export const referenceBareImportMs = 400;
/** the size of the generated process whose bare import calibrates a run */
export const calibrationTasks = 1000;

let calibrationXml;

/** One calibration: a fresh bare page imports the generated process of 1,000 tasks; resolves with its ms. */
export async function measureCalibration(newContext, bareUrl) {
  calibrationXml ??= generateBpmn(calibrationTasks);
  const bare = await openBareImport(newContext, bareUrl, calibrationXml);
  await bare.context.close();
  return bare.importMs;
}

/** The load factor of a suite's bare imports of 1,000 tasks (ms); undefined without any. */
export function loadFactor(bareImportsMs) {
  const typical = median(bareImportsMs ?? []);
  return Number.isFinite(typical) ? typical / referenceBareImportMs : undefined;
}
