// Jest globalSetup for projects that use PostgreSQL: prepares the server and the run's template
// databases once, and shares them with workers through environment variables.
require('./scripts/swc-register.cjs');
const { prepareTestServer, TEST_ENV } = require('./prisma/src/test-server.ts');
const { seedDatabase } = require('./prisma/seed/run.ts');

module.exports = async function setup() {
  if (process.env[TEST_ENV.serverUrl]) return;
  const prepared = await prepareTestServer((url) => seedDatabase(url, { demoUsers: true }));
  process.env[TEST_ENV.serverUrl] = prepared.serverUrl;
  process.env[TEST_ENV.runId] = prepared.runId;
  process.env[TEST_ENV.template] = prepared.template;
  process.env[TEST_ENV.seededTemplate] = prepared.seededTemplate;
  globalThis.__PSP_TEST_SERVER__ = prepared;
};
