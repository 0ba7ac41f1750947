import {
  DocumentNode,
  getNamedType,
  GraphQLError,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  TypeInfo,
  ValueNode,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { FOREIGN_TEXT_EXTENSION } from '../common/graphql/foreign-text';
import { personTextProblem } from '../common/text/person-text';

const isForeign = (def: { extensions?: Readonly<Record<string, unknown>> } | undefined) =>
  def?.extensions?.[FOREIGN_TEXT_EXTENSION] === true;

/** `input.sources.0.url` is reported as `sources.0.url`, like the validation pipe does. */
const fieldName = (path: (string | number)[]) =>
  (path[0] === 'input' && path.length > 1 ? path.slice(1) : path).join('.');

const refuse = (path: (string | number)[], problem: string) => {
  const field = fieldName(path);
  return new GraphQLError(`${field} ${problem}`, {
    extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } },
  });
};

type Found = GraphQLError | null;

/** Walks a variable's JSON value against its input type. */
function checkValue(
  value: unknown,
  type: GraphQLInputType,
  path: (string | number)[],
  foreign = false,
): Found {
  if (typeof value === 'string') {
    const problem = personTextProblem(value, foreign);
    return problem ? refuse(path, problem) : null;
  }
  if (value === null || typeof value !== 'object') return null;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (Array.isArray(value)) {
    const item = isListType(inner) ? inner.ofType : inner;
    for (const [i, v] of value.entries()) {
      const found = checkValue(v, item, [...path, i], foreign);
      if (found) return found;
    }
    return null;
  }
  const named = getNamedType(type);
  for (const [key, v] of Object.entries(value)) {
    const fieldDef = isInputObjectType(named) ? named.getFields()[key] : undefined;
    if (!fieldDef) {
      const found = typeof v === 'string' ? checkValue(v, named, [...path, key]) : null;
      if (found) return found;
      continue;
    }
    if (v === null && fieldDef.defaultValue !== undefined) return nullForDefault([...path, key]);
    const found = checkValue(v, fieldDef.type, [...path, key], isForeign(fieldDef));
    if (found) return found;
  }
  return null;
}

const nullForDefault = (path: (string | number)[]) =>
  refuse(path, 'cannot be null; leave it out to use its default');

/** Walks a literal in the document; variables inside it are looked up. */
function checkLiteral(
  node: ValueNode,
  type: GraphQLInputType | undefined,
  path: (string | number)[],
  variables: Record<string, unknown>,
  foreign = false,
): Found {
  switch (node.kind) {
    case Kind.STRING: {
      const problem = personTextProblem(node.value, foreign);
      return problem ? refuse(path, problem) : null;
    }
    case Kind.VARIABLE:
      return type ? checkValue(variables[node.name.value], type, path, foreign) : null;
    case Kind.LIST: {
      const inner = type && isNonNullType(type) ? type.ofType : type;
      const item = inner && isListType(inner) ? inner.ofType : inner;
      for (const [i, v] of node.values.entries()) {
        const found = checkLiteral(v, item, [...path, i], variables, foreign);
        if (found) return found;
      }
      return null;
    }
    case Kind.OBJECT: {
      const named = type && getNamedType(type);
      for (const f of node.fields) {
        const def = named && isInputObjectType(named) ? named.getFields()[f.name.value] : undefined;
        const p = [...path, f.name.value];
        if (f.value.kind === Kind.NULL && def?.defaultValue !== undefined) return nullForDefault(p);
        if (
          f.value.kind === Kind.VARIABLE &&
          variables[f.value.name.value] === null &&
          def?.defaultValue !== undefined
        )
          return nullForDefault(p);
        const found = checkLiteral(f.value, def?.type, p, variables, isForeign(def));
        if (found) return found;
      }
      return null;
    }
    default:
      return null;
  }
}

/** Far deeper than any input type goes; a request body of 8 MiB holds millions of levels. */
const MAX_VARIABLE_DEPTH = 32;

/**
 * Whether a JSON value nests arrays or objects deeper than `max`, found without recursion: every
 * recursive walk after this one (this file's, the page cache key's JSON.stringify, graphql-js's
 * coercion) would exhaust the stack on a few million levels, declared variable or not.
 */
function nestsDeeper(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > max) return true;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * The first variable, declared by the operation or not, that nests deeper than any input type
 * goes; checked before anything else reads the variables (a remembered check's key, the page
 * cache's key, the walks below), as each of those would overflow the stack on it.
 */
export function variableDepthError(
  variables: Record<string, unknown> | undefined | null,
): GraphQLError | null {
  const vars = variables ?? {};
  const tooDeep = Object.keys(vars).find((name) => nestsDeeper(vars[name], MAX_VARIABLE_DEPTH));
  if (tooDeep === undefined) return null;
  return refuse([tooDeep], `nests lists or objects deeper than ${MAX_VARIABLE_DEPTH} levels`);
}

/**
 * The first argument (or nested input field, directly or through a variable) holding text
 * PostgreSQL and the validators cannot take, or null for an argument that has a default:
 * one place for every resolver, over HTTP and WebSocket.
 */
export function inputHygieneError(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined | null,
): GraphQLError | null {
  const vars = variables ?? {};
  const typeInfo = new TypeInfo(schema);
  let found: Found = null;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        if (found) return false;
        const arg = typeInfo.getArgument();
        const path = [node.name.value];
        const isNull =
          node.value.kind === Kind.NULL ||
          (node.value.kind === Kind.VARIABLE && vars[node.value.name.value] === null);
        if (isNull && arg?.defaultValue !== undefined) found = nullForDefault(path);
        else found = checkLiteral(node.value, arg?.type, path, vars, isForeign(arg ?? undefined));
        return false;
      },
    }),
  );
  return found;
}
