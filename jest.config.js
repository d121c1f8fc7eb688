// Every test of the monorepo, as Jest projects: pure packages, the database package, the API
// (medium tests on real PostgreSQL), the web app's component tests and its browser tests.
const { existsSync } = require('node:fs');
const path = require('node:path');

const projects = ['packages/plan-text', 'packages/domain', 'packages/contracts', 'prisma', 'apps/api', 'apps/web', 'apps/web/e2e']
  .map((dir) => path.join(__dirname, dir, 'jest.config.js'))
  .filter((config) => existsSync(config));

// Database and browser tests do real work on a loaded two-core machine: a minute per test, not
// Jest's default five seconds (testTimeout is global: project configs cannot set it).
module.exports = { projects, testTimeout: 120_000 };
