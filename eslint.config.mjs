// One flat config for the whole monorepo. Each workspace lints itself (`npm run lint`, through
// turbo) and the root lints bench/, scripts/ and its own config files (`npm run lint:root`); both
// run with --max-warnings 0 from `npm test`. Correctness rules only (style is Prettier's), with a
// few type-checked ones below.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      '**/dist/**',
      '**/dist-server/**',
      '**/node_modules/**',
      'prisma/src/generated/**',
      'test-artifacts/**',
      '.data/**',
      'apps/web/dist/**',
      'coverage/**',
      '**/coverage/**',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['**/*.{js,cjs,mjs,ts,tsx,mts,cts}'],
    extends: [js.configs.recommended],
  },
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    extends: [tseslint.configs.recommended],
    rules: {
      // `const { omitted: _unused, ...rest } = value` is how this code drops a field from a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  // Type-checked rules that catch real mistakes: a cast the compiler already knows, a promise
  // nobody awaits or one handed where a callback's result is ignored, a switch that forgets a
  // member of a union. Each TypeScript project is found by the file's nearest tsconfig.json.
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
  },
  // Node scripts, Jest configs and environments, and the benchmark's CommonJS helper.
  {
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs' },
  },
);
