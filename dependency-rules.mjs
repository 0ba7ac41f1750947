/**
 * Rostra's dependency rules, checked by `npm run lint` (and so by .ci/run); docs/ARCHITECTURE.md
 * explains them. Each folder of src/ is one element; `allow` lists what it may import, so the
 * folders form layers and no two can import each other; the subfolders of moderation/ and votes/
 * are layered the same way (SUBFOLDERS). The root files (app.module.ts, main.ts,
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
  threads: ['common', 'config', 'users', 'auth', 'audit', 'realtime'],
  arguments: ['common', 'config', 'users', 'auth', 'realtime', 'jobs', 'ranking', 'threads'],
  // Articles open threads and propose claims; threads and arguments read an article through the
  // THREAD_ARTICLES port that articles binds.
  articles: ['common', 'config', 'users', 'auth', 'realtime', 'threads', 'arguments'],
  notifications: ['common', 'realtime', 'users', 'auth', 'threads', 'arguments'],
  moderation: [
    'common',
    'config',
    'users',
    'auth',
    'audit',
    'realtime',
    'page-cache',
    'threads',
    'arguments',
    'articles',
    'notifications',
  ],
  votes: [
    'common',
    'config',
    'users',
    'auth',
    'realtime',
    'jobs',
    'ranking',
    'threads',
    'arguments',
    'moderation',
  ],
  kialo: ['common', 'users', 'auth', 'threads', 'arguments', 'moderation'],
  activity: ['common', 'realtime', 'threads', 'arguments'],
  // Thread pages built by one statement, with the owners' SQL forms of their rules.
  'page-sql': [
    'common',
    'config',
    'logging',
    'page-cache',
    'auth',
    'arguments',
    'moderation',
    'votes',
  ],
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

/**
 * Folders whose subfolders are layered too, bottom up: each subfolder may import the ones it
 * lists and the folder's shared files (and whatever its folder may import); the folder's own
 * root files (its module, its services) compose the subfolders. So no two subfolders import
 * each other. A subfolder not listed belongs to its folder's root.
 */
const SUBFOLDERS = {
  moderation: {
    shared: ['moderation-enums.ts'],
    layers: {
      // The queue and reports tables and their writers.
      queue: [],
      reports: ['queue'],
      // What posts and edits pass: watched words, trust, rate limits, the posting gate.
      rules: ['queue', 'reports'],
      // What a decision does, shared by direct actions and granted appeals.
      outcomes: ['queue', 'reports'],
      appeals: ['queue', 'outcomes'],
      // The queue as moderators read and claim it.
      review: ['queue', 'reports', 'appeals'],
      // The door for readers' reports.
      reporting: ['queue', 'reports', 'rules'],
      actions: ['queue', 'reports', 'rules', 'outcomes', 'appeals', 'review'],
      users: ['rules', 'outcomes', 'appeals'],
      seeding: ['queue', 'actions'],
      // The moderators' view of one person: records, notes, search.
      people: ['reports', 'rules', 'appeals', 'users'],
      log: [],
    },
  },
  votes: {
    shared: [],
    layers: {
      bridging: [],
      stances: ['bridging'],
      balance: ['stances'],
    },
  },
};

const FOLDERS = Object.keys(LAYERS);

const subType = (folder, sub) => `${folder}/${sub}`;
const subTypes = (folder) =>
  Object.keys(SUBFOLDERS[folder]?.layers ?? {}).map((s) => subType(folder, s));
const privateTypes = (owner) => PRIVATE.filter((p) => p.owner === owner).map((p) => p.type);

/** Importing a folder from outside means any part of it: its root files and its subfolders. */
const whole = (folders) => folders.flatMap((f) => [f, ...subTypes(f)]);

const elements = [
  ...PRIVATE.map(({ type, pattern }) => ({ type, pattern, partialMatch: false })),
  ...Object.entries(SUBFOLDERS).flatMap(([folder, { layers }]) =>
    Object.keys(layers).map((sub) => ({
      type: subType(folder, sub),
      pattern: `src/${folder}/${sub}/**`,
      partialMatch: false,
    })),
  ),
  ...FOLDERS.map((f) => ({ type: f, pattern: `src/${f}/**`, partialMatch: false })),
];

const fromType = (type) => ({ element: { type } });
const toTypes = (types) => ({ to: { element: { types: { anyOf: types } } } });

const everything = [...whole(FOLDERS), ...PRIVATE.map((p) => p.type)];

/** What a folder's files may import from outside the folder. */
const outside = (folder) => [...whole(LAYERS[folder]), ...privateTypes(folder)];

const policies = [
  ...Object.entries(LAYERS).map(([from, allowed]) => ({
    from: fromType(from),
    allow: toTypes(allowed.includes('*') ? everything : [...whole([from]), ...outside(from)]),
  })),
  ...Object.entries(SUBFOLDERS).flatMap(([folder, { shared, layers }]) =>
    Object.entries(layers).flatMap(([sub, below]) => [
      {
        from: fromType(subType(folder, sub)),
        allow: toTypes([
          subType(folder, sub),
          ...below.map((b) => subType(folder, b)),
          ...outside(folder),
        ]),
      },
      // Of the folder's root files, only the shared ones (never its module, which imports all).
      ...shared.map((file) => ({
        from: fromType(subType(folder, sub)),
        allow: { to: { element: { type: folder, fileInternalPath: file } } },
      })),
    ]),
  ),
  // A private file imports within its owner, like the owner's other files.
  ...PRIVATE.map((p) => ({
    from: fromType(p.type),
    allow: toTypes([p.owner, ...outside(p.owner), ...privateTypes(p.owner)]),
  })),
];

/**
 * ESLint flat-config blocks: the folder layers for src/, one visibility rule, and no database
 * handle in resolvers.
 */
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
    // "Visible" is one rule (arguments/argument-visibility.ts): isVisible, or visibleSql in SQL.
    // The enum, the rule itself and the lifecycle's transition table name the status freely.
    files: ['src/**/*.ts'],
    ignores: [
      '**/*.spec.ts',
      'src/arguments/argument-enums.ts',
      'src/arguments/argument-visibility.ts',
      'src/arguments/lifecycle/transitions.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='ArgumentStatus'][property.name='PUBLISHED']",
          message: 'Test visibility with isVisible (arguments/argument-visibility.ts).',
        },
        {
          selector: "Literal[value='PUBLISHED'], TemplateElement[value.raw=/'PUBLISHED'/]",
          message: 'Test visibility with visibleSql (arguments/argument-visibility.ts).',
        },
      ],
    },
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
