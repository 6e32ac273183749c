import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const frameworks = ['next', 'next/*', 'react', 'react/*', 'react-dom', 'react-dom/*', 'next-auth', 'next-auth/*'];
const prisma = ['@prisma/*', '**/generated/prisma/*', '**/lib/db/generated/**', 'pg'];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['node_modules/**', '.next/**', '.data/**', '.scratch/**', '.loadtest/**', 'lib/db/generated/**', 'next-env.d.ts', 'prisma/migrations/**'],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The pure domain: no framework, no database.
    files: ['lib/budget/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: frameworks, message: 'lib/budget is pure: no Next.js, React or next-auth.' },
            { group: prisma, message: 'lib/budget is pure: no database access.' },
            { group: ['@/lib/db', '@/lib/db/*', '@/lib/auth', '@/lib/auth/*', '@/app/*', '@/components/*'], message: 'lib/budget must not depend on outer layers.' },
          ],
        },
      ],
    },
  },
  {
    // The workbook format: pure parsing, validation and writing (exceljs only).
    files: ['lib/workbook/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: [...frameworks, ...prisma, '@/lib/db', '@/lib/db/*', '@/lib/auth/*', '@/lib/services/*'], message: 'lib/workbook is pure: no framework, database or access code.' }] },
      ],
    },
  },
  {
    // Only lib/db talks to Prisma / pg; everything else goes through it.
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['lib/db/**', 'lib/budget/**', 'scripts/**', 'tests/**', 'prisma/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: prisma, message: 'Only lib/db may import the Prisma client or pg.' }] },
      ],
    },
  },
  {
    // Pages, route handlers and components read through lib/services/read and write through
    // lib/services; only lib/ talks to lib/db. (After the Prisma rule: this one replaces it here.)
    files: ['app/**/*.ts', 'app/**/*.tsx', 'components/**/*.ts', 'components/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: prisma, message: 'Only lib/db may import the Prisma client or pg.' },
            { group: ['@/lib/db', '@/lib/db/*', '**/lib/db', '**/lib/db/*'], message: 'app/ and components/ read through lib/services/read/* and write through lib/services/*, never lib/db.' },
          ],
        },
      ],
    },
  },
];

export default config;
