import { EntityManager } from '@mikro-orm/knex';
import { Actor, canRead, readScope, underAny } from '../auth/actor';
import { badInput, notFound } from '../common/errors';
import { Cursor, decodeCursor, pageSize, toConnection } from '../common/pagination';
import { Campaign } from '../campaigns/campaign.entity';
import { sqlEpochMs, sqlTime } from '../db/orm';
import { daysLate } from '../deadlines/deadline-rules';
import { UnitService } from '../units/unit.service';
import { Report, ReportAction } from '../reports/report.entity';
import { AdministrativeUnit, UnitLevel } from '../units/unit.entity';
import { ReportStatus } from '../../workflows/report.machine';
import { SubmissionTimeliness } from './progress.types';

/*
 * Definitions used by every tracking figure (the committee's dashboard):
 *  - A report's deadline is its own `dueAt` (an extension moves it), never the level's.
 *  - Timeliness counts the FIRST submission (`firstSubmittedAt`): on time when strictly before `dueAt`, late
 *    when at `dueAt` or after. A report returned for correction and sent again keeps its first verdict.
 *  - Overdue: never sent and `dueAt` has passed (at the instant of the request, `dueAt <= now`).
 *  - Days late: `daysLate(dueAt, at)` in Vietnam calendar days, at least 1 when late; `at` is the first
 *    submission, or the moment of the request for a report still not sent.
 *  - Not started: status DRAFT, never sent, and never saved by its unit (no SAVE in its history). The history is
 *    used rather than the stored values because a parent report receives consolidated figures from its
 *    approved children without anyone of its own unit touching it. Not-started reports are also counted in
 *    `draft`.
 *  - Reporting rate: reports sent at least once / expected. On-time rate: reports first sent on time / expected.
 *  - Hours to approval: from the first submission to the current approval (`approvedAt`, cleared when an
 *    approval is withdrawn and stamped again at the next one), averaged over the reports now approved or
 *    finalized.
 * Figures over a subtree are aggregated in SQL: a request issues the same statements whatever the subtree's size.
 */

export interface LevelProgress {
  level: UnitLevel;
  dueAt: Date;
  expected: number;
  notStarted: number;
  draft: number;
  submitted: number;
  returned: number;
  approved: number;
  finalized: number;
  onTime: number;
  /** First sent on or after the deadline. */
  submittedLate: number;
  /** Never sent and the deadline has passed. */
  overdue: number;
  reportingRate: number;
  onTimeRate: number;
  averageHoursToApproval: number | null;
}

export interface CampaignProgress {
  campaign: Campaign;
  /** The unit's own report; null for a unit outside the chain's levels (a district in a two-level round). */
  report: Report | null;
  levels: LevelProgress[];
  children: Report[];
  /** The instant the progress is judged at; the per-unit rows use the same one. */
  at: Date;
}

export interface ChildReportCounts {
  expected: number;
  submitted: number;
  approved: number;
}

export interface Standing {
  timeliness: SubmissionTimeliness;
  daysLate: number;
}

export interface UnitProgress extends Standing {
  unit: AdministrativeUnit;
  report: Report;
  status: ReportStatus;
  dueAt: Date;
  firstSubmittedAt: Date | null;
  approvedAt: Date | null;
  childCounts: ChildReportCounts | null;
}

export interface OverdueReport extends Standing {
  report: Report;
  unit: AdministrativeUnit;
  level: UnitLevel;
  status: ReportStatus;
  dueAt: Date;
  firstSubmittedAt: Date | null;
}

export interface UnitCampaignTimeliness extends Standing {
  campaign: Campaign;
  report: Report;
  status: ReportStatus;
  dueAt: Date;
  firstSubmittedAt: Date | null;
}

export interface UnitTimeliness {
  unit: AdministrativeUnit;
  reports: UnitCampaignTimeliness[];
  totals: { campaigns: number; onTime: number; late: number; overdue: number; notDue: number };
}

/** A report's standing against its own deadline at the instant `at` (see the definitions above). */
export function standingOf(report: { dueAt: Date; firstSubmittedAt: Date | null }, at: Date): Standing {
  const due = report.dueAt;
  const sent = report.firstSubmittedAt;
  if (sent) {
    return sent.getTime() < due.getTime()
      ? { timeliness: SubmissionTimeliness.ON_TIME, daysLate: 0 }
      : { timeliness: SubmissionTimeliness.LATE, daysLate: daysLate(due, sent) };
  }
  return at.getTime() < due.getTime()
    ? { timeliness: SubmissionTimeliness.NOT_DUE, daysLate: 0 }
    : { timeliness: SubmissionTimeliness.OVERDUE, daysLate: daysLate(due, at) };
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** Vietnam keeps +07:00 all year (no daylight saving), so a local calendar day is a fixed shift of UTC. */
const VN_OFFSET_MS = 7 * HOUR_MS;

/** The Vietnam calendar day number of an instant given in epoch milliseconds, in SQL. */
const vnDay = (ms: string) => `floor((${ms} + ${VN_OFFSET_MS}) / ${DAY_MS})`;

const APPROVED_STATES = `'${ReportStatus.APPROVED}', '${ReportStatus.FINALIZED}'`;

/** Overdue reports' cursor key: days late and unit code, the two sort keys. */
function overdueKey(days: number, unitCode: string): string {
  return `${days}|${unitCode}`;
}

function parseOverdueCursor(after: string | null | undefined): { days: number; unitCode: string; id: number } | null {
  const cursor = decodeCursor(after);
  if (!cursor) return null;
  const match = /^(\d{1,9})\|(\d{1,8})$/.exec(cursor.key);
  if (!match) throw badInput('Con trỏ phân trang (after) không hợp lệ.');
  return { days: Number(match[1]), unitCode: match[2], id: cursor.id };
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

export class ProgressService {
  constructor(private readonly units: UnitService) {}

  /** The unit's report in the campaign (if its level is in the chain) and its path; NOT_FOUND out of scope. */
  private async anchor(em: EntityManager, actor: Actor, campaign: Campaign, unitCode: string | null): Promise<{ report: Report | null; unitPath: string }> {
    if (unitCode == null) {
      // The whole round: for those who read the whole country (admins, national monitors).
      if (readScope(actor) != null) throw notFound('Cần chọn đơn vị (unitCode) trong phạm vi của bạn.');
      return { report: null, unitPath: '/' };
    }
    const report = await em.findOne(Report, { campaign: campaign.id, unitCode });
    const unitPath = report?.unitPath ?? (await this.units.findByCode(em, unitCode, campaign.periodEnd))?.path;
    if (!unitPath || !canRead(actor, unitPath)) {
      throw notFound(`Đơn vị "${unitCode}" không có trong đợt báo cáo này hoặc ngoài phạm vi của bạn.`);
    }
    return { report, unitPath };
  }

  /**
   * Where a subtree stands: per level of the chain, how many reports are in each state, how many are on time,
   * late or overdue, the rates and the time to approval; then the reports one step below the unit. A fixed
   * number of statements, whatever the size of the subtree.
   */
  async progress(em: EntityManager, actor: Actor, campaign: Campaign, unitCode: string | null, now: Date): Promise<CampaignProgress> {
    const { report, unitPath } = await this.anchor(em, actor, campaign, unitCode);
    const rows: Record<string, number | string | null>[] = await em.execute(
      `select r.level as level, count(*) as expected,
              sum(case when r.status = '${ReportStatus.DRAFT}' and r.first_submitted_at is null and not exists
                    (select 1 from report_event e where e.report_id = r.id and e.action = '${ReportAction.SAVE}') then 1 else 0 end) as not_started,
              sum(case when r.status = '${ReportStatus.DRAFT}' then 1 else 0 end) as draft,
              sum(case when r.status = '${ReportStatus.SUBMITTED}' then 1 else 0 end) as submitted,
              sum(case when r.status = '${ReportStatus.RETURNED}' then 1 else 0 end) as returned,
              sum(case when r.status = '${ReportStatus.APPROVED}' then 1 else 0 end) as approved,
              sum(case when r.status = '${ReportStatus.FINALIZED}' then 1 else 0 end) as finalized,
              sum(case when r.first_submitted_at is not null then 1 else 0 end) as sent,
              sum(case when r.first_submitted_at < r.due_at then 1 else 0 end) as on_time,
              sum(case when r.first_submitted_at >= r.due_at then 1 else 0 end) as late,
              sum(case when r.first_submitted_at is null and r.due_at <= ? then 1 else 0 end) as overdue,
              sum(case when r.approved_at is not null and r.first_submitted_at is not null then ${sqlEpochMs(em, 'r.approved_at')} - ${sqlEpochMs(em, 'r.first_submitted_at')} end) as approval_ms,
              sum(case when r.approved_at is not null and r.first_submitted_at is not null then 1 else 0 end) as approval_n
         from report r where r.campaign_id = ? and r.unit_path like ? group by r.level`,
      [sqlTime(em, now), campaign.id, `${unitPath}%`],
    );
    const byLevel = new Map(rows.map((row) => [row.level as UnitLevel, row]));
    const n = (row: Record<string, number | string | null>, key: string) => Number(row[key] ?? 0);
    const levels: LevelProgress[] = campaign.levels
      .getItems()
      .filter((l) => byLevel.has(l.level))
      .map((l) => {
        const row = byLevel.get(l.level)!;
        const expected = n(row, 'expected');
        const approvals = n(row, 'approval_n');
        return {
          level: l.level,
          dueAt: l.dueAt,
          expected,
          notStarted: n(row, 'not_started'),
          draft: n(row, 'draft'),
          submitted: n(row, 'submitted'),
          returned: n(row, 'returned'),
          approved: n(row, 'approved'),
          finalized: n(row, 'finalized'),
          onTime: n(row, 'on_time'),
          submittedLate: n(row, 'late'),
          overdue: n(row, 'overdue'),
          reportingRate: ratio(n(row, 'sent'), expected),
          onTimeRate: ratio(n(row, 'on_time'), expected),
          averageHoursToApproval: approvals > 0 ? n(row, 'approval_ms') / approvals / HOUR_MS : null,
        };
      });
    // Below a unit without a report of its own, the next reports are those whose parent lies outside the subtree.
    const children = report
      ? await em.find(Report, { parent: report.id }, { orderBy: { unitCode: 'asc' }, populate: ['unit'] })
      : unitPath === '/'
        ? await em.find(Report, { campaign: campaign.id, parent: null }, { orderBy: { unitCode: 'asc' }, populate: ['unit'] })
        : await em.find(
          Report,
          { campaign: campaign.id, unitPath: { $like: `${unitPath}%` }, $not: { parent: { unitPath: { $like: `${unitPath}%` } } } },
          { orderBy: { unitCode: 'asc' }, populate: ['unit'] },
        );
    return { campaign, report, levels, children, at: now };
  }

  /**
   * One row per report one step below (the same reports as `children`), judged at the progress' instant; a
   * report above the chain's lowest level also carries its own children's counts, in one grouped statement.
   */
  async unitRows(em: EntityManager, progress: CampaignProgress): Promise<UnitProgress[]> {
    const { children, campaign, at } = progress;
    if (children.length === 0) return [];
    const lowest = campaign.levels.getItems().reduce((a, b) => (b.rank < a.rank ? b : a)).level;
    // Asked for every row (reports of the lowest level simply have none), so that the statements issued do not
    // depend on which level is being looked at.
    const ids = children.map((c) => c.id);
    const rows: { parent_id: number; expected: number; submitted: number; approved: number }[] = await em.execute(
      `select parent_id, count(*) as expected,
              sum(case when first_submitted_at is not null then 1 else 0 end) as submitted,
              sum(case when status in (${APPROVED_STATES}) then 1 else 0 end) as approved
         from report where parent_id in (${ids.map(() => '?').join(',')}) group by parent_id`,
      ids,
    );
    const counts = new Map<number, ChildReportCounts>();
    for (const row of rows) {
      counts.set(Number(row.parent_id), { expected: Number(row.expected), submitted: Number(row.submitted), approved: Number(row.approved) });
    }
    return children.map((child) => ({
      unit: child.unit,
      report: child,
      status: child.status,
      dueAt: child.dueAt,
      firstSubmittedAt: child.firstSubmittedAt,
      approvedAt: child.approvedAt,
      ...standingOf(child, at),
      childCounts: child.level === lowest ? null : (counts.get(child.id) ?? { expected: 0, submitted: 0, approved: 0 }),
    }));
  }

  /**
   * Reports of the subtree that are overdue (never sent, past their own deadline) or were first sent late, most
   * days late first, then by unit code. Sorted and paged in SQL: the days are counted there on the Vietnam
   * calendar exactly as `daysLate` does, and each row's `daysLate` is then taken from `daysLate` itself.
   */
  async overdue(
    em: EntityManager,
    actor: Actor,
    campaign: Campaign,
    unitCode: string | null,
    now: Date,
    first: number | null | undefined,
    after: string | null | undefined,
  ) {
    const limit = pageSize(first);
    const cursor = parseOverdueCursor(after);
    const { unitPath } = await this.anchor(em, actor, campaign, unitCode);
    const nowMs = sqlTime(em, now);
    const where = `r.campaign_id = ? and r.unit_path like ?
      and ((r.first_submitted_at is null and r.due_at <= ?) or r.first_submitted_at >= r.due_at)`;
    const whereParams = [campaign.id, `${unitPath}%`, nowMs];
    const days = `(${vnDay(sqlEpochMs(em, 'coalesce(r.first_submitted_at, ?)'))} - ${vnDay(sqlEpochMs(em, 'r.due_at'))} + 1)`;
    const afterClause = cursor ? `where days_late < ? or (days_late = ? and (unit_code > ? or (unit_code = ? and id > ?)))` : '';
    const afterParams = cursor ? [cursor.days, cursor.days, cursor.unitCode, cursor.unitCode, cursor.id] : [];
    const [page, total] = await Promise.all([
      em.execute(
        `select id, unit_code, days_late from (select r.id, r.unit_code, ${days} as days_late from report r where ${where}) as late
           ${afterClause} order by days_late desc, unit_code asc, id asc limit ?`,
        [nowMs, ...whereParams, ...afterParams, limit + 1],
      ) as Promise<{ id: number; unit_code: string; days_late: number }[]>,
      em.execute(`select count(*) as n from report r where ${where}`, whereParams) as Promise<{ n: number }[]>,
    ]);
    const ids = page.map((row) => Number(row.id));
    const reports = ids.length ? await em.find(Report, { id: { $in: ids } }, { populate: ['unit'] }) : [];
    const byId = new Map(reports.map((r) => [r.id, r]));
    const sqlDays = new Map(page.map((row) => [Number(row.id), Number(row.days_late)]));
    const nodes: OverdueReport[] = ids.map((id) => {
      const report = byId.get(id)!;
      return {
        report,
        unit: report.unit,
        level: report.level,
        status: report.status,
        dueAt: report.dueAt,
        firstSubmittedAt: report.firstSubmittedAt,
        ...standingOf(report, now),
      };
    });
    return toConnection(nodes, limit, Number(total[0]?.n ?? 0), (node): Cursor => ({
      key: overdueKey(sqlDays.get(node.report.id)!, node.report.unitCode),
      id: node.report.id,
    }));
  }

  /**
   * One unit's report in each campaign the caller may see, newest period first, with its standing at `now`,
   * and the totals. NOT_FOUND when the unit does not exist or lies outside the caller's subtree.
   */
  async unitTimeliness(em: EntityManager, actor: Actor, visible: Campaign[], unitCode: string, now: Date, day: string): Promise<UnitTimeliness> {
    const scope = readScope(actor);
    const campaignById = new Map(visible.map((c) => [c.id, c]));
    const reports = visible.length
      ? await em.find(
          Report,
          { unitCode, campaign: { $in: [...campaignById.keys()] }, ...(scope ? underAny(scope) : {}) },
          { populate: ['unit'] },
        )
      : [];
    const newestFirst = (a: Campaign, b: Campaign) =>
      b.periodEnd.localeCompare(a.periodEnd) || b.periodStart.localeCompare(a.periodStart) || b.id - a.id;
    const rows: UnitCampaignTimeliness[] = reports
      .map((report) => ({
        campaign: campaignById.get(report.campaign.id)!,
        report,
        status: report.status,
        dueAt: report.dueAt,
        firstSubmittedAt: report.firstSubmittedAt,
        ...standingOf(report, now),
      }))
      .sort((a, b) => newestFirst(a.campaign, b.campaign));
    const unit = rows[0]?.report.unit ?? (await this.units.findByCode(em, unitCode, day));
    if (!unit || !canRead(actor, unit.path)) {
      throw notFound(`Không tìm thấy đơn vị "${unitCode}" trong phạm vi của bạn.`);
    }
    const count = (t: SubmissionTimeliness) => rows.filter((r) => r.timeliness === t).length;
    return {
      unit,
      reports: rows,
      totals: {
        campaigns: rows.length,
        onTime: count(SubmissionTimeliness.ON_TIME),
        late: count(SubmissionTimeliness.LATE),
        overdue: count(SubmissionTimeliness.OVERDUE),
        notDue: count(SubmissionTimeliness.NOT_DUE),
      },
    };
  }
}
