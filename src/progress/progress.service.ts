import { EntityManager } from '@mikro-orm/knex';
import { Actor, canRead } from '../auth/actor';
import { notFound } from '../common/errors';
import { Campaign } from '../campaigns/campaign.entity';
import { sqlTime } from '../db/orm';
import { UnitService } from '../units/unit.service';
import { Report } from '../reports/report.entity';
import { UnitLevel } from '../units/unit.entity';
import { ReportStatus } from '../../workflows/report.machine';

export interface LevelProgress {
  level: UnitLevel;
  dueAt: Date;
  expected: number;
  draft: number;
  submitted: number;
  returned: number;
  approved: number;
  finalized: number;
  /** First sent on or after the deadline. */
  submittedLate: number;
  /** Never sent and the deadline has passed. */
  overdue: number;
}

export interface CampaignProgress {
  campaign: Campaign;
  /** The unit's own report; null for a unit outside the chain's levels (a district in a two-level round). */
  report: Report | null;
  levels: LevelProgress[];
  children: Report[];
}

const COUNTER: Record<ReportStatus, keyof LevelProgress> = {
  DRAFT: 'draft',
  SUBMITTED: 'submitted',
  RETURNED: 'returned',
  APPROVED: 'approved',
  FINALIZED: 'finalized',
};

export class ProgressService {
  constructor(private readonly units: UnitService) {}

  /**
   * Where a subtree stands: per level of the chain, how many reports are in each state and how many are late;
   * then the reports one step below the unit. A few statements, whatever the size of the subtree.
   */
  async progress(em: EntityManager, actor: Actor, campaign: Campaign, unitCode: string, now: Date): Promise<CampaignProgress> {
    const report = await em.findOne(Report, { campaign: campaign.id, unitCode });
    const unitPath = report?.unitPath ?? (await this.units.findByCode(em, unitCode, campaign.periodEnd))?.path;
    if (!unitPath || !canRead(actor, unitPath)) {
      throw notFound(`Đơn vị "${unitCode}" không có trong đợt báo cáo này hoặc ngoài phạm vi của bạn.`);
    }
    const rows: { level: UnitLevel; status: ReportStatus; n: number; late: number; overdue: number }[] = await em.execute(
      `select level, status, count(*) as n,
              sum(case when first_submitted_at is not null and first_submitted_at >= due_at then 1 else 0 end) as late,
              sum(case when first_submitted_at is null and due_at <= ? then 1 else 0 end) as overdue
         from report where campaign_id = ? and unit_path like ? group by level, status`,
      [sqlTime(now), campaign.id, `${unitPath}%`],
    );
    const levels: LevelProgress[] = campaign.levels
      .getItems()
      .filter((l) => rows.some((r) => r.level === l.level))
      .map((l) => ({ level: l.level, dueAt: l.dueAt, expected: 0, draft: 0, submitted: 0, returned: 0, approved: 0, finalized: 0, submittedLate: 0, overdue: 0 }));
    for (const row of rows) {
      const level = levels.find((l) => l.level === row.level)!;
      (level[COUNTER[row.status]] as number) += Number(row.n);
      level.expected += Number(row.n);
      level.submittedLate += Number(row.late);
      level.overdue += Number(row.overdue);
    }
    // Below a unit without a report of its own, the next reports are those whose parent lies outside the subtree.
    const children = report
      ? await em.find(Report, { parent: report.id }, { orderBy: { unitCode: 'asc' } })
      : await em.find(
          Report,
          { campaign: campaign.id, unitPath: { $like: `${unitPath}%` }, $not: { parent: { unitPath: { $like: `${unitPath}%` } } } },
          { orderBy: { unitCode: 'asc' } },
        );
    return { campaign, report, levels, children };
  }
}
