/**
 * Rostra's dependency rules, checked by `npm run lint` (and so by .ci/run); docs/ARCHITECTURE.md
 * explains them. Each folder of src/ is one element; `allow` lists what it may import, so the
 * folders form layers and no two can import each other. The root files (app.module.ts, main.ts,
 * cli.ts, feature-modules.ts) compose everything and are not checked. A folder not listed here
 * is not checked either: add new folders to LAYERS. Test: test/dependency-rules.e2e-spec.ts.
 */

/** Folders from the bottom up: each may import itself and what its entry names. */
const LAYERS = {
  config: [],
  common: ['config'],
  logging: ['config'],
  ranking: [],
  audit: ['common'],
  // Anonymous pages cached; thread events retire them.
  'page-cache': ['common', 'config', 'logging'],
  realtime: ['common', 'config', 'page-cache'],
  // The durable job queue: work the system owes survives crashes and runs on one instance.
  jobs: ['common', 'config'],
  users: ['common', 'config', 'audit'],
  auth: ['common', 'config', 'users'],
  // Known exception, to be cut when the article-to-thread flow leaves articles/: articles opens
  // threads and proposes claims, while threads and arguments point at the article they quote.
  articles: ['common', 'config', 'users', 'auth', 'realtime', 'threads', 'arguments'],
  threads: ['common', 'config', 'users', 'auth', 'audit', 'realtime', 'articles'],
  arguments: ['common', 'config', 'users', 'auth', 'realtime', 'ranking', 'threads', 'articles'],
  notifications: ['common', 'realtime', 'users', 'auth', 'threads', 'arguments'],
  moderation: ['common', 'config', 'users', 'auth', 'audit', 'realtime', 'page-cache', 'threads', 'arguments', 'articles', 'notifications'],
  votes: ['common', 'config', 'users', 'auth', 'realtime', 'jobs', 'ranking', 'threads', 'arguments', 'moderation'],
  kialo: ['common', 'users', 'auth', 'threads', 'arguments', 'moderation'],
  activity: ['common', 'realtime', 'threads', 'arguments'],
  seed: ['common', 'config', 'users', 'auth', 'threads', 'articles', 'arguments', 'moderation'],
  health: ['common', 'config'],
  // The door: query limits, input hygiene, headers, request limits, the WebSocket rules.
  security: ['common', 'config', 'logging', 'users', 'auth'],
  // Composition: the connection (and its entity list), the GraphQL wiring, the root files.
  database: ['*'],
  app: ['*'],
};

/** Files only their owner imports; others call the owner's service (ArgumentLifecycle). */
const PRIVATE = [
  { type: 'arguments-lifecycle', owner: 'arguments', pattern: 'src/arguments/lifecycle/**' },
  { type: 'arguments-counters', owner: 'arguments', pattern: 'src/arguments/counters/**' },
  { type: 'threads-counters', owner: 'threads', pattern: 'src/threads/counters/**' },
  { type: 'users-counters', owner: 'users', pattern: 'src/users/counters/**' },
];

const FOLDERS = Object.keys(LAYERS);

const elements = [
  ...PRIVATE.map(({ type, pattern }) => ({ type, pattern, partialMatch: false })),
  ...FOLDERS.map((f) => ({ type: f, pattern: `src/${f}/**`, partialMatch: false })),
];

const fromType = (type) => ({ element: { type } });
const toTypes = (types) => ({ to: { element: { types: { anyOf: types } } } });

const everything = [...Object.keys(LAYERS), ...PRIVATE.map((p) => p.type)];

const policies = [
  ...Object.entries(LAYERS).map(([from, allowed]) => ({
    from: fromType(from),
    allow: toTypes(
      allowed.includes('*')
        ? everything
        : [from, ...allowed, ...PRIVATE.filter((p) => p.owner === from).map((p) => p.type)],
    ),
  })),
  // A private file imports within its owner, like the owner's other files.
  ...PRIVATE.map((p) => ({
    from: fromType(p.type),
    allow: toTypes([
      p.owner,
      ...LAYERS[p.owner],
      ...PRIVATE.filter((q) => q.owner === p.owner).map((q) => q.type),
    ]),
  })),
];

/** ESLint flat-config blocks: the folder layers for src/, and no database handle in resolvers. */
export const dependencyRules = (boundaries) => [
  {
    files: ['src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': elements,
      'import/resolver': { node: { extensions: ['.ts', '.js'] } },
    },
    rules: { 'boundaries/dependencies': ['error', { default: 'disallow', policies }] },
  },
  {
    // A resolver reads and writes through its module's services, never the database directly.
    files: ['src/**/*.resolver.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'typeorm',
              importNames: ['DataSource', 'EntityManager', 'Repository'],
              message: 'A resolver goes through its module’s service (docs/ARCHITECTURE.md).',
            },
          ],
        },
      ],
    },
  },
];
