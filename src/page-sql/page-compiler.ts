import {
  FieldNode,
  FragmentDefinitionNode,
  GraphQLIncludeDirective,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLSkipDirective,
  Kind,
  SelectionNode,
} from 'graphql';
import { getArgumentValues, getDirectiveValues } from 'graphql/execution/values';
import { ReaderTextPaths } from './reader-text-paths';

/** The query asks for something the database does not build here: it runs the usual way. */
export class NotCompilable extends Error {}

/** One field of one row, as a field's SQL builder sees it. */
export interface FieldRequest {
  /** The SQL alias of the row the field is of. */
  alias: string;
  /** The field's arguments, coerced with their defaults, as graphql-js gives them to resolvers. */
  args: Record<string, unknown>;
  /** The field's selections, merged over every node that asks for it. */
  selections: readonly SelectionNode[];
  /** The response key (alias or name). */
  key: string;
  /** Where reader texts sit in the object the field is in. */
  texts: ReaderTextPaths;
  compiler: PageCompiler;
}

/** A field's value as an SQL expression (JSON-able: a scalar, json, or NULL). */
export type FieldSql = (f: FieldRequest) => string;

/** The fields the database can build, per GraphQL object type. */
export type FieldTable = Record<string, Record<string, FieldSql>>;

// json_build_object takes at most 100 arguments (FUNC_MAX_ARGS); an HTML field takes two keys.
const MAX_KEYS = 40;
const EXECUTABLE_DIRECTIVES = new Set(['include', 'skip']);

/**
 * Turns a query's selections into one SQL expression that builds the answer's JSON, field by
 * field from `table`, collecting fields as graphql-js does (aliases, fragments, merged repeats,
 * @include/@skip). Anything outside the table throws NotCompilable.
 */
export class PageCompiler {
  private aliases = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly table: FieldTable,
    private readonly fragments: Record<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
  ) {}

  /** A fresh SQL alias, so nested lists of the same table never clash. */
  alias(prefix: string): string {
    return `${prefix}${++this.aliases}`;
  }

  /** The JSON object of `typeName` for the row `alias`. */
  object(
    typeName: string,
    alias: string,
    selections: readonly SelectionNode[],
    texts: ReaderTextPaths,
  ): string {
    const type = this.schema.getType(typeName);
    const fields = this.table[typeName];
    if (!fields || !(type instanceof GraphQLObjectType)) throw new NotCompilable(typeName);
    const parts: string[] = [];
    for (const [key, nodes] of this.collect(typeName, selections)) {
      const name = nodes[0].name.value;
      if (name === '__typename') {
        parts.push(`'${key}', '${typeName}'`);
        continue;
      }
      const build = fields[name];
      const def = type.getFields()[name];
      if (!build || !def) throw new NotCompilable(`${typeName}.${name}`);
      const args = getArgumentValues(def, nodes[0], this.variables);
      const sub = nodes.flatMap((n) => n.selectionSet?.selections ?? []);
      const value = build({ alias, args, selections: sub, key, texts, compiler: this });
      parts.push(`'${key}', ${value}`);
    }
    if (parts.length > MAX_KEYS) throw new NotCompilable(`more than ${MAX_KEYS} fields`);
    return `json_build_object(${parts.join(', ')})`;
  }

  /** A nested object: its reader texts are recorded under the field's key. */
  child(typeName: string, alias: string, f: FieldRequest): string {
    const paths = new ReaderTextPaths();
    const sql = this.object(typeName, alias, f.selections, paths);
    if (!paths.empty) f.texts.children.push([f.key, paths]);
    return sql;
  }

  /** The fields the selections ask for on `typeName`, by response key, in the order asked. */
  collect(
    typeName: string,
    selections: readonly SelectionNode[],
    into = new Map<string, FieldNode[]>(),
    spread = new Set<string>(),
  ): Map<string, FieldNode[]> {
    for (const s of selections) {
      if (!this.included(s)) continue;
      if (s.kind === Kind.FIELD) {
        const key = s.alias?.value ?? s.name.value;
        const same = into.get(key);
        if (same) same.push(s);
        else into.set(key, [s]);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        this.expectType(typeName, s.typeCondition?.name.value);
        this.collect(typeName, s.selectionSet.selections, into, spread);
      } else {
        if (spread.has(s.name.value)) continue;
        spread.add(s.name.value);
        const fragment = this.fragments[s.name.value];
        if (!fragment) throw new NotCompilable(`fragment ${s.name.value}`);
        this.expectType(typeName, fragment.typeCondition.name.value);
        this.collect(typeName, fragment.selectionSet.selections, into, spread);
      }
    }
    return into;
  }

  /** A type condition other than the object's own (an interface, a union) is not built here. */
  private expectType(typeName: string, condition: string | undefined): void {
    if (condition !== undefined && condition !== typeName) {
      throw new NotCompilable(`on ${condition}`);
    }
  }

  private included(node: SelectionNode): boolean {
    if (node.directives?.some((d) => !EXECUTABLE_DIRECTIVES.has(d.name.value))) {
      throw new NotCompilable('directive');
    }
    if (getDirectiveValues(GraphQLSkipDirective, node, this.variables)?.if === true) return false;
    return getDirectiveValues(GraphQLIncludeDirective, node, this.variables)?.if !== false;
  }
}
