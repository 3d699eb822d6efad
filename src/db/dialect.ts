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

/**
 * PostgreSQL that gathers the rows of a subquery into one JSON array of arrays (null when there are none), so that
 * a statement can bring a row's related rows along with it. json_agg writes a float in its shortest exact form,
 * and the driver hands the array over parsed.
 */
export function jsonRowsSql(columns: string[]): string {
  return `json_agg(json_build_array(${columns.join(', ')}))`;
}
