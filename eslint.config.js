import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

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
);

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
