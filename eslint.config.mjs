// Type-aware lint that catches real bugs: floating promises, non-exhaustive switches, deep imports across libs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
          patterns: [{ group: ['**/libs/*/src/*', '@hub/*/*'], message: 'Import a lib through its @hub/<lib> entry, not its internals.' }],
        },
      ],
    },
  },
  {
    // Pure domain logic: no framework, database, broker or queue imports.
    files: ['libs/domain/**/*.ts', 'libs/contracts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
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
          ],
          patterns: [
            { group: ['@nestjs/*', '**/generated/prisma/*'], message: 'domain and contracts stay free of I/O and framework imports' },
          ],
        },
      ],
    },
  },
  {
    // The evaluation harness runs offline (`npm run eval`, its specs, the classify benchmark): the domain's
    // rules on the committed sets, no framework or service. A rule set here replaces the project-wide one for
    // these files, so the deep-import rule is restated.
    files: ['libs/evaluation/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
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
          ],
          patterns: [
            { group: ['**/libs/*/src/*', '@hub/*/*'], message: 'Import a lib through its @hub/<lib> entry, not its internals.' },
            { group: ['@nestjs/*', '**/generated/prisma/*'], message: 'the evaluation harness stays free of I/O and framework imports' },
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
