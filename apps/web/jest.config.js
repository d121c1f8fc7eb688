// Component tests: jsdom, Testing Library, HTTP stubbed at fetch (never the modules).
const path = require('node:path');
const { jestConfig } = require('../../jest.preset');

const base = jestConfig(__dirname);

module.exports = jestConfig(__dirname, {
  // jsdom with Node's fetch classes (react-router's data router needs Request; see the file).
  testEnvironment: path.join(__dirname, 'src/testing/jsdom-environment.js'),
  moduleNameMapper: {
    '\\.(css|scss)$': 'identity-obj-proxy',
    '\\.(svg|png|ico|woff2?)$': path.join(__dirname, 'src/testing/file-stub.ts'),
    '^@/(.*)$': path.join(__dirname, 'src/$1'),
    ...base.moduleNameMapper,
  },
  globals: { __PSP_DEV__: true },
  setupFilesAfterEnv: ['@testing-library/jest-dom', path.join(__dirname, 'src/testing/setup-tests.ts')],
  testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'],
});
