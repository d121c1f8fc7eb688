// Shared Jest settings for every workspace: SWC compiles TypeScript (with Nest's decorator
// metadata) and workspace packages resolve to their TypeScript sources, not their builds.
const path = require('node:path');

const root = __dirname;

/** @param {string} dir the workspace folder; @param {import('jest').Config} overrides */
function jestConfig(dir, overrides = {}) {
  const name = path.relative(root, dir);
  return {
    displayName: name,
    rootDir: dir,
    testEnvironment: 'node',
    transform: {
      '^.+\\.(t|j)sx?$': [
        '@swc/jest',
        {
          jsc: {
            target: 'es2022',
            parser: { syntax: 'typescript', tsx: true, decorators: true },
            transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
          },
          module: { type: 'commonjs' },
        },
      ],
    },
    moduleNameMapper: {
      // The generated Prisma client imports its own TypeScript files as "./x.js" (node16 style).
      '^(\\.{1,2}/.*)\\.js$': '$1',
      '^@psp/db$': path.join(root, 'prisma/src/index.ts'),
      '^@psp/db/(.*)$': path.join(root, 'prisma/$1'),
      '^@psp/([a-z-]+)$': path.join(root, 'packages/$1/src/index.ts'),
      '^@psp/([a-z-]+)/(.*)$': path.join(root, 'packages/$1/src/$2'),
    },
    testMatch: ['<rootDir>/**/*.(spec|test).ts?(x)'],
    testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    ...overrides,
  };
}

module.exports = { jestConfig };
