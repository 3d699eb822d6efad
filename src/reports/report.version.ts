import { rowLock } from '../db/locks';
import { helper, QueryResult } from '@mikro-orm/core';
import { sqlTime } from '../db/orm';
import { EntityManager } from '@mikro-orm/knex';
import { conflict, STALE_VERSION_MESSAGE } from '../common/errors';
import { Report } from './report.entity';

/**
 * Compare-and-set on a report's version: the UPDATE succeeds only if nobody changed the report since it was
 * read in this transaction, and it holds the row until commit. Otherwise the caller's view is stale: CONFLICT.
 */
export async function claimNextVersion(em: EntityManager, report: Report, now: Date): Promise<void> {
  const next = report.version + 1;
  const { affectedRows } = await em.execute<QueryResult>(
    'update report set version = ?, updated_at = ? where id = ? and version = ?',
    [next, sqlTime(em, now), report.id, report.version],
    'run',
  );
  if (affectedRows !== 1) throw conflict(STALE_VERSION_MESSAGE);
  report.version = next;
  report.updatedAt = now;
  // The row already holds these two: recorded as the entity's loaded state, so that the next flush does not write
  // them a second time (it still writes whatever else the step changes, like the status).
  const loaded = helper(report).__originalEntityData;
  if (loaded) {
    const current = em.getComparator().prepareEntity(report);
    loaded.version = current.version;
    loaded.updatedAt = current.updatedAt;
  }
}

/**
 * Before a child's approval is rolled up into its parent: locks the parent's row (PostgreSQL; SQLite writes one
 * transaction at a time anyway) so that approvals of siblings on other connections or instances take turns, and
 * each consolidation reads the children as the previous one left them. The parent's version is refreshed from
 * the row, since a sibling's roll-up may have moved it; a parent whose state changed meanwhile (submitted, say)
 * is a CONFLICT, as the child's reviewer decided on what they saw.
 */
export async function lockParentForRollUp(em: EntityManager, parent: Report): Promise<void> {
  // FOR NO KEY UPDATE, not FOR UPDATE: it still makes sibling roll-ups take turns (it conflicts with itself), but
  // not with the FOR KEY SHARE lock PostgreSQL's foreign-key check takes on the parent row when a child row is
  // written a second time in one transaction. With FOR UPDATE, an approval (holding the parent, waiting for the
  // child) and a concurrent return of the same child (holding the child, its flush checking parent_id) deadlocked.
  const rows: { status: string; version: number }[] = await em.execute(
    `select status, version from report where id = ?${rowLock(em, 'no key update')}`,
    [parent.id],
  );
  const row = rows[0];
  if (!row || row.status !== parent.status) throw conflict(STALE_VERSION_MESSAGE);
  parent.version = Number(row.version);
}
