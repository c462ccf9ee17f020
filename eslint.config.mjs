import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

/** What each forbidden layer name means as import patterns. */
const layerPatterns = {
  adapters: ['**/adapters/**'],
  // Code of the adapters; the adapter interface's types stay allowed (allowTypeImports).
  'adapters-code': ['**/adapters/**'],
  backends: ['**/backends/**'],
  flow: ['**/flow/**'],
  i18n: ['**/i18n/**'],
  elements: ['**/elements/**'],
  mocks: ['**/mocks/**', 'msw', 'msw/*'],
  lit: ['lit', 'lit/*', '@lit/*'],
};

/** One lint block per folder of src/ that forbids importing the layers it must not know. */
function layers(forbidden) {
  return Object.entries(forbidden).map(([folder, names]) => ({
    files: [`${folder}/*.ts`],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: names.map((name) => ({
            group: layerPatterns[name],
            message: `${folder.replace('/**', '')} must not import ${name.replace('-code', '')} (the layers in README, "How it is built").`,
            allowTypeImports: name === 'adapters-code',
          })),
        },
      ],
    },
  }));
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'storybook-static/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'bench/**/*.ts'],
    plugins: { lit, wc, 'lit-a11y': litA11y },
    languageOptions: { globals: globals.browser },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Backend text is always text: never render HTML from strings.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Backend text is always shown as text.' },
            { name: 'lit/directives/style-map.js', message: 'style bindings break a strict CSP.' },
          ],
        },
      ],
    },
  },
  // The layers (README, "How it is built"): each folder imports only the layers below it. Tests and mocks may
  // reach anything.
  ...layers({
    'src/domain/**': ['adapters', 'backends', 'flow', 'i18n', 'elements', 'mocks', 'lit'],
    'src/adapters/**': ['backends', 'flow', 'i18n', 'elements', 'mocks', 'lit'],
    'src/flow/**': ['backends', 'i18n', 'elements', 'mocks', 'lit', 'adapters-code'],
    'src/i18n/**': ['adapters', 'backends', 'flow', 'elements', 'mocks'],
    'src/backends/**': ['flow', 'i18n', 'elements', 'mocks', 'lit'],
    'src/elements/**': ['adapters-code', 'mocks'],
  }),
  {
    files: ['**/*.test.ts', 'test/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // Scripts of the benchmark's and the tests' own pages, and what the benchmark script runs inside them.
    files: ['bench/**/*.js', 'test/**/*.js', 'scripts/bench.mjs', 'scripts/journey.mjs'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
