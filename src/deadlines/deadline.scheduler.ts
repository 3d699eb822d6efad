import { EntityManager } from '@mikro-orm/knex';
import { Role, User } from '../auth/user.entity';
import { inTransaction } from '../common/transaction';
import { Campaign, CampaignLevel } from '../campaigns/campaign.entity';
import { sqlTime } from '../db/orm';
import { NewNotice, NotificationService } from '../notifications/notification.service';
import { NotificationKind } from '../notifications/notification.entity';
import { Report, ReportAction, ReportEvent } from '../reports/report.entity';
import { AdministrativeUnit, LEVEL_LABEL_VI } from '../units/unit.entity';
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

function group<K, V>(items: V[], key: (v: V) => K): Map<K, V[]> {
  const out = new Map<K, V[]>();
  for (const item of items) {
    const k = key(item);
    out.set(k, [...(out.get(k) ?? []), item]);
  }
  return out;
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
      await this.remind(tem, now, summary);
      await this.markOverdue(tem, now, summary);
      await this.sendDigests(tem, now, summary);
      return summary;
    });
  }

  /** Reports whose reminder time has come and that are still not sent. */
  private async remind(em: EntityManager, now: Date, summary: PassSummary): Promise<void> {
    const due = await em.find(
      Report,
      {
        nextReminderAt: { $lte: now },
        dueAt: { $gt: now },
        status: { $in: [ReportStatus.DRAFT, ReportStatus.RETURNED] },
        timeliness: { $in: [Timeliness.UPCOMING, Timeliness.DUE_SOON] },
      },
      { populate: ['unit', 'campaign'] },
    );
    if (due.length === 0) return;
    const changed: Report[] = [];
    // One decision and one UPDATE per (timeliness, next reminder) group: reports of one level share both.
    for (const [, reports] of group(due, (r) => `${r.timeliness}|${nextReminderAfter(r.dueAt, r.campaign.reminderDays, now)?.getTime() ?? ''}`)) {
      const sample = reports[0];
      const decision = decide({ status: sample.status, timeliness: sample.timeliness }, systemFacts(now, sample.dueAt), { type: 'REMIND' });
      if (!decision.allowed) continue;
      const next = nextReminderAfter(sample.dueAt, sample.campaign.reminderDays, now);
      const ids = await this.conditionalUpdate(em, reports, sample.timeliness, decision.to.timeliness, next);
      changed.push(...reports.filter((r) => ids.has(r.id)));
    }
    summary.reminded += changed.length;
    const recipients = await this.editors(em, changed.map((r) => r.unit.id));
    const notices: NewNotice[] = [];
    for (const report of changed) {
      const daysLeft = Math.max(1, Math.ceil((report.dueAt.getTime() - now.getTime()) / DAY_MS));
      for (const user of recipients.get(report.unit.id) ?? []) {
        notices.push({
          userId: user.id,
          kind: NotificationKind.REMINDER,
          reportId: report.id,
          campaignId: report.campaign.id,
          title: `Nhắc hạn: còn ${daysLeft} ngày để nộp báo cáo`,
          body: `Báo cáo "${report.campaign.name}" của ${report.unit.name} cần được nộp trước ${formatVi(report.dueAt)} (còn khoảng ${daysLeft} ngày).`,
          dedupeKey: `REMINDER:${report.id}:${report.nextReminderAt!.getTime()}:${user.id}`,
        });
      }
    }
    summary.notices += await this.notifications.send(em, notices, now);
  }

  /** Reports whose deadline has passed without a submission become OVERDUE; the unit and its reviewers hear of it. */
  private async markOverdue(em: EntityManager, now: Date, summary: PassSummary): Promise<void> {
    const due = await em.find(
      Report,
      { dueAt: { $lte: now }, firstSubmittedAt: null, timeliness: { $in: [Timeliness.UPCOMING, Timeliness.DUE_SOON] } },
      { populate: ['unit', 'campaign', 'parent'] },
    );
    if (due.length === 0) return;
    const changed: Report[] = [];
    for (const [from, reports] of group(due, (r) => r.timeliness)) {
      const decision = decide({ status: reports[0].status, timeliness: from }, systemFacts(now, reports[0].dueAt), { type: 'DEADLINE_PASSED' });
      if (!decision.allowed) continue;
      const ids = await this.conditionalUpdate(em, reports, from, decision.to.timeliness, null);
      changed.push(...reports.filter((r) => ids.has(r.id)));
    }
    summary.overdue += changed.length;
    if (changed.length === 0) return;
    await em.insertMany(
      ReportEvent,
      changed.map((r) => ({
        report: r.id,
        at: now,
        actorId: null,
        actorName: 'Hệ thống',
        action: ReportAction.DEADLINE,
        fromStatus: r.status,
        toStatus: r.status,
        reason: `Quá hạn nộp (${formatVi(r.dueAt)}) mà chưa nộp.`,
        details: { timeliness: Timeliness.OVERDUE },
      })),
    );

    const notices: NewNotice[] = [];
    const editors = await this.editors(em, changed.map((r) => r.unit.id));
    for (const report of changed) {
      for (const user of editors.get(report.unit.id) ?? []) {
        notices.push({
          userId: user.id,
          kind: NotificationKind.OVERDUE,
          reportId: report.id,
          campaignId: report.campaign.id,
          title: `Báo cáo của ${report.unit.name} đã quá hạn`,
          body: `Báo cáo "${report.campaign.name}" đã hết hạn nộp lúc ${formatVi(report.dueAt)} mà chưa được nộp. Hãy nộp ngay hoặc đề nghị gia hạn.`,
          dedupeKey: `OVERDUE:${report.id}:${report.dueAt.getTime()}:${user.id}`,
        });
      }
    }
    // One notice per approver one level up, naming all of its late children at once.
    const withParent = changed.filter((r) => r.parent);
    const parentUnits = await em.find(Report, { id: { $in: [...new Set(withParent.map((r) => r.parent!.id))] } }, { populate: ['unit'] });
    const reviewers = await this.notifications.usersOfUnits(em, parentUnits.map((p) => p.unit.id), [Role.APPROVER]);
    for (const parent of parentUnits) {
      const late = withParent.filter((r) => r.parent!.id === parent.id);
      for (const user of reviewers.get(parent.unit.id) ?? []) {
        notices.push({
          userId: user.id,
          kind: NotificationKind.CHILD_OVERDUE,
          reportId: parent.id,
          campaignId: parent.campaign.id,
          title: `${late.length} đơn vị cấp dưới của ${parent.unit.name} chưa nộp báo cáo đúng hạn`,
          body: `Đã hết hạn (${formatVi(late[0].dueAt)}) mà chưa nộp: ${late.map((r) => `${r.unit.name} (${r.unitCode})`).join('; ')}.`,
          dedupeKey: `CHILD_OVERDUE:${parent.id}:${now.getTime()}:${user.id}`,
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
      const rootPath = level.campaign.rootUnit?.path ?? '/';
      for (const monitor of monitors) {
        const path = monitor.unit?.path;
        if (!path || !(path.startsWith(rootPath) || rootPath.startsWith(path))) continue;
        const mine = late.filter((l) => l.report.unitPath.startsWith(path));
        const expected = paths.filter((p) => p.unit_path.startsWith(path)).length;
        if (expected === 0) continue;
        const lines = mine.slice(0, DIGEST_LINES).map((l) => `- ${l.unit.name} (${l.unit.code}): ${l.report.firstSubmittedAt ? 'nộp muộn' : 'chưa nộp'}, trễ ${l.days} ngày`);
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
    const reports = await em.find(
      Report,
      {
        campaign: campaign.id,
        level: level.level,
        $or: [{ firstSubmittedAt: null, dueAt: { $lte: now } }, { timeliness: Timeliness.LATE }],
      },
      { populate: ['unit'] },
    );
    return reports
      .map((report) => ({ report, unit: report.unit as AdministrativeUnit, days: daysLate(report.dueAt, report.firstSubmittedAt ?? now) }))
      .sort((a, b) => b.days - a.days || a.unit.code.localeCompare(b.unit.code));
  }

  /** Reporters of each unit (its approvers where it has no reporter account). */
  private async editors(em: EntityManager, unitIds: number[]): Promise<Map<number, User[]>> {
    const users = await this.notifications.usersOfUnits(em, [...new Set(unitIds)], [Role.REPORTER, Role.APPROVER]);
    for (const [unitId, list] of users) {
      const reporters = list.filter((u) => u.role === Role.REPORTER);
      users.set(unitId, reporters.length ? reporters : list);
    }
    return users;
  }

  /**
   * Moves a group of reports from one timeliness to another in one statement, only where it is still the
   * state this pass read; returns the ids that moved.
   */
  private async conditionalUpdate(em: EntityManager, reports: Report[], from: Timeliness, to: Timeliness, nextReminderAt: Date | null): Promise<Set<number>> {
    const moved = new Set<number>();
    for (let i = 0; i < reports.length; i += 500) {
      const ids = reports.slice(i, i + 500).map((r) => r.id);
      const rows: { id: number }[] = await em.execute(
        `update report set timeliness = ?, next_reminder_at = ? where timeliness = ? and first_submitted_at is null and id in (${ids.map(() => '?').join(',')}) returning id`,
        [to, nextReminderAt ? sqlTime(nextReminderAt) : null, from, ...ids],
      );
      for (const row of rows) moved.add(Number(row.id));
    }
    return moved; // the loaded entities keep the state read, which the notices below describe
  }
}
