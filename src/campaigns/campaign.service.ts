import { EntityManager } from '@mikro-orm/knex';
import { isStoredId } from '../common/ids';
import { Actor, readScope } from '../auth/actor';
import { Clock } from '../common/clock';
import { badInput, notFound } from '../common/errors';
import { isRealDay, hasText } from '../common/text';
import { inTransaction } from '../common/transaction';
import { TemplateService } from '../templates/template.service';
import { AdministrativeUnit, LEVEL_LABEL_VI, LEVEL_RANK, UnitLevel } from '../units/unit.entity';
import { UnitService, validOn } from '../units/unit.service';
import { Report, ReportAction, ReportEvent } from '../reports/report.entity';
import { ReportStatus } from '../../workflows/report.machine';
import { CampaignFacts } from './campaign.facts';
import { Loaders } from '../loaders';
import { Campaign, CampaignLevel, DEFAULT_REMINDER_DAYS, LatePolicy } from './campaign.entity';
import { firstReminderAt } from '../deadlines/deadline.scheduler';
import { HolidayService } from '../deadlines/holiday.service';
import { HolidayCalendar } from '../deadlines/holidays';
import { rollForward } from '../deadlines/deadline-rules';

export interface NewCampaign {
  name: string;
  documentNumber?: string | null;
  templateCode: string;
  /** A published version; the latest published when absent. */
  templateVersion?: number | null;
  periodStart: string;
  periodEnd: string;
  rootUnitCode?: string | null;
  levels: UnitLevel[];
  deadlines: { level: UnitLevel; dueAt: Date }[];
  latePolicy?: LatePolicy | null;
  graceHours?: number | null;
  reminderDays?: number[] | null;
  rollForwardRestDays?: boolean | null;
}

/** A campaign concerns a subtree when its root is inside it or above it. */
function concerns(campaign: Campaign, scopePaths: string[] | null): boolean {
  return concernsTree(campaign.rootUnit?.path ?? '/', scopePaths);
}

function concernsTree(rootPath: string, scopePaths: string[] | null): boolean {
  return scopePaths == null || scopePaths.some((p) => p.startsWith(rootPath) || rootPath.startsWith(p));
}

/** The longest name and document number a campaign (or a schedule) stores: its columns are that wide. */
export const MAX_CAMPAIGN_NAME_LENGTH = 300;
export const MAX_DOCUMENT_NUMBER_LENGTH = 64;

/**
 * Refuses a name or document number longer than its column. SQLite stored them whole while PostgreSQL fails
 * the insert, which the caller saw as an internal error.
 */
export function checkNameLengths(name: string, documentNumber: string | null | undefined): void {
  if (name.trim().length > MAX_CAMPAIGN_NAME_LENGTH) throw badInput(`Tên đợt báo cáo dài quá ${MAX_CAMPAIGN_NAME_LENGTH} ký tự.`);
  if (hasText(documentNumber) && documentNumber.trim().length > MAX_DOCUMENT_NUMBER_LENGTH) {
    throw badInput(`Số hiệu văn bản dài quá ${MAX_DOCUMENT_NUMBER_LENGTH} ký tự.`);
  }
}

/** Reminder offsets in whole days before the deadline, largest first, without repeats. */
function reminderDays(days: number[] | null | undefined): number[] {
  if (days == null) return DEFAULT_REMINDER_DAYS;
  if (days.length > 10 || days.some((d) => !Number.isInteger(d) || d < 1 || d > 90)) {
    throw badInput('Ngày nhắc hạn phải là số nguyên từ 1 đến 90 ngày trước hạn (tối đa 10 mốc).');
  }
  return [...new Set(days)].sort((a, b) => b - a);
}


export class CampaignService {
  constructor(
    private readonly units: UnitService,
    private readonly templates: TemplateService,
    private readonly holidays: HolidayService,
  ) {}

  /**
   * Opens a reporting round: one report per unit of the chain's levels under the root, valid at the end of
   * the period, each linked to the report of its nearest ancestor in the chain, all in one transaction.
   */
  create(em: EntityManager, clock: Clock, actor: Actor, input: NewCampaign): Promise<Campaign> {
    return inTransaction(em, (tem) => this.createIn(tem, clock, actor, input));
  }

  /** The same, inside a transaction the caller already holds (a schedule opening its next round). */
  async createIn(tem: EntityManager, clock: Clock, actor: Actor, input: NewCampaign): Promise<Campaign> {
    const asked = this.checkInput(input);
    const now = clock.now();
    const levels = input.rollForwardRestDays ? this.rollForward(asked, await this.holidays.calendar(tem)) : asked;
    const template = await this.templates.holdForUse(tem, await this.templates.forCampaign(tem, input.templateCode.trim(), input.templateVersion));
    const root = hasText(input.rootUnitCode) ? await this.units.getByCode(tem, input.rootUnitCode.trim(), input.periodEnd) : null;
    const top = levels[levels.length - 1];
    if (root && root.level !== top.level) {
      throw badInput(`Đơn vị gốc ${root.name} là ${LEVEL_LABEL_VI[root.level]}, nhưng cấp cao nhất của chuỗi báo cáo là ${LEVEL_LABEL_VI[top.level]}.`);
    }
    const campaign = tem.create(Campaign, {
      name: input.name.trim(),
      documentNumber: hasText(input.documentNumber) ? input.documentNumber.trim() : null,
      template,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      rootUnit: root,
      createdBy: actor.userId,
      createdAt: now,
      latePolicy: input.latePolicy ?? LatePolicy.ALLOW_LATE,
      graceHours: input.graceHours ?? 0,
      reminderDays: reminderDays(input.reminderDays),
      rollForwardRestDays: input.rollForwardRestDays ?? false,
    });
    levels.forEach((l, rank) => tem.create(CampaignLevel, { campaign, level: l.level, rank, dueAt: l.dueAt }));

    const units = await tem.find(
      AdministrativeUnit,
      { $and: [{ path: { $like: `${root?.path ?? '/'}%` } }, { level: { $in: levels.map((l) => l.level) } }, validOn(input.periodEnd)] },
      { orderBy: { path: 'asc' } },
    );
    // A chain level without a unit on that day (districts after 30/06/2025) would silently drop out of the chain.
    for (const { level } of levels) {
      if (!units.some((u) => u.level === level)) {
        throw badInput(
          `Không có đơn vị ${LEVEL_LABEL_VI[level]} nào${root ? ` thuộc ${root.name}` : ''} có hiệu lực vào ngày ${input.periodEnd.split('-').reverse().join('/')} ` +
            `(ngày cuối kỳ báo cáo). Hãy bỏ ${LEVEL_LABEL_VI[level]} khỏi chuỗi báo cáo.`,
        );
      }
    }
    const reportByUnit = new Map<number, Report>();
    const dueByLevel = new Map(levels.map((l) => [l.level, l.dueAt]));
    // Top level first, so each report's parent exists (and has an id) before its children are inserted.
    for (const { level } of [...levels].reverse()) {
      for (const unit of units.filter((u) => u.level === level)) {
        const ancestors = unit.path.split('/').filter(Boolean).map(Number).slice(0, -1).reverse();
        const parentId = ancestors.find((a) => reportByUnit.has(a));
        // Under a root, only its tree; in a national round every unit of the top level heads a tree.
        if (parentId === undefined && (root ? unit.id !== root.id : level !== top.level)) continue;
        const report = tem.create(Report, {
          campaign,
          unit,
          unitCode: unit.code,
          unitPath: unit.path,
          level,
          parent: parentId !== undefined ? reportByUnit.get(parentId)! : null,
          status: ReportStatus.DRAFT,
          dueAt: dueByLevel.get(level)!,
          nextReminderAt: firstReminderAt(dueByLevel.get(level)!, campaign.reminderDays, now),
          createdAt: now,
          updatedAt: now,
        });
        reportByUnit.set(unit.id, report);
        tem.create(ReportEvent, {
          report,
          at: now,
          actorId: actor.userId,
          actorName: actor.name,
          action: ReportAction.CREATE,
          fromStatus: null,
          toStatus: ReportStatus.DRAFT,
          reason: null,
          details: null,
        });
      }
      await tem.flush();
    }
    return campaign;
  }

  async get(em: EntityManager, id: number): Promise<Campaign> {
    const campaign = isStoredId(id)
      ? await em.findOne(Campaign, id, { populate: ['template', 'levels', 'rootUnit'] })
      : null;
    if (!campaign) throw notFound(`Không tìm thấy đợt báo cáo số ${id}.`);
    return campaign;
  }

  /** The campaign if it concerns the actor's subtree; otherwise NOT_FOUND, like a campaign that does not exist. */
  async getVisible(em: EntityManager, actor: Actor, id: number): Promise<Campaign> {
    const campaign = await this.get(em, id);
    if (!concerns(campaign, readScope(actor))) throw notFound(`Không tìm thấy đợt báo cáo số ${id}.`);
    return campaign;
  }

  /** Like getVisible, as the plain facts the hub keeps (no statement once the campaign has been read). */
  async factsVisible(loaders: Loaders, actor: Actor, id: number): Promise<CampaignFacts> {
    const facts = isStoredId(id) ? await loaders.campaignFacts.load(id) : null;
    if (!facts || !concernsTree(facts.rootUnitPath, readScope(actor))) throw notFound(`Không tìm thấy đợt báo cáo số ${id}.`);
    return facts;
  }

  /** Campaigns whose root lies in the actor's subtree or above it (so a commune sees the province's round). */
  async list(em: EntityManager, actor: Actor): Promise<Campaign[]> {
    const all = await em.find(Campaign, {}, { populate: ['rootUnit', 'template', 'levels'], orderBy: { id: 'desc' } });
    const scope = readScope(actor);
    return all.filter((c) => concerns(c, scope));
  }

  /** Civil Code art. 148: a deadline whose last day is a rest day moves to the end of the next working day. */
  private rollForward(levels: { level: UnitLevel; dueAt: Date }[], calendar: HolidayCalendar) {
    const moved = levels.map((l) => ({ level: l.level, dueAt: rollForward(l.dueAt, calendar) }));
    for (let i = 1; i < moved.length; i++) {
      if (moved[i - 1].dueAt.getTime() >= moved[i].dueAt.getTime()) {
        throw badInput(`Sau khi lùi hạn khỏi ngày nghỉ, hạn của ${LEVEL_LABEL_VI[moved[i - 1].level]} không còn sớm hơn hạn của ${LEVEL_LABEL_VI[moved[i].level]}.`);
      }
    }
    return moved;
  }

  private checkInput(input: NewCampaign): { level: UnitLevel; dueAt: Date }[] {
    if (!hasText(input.name)) throw badInput('Cần nhập tên đợt báo cáo.');
    checkNameLengths(input.name, input.documentNumber);
    if (!isRealDay(input.periodStart) || !isRealDay(input.periodEnd)) {
      throw badInput('Kỳ báo cáo cần ngày bắt đầu và ngày kết thúc dạng YYYY-MM-DD.');
    }
    if (input.periodStart > input.periodEnd) throw badInput('Ngày bắt đầu kỳ báo cáo phải trước ngày kết thúc.');
    if (input.graceHours != null && (!Number.isInteger(input.graceHours) || input.graceHours < 0 || input.graceHours > 24 * 90)) {
      throw badInput('Thời gian ân hạn phải là số giờ nguyên từ 0 đến 2160.');
    }
    return this.checkDeadlines(input.levels, input.deadlines);
  }

  /** The chain's levels, bottom first, each with exactly one deadline, lower levels strictly earlier. */
  checkDeadlines(chain: UnitLevel[], deadlines: { level: UnitLevel; dueAt: Date }[]): { level: UnitLevel; dueAt: Date }[] {
    if (chain.length < 2) throw badInput('Chuỗi báo cáo cần ít nhất hai cấp, ví dụ [COMMUNE, PROVINCE].');
    const distinct = new Set(chain);
    if (distinct.size !== chain.length) throw badInput('Mỗi cấp chỉ được có một lần trong chuỗi báo cáo.');
    const levels = [...distinct].sort((a, b) => LEVEL_RANK[a] - LEVEL_RANK[b]);
    const due = new Map<UnitLevel, Date>();
    for (const d of deadlines) {
      if (!distinct.has(d.level)) throw badInput(`Hạn nộp cho ${LEVEL_LABEL_VI[d.level]} nhưng cấp này không có trong chuỗi báo cáo.`);
      if (due.has(d.level)) throw badInput(`Có hai hạn nộp cho ${LEVEL_LABEL_VI[d.level]}.`);
      if (Number.isNaN(d.dueAt.getTime())) throw badInput(`Hạn nộp của ${LEVEL_LABEL_VI[d.level]} không hợp lệ.`);
      due.set(d.level, d.dueAt);
    }
    const missing = levels.filter((l) => !due.has(l));
    if (missing.length) throw badInput(`Thiếu hạn nộp cho ${missing.map((l) => LEVEL_LABEL_VI[l]).join(', ')}.`);
    for (let i = 1; i < levels.length; i++) {
      if (due.get(levels[i - 1])!.getTime() >= due.get(levels[i])!.getTime()) {
        throw badInput(`Hạn nộp của ${LEVEL_LABEL_VI[levels[i - 1]]} phải sớm hơn hạn nộp của ${LEVEL_LABEL_VI[levels[i]]}.`);
      }
    }
    return levels.map((level) => ({ level, dueAt: due.get(level)! }));
  }
}
