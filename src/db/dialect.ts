import type { EntityManager } from '@mikro-orm/core';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';

export type Dialect = 'sqlite' | 'postgresql';

export function dialectOf(url: string): Dialect {
  return /^postgres(ql)?:\/\//i.test(url) ? 'postgresql' : 'sqlite';
}

/** The dialect an EntityManager talks, for the few statements written by hand that differ between the two. */
export function dialectOfEm(em: EntityManager): Dialect {
  return em.getPlatform() instanceof PostgreSqlPlatform ? 'postgresql' : 'sqlite';
}

/** A column of a row aggregated by `jsonRowsSql`: numeric ones are carried so that they come back exact. */
export interface JsonColumn {
  sql: string;
  numeric?: boolean;
}

/**
 * SQL that gathers the rows of a subquery into one JSON array of arrays, so that a statement can bring a row's
 * related rows along with it. PostgreSQL's json_agg writes a float in its shortest exact form; SQLite's JSON writes
 * 15 significant digits (0.1 + 0.2 would come back as 0.3), so there numbers travel as quote()'s text, 20 digits,
 * and `jsonRowsOf` reads them back exactly.
 */
export function jsonRowsSql(dialect: Dialect, columns: JsonColumn[]): string {
  if (dialect === 'postgresql') return `json_agg(json_build_array(${columns.map((c) => c.sql).join(', ')}))`;
  return `json_group_array(json_array(${columns.map((c) => (c.numeric ? `quote(${c.sql})` : c.sql)).join(', ')}))`;
}

/** The rows `jsonRowsSql` gathered (none when the subquery found none), numeric columns as numbers or null. */
export function jsonRowsOf(value: unknown, numeric: readonly number[]): unknown[][] {
  if (value == null) return [];
  const rows = (typeof value === 'string' ? JSON.parse(value) : value) as unknown[][];
  for (const row of rows) {
    for (const i of numeric) {
      const v = row[i];
      if (typeof v === 'string') row[i] = v === 'NULL' ? null : Number(v);
    }
  }
  return rows;
}
