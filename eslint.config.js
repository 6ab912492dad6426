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
  {
    // Only the SDK door may import amazon-cognito-identity-js (one owner per concern).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/auth/cognito/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'amazon-cognito-identity-js',
              message: 'Only src/auth/cognito/ talks to the SDK.',
            },
          ],
        },
      ],
    },
  },
);
