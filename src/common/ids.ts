import { notFound } from './errors';

/** The largest id a table can hold: ids are 32-bit serials on PostgreSQL; SQLite is held to the same range. */
export const MAX_ID = 2_147_483_647;

/**
 * GraphQL ids are strings; ours are positive integers a table can hold. Anything else names nothing that exists,
 * and is answered so before any statement (PostgreSQL refuses to compare an integer column with a larger bound value).
 */
export function parseId(value: string | number, what: string): number {
  const id = typeof value === 'number' ? value : /^\d{1,15}$/.test(value) ? Number(value) : NaN;
  if (!isStoredId(id)) throw notFound(`Không tìm thấy ${what} "${value}".`);
  return id;
}

/** Whether a number can be the id of a stored row. */
export function isStoredId(id: number): boolean {
  return Number.isSafeInteger(id) && id > 0 && id <= MAX_ID;
}
