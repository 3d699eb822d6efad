import type { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import { dialectOfEm } from './dialect';

/** Names of the advisory locks the hub takes on PostgreSQL (arbitrary constants, one per kind of work). */
export enum HubLock {
  MIGRATIONS = 727_001,
  START_UP = 727_002,
  DEADLINE_PASS = 727_101,
}

/**
 * Takes a lock held until the current transaction ends, if nobody holds it: false means another instance is
 * doing the same work right now, and the caller leaves it to that one. On SQLite one process owns the file and
 * writes are serialised anyway, so there is nothing to take.
 */
export async function tryTransactionLock(em: EntityManager, lock: HubLock): Promise<boolean> {
  if (dialectOfEm(em) !== 'postgresql') return true;
  const rows: { locked: boolean }[] = await em.execute('select pg_try_advisory_xact_lock(?) as locked', [lock]);
  return rows[0]?.locked === true;
}

/**
 * How a statement reading a row locks it on PostgreSQL ('' on SQLite, where one transaction writes at a time):
 * `share` lets others read and share but waits for any writer; `no key update` is taken by a writer that does
 * not change the row's key (so foreign-key checks of rows pointing at it are not blocked).
 */
export function rowLock(em: EntityManager, mode: 'share' | 'no key update' | 'update'): string {
  return dialectOfEm(em) === 'postgresql' ? ` for ${mode}` : '';
}

/** `for update skip locked` on PostgreSQL, for a sub-select that claims rows other instances may be claiming. */
export function skipLocked(em: EntityManager): string {
  return dialectOfEm(em) === 'postgresql' ? ' for update skip locked' : '';
}

/**
 * Runs `work` while holding a session-level lock, for work outside one transaction that instances starting
 * together must take turns at (migrations, installing the built-in forms, the first admin). Waits for the lock.
 * On SQLite it simply runs.
 */
export async function withSessionLock<T>(orm: MikroORM, lock: HubLock, work: () => Promise<T>): Promise<T> {
  const em = orm.em.fork() as EntityManager;
  if (dialectOfEm(em) !== 'postgresql') return work();
  const knex = em.getKnex();
  const connection = await knex.client.acquireConnection();
  try {
    await knex.raw('select pg_advisory_lock(?)', [lock]).connection(connection);
    try {
      return await work();
    } finally {
      await knex.raw('select pg_advisory_unlock(?)', [lock]).connection(connection);
    }
  } finally {
    await knex.client.releaseConnection(connection);
  }
}
