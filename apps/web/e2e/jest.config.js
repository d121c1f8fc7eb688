// Browser tests: the real API and the built web app on a fresh seeded database per file, driven
// in Debian's Chromium by playwright-core. `npm run build -w @psp/web` first (npm test does).
const path = require('node:path');
const { jestConfig } = require('../../../jest.preset');

module.exports = jestConfig(__dirname, {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.e2e.ts'],
  globalSetup: path.join(__dirname, '../../../jest.db-setup.js'),
  globalTeardown: path.join(__dirname, '../../../jest.db-teardown.js'),
  testTimeout: 180_000,
  setupFilesAfterEnv: [path.join(__dirname, 'support/setup.ts')],
});
