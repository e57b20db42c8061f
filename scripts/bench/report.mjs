// Results of `npm run bench`: medians, one row per metric (app median, bare median, ratio,
// target, pass/fail), the table printed to the terminal and written into docs/benchmarks.md. An
// absolute-ms target is judged against its budget scaled by the load the run measured
// (machineLoad.mjs), and its target cell shows both the budget and the scaled one.

export function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * One metric. `target` is { kind: 'ratio', max } (app / bare at most max), { kind: 'ms', max }
 * (app median at most max ms on issue 3's reference machine) or { kind: 'info' } (reported only).
 * `loadFactor` (ms targets only; machineLoad.mjs): how much slower than the reference this run's
 * machine was; the row then passes when the app median is at most max × loadFactor ms. Without
 * it the ms target is judged on raw milliseconds.
 */
export function metricRow({ issue, metric, app, bare, target, loadFactor }) {
  const appMedian = median(app);
  const bareMedian = bare ? median(bare) : NaN;
  const ratio = bare ? appMedian / bareMedian : NaN;
  const load = target.kind === 'ms' && Number.isFinite(loadFactor) ? loadFactor : undefined;
  let pass;
  if (target.kind === 'ratio') pass = ratio <= target.max;
  else if (target.kind === 'ms') pass = appMedian <= budgetMs(target, load);
  else pass = undefined;
  return { issue, metric, appMedian, bareMedian, ratio, target, load, pass };
}

/** an ms target's budget at the run's load (the reference budget without a load factor) */
function budgetMs(target, load) {
  return load === undefined ? target.max : target.max * load;
}

/** A row whose ratio is between two app medians (e.g. 3,000 vs 1,000 steps, heatmap on vs off). */
export function ratioRow({ issue, metric, numerator, denominator, target }) {
  const ratio = numerator.median / denominator.median;
  return {
    issue,
    metric,
    appMedian: numerator.median,
    bareMedian: denominator.median,
    ratio,
    target,
    pass: ratio <= target.max,
    against: denominator.label,
  };
}

function ms(value) {
  if (!Number.isFinite(value)) return '–';
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

function targetText(row) {
  const { target, load } = row;
  if (target.kind === 'ratio') return `≤ ${target.max} ×`;
  if (target.kind === 'ms' && load === undefined) return `≤ ${target.max} ms (raw: no load measured)`;
  if (target.kind === 'ms') return `≤ ${target.max} ms at reference speed (≤ ${ms(budgetMs(target, load))} ms at ${load.toFixed(2)} × load)`;
  return 'reported';
}

function verdict(row) {
  if (row.pass === undefined) return 'info';
  return row.pass ? 'pass' : 'MISS';
}

const headers = ['#', 'metric', 'app median ms', 'baseline median ms', 'ratio', 'target', 'result'];

export function rowCells(row) {
  return [
    `#${row.issue}`,
    row.metric,
    ms(row.appMedian),
    row.against ? `${ms(row.bareMedian)} (${row.against})` : ms(row.bareMedian),
    Number.isFinite(row.ratio) ? row.ratio.toFixed(2) : '–',
    targetText(row),
    verdict(row),
  ];
}

export function printTable(rows) {
  const cells = [headers, ...rows.map(rowCells)];
  const widths = headers.map((_, column) => Math.max(...cells.map((line) => line[column].length)));
  const line = (values) => values.map((value, column) => value.padEnd(widths[column])).join('  ');
  console.log(line(headers));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(rowCells(row)));
  const missed = rows.filter((row) => row.pass === false);
  console.log('');
  if (missed.length === 0) console.log('All targets met.');
  else {
    console.log(`${missed.length} target(s) MISSED:`);
    for (const row of missed) console.log(`  - #${row.issue} ${row.metric}: ${rowCells(row)[4]} / ${ms(row.appMedian)} ms, target ${targetText(row)}`);
  }
}

export function markdownTable(rows) {
  const escape = (text) => text.replace(/\|/g, '\\|');
  const lines = [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`];
  for (const row of rows) lines.push(`| ${rowCells(row).map(escape).join(' | ')} |`);
  return lines.join('\n');
}
