import {
  DocumentNode,
  execute,
  ExecutionResult,
  getNamedType,
  GraphQLSchema,
  isInputObjectType,
  OperationDefinitionNode,
  typeFromAST,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { compileQuery, CompiledQuery, isCompiledQuery } from 'graphql-jit';

/** What Apollo hands a gateway's executor (the parts read here). */
interface ExecutorRequest {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation?: OperationDefinitionNode;
  operationName?: string | null;
  request: { variables?: Record<string, unknown> };
  context: unknown;
}

/**
 * Runs queries with graphql-jit, which compiles each query once into a function that resolves its
 * fields directly, instead of graphql-js walking the query for every field of every row: a thread
 * page is about 1,300 fields, and graphql-js's per-field work (resolve info, paths, completion)
 * was the largest share of its Node time after garbage collection.
 *
 * Apollo Server 5 takes another executor only from a gateway, so this is a one-schema "gateway":
 * Apollo still parses, validates, runs every plugin hook and formats errors as before. Mutations,
 * queries with input-object variables (graphql-jit does not fill a non-null input field's default
 * from the schema, e.g. `QueueFilter.status`) and anything graphql-jit cannot compile run on
 * graphql-js; subscriptions never come here.
 */
export class CompiledExecution {
  /** Per parsed document (Apollo keeps one object per query text), per operation name. */
  private readonly compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();

  constructor(private readonly schema: () => GraphQLSchema) {}

  /** The object Apollo's `gateway` option takes. */
  gateway() {
    return {
      onSchemaLoadOrUpdate: (
        callback: (s: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void,
      ) => {
        callback({ apiSchema: this.schema(), coreSupergraphSdl: '' });
        return () => undefined;
      },
      load: () =>
        Promise.resolve({
          executor: (request: ExecutorRequest) => this.execute(request),
        }),
      stop: () => Promise.resolve(),
    };
  }

  private async execute(r: ExecutorRequest): Promise<ExecutionResult> {
    const variables = r.request.variables ?? {};
    const compiled = r.operation?.operation === 'query' ? this.compile(r) : null;
    if (!compiled) {
      return execute({
        schema: r.schema,
        document: r.document,
        contextValue: r.context,
        variableValues: variables,
        operationName: r.operationName,
      });
    }
    // graphql-js coerces the variables first, so a bad one is refused in the very words Apollo
    // recognises as BAD_USER_INPUT (graphql-jit's own messages differ).
    const coerced = getVariableValues(r.schema, r.operation!.variableDefinitions ?? [], variables);
    if (coerced.errors) return { errors: coerced.errors };
    return compiled.query(undefined, r.context, variables) as Promise<ExecutionResult>;
  }

  private compile(r: ExecutorRequest): CompiledQuery | null {
    let byName = this.compiled.get(r.document);
    if (!byName) this.compiled.set(r.document, (byName = new Map()));
    const name = r.operationName ?? '';
    let found = byName.get(name);
    if (found === undefined) {
      found = takesInputObjects(r.schema, r.operation!) ? null : compileOrNull(r);
      byName.set(name, found);
    }
    return found;
  }
}

/** The compiled query, or null where graphql-jit refuses or fails on it. */
function compileOrNull(r: ExecutorRequest): CompiledQuery | null {
  try {
    const result = compileQuery(r.schema, r.document, r.operationName ?? undefined);
    return isCompiledQuery(result) ? result : null;
  } catch {
    return null;
  }
}

/** Whether a variable of the operation is (a list of) an input object. */
function takesInputObjects(schema: GraphQLSchema, operation: OperationDefinitionNode): boolean {
  return (operation.variableDefinitions ?? []).some((v) => {
    const type = typeFromAST(schema, v.type as never);
    return type !== undefined && isInputObjectType(getNamedType(type));
  });
}
