// Results of `npm run bench`: medians, one row per metric (app median, bare median, ratio,
// target, pass/fail), the table printed to the terminal and written into docs/benchmarks.md.

export function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * One metric. `target` is { kind: 'ratio', max } (app / bare at most max), { kind: 'ms', max }
 * (app median at most max ms) or { kind: 'info' } (reported only).
 */
export function metricRow({ issue, metric, app, bare, target }) {
  const appMedian = median(app);
  const bareMedian = bare ? median(bare) : NaN;
  const ratio = bare ? appMedian / bareMedian : NaN;
  let pass;
  if (target.kind === 'ratio') pass = ratio <= target.max;
  else if (target.kind === 'ms') pass = appMedian <= target.max;
  else pass = undefined;
  return { issue, metric, appMedian, bareMedian, ratio, target, pass };
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

function targetText(target) {
  if (target.kind === 'ratio') return `≤ ${target.max} ×`;
  if (target.kind === 'ms') return `≤ ${target.max} ms`;
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
    targetText(row.target),
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
    for (const row of missed) console.log(`  - #${row.issue} ${row.metric}: ${rowCells(row)[4]} / ${ms(row.appMedian)} ms, target ${targetText(row.target)}`);
  }
}

export function markdownTable(rows) {
  const escape = (text) => text.replace(/\|/g, '\\|');
  const lines = [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`];
  for (const row of rows) lines.push(`| ${rowCells(row).map(escape).join(' | ')} |`);
  return lines.join('\n');
}
