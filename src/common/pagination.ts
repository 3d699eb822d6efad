import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { isStoredId } from './ids';
import { badInput } from './errors';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** A Relay connection type for `T`, with its edge type. */
export function Connection<T extends object>(name: string, node: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}ConnectionBase`)
  abstract class ConnectionType {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Số bản ghi thỏa điều kiện lọc (không phụ thuộc phân trang).' })
    totalCount!: number;
  }
  return ConnectionType;
}

/** Keyset cursor: the sort key and the id of the last row seen. */
export interface Cursor {
  key: string;
  id: number;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id]), 'utf8').toString('base64url');
}

export function decodeCursor(after: string | null | undefined): Cursor | null {
  if (after == null || after === '') return null;
  try {
    const parsed = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && typeof parsed[0] === 'string' && typeof parsed[1] === 'number' && isStoredId(parsed[1])) {
      return { key: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw badInput('Con trỏ phân trang (after) không hợp lệ.');
}

export function pageSize(first: number | null | undefined): number {
  if (first == null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(`Số bản ghi mỗi trang (first) phải từ 1 đến ${MAX_PAGE_SIZE}.`);
  }
  return first;
}

/** Builds a connection from `limit + 1` rows fetched after the cursor. */
export function toConnection<T>(rows: T[], limit: number, totalCount: number, keyOf: (row: T) => Cursor) {
  const page = rows.slice(0, limit);
  const edges = page.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
  };
}
