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
import { BIDI_CONTROLS } from '../common/text/bidi-controls';

/** In Unicode mode a class of surrogates matches only halves that are missing their pair. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * Control characters other than tab, line feed and carriage return (C0, DEL, C1): nothing a
 * person types, and they rewrite terminals and logs that show the text.
 */
// eslint-disable-next-line no-control-regex -- finding them is the point
const CONTROL = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** The marks LRM, RLM and ALM, which right-to-left writing needs, are not among these. */
const BIDI_CONTROL = new RegExp(`[${BIDI_CONTROLS}]`);

const codePoint = (c: string) =>
  `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * NUL cannot be stored by PostgreSQL; a lone surrogate is not Unicode text at all. Text a person
 * writes also keeps no control or bidirectional formatting characters; text from elsewhere (an
 * imported article, marked `@ForeignText()`) keeps them, as its importer promises every character.
 */
function badText(s: string, foreign = false): string | null {
  if (s.includes('\u0000')) return 'contains a NUL character';
  if (LONE_SURROGATE.test(s)) return 'contains an unpaired surrogate (not valid Unicode)';
  if (foreign) return null;
  const control = CONTROL.exec(s);
  if (control) return `contains a control character (${codePoint(control[0])})`;
  const bidi = BIDI_CONTROL.exec(s);
  return bidi
    ? `contains a bidirectional formatting character (${codePoint(bidi[0])}); use the marks U+200E or U+200F`
    : null;
}

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
    const problem = badText(value, foreign);
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
      const problem = badText(node.value, foreign);
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
