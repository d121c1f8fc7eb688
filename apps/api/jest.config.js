const path = require('node:path');
const { jestConfig } = require('../../jest.preset');

module.exports = jestConfig(__dirname, {
  globalSetup: path.join(__dirname, '../../jest.db-setup.js'),
  globalTeardown: path.join(__dirname, '../../jest.db-teardown.js'),
  testTimeout: 60000,
});
