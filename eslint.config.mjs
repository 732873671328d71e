// Type-aware lint that catches real bugs: floating promises, non-exhaustive switches, deep imports across libs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const DEEP_IMPORTS = { group: ['**/libs/*/src/*', '@hub/*/*'], message: 'Import a lib through its @hub/<lib> entry, not its internals.' };
// What pure libs may not import: framework, database, broker, queue.
const IO_AND_FRAMEWORK = [
  '@nestjs/common',
  '@nestjs/core',
  '@nestjs/microservices',
  'kafkajs',
  'bullmq',
  'ioredis',
  'pg',
  '@prisma/client',
  '@hub/persistence',
  '@hub/messaging',
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.local/**',
      'coverage/**',
      'libs/persistence/src/generated/**',
      'jest.config.js',
      'eslint.config.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/require-await': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [DEEP_IMPORTS],
        },
      ],
    },
  },
  {
    // Pure domain logic, and the evaluation harness that runs it offline on the committed sets (`npm run eval`,
    // the classify benchmark): no framework, database, broker or queue imports. A block's rule replaces the
    // project-wide one for its files, so the deep-import rule is restated here and below.
    files: ['libs/domain/**/*.ts', 'libs/contracts/**/*.ts', 'libs/evaluation/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: IO_AND_FRAMEWORK,
          patterns: [
            DEEP_IMPORTS,
            {
              group: ['@nestjs/*', '**/generated/prisma/*'],
              message: 'domain, contracts and the evaluation harness stay free of I/O and framework imports',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/unbound-method': 'off' },
  },
);
