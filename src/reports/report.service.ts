import { FilterQuery } from '@mikro-orm/core';
import { isStoredId } from '../common/ids';
import { EntityManager } from '@mikro-orm/knex';
import { Actor, canRead, readScope, underAny } from '../auth/actor';
import { Clock } from '../common/clock';
import {
  AppError,
  badInput,
  conflict,
  deadlinePassed,
  forbidden,
  invalidTransition,
  notFound,
  STALE_VERSION_MESSAGE,
  validationFailed,
} from '../common/errors';
import { Cursor, decodeCursor, pageSize, toConnection } from '../common/pagination';
import { inTransaction } from '../common/transaction';
import { ChildCounts, Loaders, noChildren, targetsKeyOf } from '../loaders';
import {
  decide,
  allowedEvents,
  roleRequirement,
  Timeliness,
  UserEventType,
  ReportEffect,
  ReportGuard,
  ReportStatus,
  ReportWorkflowEvent,
} from '../../workflows/report.machine';
import { Report, ReportAction } from './report.entity';
import { CellWrites, claimNextVersion, claimWritesAlone, ClaimWrites, lockParentForRollUp } from './report.version';
import { IdempotencyRecord } from './idempotency.entity';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { completenessText, factsFor, isConsolidating, ReportView, sourceOf, stateOf, validate } from './report.view';
import { NotificationService, unitEditors } from '../notifications/notification.service';
import { NotificationKind } from '../notifications/notification.entity';
import { AdministrativeUnit } from '../units/unit.entity';
import { Campaign } from '../campaigns/campaign.entity';
import { CampaignFacts, CampaignFactsCache } from '../campaigns/campaign.facts';
import { Role } from '../auth/user.entity';
import { formatVi, localDay } from '../deadlines/deadline-rules';
import { ConsolidationService } from '../consolidation/consolidation.service';
import { appliesTo, isTextCell } from '../templates/template.engine';
import { isRealDay } from '../common/text';

export interface ValueInput {
  code: string;
  value?: number | null;
  text?: string | null;
}

export interface ReportFilter {
  campaignId: number;
  unitCode?: string | null;
  status?: ReportStatus | null;
  first?: number | null;
  after?: string | null;
}

const MAX_TEXT_LENGTH = 20000;
const MAX_COUNT = 1e12;
/** At most this many problems of one save are spelled out; the rest are counted. */
const PROBLEMS_SHOWN = 100;

/**
 * A note, comment or reason goes into the history and, for a return, into every notice and e-mail sent about
 * it: as long as a narrative value at most, so that 100.000 characters are refused instead of copied around.
 */
function checkRemark(text: string | null | undefined, what: string): void {
  if (text != null && text.length > MAX_TEXT_LENGTH) throw badInput(`${what} dài quá ${MAX_TEXT_LENGTH} ký tự.`);
}

/** A code as quoted back in a message: a code is short, so whatever is longer was not meant as one. */
function quoted(code: string): string {
  return code.length > 64 ? `${code.slice(0, 64)}…` : code;
}

const ACTION_OF_EVENT: Record<UserEventType, ReportAction> = {
  SAVE: ReportAction.SAVE,
  SUBMIT: ReportAction.SUBMIT,
  APPROVE: ReportAction.APPROVE,
  RETURN: ReportAction.RETURN,
  UNAPPROVE: ReportAction.UNAPPROVE,
};

const STATUS_VI: Record<ReportStatus, string> = {
  DRAFT: 'đang soạn',
  SUBMITTED: 'đã nộp, chờ duyệt',
  RETURNED: 'bị trả lại',
  APPROVED: 'đã được duyệt',
  FINALIZED: 'đã hoàn tất',
};

const EVENT_VI: Record<UserEventType, string> = {
  SAVE: 'sửa số liệu',
  SUBMIT: 'nộp',
  APPROVE: 'duyệt',
  RETURN: 'trả lại',
  UNAPPROVE: 'hủy duyệt',
};

/** Why a workflow event was refused, in words for the official; the one place guards become error codes. */
function refusal(guard: ReportGuard, event: ReportWorkflowEvent, view: ReportView): AppError {
  switch (guard) {
    case 'isEditor':
      return forbidden('Chỉ cán bộ nhập liệu hoặc lãnh đạo của chính đơn vị mới được nhập và nộp báo cáo này.');
    case 'isReviewer':
      return forbidden('Chỉ lãnh đạo duyệt của đơn vị cấp trên mới được duyệt, trả lại hoặc hủy duyệt báo cáo này.');
    case 'hasNoErrors': {
      const { errors } = validate(view);
      return validationFailed(`Báo cáo còn ${errors.length} lỗi, chưa thể nộp: ${errors.map((e) => e.message).join(' ')}`, {
        errors: errors.map((e) => ({ rule: e.rule, message: e.message })),
      });
    }
    case 'warningsExplained': {
      const { warnings } = validate(view);
      return validationFailed(
        `Báo cáo có ${warnings.length} cảnh báo; cần ghi chú giải trình (note) khi nộp: ${warnings.map((w) => w.message).join(' ')}`,
        { warnings: warnings.map((w) => ({ rule: w.rule, message: w.message })) },
      );
    }
    case 'childrenComplete':
      return validationFailed(
        `Mới có ${completenessText(view.counts)} báo cáo cấp dưới được duyệt. Hãy duyệt đủ, hoặc nộp với allowIncomplete kèm ghi chú lý do.`,
        { completeness: completenessText(view.counts) },
      );
    case 'hasReason':
      return badInput(event.type === 'RETURN' ? 'Cần nêu lý do trả lại báo cáo.' : 'Cần nêu lý do hủy duyệt.');
    case 'parentOpen':
      return invalidTransition(
        `Báo cáo tổng hợp của ${view.parent?.unitCode ?? 'cấp trên'} đã được gửi lên nên việc duyệt báo cáo này đã khóa. ` +
          'Nếu cần cập nhật, đề nghị cấp trên nữa trả lại báo cáo tổng hợp đó.',
      );
    case 'submissionOpen':
      return deadlinePassed(
        `Đợt báo cáo này không nhận báo cáo nộp sau hạn (hạn ${formatVi(view.report.dueAt)}, ân hạn ${view.campaign.graceHours} giờ). Hãy đề nghị gia hạn với cấp trên.`,
      );
    case 'isTopOfChain':
    case 'deadlinePassed':
    case 'deadlineAhead':
      return invalidTransition('Thao tác không áp dụng cho báo cáo này.');
  }
}

/**
 * The view a mutation leaves behind, as its transaction committed it, keyed by the report object the mutation
 * returns. The fields of the mutation's answer (allowedActions, validation, values, completeness) read it instead
 * of loading the campaign, the values, the counts, the parent and last year's figures again: that is the stored
 * state, already in memory. Entries go with the report object, at the end of the request.
 */
const settledViews = new WeakMap<Report, ReportView>();

/**
 * Checks a step's own changes and plans them before the transition: the history details they add and the cells to
 * write. They are written with the version claim, so a stale request writes nothing and concurrent ones queue on
 * the report's row instead of locking cells in different orders.
 */
type StepPlan = (view: ReportView, loaders: Loaders) => Promise<{ details: Record<string, unknown>; cells?: CellWrites }>;

/** The idempotency key a submission or approval came with, and for which operation. */
type IdempotencyUse = { key: string; operation: string } | null;

export class ReportService {
  constructor(
    private readonly notifications: NotificationService,
    private readonly consolidation: ConsolidationService,
    /** The hub's campaigns already read (plain facts, kept across requests). */
    readonly facts: CampaignFactsCache = new CampaignFactsCache(),
  ) {}

  /** The report if the actor may read it; otherwise NOT_FOUND, so ids out of scope reveal nothing. */
  async getVisible(loaders: Loaders, actor: Actor, id: number): Promise<Report> {
    const report = isStoredId(id) ? await loaders.report.load(id) : null;
    if (!report || !canRead(actor, report.unitPath)) throw notFound(`Không tìm thấy báo cáo số ${id}.`);
    return report;
  }

  /** getVisible for a workflow step: the report and its parent in one read. */
  private async getVisibleWithParent(loaders: Loaders, actor: Actor, id: number): Promise<Report> {
    const report = isStoredId(id) ? await loaders.reportWithParent(id) : null;
    if (!report || !canRead(actor, report.unitPath)) throw notFound(`Không tìm thấy báo cáo số ${id}.`);
    return report;
  }

  async view(loaders: Loaders, report: Report): Promise<ReportView> {
    const settled = settledViews.get(report);
    if (settled) return settled;
    const campaign = (await loaders.campaignFacts.load(report.campaign.id))!;
    const template = campaign.template.compiled;
    // Everything at once: the reports of one answer then ask each loader in the same tick, so each kind is one
    // batch, whichever of the other reads come back first.
    const [stored, counts, parent, targets, previous] = await Promise.all([
      loaders.values.load(report.id),
      this.countsBelow(loaders, report, campaign),
      report.parent ? loaders.report.load(report.parent.id) : Promise.resolve(null),
      template.hasAssigned ? loaders.targets.load(targetsKeyOf(campaign, report.unit.id)) : Promise.resolve(null),
      template.readsPreviousYear ? loaders.previousYear.load(report.id) : Promise.resolve(null),
    ]);
    const values = new Map(stored);
    for (const [code, value] of targets ?? []) values.set(code, { num: value, text: null });
    if (previous?.comparable) for (const [code, value] of previous.values) values.set(`prev:${code}`, value);
    return {
      report,
      campaign: campaign!,
      template,
      values: template.withDerived(values),
      counts,
      parent,
      reviewerUnitId: parent ? parent.unit.id : report.unit.id,
    };
  }

  /** The report's unit: the one its workflow step read, in a mutation's answer; otherwise batched. */
  unitOf(loaders: Loaders, report: Report): Promise<AdministrativeUnit | null> {
    const settled = settledViews.get(report)?.unit;
    return settled ? Promise.resolve(settled) : loaders.unit.load(report.unit.id);
  }

  async allowedActions(loaders: Loaders, actor: Actor, report: Report, now: Date): Promise<UserEventType[]> {
    const view = await this.view(loaders, report);
    return allowedEvents(stateOf(report), factsFor(actor, view, now));
  }

  /**
   * A report's figures as they are shown (stored, assigned targets, derived) and whether it consolidates: the part
   * of `view` that displaying values needs. The parent and last year's figures are left out, since only the
   * checks read them, so a page of reports asking for its values does not look up last year's round for each.
   */
  async shown(loaders: Loaders, report: Report): Promise<Pick<ReportView, 'template' | 'values' | 'counts'>> {
    const settled = settledViews.get(report);
    if (settled) return settled;
    const campaign = (await loaders.campaignFacts.load(report.campaign.id))!;
    const template = campaign.template.compiled;
    const [stored, counts, targets] = await Promise.all([
      loaders.values.load(report.id),
      this.countsBelow(loaders, report, campaign),
      template.hasAssigned ? loaders.targets.load(targetsKeyOf(campaign, report.unit.id)) : Promise.resolve(null),
    ]);
    const values = new Map(stored);
    for (const [code, value] of targets ?? []) values.set(code, { num: value, text: null });
    return { template, values: template.withDerived(values), counts };
  }

  /** Children per status; a report of the chain's first level has none, which needs no statement to know. */
  private countsBelow(loaders: Loaders, report: Report, campaign: CampaignFacts | null): Promise<ChildCounts> {
    return campaign && report.level === campaign.lowestLevel ? Promise.resolve(noChildren()) : loaders.childCounts.load(report.id);
  }

  /** A report's children per status (from the view its mutation left, when it comes from one). */
  childCounts(loaders: Loaders, report: Report): Promise<ReportView['counts']> {
    const settled = settledViews.get(report);
    return settled ? Promise.resolve(settled.counts) : loaders.childCounts.load(report.id);
  }

  async list(em: EntityManager, actor: Actor, filter: ReportFilter, loaders: Loaders) {
    const limit = pageSize(filter.first);
    const after = decodeCursor(filter.after);
    const where: FilterQuery<Report>[] = [{ campaign: filter.campaignId }];
    const scope = readScope(actor);
    if (scope) where.push(underAny(scope));
    if (filter.unitCode) {
      const anchor = await em.findOne(Report, { campaign: filter.campaignId, unitCode: filter.unitCode });
      if (!anchor || !canRead(actor, anchor.unitPath)) {
        throw notFound(`Đơn vị "${filter.unitCode}" không có báo cáo trong đợt này hoặc ngoài phạm vi của bạn.`);
      }
      where.push({ unitPath: { $like: `${anchor.unitPath}%` } });
    }
    if (filter.status) where.push({ status: filter.status });
    const page = after
      ? [...where, { $or: [{ unitCode: { $gt: after.key } }, { unitCode: after.key, id: { $gt: after.id } }] }]
      : where;
    const [rows, total] = await Promise.all([
      em.find(Report, { $and: page }, { orderBy: { unitCode: 'asc', id: 'asc' }, limit: limit + 1 }),
      em.count(Report, { $and: where }),
    ]);
    for (const r of rows) loaders.report.prime(r.id, r);
    return toConnection(rows, limit, total, (r): Cursor => ({ key: r.unitCode, id: r.id }));
  }

  saveValues(em: EntityManager, clock: Clock, actor: Actor, id: number, values: ValueInput[], expectedVersion: number) {
    return this.act(em, clock, actor, id, { type: 'SAVE' }, expectedVersion, async (view, loaders) => {
      const { changed, cells } = await this.planValues(view, values, loaders);
      return { details: { changedCodes: changed }, cells };
    });
  }

  submit(
    em: EntityManager,
    clock: Clock,
    actor: Actor,
    id: number,
    expectedVersion: number,
    note: string | null,
    allowIncomplete: boolean,
    idempotencyKey: string | null = null,
  ) {
    checkRemark(note, 'Ghi chú khi nộp');
    return this.once(em, clock, actor, id, 'SUBMIT', idempotencyKey, (key) =>
      this.act(em, clock, actor, id, { type: 'SUBMIT', note, allowIncomplete }, expectedVersion, undefined, key),
    );
  }

  approve(em: EntityManager, clock: Clock, actor: Actor, id: number, comment: string | null, expectedVersion: number, idempotencyKey: string | null = null) {
    checkRemark(comment, 'Ý kiến khi duyệt');
    return this.once(em, clock, actor, id, 'APPROVE', idempotencyKey, (key) =>
      this.act(em, clock, actor, id, { type: 'APPROVE', comment }, expectedVersion, undefined, key),
    );
  }

  /**
   * Runs a submission or approval at most once per (user, key). A key already used for this action on this
   * report answers with the report as it now is; used for anything else, CONFLICT. When two copies of one request
   * race, the loser's refusal (stale version, or the key's unique index) is turned into the same replay.
   */
  private async once(
    em: EntityManager,
    clock: Clock,
    actor: Actor,
    id: number,
    operation: 'SUBMIT' | 'APPROVE',
    rawKey: string | null,
    run: (key: IdempotencyUse) => Promise<Report>,
  ): Promise<Report> {
    if (rawKey == null) return run(null);
    const key = rawKey.trim();
    if (!/^[A-Za-z0-9._:-]{8,100}$/.test(key)) {
      throw badInput('Khóa chống gửi trùng (idempotencyKey) gồm 8–100 ký tự chữ, số, dấu chấm, gạch ngang, gạch dưới hoặc hai chấm; nên dùng một UUID mới cho mỗi thao tác.');
    }
    const replay = async (): Promise<Report | null> => {
      const fresh = em.fork();
      const seen = await fresh.findOne(IdempotencyRecord, { userId: actor.userId, key });
      if (!seen) return null;
      if (seen.operation !== operation || seen.reportId !== id) {
        throw conflict(`Khóa chống gửi trùng "${key}" đã được dùng cho một thao tác khác (${seen.operation} báo cáo số ${seen.reportId}); mỗi thao tác cần một khóa mới.`);
      }
      return this.getVisible(new Loaders(fresh, localDay(clock.now()), this.facts), actor, id);
    };
    const earlier = await replay();
    if (earlier) return earlier;
    try {
      return await run({ key, operation });
    } catch (error) {
      const again = error instanceof UniqueConstraintViolationException || (error instanceof AppError && error.code === 'CONFLICT') ? await replay() : null;
      if (again) return again;
      throw error;
    }
  }

  returnReport(em: EntityManager, clock: Clock, actor: Actor, id: number, reason: string, expectedVersion: number) {
    checkRemark(reason, 'Lý do trả lại');
    return this.act(em, clock, actor, id, { type: 'RETURN', reason }, expectedVersion);
  }

  unapprove(em: EntityManager, clock: Clock, actor: Actor, id: number, reason: string, expectedVersion: number) {
    checkRemark(reason, 'Lý do hủy duyệt');
    return this.act(em, clock, actor, id, { type: 'UNAPPROVE', reason }, expectedVersion);
  }

  /**
   * One workflow step, all or nothing: load, check the version, ask the machine, carry out its effects, append
   * the history entry. Any refusal leaves nothing stored.
   *
   * The step reads before its transaction begins. At READ COMMITTED (PostgreSQL's default, which the hub keeps)
   * each statement inside a transaction sees what it would see outside, as does every statement on SQLite's one
   * connection, so nothing is lost: the version claim still refuses a report changed since it was read, and a
   * roll-up still locks (PostgreSQL) and re-reads the parent first. Only the writes need a transaction. A step
   * that writes nothing but its claim (a submission, a save: no roll-up, notice or idempotency key) makes its writes
   * a transaction of their own (`claimWritesAlone`): one statement on PostgreSQL (with two round trips, BEGIN and
   * COMMIT, fewer), one synchronous batch on SQLite (no knex transaction built for it).
   */
  private async act(
    em: EntityManager,
    clock: Clock,
    actor: Actor,
    id: number,
    event: ReportWorkflowEvent & { type: UserEventType },
    expectedVersion: number,
    plan?: StepPlan,
    idempotency: IdempotencyUse = null,
  ): Promise<Report> {
    const now = clock.now();
    const loaders = new Loaders(em, localDay(now), this.facts, actor.campaignsSeen ?? null);
    const report = await this.getVisibleWithParent(loaders, actor, id);
    const view = await this.view(loaders, report);
    const facts = factsFor(actor, view, now);
    // Who may act at all comes first: a stranger to this report hears FORBIDDEN, whatever its state or version.
    const role = roleRequirement(event.type, facts);
    if (!role.holds) throw refusal(role.guard, event, view);
    if (report.version !== expectedVersion) {
      throw conflict(STALE_VERSION_MESSAGE, { currentVersion: report.version });
    }
    const from = report.status;
    const decision = decide(stateOf(report), facts, event);
    if (!decision.allowed) {
      if (decision.reason === 'NOT_IN_THIS_STATE') {
        throw invalidTransition(`Báo cáo đang ở trạng thái "${STATUS_VI[from]}", không thể ${EVENT_VI[event.type]}.`, { status: from });
      }
      throw refusal(decision.failedGuard, event, view);
    }
    const prepared = plan ? await plan(view, loaders) : null;
    const details: Record<string, unknown> = prepared?.details ?? {};
    if (event.type === 'SAVE' && Array.isArray(details.changedCodes) && details.changedCodes.length === 0) {
      return report; // nothing changed: no new version, no history entry
    }
    let reason: string | null = null;
    for (const effect of decision.effects) {
      this.applyEffect(effect, report, event, now, details);
    }
    if (event.type === 'SUBMIT') {
      if (view.counts.expected > 0) details.completeness = completenessText(view.counts);
      reason = event.note?.trim() || null;
    }
    if (event.type === 'RETURN' || event.type === 'UNAPPROVE') reason = event.reason!.trim();
    if (event.type === 'APPROVE') reason = event.comment?.trim() || null;
    report.status = decision.to.status;
    report.timeliness = decision.to.timeliness;
    if (decision.to.timeliness !== Timeliness.UPCOMING && decision.to.timeliness !== Timeliness.DUE_SOON) {
      report.nextReminderAt = null; // sent (or overdue): no more reminders
    }
    // The version is claimed, the report's new state written, the history entry appended and the cells stored
    // together (one statement on PostgreSQL, where the form is not too large for one; one batch on SQLite).
    const writes: ClaimWrites = {
      history: {
        at: now,
        actorId: actor.userId,
        actorName: actor.name,
        action: ACTION_OF_EVENT[event.type],
        fromStatus: from,
        toStatus: decision.to.status,
        reason,
        details: Object.keys(details).length ? details : null,
      },
      cells: prepared?.cells,
    };
    const parent = decision.effects.includes('consolidateParent') ? view.parent : null;
    const notifies = decision.effects.includes('notifyReturn');
    if (!parent && !notifies && !idempotency && claimWritesAlone(em, writes)) {
      await claimNextVersion(em, report, now, writes);
    } else {
      await inTransaction(em, async (tem) => {
        if (parent) await lockParentForRollUp(tem, parent);
        await claimNextVersion(tem, report, now, writes);
        if (idempotency) {
          tem.create(IdempotencyRecord, { userId: actor.userId, key: idempotency.key, operation: idempotency.operation, reportId: report.id, resultVersion: report.version, createdAt: now });
        }
        await tem.flush();
        if (notifies) await this.notifyReturn(tem, report, reason ?? '', actor, now);
        if (parent) {
          await this.consolidation.consolidateParent(tem, parent, view.template);
          // The parent's figures changed: its version moves, and its history says why.
          await claimNextVersion(tem, parent, now, {
            history: {
              at: now,
              actorId: actor.userId,
              actorName: actor.name,
              action: ReportAction.CONSOLIDATE,
              fromStatus: parent.status,
              toStatus: parent.status,
              reason: null,
              details: { childUnitCode: report.unitCode, childStatus: decision.to.status },
            },
          });
        }
      });
    }
    // Everything this view reads is cached in `loaders` and was updated in place (the report, its parent's
    // version, the stored values), so it is built without a statement; it is kept once the writes are committed.
    settledViews.set(report, { ...(await this.view(loaders, report)), unit: (await loaders.unit.load(report.unit.id)) ?? undefined });
    return report;
  }

  private applyEffect(effect: ReportEffect, report: Report, event: ReportWorkflowEvent, now: Date, details: Record<string, unknown>) {
    switch (effect) {
      case 'stampSubmission':
        report.firstSubmittedAt ??= now;
        report.submittedAt = now;
        report.submitNote = event.type === 'SUBMIT' ? (event.note?.trim() || null) : null;
        details.late = now.getTime() >= report.dueAt.getTime();
        break;
      case 'stampApproval':
        report.approvedAt = now;
        break;
      case 'clearApproval':
        report.approvedAt = null;
        break;
      case 'storeValues':
      case 'consolidateParent':
      case 'notifyReturn':
        break; // done around the transition: values before it, consolidation and notices after it is stored
      default:
        break; // the scheduler's effects never come from a person's event
    }
  }

  /** A returned report tells its unit's reporters why, at once. */
  private async notifyReturn(em: EntityManager, report: Report, reason: string, actor: Actor, now: Date): Promise<void> {
    const unit = await em.findOneOrFail(AdministrativeUnit, report.unit.id);
    const editors = unitEditors((await this.notifications.usersOfUnits(em, [unit.id], [Role.REPORTER, Role.APPROVER])).get(unit.id) ?? []);
    const campaign = await em.findOneOrFail(Campaign, report.campaign.id);
    await this.notifications.send(
      em,
      editors.map((user) => ({
        userId: user.id,
        kind: NotificationKind.RETURNED,
        reportId: report.id,
        campaignId: campaign.id,
        title: `Báo cáo của ${unit.name} bị trả lại`,
        body: `${actor.name} đã trả lại báo cáo "${campaign.name}" của ${unit.name} lúc ${formatVi(now)}. Lý do: ${reason} Hạn nộp: ${formatVi(report.dueAt)}.`,
        dedupeKey: `RETURNED:${report.id}:${report.version}:${user.id}`,
      })),
      now,
    );
  }

  /**
   * Checks entered values and works out what changes: the codes that changed, and the cells to write (written by
   * the caller with the report's version claim). The view's values are updated in place.
   */
  private async planValues(view: ReportView, inputs: ValueInput[], loaders: Loaders): Promise<{ changed: string[]; cells: CellWrites }> {
    if (inputs.length === 0) throw badInput('Chưa có số liệu nào để lưu.');
    // Each cell may be sent once, so more values than the form has cells is refused before any is read: 10.000
    // values used to come back as 10.000 problems, twice (message and extensions).
    if (inputs.length > view.template.cells.length) {
      throw badInput(`Biểu mẫu chỉ có ${view.template.cells.length} ô số liệu nhưng lần lưu này gửi ${inputs.length} giá trị.`);
    }
    const consolidating = isConsolidating(view);
    const seen = new Set<string>();
    const problems: string[] = [];
    for (const input of inputs) {
      const ind = view.template.byCode.get(input.code);
      if (!ind) {
        problems.push(`Mã chỉ tiêu "${quoted(input.code)}" không có trong biểu mẫu.`);
        continue;
      }
      const label = ind.columnLabel ? `"${ind.label}" (${ind.code}, cột ${ind.columnLabel})` : `"${ind.label}" (${ind.code})`;
      if (seen.has(input.code)) problems.push(`Chỉ tiêu ${input.code} được gửi hai lần.`);
      seen.add(input.code);
      const source = sourceOf(ind, consolidating);
      if (!appliesTo(ind, view.report.level)) problems.push(`${label} không thuộc báo cáo của cấp này.`);
      else if (source === 'DERIVED') problems.push(`${label} được tính tự động, không nhập.`);
      else if (source === 'CONSOLIDATED') problems.push(`${label} được tổng hợp từ báo cáo cấp dưới đã duyệt, không nhập.`);
      else if (source === 'ASSIGNED') problems.push(`${label} do cấp trên giao (assignTargets), không nhập tại đây.`);
      else if (isTextCell(ind)) {
        if (input.value != null) problems.push(`${label} là ${ind.valueType === 'DATE' ? 'ngày (YYYY-MM-DD)' : 'nội dung văn bản'}; dùng trường text.`);
        if (input.text != null && input.text.length > MAX_TEXT_LENGTH) problems.push(`${label} dài quá ${MAX_TEXT_LENGTH} ký tự.`);
        if (ind.valueType === 'DATE' && input.text != null && input.text.trim() !== '' && !isRealDay(input.text.trim())) {
          problems.push(`${label} là ngày, cần ghi dạng YYYY-MM-DD (ví dụ 2019-04-19).`);
        }
      } else {
        if (input.text != null) problems.push(`${label} là số liệu; dùng trường value.`);
        const v = input.value;
        if (v != null) {
          if (!Number.isFinite(v) || v < 0) problems.push(`${label} phải là số không âm.`);
          else if (ind.valueType === 'YES_NO' && v !== 0 && v !== 1) problems.push(`${label} là câu hỏi có/không: ghi 1 (có) hoặc 0 (không).`);
          else if (ind.valueType === 'INTEGER' && (!Number.isInteger(v) || v > MAX_COUNT)) problems.push(`${label} phải là số nguyên (${ind.unit}).`);
          else if (ind.valueType === 'PERCENT' && v > 100) problems.push(`${label} là tỷ lệ phần trăm, không vượt quá 100.`);
          else if (v > MAX_COUNT) problems.push(`${label} quá lớn.`);
        }
      }
    }
    if (problems.length) {
      const shown = problems.slice(0, PROBLEMS_SHOWN);
      const more = problems.length > shown.length ? ` Và ${problems.length - shown.length} lỗi khác.` : '';
      throw badInput(shown.join(' ') + more, { problems: shown });
    }

    // The values the view was built from (cached by the step's loaders), kept current for the view built after
    // the save. Only changed cells are written (with the version claim).
    const stored = await loaders.values.load(view.report.id);
    const changed: string[] = [];
    const cells: CellWrites = { upserts: [], cleared: [] };
    for (const input of inputs) {
      const num = input.value ?? null;
      const cell = view.template.byCode.get(input.code)!;
      const text = input.text != null && input.text.trim() !== '' ? (cell.valueType === 'DATE' ? input.text.trim() : input.text) : null;
      const before = view.values.get(input.code);
      if ((before?.num ?? null) === num && (before?.text ?? null) === text) continue;
      changed.push(input.code);
      if (num == null && text == null) cells.cleared.push(input.code);
      else cells.upserts.push({ code: input.code, num, text });
      view.values.set(input.code, { num, text });
      if (num == null && text == null) stored.delete(input.code);
      else stored.set(input.code, { num, text, total: null });
    }
    return { changed, cells };
  }
}
