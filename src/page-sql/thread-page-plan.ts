import {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLError,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
} from 'graphql';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values';
import { LRUCache } from 'lru-cache';
import { isUuid } from '../common/ids';
import { NotCompilable, PageCompiler } from './page-compiler';
import { pageFields } from './page-fields';
import { ReaderTextPaths } from './reader-text-paths';

/**
 * One statement that answers a query whole: its text is `{"data": …}`, or no row. Its $1 is the
 * thread's id, and for a signed-in reader $2 is theirs.
 */
export interface PagePlan {
  sql: string;
  threadId: string;
  texts: ReaderTextPaths;
}

/** A query's statement, the same for every thread it is asked of. */
interface CompiledPage {
  sql: string;
  texts: ReaderTextPaths;
  /** The thread asked for, when written in the query itself (else it is the id variable). */
  threadId: unknown;
}

/**
 * Compiled statements per parsed document (Apollo keeps one object per query text), operation,
 * reader kind and the values of the variables other than the thread id: a page asked of another
 * thread reuses its statement. Query texts and variables come from clients, so the statements
 * kept are bounded by their total size, not by how many documents Apollo keeps.
 */
const compiled = new LRUCache<string, CompiledPage | false>({
  maxSize: 8 * 1024 * 1024,
  sizeCalculation: (page) => (page ? page.sql.length * 2 : 64),
});
const documentIds = new WeakMap<DocumentNode, number>();
let documents = 0;

/**
 * The statement for a query of one thread (`thread(id)` and `__typename` at the root) by a
 * reader who is not a moderator (signed in or out), or null when the query
 * asks for anything the database does not build here, or its variables are wrong (the usual path
 * then answers, with its errors).
 */
export function threadPagePlan(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown>,
  signedIn: boolean,
): PagePlan | null {
  if (operation.operation !== 'query') return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables);
  if (coerced.errors) return null;
  const variables = coerced.coerced;
  const idVariable = threadIdVariable(operation);
  const { [idVariable ?? '']: _id, ...shaping } = variables;
  let documentId = documentIds.get(document);
  if (documentId === undefined) documentIds.set(document, (documentId = ++documents));
  const key = `${documentId}\0${operation.name?.value ?? ''}\0${signedIn ? 'in' : 'out'}\0${JSON.stringify(shaping)}`;
  let page = compiled.get(key);
  if (page === undefined) {
    page = compilePage(schema, document, operation, variables, signedIn) ?? false;
    compiled.set(key, page);
  }
  if (!page) return null;
  const threadId = idVariable === undefined ? page.threadId : variables[idVariable];
  if (typeof threadId !== 'string' || !isUuid(threadId)) return null;
  return { sql: page.sql, threadId, texts: page.texts };
}

/** The variable a root `thread(id: $x)` names, if written so. */
function threadIdVariable(operation: OperationDefinitionNode): string | undefined {
  for (const s of operation.selectionSet.selections) {
    if (s.kind !== Kind.FIELD || s.name.value !== 'thread') continue;
    const id = s.arguments?.find((a) => a.name.value === 'id')?.value;
    return id?.kind === Kind.VARIABLE ? id.name.value : undefined;
  }
  return undefined;
}

function compilePage(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  signedIn: boolean,
): CompiledPage | null {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  }
  try {
    // $1 is the thread's id, $2 the signed-in reader's.
    const compiler = new PageCompiler(
      schema,
      pageFields(signedIn ? '$2' : null),
      fragments,
      variables,
    );
    const texts = new ReaderTextPaths();
    const parts: string[] = [];
    let threadId: unknown;
    let threads = 0;
    for (const [key, nodes] of compiler.collect('Query', operation.selectionSet.selections)) {
      const name = nodes[0].name.value;
      if (name === '__typename') {
        parts.push(`'${key}', 'Query'`);
        continue;
      }
      if (name !== 'thread' || ++threads > 1) return null;
      const def = schema.getQueryType()!.getFields().thread;
      threadId = getArgumentValues(def, nodes[0], variables).id;
      const thread = new ReaderTextPaths();
      const selections = nodes.flatMap((n) => n.selectionSet?.selections ?? []);
      parts.push(`'${key}', ${compiler.object('Thread', 't0', selections, thread)}`);
      if (!thread.empty) texts.children.push([key, thread]);
    }
    if (threads === 0) return null;
    const sql = `SELECT json_build_object('data', json_build_object(${parts.join(', ')}))::text AS page
      FROM threads t0 WHERE t0.id = $1`;
    return { sql, texts, threadId };
  } catch (e) {
    // A bad argument value is refused by the usual path, in its words.
    if (e instanceof NotCompilable || e instanceof GraphQLError) return null;
    throw e;
  }
}
