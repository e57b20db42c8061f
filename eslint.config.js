// Lint rules, including the arrows of the architecture: domain imports nothing foreign, each
// foreign library (bpmn-js, Dexie) is imported only inside its adapter folder.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const bpmnLibs = ['bpmn-js', 'bpmn-js/*', 'diagram-js', 'diagram-js/*', 'bpmn-moddle', 'bpmn-moddle/*', 'bpmn-auto-layout', 'saxes'];
const dexieLibs = ['dexie', 'dexie-react-hooks'];
const htmlSinks = [
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Build DOM nodes with textContent (or React), never from HTML strings.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Build DOM nodes with textContent (or React), never from HTML strings.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text through React, never as an HTML string.' },
  { selector: "CallExpression[callee.property.name=/^(createContextualFragment|setHTMLUnsafe|parseHTMLUnsafe)$/]", message: 'Build DOM nodes with textContent (or React), never from HTML strings.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: 'Build DOM nodes with textContent (or React), never from HTML strings.' },
  { selector: "AssignmentExpression[left.property.name='srcdoc'], JSXAttribute[name.name='srcDoc']", message: 'A frame document from an HTML string runs in the app: open a blob: or file instead.' },
];
// test-support modules named one by one (the others are found by their folder or name pattern)
const namedTestSupportFiles = ['src/export/xssPayloads.ts', 'src/features/settings/storeHarness.tsx', 'src/state/memoryRepository.ts', 'src/storage/writeProbe.ts'];
const namedTestSupportModules = namedTestSupportFiles.map((file) => file.replace(/^.*\//, '').replace(/\.tsx?$/, ''));
const testSupportFiles = ['src/**/*.test.{ts,tsx}', 'src/**/testing/**', 'src/**/test[A-Z]*.{ts,tsx}', 'src/**/fake[A-Z]*.{ts,tsx}', ...namedTestSupportFiles];
const testSupportImports = {
  selector: `ImportDeclaration[source.value=/(\\/testing\\/|\\/(test|fake)[A-Z]\\w*$|\\/(${namedTestSupportModules.join('|')})$)/]`,
  message: 'Test-support modules are for tests only.',
};

const banned = (groups, message) => ({ group: groups, message });
// The app's own folders, matched as relative imports (so `bpmn-js/lib/features/…` stays allowed).
const appFolders = (folders, message) => ({ regex: `^(\\.\\./)+(${folders.join('|')})(/|$)`, message });

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'dev-dist', 'test-results', 'playwright-report', 'bench-results'] },
  {
    // the benchmark and build scripts: Node modules with functions that Playwright runs in the page
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/bpmn/**', 'src/storage/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        banned(bpmnLibs, 'bpmn-js and its parts are wrapped in src/bpmn/ only.'),
        banned(dexieLibs, 'Dexie is wrapped in src/storage/ only.'),
      ] }],
    },
  },
  {
    files: ['src/bpmn/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [banned(dexieLibs, 'Dexie is wrapped in src/storage/ only.'), appFolders(['features', 'state', 'storage', 'export', 'ui', 'app'], 'Adapters depend on domain only.')] }] },
  },
  {
    files: ['src/storage/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [banned(bpmnLibs, 'bpmn-js is wrapped in src/bpmn/ only.'), appFolders(['features', 'state', 'bpmn', 'export', 'ui', 'app'], 'Adapters depend on domain only.')] }] },
  },
  {
    files: ['src/export/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [banned(dexieLibs, 'Dexie is wrapped in src/storage/ only.'), banned(['react', 'react-dom'], 'Exports are pure functions of domain data.'), appFolders(['features', 'state', 'storage', 'bpmn', 'ui', 'app'], 'Exports are pure functions of domain data.')] }] },
  },
  {
    // No HTML strings into the DOM: diagram and user text reaches the page through React or textContent only.
    // Production code also never imports test-support modules.
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', ...htmlSinks, testSupportImports] },
  },
  {
    files: testSupportFiles,
    rules: { 'no-restricted-syntax': ['error', ...htmlSinks] },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        banned([...bpmnLibs, ...dexieLibs, 'react', 'react-dom', 'zustand', 'i18next', 'react-i18next'], 'The domain is pure TypeScript.'),
        appFolders(['bpmn', 'storage', 'export', 'state', 'features', 'ui', 'app', 'i18n'], 'Dependencies point inward: the domain imports nothing of the app.'),
      ] }],
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'indexedDB'],
    },
  },
  {
    files: ['src/state/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [appFolders(['features', 'ui', 'app'], 'State does not import UI.'), banned(bpmnLibs, 'bpmn-js is wrapped in src/bpmn/ only.'), banned(dexieLibs, 'Dexie is wrapped in src/storage/ only.')] }] },
  },
);
