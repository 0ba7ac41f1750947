import {
  readableSql,
  readerBodySql,
  seesBehindPlaceholderSql,
} from '../arguments/argument-visibility';
import { storedHtmlSql } from '../arguments/rendered-body';
import { myStanceSql } from '../votes/stances/my-stance-sql';
import { myVoteSql } from '../votes/my-vote-sql';
import { argumentConnectionSql } from './argument-connection-sql';
import { FieldRequest, FieldSql, FieldTable, NotCompilable } from './page-compiler';
import { shownKey } from './reader-text-paths';

const column =
  (name: string): FieldSql =>
  (f) =>
    `${f.alias}.${name}`;

/** A timestamp as the DateTime scalar writes it (Date#toISOString: UTC, milliseconds). */
const time =
  (name: string): FieldSql =>
  (f) =>
    `to_char(${f.alias}.${name} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const constant =
  (sql: string): FieldSql =>
  () =>
    sql;

/** A text its reader sees masked by the CENSOR rules (masked in Node after the query). */
const readerText =
  (sql: (f: FieldRequest) => string): FieldSql =>
  (f) => {
    f.texts.texts.push(f.key);
    return sql(f);
  };

/** The row of `table` whose id is in `foreignKey`, as an object of `typeName`. */
const joined =
  (typeName: string, table: string, foreignKey: string): FieldSql =>
  (f) => {
    const j = f.compiler.alias(table.slice(0, 2));
    return `(SELECT ${f.compiler.child(typeName, j, f)} FROM ${table} ${j} WHERE ${j}.id = ${f.alias}.${foreignKey})`;
  };

/** An object of `typeName` built from the same row. */
const sameRow =
  (typeName: string): FieldSql =>
  (f) =>
    f.compiler.child(typeName, f.alias, f);

const STANCE_COUNTS: Record<string, FieldSql> = {
  agree: column('agree_count'),
  disagree: column('disagree_count'),
  undecided: column('undecided_count'),
  changedToAgree: column('changed_to_agree_count'),
  changedToDisagree: column('changed_to_disagree_count'),
  changedMind: (f) => `(${f.alias}.changed_to_agree_count + ${f.alias}.changed_to_disagree_count)`,
};

const THREAD_BALANCE: Record<string, FieldSql> = {
  proWeight: column('pro_weight'),
  conWeight: column('con_weight'),
  proShare: ({ alias: t }) =>
    `CASE WHEN ${t}.pro_weight + ${t}.con_weight > 0 THEN ${t}.pro_weight::float8 / (${t}.pro_weight + ${t}.con_weight) END`,
  stances: sameRow('StanceCounts'),
};

/** Only for a signed-out reader: its value then; a signed-in reader's runs the usual way. */
const signedOutOnly =
  (readerIdSql: string | null, sql: string): FieldSql =>
  (f) => {
    if (readerIdSql !== null) throw new NotCompilable(f.key);
    return sql;
  };

const threadFields = (reader: string | null): Record<string, FieldSql> => ({
  id: column('id'),
  motion: readerText(column('motion')),
  description: readerText(column('description')),
  tags: (f) => {
    f.texts.textLists.push(f.key);
    return `to_json(${f.alias}.tags)`;
  },
  status: column('status'),
  argumentCount: column('argument_count'),
  proCount: column('pro_count'),
  conCount: column('con_count'),
  participantCount: column('participant_count'),
  slowModeSeconds: column('slow_mode_seconds'),
  createdAt: time('created_at'),
  updatedAt: time('updated_at'),
  lastActivityAt: time('last_activity_at'),
  stances: sameRow('StanceCounts'),
  balance: sameRow('ThreadBalance'),
  article: joined('Article', 'articles', 'article_id'),
  creator: joined('User', 'users', 'creator_id'),
  arguments: (f) => argumentConnectionSql(f, 'thread'),
  myStance: reader === null ? constant('NULL') : (f) => myStanceSql(f.alias, reader),
  myBan: signedOutOnly(reader, 'NULL'),
  myStanceHistory: signedOutOnly(reader, `'[]'::json`),
});

const ARTICLE: Record<string, FieldSql> = {
  id: column('id'),
  title: column('title'),
  titleDerived: column('title_derived'),
  sourceUrl: column('source_url'),
  byline: column('byline'),
  format: column('format'),
  publishedAt: time('published_at'),
  createdAt: time('created_at'),
  updatedAt: time('updated_at'),
};

const USER: Record<string, FieldSql> = {
  id: column('id'),
  username: column('username'),
  reputation: column('reputation'),
  role: column('role'),
  createdAt: time('created_at'),
  updatedAt: time('updated_at'),
};

const argumentFields = (reader: string | null): Record<string, FieldSql> => ({
  id: column('id'),
  body: readerText((f) => readerBodySql(f.alias, reader)),
  // The stored HTML when the text shown is the body; Node renders the rest (reader-text-paths).
  bodyHtml: (f) => {
    f.texts.html.push(f.key);
    const a = f.alias;
    return `CASE WHEN ${readableSql(a, reader)} THEN ${storedHtmlSql(a)} END, '${shownKey(f.key)}', ${readerBodySql(a, reader)}`;
  },
  side: column('side'),
  stanceOnMotion: column('stance_on_motion'),
  status: column('status'),
  origin: column('origin'),
  depth: column('depth'),
  parentId: column('parent_id'),
  path: (f) => `to_json(${f.alias}.ancestor_ids || ${f.alias}.id)`,
  upvotes: column('upvotes'),
  downvotes: column('downvotes'),
  score: column('score'),
  proChildrenCount: column('pro_children_count'),
  conChildrenCount: column('con_children_count'),
  descendantCount: column('descendant_count'),
  bridgingScore: column('bridging_score'),
  createdAt: time('created_at'),
  updatedAt: time('updated_at'),
  editedAt: time('edited_at'),
  author: joined('User', 'users', 'author_id'),
  thread: joined('Thread', 'threads', 'thread_id'),
  children: (f) => argumentConnectionSql(f, 'argument'),
  // Shown to the author (and moderators, who never come here).
  statusReason:
    reader === null
      ? constant('NULL')
      : (f) =>
          `CASE WHEN ${seesBehindPlaceholderSql(f.alias, reader)} THEN ${f.alias}.status_reason END`,
  heldEdit: signedOutOnly(reader, 'NULL'),
  myVote: reader === null ? constant('NULL') : (f) => myVoteSql(f.alias, reader),
});

/**
 * What the database builds of each type, field by field, with the values the resolvers give a
 * reader who is not a moderator: `readerIdSql` is an SQL expression of their user id, or null
 * when signed out. A field missing here (or refused for a signed-in reader) sends the query the
 * usual way.
 */
export const pageFields = (readerIdSql: string | null): FieldTable => ({
  Thread: threadFields(readerIdSql),
  ThreadBalance: THREAD_BALANCE,
  StanceCounts: STANCE_COUNTS,
  Article: ARTICLE,
  User: USER,
  Argument: argumentFields(readerIdSql),
});
