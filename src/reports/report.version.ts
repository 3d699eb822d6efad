import { rowLock } from '../db/locks';
import { helper, QueryResult } from '@mikro-orm/core';
import { sqlTime } from '../db/orm';
import { EntityManager } from '@mikro-orm/knex';
import { AppError, conflict, STALE_VERSION_MESSAGE } from '../common/errors';
import { Report, ReportAction } from './report.entity';
import { ReportStatus } from '../../workflows/report.machine';
import { dialectOfEm } from '../db/dialect';
import { loadedStateOf } from './report.record';
import { inSqliteBatch } from '../db/drivers';

/** The columns of a report that workflow steps, extensions and roll-ups change, with how each is stored. */
type StateProp = 'status' | 'timeliness' | 'nextReminderAt' | 'firstSubmittedAt' | 'submittedAt' | 'submitNote' | 'approvedAt' | 'dueAt' | 'originalDueAt';
const STATE_COLUMNS: { prop: StateProp; column: string; time: boolean }[] = [
  { prop: 'status', column: 'status', time: false },
  { prop: 'timeliness', column: 'timeliness', time: false },
  { prop: 'nextReminderAt', column: 'next_reminder_at', time: true },
  { prop: 'firstSubmittedAt', column: 'first_submitted_at', time: true },
  { prop: 'submittedAt', column: 'submitted_at', time: true },
  { prop: 'submitNote', column: 'submit_note', time: false },
  { prop: 'approvedAt', column: 'approved_at', time: true },
  { prop: 'dueAt', column: 'due_at', time: true },
  { prop: 'originalDueAt', column: 'original_due_at', time: true },
];

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    const ta = a == null ? null : new Date(a as Date | string | number).getTime();
    const tb = b == null ? null : new Date(b as Date | string | number).getTime();
    return ta === tb;
  }
  return (a ?? null) === (b ?? null);
}

/** A line of a report's history, written by the step that claims the report's next version. */
export interface HistoryEntry {
  at: Date;
  actorId: number;
  actorName: string;
  action: ReportAction;
  fromStatus: ReportStatus;
  toStatus: ReportStatus;
  reason: string | null;
  details: Record<string, unknown> | null;
}

/** The history table's columns as a claim fills them, with the type PostgreSQL is told each value has. */
const HISTORY_COLUMNS: { column: string; pgType: string }[] = [
  { column: 'at', pgType: 'timestamptz' },
  { column: 'actor_id', pgType: 'integer' },
  { column: 'actor_name', pgType: 'varchar' },
  { column: 'action', pgType: 'varchar' },
  { column: 'from_status', pgType: 'varchar' },
  { column: 'to_status', pgType: 'varchar' },
  { column: 'reason', pgType: 'text' },
  { column: 'details', pgType: 'jsonb' },
];

function historyValues(em: EntityManager, e: HistoryEntry): unknown[] {
  return [sqlTime(em, e.at), e.actorId, e.actorName, e.action, e.fromStatus, e.toStatus, e.reason, e.details == null ? null : JSON.stringify(e.details)];
}

/** The cells a save changes: those given a value, and those emptied. */
export interface CellWrites {
  upserts: { code: string; num: number | null; text: string | null }[];
  cleared: string[];
}

/** What a version claim writes besides the report's own row. */
export interface ClaimWrites {
  history?: HistoryEntry;
  cells?: CellWrites;
}

/**
 * Cells written by one statement: a form of thousands of cells is written in parts, so that a statement stays
 * under the databases' limits on bound values.
 */
const WRITE_CHUNK = 500;

function cellCount(cells: CellWrites | undefined): number {
  return cells ? cells.upserts.length + cells.cleared.length : 0;
}

/**
 * Whether `claimNextVersion` makes these writes as a transaction of their own, so that a step that writes nothing
 * else needs no other: on PostgreSQL one statement, unless the form's cells need more than one; on SQLite one
 * batch (see `inSqliteBatch`), whatever the number of cells, when `em` is not in a transaction already.
 */
export function claimWritesAlone(em: EntityManager, writes: ClaimWrites): boolean {
  return dialectOfEm(em) === 'postgresql' ? cellCount(writes.cells) <= WRITE_CHUNK : !em.isInTransaction();
}

interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * Compare-and-set on a report's version: the UPDATE succeeds only if nobody changed the report since it was
 * read, and it holds the row until commit. Otherwise the caller's view is stale: CONFLICT. The same statement
 * writes whatever the step changed of the report's state (status, timeliness, stamps, due dates) since it was
 * read, so the step needs no second UPDATE at flush.
 *
 * The history entry and the cells given with it are written only if the claim succeeds. On PostgreSQL the UPDATE
 * is a WITH clause of one statement that also appends the history and upserts and deletes the cells: one round
 * trip, atomic by itself. SQLite's WITH clauses cannot write, so there each is its own statement (in-process, no
 * round trip): in the caller's transaction, or, outside one, in a batch of their own. History entries are only
 * ever appended, never entities tracked for changes (ReportEvent reads them back).
 */
export async function claimNextVersion(em: EntityManager, report: Report, now: Date, writes: ClaimWrites = {}): Promise<void> {
  const next = report.version + 1;
  const working = loadedStateOf(report);
  const loaded = working ?? (helper(report).__originalEntityData as Record<string, unknown> | undefined);
  const changed = loaded ? STATE_COLUMNS.filter((c) => !sameValue(report[c.prop], loaded[c.prop])) : [];
  const sets = ['version = ?', 'updated_at = ?', ...changed.map((c) => `${c.column} = ?`)];
  const values = changed.map((c) => {
    const value = report[c.prop] as unknown;
    return c.time && value instanceof Date ? sqlTime(em, value) : value ?? null;
  });
  const update = `update report set ${sets.join(', ')} where id = ? and version = ?`;
  const params: unknown[] = [next, sqlTime(em, now), ...values, report.id, report.version];
  const { history, cells } = writes;
  const postgres = dialectOfEm(em) === 'postgresql';
  const alone = (history != null || cellCount(cells) > 0) && claimWritesAlone(em, writes);
  if (postgres && alone) {
    const parts = [`claimed as (${update} returning id)`];
    if (history) {
      parts.push(
        `history as (insert into report_event (report_id, ${HISTORY_COLUMNS.map((c) => c.column).join(', ')})
         select id, ${HISTORY_COLUMNS.map((c) => `?::${c.pgType}`).join(', ')} from claimed)`,
      );
      params.push(...historyValues(em, history));
    }
    // The cells travel as one JSON value each way, so the statement's text is the same whatever the number of
    // cells (named statements are prepared once per text and connection). JSON keeps numbers exact: JavaScript
    // writes a float's shortest exact form, and PostgreSQL reads it back to the same float.
    if (cells?.upserts.length) {
      parts.push(
        `cells as (insert into report_value (report_id, code, num, text)
         select claimed.id, v.code, v.num, v.text from claimed, json_to_recordset(?::json) as v (code varchar, num double precision, text text)
         on conflict (report_id, code) do update set num = excluded.num, text = excluded.text)`,
      );
      params.push(JSON.stringify(cells.upserts));
    }
    if (cells?.cleared.length) {
      parts.push(`cleared as (delete from report_value where report_id in (select id from claimed) and code in (select json_array_elements_text(?::json)))`);
      params.push(JSON.stringify(cells.cleared));
    }
    // Run outside a transaction (a step that writes nothing else), the statement is its own: nothing but the
    // claim can refuse it (the cells are upserted), so no error mapping of `inTransaction` is missed there; a
    // unique key added to these tables would need one.
    const rows: { n: number | string }[] = await em.execute(`with ${parts.join(',\n')}\nselect count(*) as n from claimed`, params);
    if (Number(rows[0].n) !== 1) throw await staleClaim(em, report.id);
  } else {
    const after: Statement[] = [];
    if (history) {
      after.push({
        sql: `insert into report_event (report_id, ${HISTORY_COLUMNS.map((c) => c.column).join(', ')}) values (?, ${HISTORY_COLUMNS.map(() => '?').join(', ')})`,
        params: [report.id, ...historyValues(em, history)],
      });
    }
    if (cells) after.push(...cellStatements(report.id, cells));
    if (alone) {
      // As on PostgreSQL, nothing but the claim can refuse these writes (the cells are upserted, the history has no
      // unique key); a unique key added to these tables would need its error mapped as `inTransaction` does.
      const claimed = await inSqliteBatch(em, (run) => {
        if (run(update, params).changes !== 1) return false; // nothing written: the empty transaction ends
        for (const statement of after) run(statement.sql, statement.params);
        return true;
      });
      if (!claimed) throw await staleClaim(em, report.id);
    } else {
      const claimed = (await em.execute<QueryResult>(update, params, 'run')).affectedRows;
      if (claimed !== 1) throw await staleClaim(em, report.id);
      for (const statement of after) await em.execute(statement.sql, statement.params, 'run');
    }
  }
  report.version = next;
  report.updatedAt = now;
  // The row now holds these: recorded as the entity's loaded state, so that the flush does not write them again
  // (it still writes anything else changed after this point).
  if (working) {
    for (const key of ['version', 'updatedAt', ...changed.map((c) => c.prop)]) working[key] = report[key as keyof Report];
  } else if (loaded) {
    const written = em.getComparator().prepareEntity(report) as Record<string, unknown>;
    for (const key of ['version', 'updatedAt', ...changed.map((c) => c.prop)]) loaded[key] = written[key];
  }
}

/**
 * A refused claim: CONFLICT, with the version the report has now (to reload it at), as a step that sees the stale
 * version before its claim answers. Someone else's step committed between this one's read and its claim.
 */
async function staleClaim(em: EntityManager, reportId: number): Promise<AppError> {
  const rows: { version: number | string }[] = await em.execute('select version from report where id = ?', [reportId]);
  return conflict(STALE_VERSION_MESSAGE, rows.length ? { currentVersion: Number(rows[0].version) } : undefined);
}

/** A save's cells as statements of their own, in parts of WRITE_CHUNK: one upsert and one delete per part. */
function cellStatements(reportId: number, cells: CellWrites): Statement[] {
  const statements: Statement[] = [];
  for (let i = 0; i < cells.upserts.length; i += WRITE_CHUNK) {
    const chunk = cells.upserts.slice(i, i + WRITE_CHUNK);
    statements.push({
      sql: `insert into report_value (report_id, code, num, text) values ${chunk.map(() => '(?, ?, ?, ?)').join(', ')}
       on conflict (report_id, code) do update set num = excluded.num, text = excluded.text`,
      params: chunk.flatMap((c) => [reportId, c.code, c.num, c.text]),
    });
  }
  for (let i = 0; i < cells.cleared.length; i += WRITE_CHUNK) {
    const chunk = cells.cleared.slice(i, i + WRITE_CHUNK);
    statements.push({ sql: `delete from report_value where report_id = ? and code in (${chunk.map(() => '?').join(',')})`, params: [reportId, ...chunk] });
  }
  return statements;
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
