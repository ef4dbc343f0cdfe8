import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.cache/',
      'data/',
      'geo/',
      'seeds/',
      'tests/e2e/artifacts/',
      'bench/.national/',
      'bench/.national-dist/',
      'bench/peers/*/dist/',
      'bench/probes/*/dist/',
      'bench/results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { window: 'readonly', document: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/consistent-type-imports': 'error' },
  },
);
