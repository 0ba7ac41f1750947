// Browser tests (npm run test:browser): the real server on PGlite, driven through Debian's chromium.
// Kept apart from `npm test`, which needs only Node.
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testRegex: ['test/browser/.*\\.browser-spec\\.ts$'],
  testTimeout: 120000,
};
