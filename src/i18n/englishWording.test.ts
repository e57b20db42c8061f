// The English texts call one thing by one name and write as the rest of the English UI does, as an
// English-UI QA tour asked: curly quotes, "36%" without a space, "Sub-process" as bpmn-js writes it,
// "volumes and times" for the Mengenangaben, "automated" for an automated step, "digital pilot" for
// the Digitallotse; and the priority's range "(0–100)" never breaks in a column header. The
// workspace's sort options begin with a capital letter in both languages.
import { describe, expect, it } from 'vitest';

type Tree = { [key: string]: Tree | string };
const files = import.meta.glob<Tree>('./locales/*/*.json', { eager: true, import: 'default' });

function namespace(language: 'de' | 'en', name: string): Tree {
  const tree = files[`./locales/${language}/${name}.json`];
  if (!tree) throw new Error(`no ${language}/${name}.json`);
  return tree;
}

function text(language: 'de' | 'en', key: string): string {
  const [name, path] = key.split(':');
  const value = path.split('.').reduce<Tree | string | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), namespace(language, name));
  if (typeof value !== 'string') throw new Error(`no text ${language}:${key}`);
  return value;
}

function leaves(tree: Tree, prefix: string): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => (typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`)));
}

const english = Object.entries(files)
  .filter(([path]) => path.startsWith('./locales/en/'))
  .flatMap(([path, tree]) => leaves(tree, `${path.replace(/^.*\/(\w+)\.json$/, '$1')}:`));

/** the English texts that match a pattern, as "key: text" */
const offending = (pattern: RegExp) => english.filter(([, value]) => pattern.test(value)).map(([key, value]) => `${key}: ${value}`);

describe('the English texts', () => {
  it('are all found', () => {
    expect(english.length).toBeGreaterThan(500);
  });

  it('quote with curly quotes only', () => {
    expect(offending(/"/)).toEqual([]);
  });

  it('write a percent sign right after its number', () => {
    expect(offending(/(\d|\}\})\s%/)).toEqual([]);
  });

  it('write "Sub-process", as the modeller does', () => {
    expect(offending(/subprocess/i)).toEqual([]);
    expect(['assessment:stepTypes', 'table:stepType', 'report:stepType'].map((key) => [text('en', `${key}.SubProcess`), text('en', `${key}.AdHocSubProcess`)])).toEqual(
      Array(3).fill(['Sub-process', 'Ad-hoc sub-process']),
    );
  });

  it('call the Mengenangaben "volumes and times", as the score panel names its section', () => {
    expect(text('en', 'method:sections.quantities')).toBe('Volumes and times');
    expect(english.filter(([, value]) => /quantit/i.test(value.replace(/\{\{\w+\}\}/g, ''))).map(([key]) => key)).toEqual([]);
  });

  it('call an automated step "automated" wherever its state is shown', () => {
    expect(['method:flags.done', 'heatmap:state.done', 'method:recommendations.automated'].map((key) => text('en', key))).toEqual(['automated', 'automated', 'automated']);
  });

  it('call the Digitallotse "digital pilot", with no German word', () => {
    expect(offending(/digitallotse|digital guide/i)).toEqual([]);
    // the report names the field as the app does
    expect(text('en', 'report:facts.lotse')).toBe(text('en', 'workspace:process.lotse'));
    expect(text('en', 'workspace:process.lotse')).toBe('Responsible digital pilot');
  });
});

describe('the priority column headers', () => {
  it.each(['de', 'en'] as const)('in %s hold "(0–100)" together with word joiners around the dash', (language) => {
    for (const key of ['method:metrics.priorityIndex', 'report:column.priority.index']) {
      expect(text(language, key)).toMatch(/\(0\u2060–\u2060100\)$/);
    }
  });
});

describe('the workspace\'s sort options', () => {
  it.each(['de', 'en'] as const)('in %s each begin with a capital letter, as the options of every other list do', (language) => {
    const options = ['name', 'updated', 'created', 'status'].map((key) => text(language, `workspace:filter.sortBy.${key}`));
    expect(options.filter((option) => option[0] !== option[0].toUpperCase())).toEqual([]);
  });
});
