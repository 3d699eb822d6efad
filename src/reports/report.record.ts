import { fromSqlTime } from '../db/orm';
import { UnitLevel } from '../units/unit.entity';
import { ReportStatus, Timeliness } from '../../workflows/report.machine';
import { Report } from './report.entity';

/** The report table's columns, in the order `reportFromRow` reads them. */
export const REPORT_COLUMNS =
  'id, campaign_id, unit_id, unit_code, unit_path, level, parent_id, status, timeliness, next_reminder_at, original_due_at, version, ' +
  'due_at, first_submitted_at, submitted_at, approved_at, submit_note, created_at, updated_at';

/** One row of `select ${REPORT_COLUMNS} from report` (ids and times as either database returns them). */
export interface ReportRow {
  id: number | string;
  campaign_id: number | string;
  unit_id: number | string;
  unit_code: string;
  unit_path: string;
  level: UnitLevel;
  parent_id: number | string | null;
  status: ReportStatus;
  timeliness: Timeliness;
  next_reminder_at: unknown;
  original_due_at: unknown;
  version: number | string;
  due_at: unknown;
  first_submitted_at: unknown;
  submitted_at: unknown;
  approved_at: unknown;
  submit_note: string | null;
  created_at: unknown;
  updated_at: unknown;
}

/**
 * A report as a plain record: the fields of the entity, its relations as bare ids, and `isLate`. Building one
 * costs a plain object; building the entity costs MikroORM's tracking of every property (measured at about 70 µs
 * a report: 2 ms of a district's table of thirty communes). It is never handed to the EntityManager: one read
 * for showing (reportFromRow) is never changed; one read by a workflow step (workingReportFromRow) is changed by
 * that step and written by it with one conditional UPDATE (claimNextVersion), not by a flush.
 */
class ReportRecord {
  readonly id: number;
  readonly campaign: { id: number };
  readonly unit: { id: number };
  readonly parent: { id: number } | null;
  readonly unitCode: string;
  readonly unitPath: string;
  readonly level: UnitLevel;
  readonly status: ReportStatus;
  readonly timeliness: Timeliness;
  readonly nextReminderAt: Date | null;
  readonly originalDueAt: Date | null;
  readonly version: number;
  readonly dueAt: Date;
  readonly firstSubmittedAt: Date | null;
  readonly submittedAt: Date | null;
  readonly approvedAt: Date | null;
  readonly submitNote: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;

  constructor(row: ReportRow) {
    this.id = Number(row.id);
    this.campaign = { id: Number(row.campaign_id) };
    this.unit = { id: Number(row.unit_id) };
    this.parent = row.parent_id == null ? null : { id: Number(row.parent_id) };
    this.unitCode = row.unit_code;
    this.unitPath = row.unit_path;
    this.level = row.level;
    this.status = row.status;
    this.timeliness = row.timeliness;
    this.nextReminderAt = fromSqlTime(row.next_reminder_at);
    this.originalDueAt = fromSqlTime(row.original_due_at);
    this.version = Number(row.version);
    this.dueAt = fromSqlTime(row.due_at)!;
    this.firstSubmittedAt = fromSqlTime(row.first_submitted_at);
    this.submittedAt = fromSqlTime(row.submitted_at);
    this.approvedAt = fromSqlTime(row.approved_at);
    this.submitNote = row.submit_note;
    this.createdAt = fromSqlTime(row.created_at)!;
    this.updatedAt = fromSqlTime(row.updated_at)!;
  }

  isLate(now: Date): boolean {
    return Report.prototype.isLate.call(this as unknown as Report, now);
  }
}

/**
 * A report as a field resolver of the Report type receives it: the entity, or a record of either kind. Declared as
 * an interface so that type-graphql hands the object over as it is: given the Report class, it copies anything
 * that is not an instance into a new Report for every field it resolves, which costs an object per field and
 * loses what is known of the record by its identity (the view a workflow step left behind).
 */
export interface ReportRoot extends Report {}

/** A report row as a read-only report (see ReportRecord): what the Report type's fields need, without an entity. */
export function reportFromRow(row: ReportRow): Report {
  return new ReportRecord(row) as unknown as Report;
}

/**
 * The state a working report was read with, by property (what MikroORM keeps of an entity as its loaded data):
 * `claimNextVersion` writes only what a step changed since, and records what it wrote.
 */
const loadedStates = new WeakMap<object, Record<string, unknown>>();

/**
 * A report row as a report a workflow step changes: a plain record as `reportFromRow` makes (no entity to build
 * and track; the step writes the report itself, with one conditional UPDATE), with the state it was read with.
 */
export function workingReportFromRow(row: ReportRow): Report {
  const report = new ReportRecord(row);
  loadedStates.set(report, { ...report });
  return report as unknown as Report;
}

/** The state a working report was read with (see workingReportFromRow); undefined for any other object. */
export function loadedStateOf(report: object): Record<string, unknown> | undefined {
  return loadedStates.get(report);
}
