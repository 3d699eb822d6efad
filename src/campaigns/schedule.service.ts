import { DateTime } from 'luxon';
import { EntityManager } from '@mikro-orm/knex';
import { Actor } from '../auth/actor';
import { Role, User } from '../auth/user.entity';
import { Clock } from '../common/clock';
import { badInput } from '../common/errors';
import { hasText } from '../common/text';
import { inTransaction } from '../common/transaction';
import { dueBefore, WORK_ZONE, localDay } from '../deadlines/deadline-rules';
import { nextPeriod, PeriodKind, periodContaining, PeriodWindow } from '../deadlines/periods';
import { TemplateService } from '../templates/template.service';
import { UnitService } from '../units/unit.service';
import { LEVEL_RANK, UnitLevel } from '../units/unit.entity';
import { DEFAULT_REMINDER_DAYS, LatePolicy } from './campaign.entity';
import { CampaignService, checkNameLengths } from './campaign.service';
import { CampaignSchedule, ScheduleDeadline } from './schedule.entity';

export interface NewSchedule {
  name: string;
  documentNumber?: string | null;
  templateCode: string;
  periodKind: PeriodKind;
  rootUnitCode?: string | null;
  levels: UnitLevel[];
  deadlines: ScheduleDeadline[];
  opensDaysBefore?: number | null;
  latePolicy?: LatePolicy | null;
  graceHours?: number | null;
  reminderDays?: number[] | null;
  rollForwardRestDays?: boolean | null;
  /** The first period to open (the one containing this day); default: the period containing today. */
  firstPeriodDay?: string | null;
}

const periodKey = (p: PeriodWindow) => `${p.kind}:${p.year}:${p.index}`;
const MAX_ROUNDS_PER_PASS = 24;

/** The deadlines of one period: "before day D of the month `monthOffset` from the cut-off month". */
export function deadlinesOf(schedule: Pick<CampaignSchedule, 'deadlines'>, period: PeriodWindow): { level: UnitLevel; dueAt: Date }[] {
  const cutOff = DateTime.fromISO(period.end, { zone: WORK_ZONE });
  return schedule.deadlines.map((d) => {
    const month = cutOff.startOf('month').plus({ months: d.monthOffset });
    const day = Math.min(d.day, month.daysInMonth ?? 28);
    return { level: d.level, dueAt: dueBefore(month.set({ day }).toISODate()!) };
  });
}

export class ScheduleService {
  constructor(
    private readonly campaigns: CampaignService,
    private readonly units: UnitService,
    private readonly templates: TemplateService,
  ) {}

  create(em: EntityManager, clock: Clock, actor: Actor, input: NewSchedule): Promise<CampaignSchedule> {
    return inTransaction(em, async (tem) => {
      if (!hasText(input.name)) throw badInput('Cần nhập tên lịch báo cáo.');
      // Checked as the longest name a round of it can get ("{period}" becomes e.g. "6 tháng cuối năm 2026").
      checkNameLengths(input.name.trim().replace('{period}', '6 tháng cuối năm 0000'), input.documentNumber);
      await this.templates.forCampaign(tem, input.templateCode.trim());
      const root = hasText(input.rootUnitCode) ? await this.units.getByCode(tem, input.rootUnitCode.trim(), localDay(clock.now())) : null;
      const levels = [...new Set(input.levels)].sort((a, b) => LEVEL_RANK[a] - LEVEL_RANK[b]);
      if (input.deadlines.some((d) => !Number.isInteger(d.day) || d.day < 1 || d.day > 31 || !Number.isInteger(d.monthOffset) || Math.abs(d.monthOffset) > 12)) {
        throw badInput('Hạn của lịch cần ngày từ 1 đến 31 và số tháng lệch từ -12 đến 12.');
      }
      const opensDaysBefore = input.opensDaysBefore ?? 30;
      if (!Number.isInteger(opensDaysBefore) || opensDaysBefore < 0 || opensDaysBefore > 366) throw badInput('Số ngày mở đợt trước hạn phải từ 0 đến 366.');
      const first = periodContaining(input.periodKind, input.firstPeriodDay ?? localDay(clock.now()));
      const schedule = tem.create(CampaignSchedule, {
        name: input.name.trim(),
        documentNumber: hasText(input.documentNumber) ? input.documentNumber.trim() : null,
        templateCode: input.templateCode.trim(),
        periodKind: input.periodKind,
        rootUnit: root,
        levels,
        deadlines: input.deadlines.map((d) => ({ level: d.level, monthOffset: d.monthOffset, day: d.day })),
        opensDaysBefore,
        latePolicy: input.latePolicy ?? LatePolicy.ALLOW_LATE,
        graceHours: input.graceHours ?? 0,
        reminderDays: input.reminderDays ?? DEFAULT_REMINDER_DAYS,
        rollForwardRestDays: input.rollForwardRestDays ?? false,
        // the period before the first one counts as opened, so the first one is next
        lastOpenedPeriod: periodKey(previous(first)),
        createdById: actor.userId,
        createdAt: clock.now(),
      });
      // Check the rules now, on the first period, so a bad schedule is refused here and not at 3 a.m.
      this.campaigns.checkDeadlines(levels, deadlinesOf(schedule, first));
      await tem.flush();
      return schedule;
    });
  }

  list(em: EntityManager): Promise<CampaignSchedule[]> {
    return em.find(CampaignSchedule, {}, { orderBy: { id: 'asc' } });
  }

  /**
   * Opens every round whose opening time has come, catching up on periods missed while the hub was down.
   * Each round is claimed by a conditional UPDATE of `lastOpenedPeriod` in the same transaction that creates
   * it, so a round is opened once even if two passes race.
   */
  async openDueRounds(em: EntityManager, clock: Clock, log: (message: string) => void = () => undefined): Promise<number> {
    let opened = 0;
    const schedules = await em.fork().find(CampaignSchedule, { active: true }, { populate: ['rootUnit'] });
    for (const schedule of schedules) {
      try {
        opened += await this.openRoundsOf(em, clock, schedule);
      } catch (error) {
        // A schedule that cannot open its round (a unit gone in a reorganisation, deadlines that collide
        // in a short month) is reported and retried next pass; it never stops the others or the deadlines.
        log(`Lịch báo cáo "${schedule.name}" (số ${schedule.id}) chưa mở được đợt mới: ${error instanceof Error ? error.message : error}`);
      }
    }
    return opened;
  }

  private async openRoundsOf(em: EntityManager, clock: Clock, schedule: CampaignSchedule): Promise<number> {
    let opened = 0;
    for (let i = 0; i < MAX_ROUNDS_PER_PASS; i++) {
      const [kind, year, index] = schedule.lastOpenedPeriod!.split(':');
      const period = nextPeriod(kind as PeriodKind, Number(year), Number(index));
      const deadlines = deadlinesOf(schedule, period);
      const opensAt = Math.min(...deadlines.map((d) => d.dueAt.getTime())) - schedule.opensDaysBefore * 86_400_000;
      if (clock.now().getTime() < opensAt) break;
      const done = await inTransaction(em, async (tem) => {
        const claimed = await tem.nativeUpdate(CampaignSchedule, { id: schedule.id, lastOpenedPeriod: schedule.lastOpenedPeriod }, { lastOpenedPeriod: periodKey(period) });
        if (claimed !== 1) return false;
        const creator = await tem.findOne(User, schedule.createdById);
        const actor: Actor = { userId: schedule.createdById, name: `Lịch báo cáo định kỳ (${creator?.fullName ?? 'quản trị'})`, role: Role.ADMIN, unitId: null, unitPath: null };
        await this.campaigns.createIn(tem, clock, actor, {
          name: schedule.name.replace('{period}', period.label),
          documentNumber: schedule.documentNumber,
          templateCode: schedule.templateCode,
          periodStart: period.start,
          periodEnd: period.end,
          rootUnitCode: schedule.rootUnit?.code ?? null,
          levels: schedule.levels,
          deadlines,
          latePolicy: schedule.latePolicy,
          graceHours: schedule.graceHours,
          reminderDays: schedule.reminderDays,
          rollForwardRestDays: schedule.rollForwardRestDays,
        });
        return true;
      });
      if (!done) break;
      schedule.lastOpenedPeriod = periodKey(period);
      opened++;
    }
    return opened;
  }
}

function previous(period: PeriodWindow): PeriodWindow {
  const dayBefore = DateTime.fromISO(period.start, { zone: WORK_ZONE }).minus({ days: 1 }).toISODate()!;
  return periodContaining(period.kind, dayBefore);
}
