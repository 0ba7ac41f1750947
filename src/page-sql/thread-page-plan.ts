import {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLError,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
} from 'graphql';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values';
import { isUuid } from '../common/ids';
import { NotCompilable, PageCompiler } from './page-compiler';
import { pageFields } from './page-fields';
import { ReaderTextPaths } from './reader-text-paths';

/** One statement that answers a query whole: its text is `{"data": …}`, or no row. */
export interface PagePlan {
  sql: string;
  params: unknown[];
  texts: ReaderTextPaths;
}

/**
 * The statement for a query of one thread (`thread(id)` and `__typename` at the root) by a
 * reader who is not a moderator (`readerId`, or null when signed out), or null when the query
 * asks for anything the database does not build here, or its variables are wrong (the usual path
 * then answers, with its errors).
 */
export function threadPagePlan(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown>,
  readerId: string | null,
): PagePlan | null {
  if (operation.operation !== 'query') return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables);
  if (coerced.errors) return null;
  const variables = coerced.coerced;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  }
  try {
    const compiler = new PageCompiler(
      schema,
      pageFields(readerId === null ? null : '$2'),
      fragments,
      variables,
    );
    const texts = new ReaderTextPaths();
    const parts: string[] = [];
    let threadId: string | undefined;
    for (const [key, nodes] of compiler.collect('Query', operation.selectionSet.selections)) {
      const name = nodes[0].name.value;
      if (name === '__typename') {
        parts.push(`'${key}', 'Query'`);
        continue;
      }
      if (name !== 'thread' || threadId !== undefined) return null;
      const def = schema.getQueryType()!.getFields().thread;
      const { id } = getArgumentValues(def, nodes[0], variables) as { id: string };
      if (!isUuid(id)) return null;
      threadId = id;
      const thread = new ReaderTextPaths();
      const selections = nodes.flatMap((n) => n.selectionSet?.selections ?? []);
      parts.push(`'${key}', ${compiler.object('Thread', 't0', selections, thread)}`);
      if (!thread.empty) texts.children.push([key, thread]);
    }
    if (threadId === undefined) return null;
    const sql = `SELECT json_build_object('data', json_build_object(${parts.join(', ')}))::text AS page
      FROM threads t0 WHERE t0.id = $1`;
    return { sql, params: readerId === null ? [threadId] : [threadId, readerId], texts };
  } catch (e) {
    // A bad argument value is refused by the usual path, in its words.
    if (e instanceof NotCompilable || e instanceof GraphQLError) return null;
    throw e;
  }
}
