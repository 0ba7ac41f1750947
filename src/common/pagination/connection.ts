import { Type } from '@nestjs/common';
import { ArgsType, Field, FieldMiddleware, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** The Relay spec's four fields. */
@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field({
    description:
      'True when a page comes before this one (with after: whenever a cursor was given; with last/before: whether more rows precede)',
  })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** A number, or a function GraphQL calls only when a client asks for totalCount. */
  totalCount?: number | null | (() => Promise<number>);
}

/** PageInfo for a page of edges, its two ends taken from the first and last edge. */
export function pageInfoOf(
  edges: Edge<unknown>[],
  hasNextPage: boolean,
  hasPreviousPage: boolean,
): PageInfo {
  return {
    hasNextPage,
    hasPreviousPage,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  };
}

/** A list with nothing in it (and nothing to count). */
export const emptyConnection = <T>(): Connection<T> => ({
  edges: [],
  pageInfo: pageInfoOf([], false, false),
  totalCount: 0,
});

/** totalCount may be a function: the COUNT query runs only when a client selects the field. */
const countWhenAsked: FieldMiddleware = async (_ctx, next) => {
  const value: unknown = await next();
  return typeof value === 'function' ? (value as () => Promise<number>)() : value;
};

/** A Relay connection type for `T`, named `<Name>Connection`. */
export function ConnectionType<T>(node: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType({ isAbstract: true })
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, {
      nullable: true,
      description: 'Items in the whole list, every page together; null where counting is not cheap',
      middleware: [countWhenAsked],
    })
    totalCount?: number | null;
  }
  return ConnectionClass as Type<Connection<T>>;
}

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `1–${MAX_PAGE_SIZE}` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 20;

  @Field(() => String, { nullable: true })
  @IsOptional()
  after?: string;

  @Field(() => Int, {
    nullable: true,
    description: `1–${MAX_PAGE_SIZE}: the page just before \`before\` (or the list's last page); replaces first`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  last?: number;

  @Field(() => String, { nullable: true, description: 'Page backwards from this cursor' })
  @IsOptional()
  before?: string;
}
