import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import i18next from 'eslint-plugin-i18next';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'cdk.out',
      'coverage',
      '.cognito',
      '.local-data',
      'test-results',
      'bench/out',
    ],
  },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  // Import boundaries: dependencies flow one way, app → screens → routing → components → auth and
  // api → i18n → config, so a folder's name says what it may lean on. Each block repeats the SDK door,
  // because a later no-restricted-imports setting replaces an earlier one instead of adding to it.
  ...importBoundaries(),
  ...literalStrings(),
);

/**
 * Issue 16: every word a person reads comes from the message catalogue (src/i18n/). In components,
 * text between tags and the props people read (labels, titles, alt text, busy labels) may not be
 * string literals; code-like values (class names, routes, roles, input types) are not words.
 */
function literalStrings() {
  const rule = [
    'error',
    {
      // Strings anywhere in JSX, so `{busy ? 'Saving…' : 'Save'}` counts as well as text between tags.
      mode: 'jsx-only',
      'jsx-attributes': {
        // Only these props are checked: the ones whose value someone reads or hears.
        include: [
          'aria-label',
          'aria-description',
          'aria-roledescription',
          'aria-valuetext',
          'title',
          'tabTitle',
          'placeholder',
          'alt',
          'label',
          'busyLabel',
          'message',
          'hint',
        ],
        exclude: ['.*'],
      },
      words: {
        // Strings without a letter (digits, punctuation, marks such as ✓), ALL_CAPS codes, and
        // the app's product name, which the theme makes configurable rather than translatable.
        exclude: [/^\P{L}+$/u, '[A-Z_-]+', 'Cognito React Auth'],
      },
    },
  ];
  return [
    {
      files: ['src/**/*.tsx'],
      ignores: [],
      plugins: { i18next },
      rules: { 'i18next/no-literal-string': rule },
    },
  ];
}

/** The source folders, top layer first; each may import only the folders after it. */
function importBoundaries() {
  const sdk = {
    name: 'amazon-cognito-identity-js',
    message: 'Only src/auth/cognito/ talks to the SDK.',
  };
  const above = (folder, forbidden) =>
    forbidden.map((target) => ({
      // Relative imports only: the app has no path aliases, and "../" runs reach sibling folders.
      regex: `^(\\.\\./)+${target}(/|$)`,
      caseSensitive: true,
      message: `src/${folder}/ may not import src/${target}/: dependencies flow app → screens → routing → components → auth, api → config.`,
    }));
  const rule = (folder, forbidden, { allowSdk = false } = {}) => ({
    'no-restricted-imports': [
      'error',
      allowSdk
        ? { patterns: above(folder, forbidden) }
        : { paths: [sdk], patterns: above(folder, forbidden) },
    ],
  });
  const ui = ['app', 'screens', 'routing', 'components'];
  return [
    { files: ['src/**/*.{ts,tsx}'], rules: rule('', []) },
    { files: ['src/screens/**'], rules: rule('screens', ['app']) },
    { files: ['src/routing/**'], rules: rule('routing', ['app', 'screens']) },
    { files: ['src/components/**'], rules: rule('components', ['app', 'screens', 'routing']) },
    { files: ['src/api/**'], rules: rule('api', ui) },
    { files: ['src/auth/**'], ignores: ['src/auth/cognito/**'], rules: rule('auth', ui) },
    { files: ['src/auth/cognito/**'], rules: rule('auth', ui, { allowSdk: true }) },
    { files: ['src/i18n/**'], rules: rule('i18n', [...ui, 'auth', 'api']) },
    { files: ['src/config/**'], rules: rule('config', [...ui, 'auth', 'api', 'i18n']) },
  ];
}
