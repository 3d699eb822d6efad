import { EntityManager } from '@mikro-orm/knex';
import { groupBy } from '../common/group';
import { Role, User } from '../auth/user.entity';
import { inTransaction } from '../common/transaction';
import { Campaign, CampaignLevel } from '../campaigns/campaign.entity';
import { fromSqlTime as instant, sqlTime } from '../db/orm';
import { HubLock, tryTransactionLock } from '../db/locks';
import { NewNotice, NotificationService, unitEditors } from '../notifications/notification.service';
import { NotificationKind } from '../notifications/notification.entity';
import { ReportAction } from '../reports/report.entity';
import { LEVEL_LABEL_VI } from '../units/unit.entity';
import { decide, ReportFacts, ReportStatus, Timeliness } from '../../workflows/report.machine';
import { daysLate, formatVi } from './deadline-rules';

const DAY_MS = 86_400_000;
/** Lines of late units written into one digest; the rest is counted (overdueReports has them all). */
const DIGEST_LINES = 60;

export interface PassSummary {
  reminded: number;
  overdue: number;
  digests: number;
  notices: number;
  /** True when another instance was running its pass at the time, so this one did nothing. */
  skipped?: boolean;
}

/**
 * When a report should next be reminded: the latest reminder time already reached (so a pass sends it now,
 * once), otherwise the earliest one still ahead; null when every reminder time is past the deadline.
 */
export function firstReminderAt(dueAt: Date, reminderDays: number[], now: Date): Date | null {
  const times = reminderDays.map((d) => dueAt.getTime() - d * DAY_MS).filter((t) => t < dueAt.getTime()).sort((a, b) => a - b);
  const reached = times.filter((t) => t <= now.getTime());
  if (reached.length) return now.getTime() < dueAt.getTime() ? new Date(reached[reached.length - 1]) : null;
  return times.length ? new Date(times[0]) : null;
}

/** The reminder time after `now`, or null when none is left before the deadline. */
export function nextReminderAfter(dueAt: Date, reminderDays: number[], now: Date): Date | null {
  const ahead = reminderDays.map((d) => dueAt.getTime() - d * DAY_MS).filter((t) => t > now.getTime() && t < dueAt.getTime());
  return ahead.length ? new Date(Math.min(...ahead)) : null;
}

/** Facts of a scheduler event: nobody acts, only the clock and the deadline matter. */
function systemFacts(now: Date, dueAt: Date): ReportFacts {
  return {
    actorIsEditor: false,
    actorIsReviewer: false,
    isTopOfChain: false,
    errorCount: 0,
    warningCount: 0,
    childrenExpected: 0,
    childrenApproved: 0,
    parentLocked: false,
    now: now.getTime(),
    dueAt: dueAt.getTime(),
    submissionClosed: false,
  };
}

/**
 * Items grouped under every ancestor path of their own ("/3/57/1234/" is under "/3/", "/3/57/" and itself),
 * in their original order: what `path.startsWith(prefix)` would select, for every prefix at once.
 */
function underEachAncestor<T>(items: T[], pathOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const path = pathOf(item);
    for (let end = path.indexOf('/', 1); end !== -1; end = path.indexOf('/', end + 1)) {
      const prefix = path.slice(0, end + 1);
      const list = out.get(prefix);
      if (list) list.push(item);
      else out.set(prefix, [item]);
    }
  }
  return out;
}

/** Memoizes a function of instants: a pass formats and compares the same few deadlines for thousands of reports. */
function memo<T>(fn: (...at: Date[]) => T): (...at: Date[]) => T {
  const seen = new Map<string, T>();
  return (...at) => {
    const key = at.map((d) => d.getTime()).join('|');
    let value = seen.get(key);
    if (value === undefined) seen.set(key, (value = fn(...at)));
    return value;
  };
}

/**
 * What a pass needs of a report, read as plain rows in one joined statement: hydrating ten thousand Report
 * entities with their units through the ORM took seconds on a national round, and the pass changes reports
 * only through conditional UPDATEs anyway.
 */
interface DueReport {
  id: number;
  unitId: number;
  unitCode: string;
  unitName: string;
  unitPath: string;
  campaign: Campaign;
  status: ReportStatus;
  timeliness: Timeliness;
  dueAt: Date;
  nextReminderAt: Date | null;
  firstSubmittedAt: Date | null;
  /** The report one level up in the chain, with its unit. */
  parent: { id: number; unitId: number; unitName: string } | null;
}

/**
 * The durable deadline scheduler. Everything it acts on is a stored timestamp (a report's `dueAt` and
 * `nextReminderAt`, a level's `dueAt` and `digestSentAt`), so a pass after a restart or downtime catches up
 * on what fell due meanwhile; each change is a conditional UPDATE on the state it read and each notice has a
 * unique key, so nothing is sent twice. State changes are decided by the report machine, once per group of
 * reports in the same state, and written with one statement per group.
 */
export class DeadlineScheduler {
  constructor(private readonly notifications: NotificationService) {}

  runPass(em: EntityManager, now: Date): Promise<PassSummary> {
    return inTransaction(em, async (tem) => {
      const summary: PassSummary = { reminded: 0, overdue: 0, digests: 0, notices: 0 };
      // Every instance runs passes; while one runs, the others skip theirs. The conditional UPDATEs below would
      // keep a second concurrent pass from acting twice anyway, but it would wait on the first one's row locks.
      if (!(await tryTransactionLock(tem, HubLock.DEADLINE_PASS))) return { ...summary, skipped: true };
      await this.remind(tem, now, summary);
      await this.markOverdue(tem, now, summary);
      await this.sendDigests(tem, now, summary);
      return summary;
    });
  }

  /** Reports whose reminder time has come and that are still not sent. */
  private async remind(em: EntityManager, now: Date, summary: PassSummary): Promise<void> {
    const due = await this.loadReports(em, 'r.next_reminder_at <= ? and r.due_at > ? and r.status in (?, ?) and r.timeliness in (?, ?)', [
      sqlTime(em, now),
      sqlTime(em, now),
      ReportStatus.DRAFT,
      ReportStatus.RETURNED,
      Timeliness.UPCOMING,
      Timeliness.DUE_SOON,
    ]);
    if (due.length === 0) return;
    const changed: DueReport[] = [];
    // One decision and one UPDATE per (timeliness, next reminder) group: reports of one level share both.
    for (const [, reports] of groupBy(due, (r) => `${r.timeliness}|${nextReminderAfter(r.dueAt, r.campaign.reminderDays, now)?.getTime() ?? ''}`)) {
      const sample = reports[0];
      const decision = decide({ status: sample.status, timeliness: sample.timeliness }, systemFacts(now, sample.dueAt), { type: 'REMIND' });
      if (!decision.allowed) continue;
      const next = nextReminderAfter(sample.dueAt, sample.campaign.reminderDays, now);
      const ids = await this.conditionalUpdate(em, reports, sample.timeliness, decision.to.timeliness, next);
      for (const r of reports) if (ids.has(r.id)) changed.push(r);
    }
    summary.reminded += changed.length;
    const recipients = await this.editors(em, changed.map((r) => r.unitId));
    const dueText = memo(formatVi);
    const notices: NewNotice[] = [];
    for (const report of changed) {
      const daysLeft = Math.max(1, Math.ceil((report.dueAt.getTime() - now.getTime()) / DAY_MS));
      for (const user of recipients.get(report.unitId) ?? []) {
        notices.push({
          userId: user.id,
          kind: NotificationKind.REMINDER,
          reportId: report.id,
          campaignId: report.campaign.id,
          title: `Nhắc hạn: còn ${daysLeft} ngày để nộp báo cáo`,
          body: `Báo cáo "${report.campaign.name}" của ${report.unitName} cần được nộp trước ${dueText(report.dueAt)} (còn khoảng ${daysLeft} ngày).`,
          dedupeKey: `REMINDER:${report.id}:${report.dueAt.getTime()}:${report.nextReminderAt!.getTime()}:${user.id}`,
        });
      }
    }
    summary.notices += await this.notifications.send(em, notices, now);
  }

  /** Reports whose deadline has passed without a submission become OVERDUE; the unit and its reviewers hear of it. */
  private async markOverdue(em: EntityManager, now: Date, summary: PassSummary): Promise<void> {
    const due = await this.loadReports(em, 'r.due_at <= ? and r.first_submitted_at is null and r.timeliness in (?, ?)', [
      sqlTime(em, now),
      Timeliness.UPCOMING,
      Timeliness.DUE_SOON,
    ]);
    if (due.length === 0) return;
    const changed: DueReport[] = [];
    for (const [from, reports] of groupBy(due, (r) => r.timeliness)) {
      const decision = decide({ status: reports[0].status, timeliness: from }, systemFacts(now, reports[0].dueAt), { type: 'DEADLINE_PASSED' });
      if (!decision.allowed) continue;
      const ids = await this.conditionalUpdate(em, reports, from, decision.to.timeliness, null);
      for (const r of reports) if (ids.has(r.id)) changed.push(r);
    }
    summary.overdue += changed.length;
    if (changed.length === 0) return;
    const dueText = memo(formatVi);
    // The history entries, in multi-row inserts of plain SQL (the ORM's insertMany spent longer mapping 10,000
    // rows than the database took to store them).
    const details = JSON.stringify({ timeliness: Timeliness.OVERDUE });
    for (let i = 0; i < changed.length; i += 500) {
      const chunk = changed.slice(i, i + 500);
      await em.execute(
        `insert into report_event (report_id, at, actor_id, actor_name, action, from_status, to_status, reason, details)
         values ${chunk.map(() => '(?, ?, null, ?, ?, ?, ?, ?, ?)').join(', ')}`,
        chunk.flatMap((r) => [r.id, sqlTime(em, now), 'Hệ thống', ReportAction.DEADLINE, r.status, r.status, `Quá hạn nộp (${dueText(r.dueAt)}) mà chưa nộp.`, details]),
      );
    }

    const notices: NewNotice[] = [];
    const editors = await this.editors(em, changed.map((r) => r.unitId));
    for (const report of changed) {
      for (const user of editors.get(report.unitId) ?? []) {
        notices.push({
          userId: user.id,
          kind: NotificationKind.OVERDUE,
          reportId: report.id,
          campaignId: report.campaign.id,
          title: `Báo cáo của ${report.unitName} đã quá hạn`,
          body: `Báo cáo "${report.campaign.name}" đã hết hạn nộp lúc ${dueText(report.dueAt)} mà chưa được nộp. Hãy nộp ngay hoặc đề nghị gia hạn.`,
          dedupeKey: `OVERDUE:${report.id}:${report.dueAt.getTime()}:${user.id}`,
        });
      }
    }
    // One notice per approver one level up, naming all of its late children at once.
    const byParent = groupBy(
      changed.filter((r) => r.parent),
      (r) => r.parent!.id,
    );
    const reviewers = await this.accounts(em, [...byParent.values()].map((late) => late[0].parent!.unitId), [Role.APPROVER]);
    for (const [parentId, late] of byParent) {
      const parent = late[0].parent!;
      for (const user of reviewers.get(parent.unitId) ?? []) {
        notices.push({
          userId: user.id,
          kind: NotificationKind.CHILD_OVERDUE,
          reportId: parentId,
          campaignId: late[0].campaign.id,
          title: `${late.length} đơn vị cấp dưới của ${parent.unitName} chưa nộp báo cáo đúng hạn`,
          body: `Đã hết hạn (${dueText(late[0].dueAt)}) mà chưa nộp: ${late.map((r) => `${r.unitName} (${r.unitCode})`).join('; ')}.`,
          dedupeKey: `CHILD_OVERDUE:${parentId}:${now.getTime()}:${user.id}`,
        });
      }
    }
    summary.notices += await this.notifications.send(em, notices, now);
  }

  /** On each level's deadline, every monitor gets one digest of the late units in their subtree. */
  private async sendDigests(em: EntityManager, now: Date, summary: PassSummary): Promise<void> {
    const levels = await em.find(CampaignLevel, { dueAt: { $lte: now }, digestSentAt: null }, { populate: ['campaign', 'campaign.rootUnit'] });
    if (levels.length === 0) return;
    const monitors = await em.find(User, { role: Role.MONITOR }, { populate: ['unit'] });
    const notices: NewNotice[] = [];
    for (const level of levels) {
      const claimed = await em.nativeUpdate(CampaignLevel, { id: level.id, digestSentAt: null }, { digestSentAt: now });
      if (claimed !== 1) continue;
      summary.digests++;
      const late = await this.lateReports(em, level.campaign, level, now);
      const paths: { unit_path: string }[] = await em.execute('select unit_path from report where campaign_id = ? and level = ?', [level.campaign.id, level.level]);
      // Each subtree's share looked up by its path, rather than every monitor filtering the whole country's list.
      const lateUnder = underEachAncestor(late, (l) => l.report.unitPath);
      const expectedUnder = underEachAncestor(paths, (p) => p.unit_path);
      const rootPath = level.campaign.rootUnit?.path ?? '/';
      for (const monitor of monitors) {
        const path = monitor.unit?.path ?? '/'; // a monitor without a unit follows the whole country
        if (!(path.startsWith(rootPath) || rootPath.startsWith(path))) continue;
        const mine = path === '/' ? late : (lateUnder.get(path) ?? []);
        const expected = path === '/' ? paths.length : (expectedUnder.get(path)?.length ?? 0);
        if (expected === 0) continue;
        const lines = mine.slice(0, DIGEST_LINES).map((l) => `- ${l.report.unitName} (${l.report.unitCode}): ${l.report.firstSubmittedAt ? 'nộp muộn' : 'chưa nộp'}, trễ ${l.days} ngày`);
        if (mine.length > DIGEST_LINES) lines.push(`… và ${mine.length - DIGEST_LINES} đơn vị khác (xem danh sách quá hạn).`);
        notices.push({
          userId: monitor.id,
          kind: NotificationKind.DIGEST,
          campaignId: level.campaign.id,
          title: mine.length
            ? `Hạn nộp ${LEVEL_LABEL_VI[level.level]} ${formatVi(level.dueAt)}: ${mine.length}/${expected} đơn vị chậm nộp`
            : `Hạn nộp ${LEVEL_LABEL_VI[level.level]} ${formatVi(level.dueAt)}: tất cả ${expected} đơn vị đã nộp đúng hạn`,
          body: mine.length ? `Đợt "${level.campaign.name}". Các đơn vị chậm nộp, trễ nhiều nhất trước:\n${lines.join('\n')}` : `Đợt "${level.campaign.name}".`,
          dedupeKey: `DIGEST:${level.id}:${monitor.id}`,
        });
      }
    }
    summary.notices += await this.notifications.send(em, notices, now);
  }

  /** Reports of a level that are overdue now or were first sent late, most days late first. */
  private async lateReports(em: EntityManager, campaign: Campaign, level: CampaignLevel, now: Date) {
    const reports = await this.loadReports(em, 'r.campaign_id = ? and r.level = ? and ((r.first_submitted_at is null and r.due_at <= ?) or r.timeliness = ?)', [
      campaign.id,
      level.level,
      sqlTime(em, now),
      Timeliness.LATE,
    ]);
    const days = memo(daysLate);
    return reports
      .map((report) => ({ report, days: days(report.dueAt, report.firstSubmittedAt ?? now) }))
      .sort((a, b) => b.days - a.days || (a.report.unitCode < b.report.unitCode ? -1 : a.report.unitCode > b.report.unitCode ? 1 : 0));
  }

  /** Reports matching a condition on `report r`, with their unit, campaign and parent, as plain rows. */
  private async loadReports(em: EntityManager, where: string, params: unknown[]): Promise<DueReport[]> {
    const rows: Record<string, unknown>[] = await em.execute(
      `select r.id, r.unit_id, r.unit_code, r.unit_path, r.campaign_id, r.status, r.timeliness, r.due_at, r.next_reminder_at,
              r.first_submitted_at, u.name as unit_name, p.id as parent_id, p.unit_id as parent_unit_id, pu.name as parent_unit_name
         from report r
         join administrative_unit u on u.id = r.unit_id
         left join report p on p.id = r.parent_id
         left join administrative_unit pu on pu.id = p.unit_id
        where ${where}`,
      params,
    );
    if (rows.length === 0) return [];
    const campaigns = await em.find(Campaign, { id: { $in: [...new Set(rows.map((row) => Number(row.campaign_id)))] } });
    const campaignById = new Map(campaigns.map((c) => [c.id, c]));
    return rows.map((row) => ({
      id: Number(row.id),
      unitId: Number(row.unit_id),
      unitCode: String(row.unit_code),
      unitName: String(row.unit_name),
      unitPath: String(row.unit_path),
      campaign: campaignById.get(Number(row.campaign_id))!,
      status: row.status as ReportStatus,
      timeliness: row.timeliness as Timeliness,
      dueAt: instant(row.due_at)!,
      nextReminderAt: instant(row.next_reminder_at),
      firstSubmittedAt: instant(row.first_submitted_at),
      parent: row.parent_id == null ? null : { id: Number(row.parent_id), unitId: Number(row.parent_unit_id), unitName: String(row.parent_unit_name) },
    }));
  }

  /**
   * Accounts of the given units holding one of the roles, by unit id, oldest first: the selection of
   * `NotificationService.usersOfUnits`, read as plain rows (id and role are all a notice needs).
   */
  private async accounts(em: EntityManager, unitIds: number[], roles: Role[]): Promise<Map<number, Pick<User, 'id' | 'role'>[]>> {
    const out = new Map<number, Pick<User, 'id' | 'role'>[]>();
    const ids = [...new Set(unitIds)];
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const rows: { id: number; role: Role; unit_id: number }[] = await em.execute(
        `select id, role, unit_id from app_user where unit_id in (${chunk.map(() => '?').join(',')}) and role in (${roles.map(() => '?').join(',')}) order by id`,
        [...chunk, ...roles],
      );
      for (const row of rows) {
        const list = out.get(Number(row.unit_id)) ?? [];
        list.push({ id: Number(row.id), role: row.role });
        out.set(Number(row.unit_id), list);
      }
    }
    return out;
  }

  /** Reporters of each unit (its approvers where it has no reporter account). */
  private async editors(em: EntityManager, unitIds: number[]): Promise<Map<number, Pick<User, 'id' | 'role'>[]>> {
    const users = await this.accounts(em, unitIds, [Role.REPORTER, Role.APPROVER]);
    for (const [unitId, list] of users) users.set(unitId, unitEditors(list));
    return users;
  }

  /**
   * Moves a group of reports from one timeliness to another in one statement, only where it is still the
   * state this pass read; returns the ids that moved.
   */
  private async conditionalUpdate(em: EntityManager, reports: { id: number }[], from: Timeliness, to: Timeliness, nextReminderAt: Date | null): Promise<Set<number>> {
    const moved = new Set<number>();
    for (let i = 0; i < reports.length; i += 500) {
      const ids = reports.slice(i, i + 500).map((r) => r.id);
      const rows: { id: number }[] = await em.execute(
        `update report set timeliness = ?, next_reminder_at = ? where timeliness = ? and first_submitted_at is null and id in (${ids.map(() => '?').join(',')}) returning id`,
        [to, nextReminderAt ? sqlTime(em, nextReminderAt) : null, from, ...ids],
      );
      for (const row of rows) moved.add(Number(row.id));
    }
    return moved; // the rows keep the state read, which the notices below describe
  }
}
