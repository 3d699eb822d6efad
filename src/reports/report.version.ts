import { EntityManager } from '@mikro-orm/knex';
import { conflict, STALE_VERSION_MESSAGE } from '../common/errors';
import { Report } from './report.entity';

/**
 * Compare-and-set on a report's version: the UPDATE succeeds only if nobody changed the report since it was
 * read in this transaction, and it holds the row until commit. Otherwise the caller's view is stale: CONFLICT.
 */
export async function claimNextVersion(em: EntityManager, report: Report, now: Date): Promise<void> {
  const next = report.version + 1;
  const claimed = await em.nativeUpdate(Report, { id: report.id, version: report.version }, { version: next, updatedAt: now });
  if (claimed !== 1) throw conflict(STALE_VERSION_MESSAGE);
  report.version = next;
  report.updatedAt = now;
}
