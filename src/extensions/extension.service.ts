import { EntityManager } from '@mikro-orm/knex';
import { Actor, isEditorOf, isReviewerAt } from '../auth/actor';
import { Role } from '../auth/user.entity';
import { Clock } from '../common/clock';
import { badInput, conflict, forbidden, invalidTransition, notFound } from '../common/errors';
import { hasText } from '../common/text';
import { inTransaction } from '../common/transaction';
import { Campaign } from '../campaigns/campaign.entity';
import { firstReminderAt } from '../deadlines/deadline.scheduler';
import { formatVi, localDay } from '../deadlines/deadline-rules';
import { Loaders } from '../loaders';
import { NotificationKind } from '../notifications/notification.entity';
import { NotificationService } from '../notifications/notification.service';
import { Report, ReportAction, ReportEvent } from '../reports/report.entity';
import { ReportService } from '../reports/report.service';
import { factsFor, stateOf } from '../reports/report.view';
import { claimNextVersion } from '../reports/report.version';
import { AdministrativeUnit } from '../units/unit.entity';
import { decide } from '../../workflows/report.machine';
import { ExtensionRequest, ExtensionStatus } from './extension.entity';

/**
 * Extensions: the unit asks, the level above grants or denies. A granted extension moves the report's own
 * deadline (the level's stays in `originalDueAt`), reopens an overdue report through the machine's EXTEND
 * event, reschedules its reminders, and shows in its history and in the tracking figures.
 */
export class ExtensionService {
  constructor(
    private readonly reports: ReportService,
    private readonly notifications: NotificationService,
  ) {}

  request(em: EntityManager, clock: Clock, actor: Actor, reportId: number, until: Date, reason: string): Promise<ExtensionRequest> {
    return inTransaction(em, async (tem) => {
      const now = clock.now();
      const loaders = new Loaders(tem, localDay(now), this.reports.facts);
      const report = await this.reports.getVisible(loaders, actor, reportId);
      if (!isEditorOf(actor, report.unit.id)) throw forbidden('Chỉ cán bộ của chính đơn vị mới được đề nghị gia hạn báo cáo này.');
      if (report.firstSubmittedAt) throw invalidTransition('Báo cáo đã được nộp nên không cần gia hạn.');
      if (!hasText(reason)) throw badInput('Cần nêu lý do đề nghị gia hạn.');
      if (Number.isNaN(until.getTime()) || until.getTime() <= report.dueAt.getTime()) {
        throw badInput(`Hạn đề nghị phải sau hạn hiện tại (${formatVi(report.dueAt)}).`);
      }
      await this.checkBelowParent(loaders, report, until);
      if (await tem.count(ExtensionRequest, { report: report.id, status: ExtensionStatus.PENDING })) {
        throw conflict('Báo cáo này đã có một đề nghị gia hạn đang chờ cấp trên xử lý.');
      }
      const request = tem.create(ExtensionRequest, {
        report,
        requestedById: actor.userId,
        requestedByName: actor.name,
        requestedAt: now,
        until,
        reason: reason.trim(),
      });
      this.history(tem, report, actor, now, ReportAction.EXTENSION_REQUESTED, reason.trim(), { until: until.toISOString() });
      await tem.flush();
      const view = await this.reports.view(loaders, report);
      const unit = await tem.findOneOrFail(AdministrativeUnit, report.unit.id);
      const reviewers = (await this.notifications.usersOfUnits(tem, [view.reviewerUnitId!], [Role.APPROVER])).get(view.reviewerUnitId!) ?? [];
      await this.notifications.send(
        tem,
        reviewers.map((user) => ({
          userId: user.id,
          kind: NotificationKind.EXTENSION_REQUESTED,
          reportId: report.id,
          campaignId: report.campaign.id,
          title: `${unit.name} đề nghị gia hạn nộp báo cáo`,
          body: `${actor.name} đề nghị gia hạn báo cáo "${view.campaign.name}" từ ${formatVi(report.dueAt)} đến ${formatVi(until)}. Lý do: ${reason.trim()}`,
          dedupeKey: `EXTENSION_REQUESTED:${request.id}:${user.id}`,
        })),
        now,
      );
      return request;
    });
  }

  decide(em: EntityManager, clock: Clock, actor: Actor, requestId: number, grant: boolean, note: string | null, until: Date | null): Promise<ExtensionRequest> {
    return inTransaction(em, async (tem) => {
      const now = clock.now();
      const loaders = new Loaders(tem, localDay(now), this.reports.facts);
      const request = await tem.findOne(ExtensionRequest, requestId);
      if (!request) throw notFound(`Không tìm thấy đề nghị gia hạn số ${requestId}.`);
      const report = await this.reports.getVisible(loaders, actor, request.report.id);
      const view = await this.reports.view(loaders, report);
      if (!isReviewerAt(actor, view.reviewerUnitId)) throw forbidden('Chỉ lãnh đạo duyệt của cấp trên mới được quyết định gia hạn.');
      if (request.status !== ExtensionStatus.PENDING) throw invalidTransition('Đề nghị gia hạn này đã được xử lý.');
      if (!grant && !hasText(note)) throw badInput('Cần nêu lý do từ chối gia hạn.');
      const newDue = until ?? request.until;
      if (grant) {
        if (report.firstSubmittedAt) throw invalidTransition('Báo cáo đã được nộp trong khi chờ gia hạn; không cần gia hạn nữa. Hãy từ chối đề nghị này.');
        if (Number.isNaN(newDue.getTime()) || newDue.getTime() <= Math.max(report.dueAt.getTime(), now.getTime())) {
          throw badInput(`Hạn mới phải sau hạn hiện tại (${formatVi(report.dueAt)}) và sau thời điểm hiện tại.`);
        }
        await this.checkBelowParent(loaders, report, newDue);
        const campaign = await tem.findOneOrFail(Campaign, report.campaign.id);
        report.originalDueAt ??= report.dueAt;
        report.dueAt = newDue;
        const decision = decide(stateOf(report), factsFor(actor, { ...view, report }, now), { type: 'EXTEND' });
        if (decision.allowed) report.timeliness = decision.to.timeliness;
        report.nextReminderAt = report.firstSubmittedAt ? null : firstReminderAt(newDue, campaign.reminderDays, now);
        await claimNextVersion(tem, report, now);
      }
      request.status = grant ? ExtensionStatus.GRANTED : ExtensionStatus.DENIED;
      request.decidedById = actor.userId;
      request.decidedByName = actor.name;
      request.decidedAt = now;
      request.decisionNote = hasText(note) ? note.trim() : null;
      request.grantedUntil = grant ? newDue : null;
      this.history(tem, report, actor, now, grant ? ReportAction.EXTENSION_GRANTED : ReportAction.EXTENSION_DENIED, request.decisionNote, grant ? { until: newDue.toISOString() } : {});
      await tem.flush();
      await this.notifications.send(
        tem,
        [
          {
            userId: request.requestedById,
            kind: grant ? NotificationKind.EXTENSION_GRANTED : NotificationKind.EXTENSION_DENIED,
            reportId: report.id,
            campaignId: report.campaign.id,
            title: grant ? `Đề nghị gia hạn được chấp thuận: hạn mới ${formatVi(newDue)}` : 'Đề nghị gia hạn bị từ chối',
            body: grant
              ? `${actor.name} đã gia hạn báo cáo "${view.campaign.name}" đến ${formatVi(newDue)}.${request.decisionNote ? ` Ý kiến: ${request.decisionNote}` : ''}`
              : `${actor.name} không chấp thuận gia hạn báo cáo "${view.campaign.name}"; hạn vẫn là ${formatVi(report.dueAt)}. Lý do: ${request.decisionNote}`,
            dedupeKey: `EXTENSION_DECIDED:${request.id}`,
          },
        ],
        now,
      );
      return request;
    });
  }

  listForReport(em: EntityManager, reportId: number): Promise<ExtensionRequest[]> {
    return em.find(ExtensionRequest, { report: reportId }, { orderBy: { id: 'asc' } });
  }

  /** A lower level's deadline stays before the upper level's, extension or not. */
  private async checkBelowParent(loaders: Loaders, report: Report, until: Date): Promise<void> {
    const parent = report.parent ? await loaders.report.load(report.parent.id) : null;
    if (parent && until.getTime() >= parent.dueAt.getTime()) {
      throw badInput(`Không thể gia hạn đến ${formatVi(until)}: phải trước hạn nộp của cấp trên (${formatVi(parent.dueAt)}).`);
    }
  }

  private history(em: EntityManager, report: Report, actor: Actor, now: Date, action: ReportAction, reason: string | null, details: Record<string, unknown>) {
    em.create(ReportEvent, {
      report,
      at: now,
      actorId: actor.userId,
      actorName: actor.name,
      action,
      fromStatus: report.status,
      toStatus: report.status,
      reason,
      details: Object.keys(details).length ? details : null,
    });
  }
}
