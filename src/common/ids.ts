import { notFound } from './errors';

/** GraphQL ids are strings; ours are positive integers. Anything else names nothing that exists. */
export function parseId(value: string | number, what: string): number {
  const id = typeof value === 'number' ? value : /^\d{1,15}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0) throw notFound(`Không tìm thấy ${what} "${value}".`);
  return id;
}
