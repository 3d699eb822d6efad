import { EntityManager } from '@mikro-orm/knex';
import { CompiledTemplate, SQL_AGGREGATIONS } from '../templates/template.engine';
import { Aggregation } from '../templates/template.definition';
import { ReportStatus } from '../../workflows/report.machine';
import { groupBy } from '../common/group';
import { Actor, canRead, readScope } from '../auth/actor';
import { forbidden, notFound } from '../common/errors';
import { CampaignFacts } from '../campaigns/campaign.facts';
import { Report } from '../reports/report.entity';
import { REPORT_COLUMNS, ReportRow, reportFromRow } from '../reports/report.record';
import { Loaders } from '../loaders';
import { StoredValue } from '../templates/template.engine';
import { cellRows } from '../reports/report.resolver';
import { ReportView } from '../reports/report.view';
import { ConsolidatedReportType } from './consolidation.types';

/** The first call's promise, for every call (a field asked twice under two aliases is computed once). */
function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | null = null;
  return () => (result ??= compute());
}

const isApproved = (status: ReportStatus) => status === ReportStatus.APPROVED || status === ReportStatus.FINALIZED;

const APPROVED = `('${ReportStatus.APPROVED}', '${ReportStatus.FINALIZED}')`;
const SQL_FUNCTION: Partial<Record<Aggregation, string>> = { SUM: 'sum', AVERAGE: 'avg', MIN: 'min', MAX: 'max' };

interface SubtreeRow {
  id: number;
  parent_id: number | null;
  level: string;
  status: ReportStatus;
}

/**
 * Consolidation: a report with children holds, for each SUM / AVERAGE / MIN / MAX cell, that aggregate over its
 * approved children, and for each COUNT cell how many approved reports below it meet the cell's condition (x)
 * out of how many there are (y). It is rewritten in the transaction that approves or unapproves a child, so a
 * parent is never out of date; derived cells (rates) are computed again from the consolidated parts on reading.
 */
export class ConsolidationService {
  /** Rewrites one parent's consolidated cells from its children, in two statements (plus two for COUNT cells). */
  async consolidateParent(em: EntityManager, parent: { id: number; unitPath: string; campaign: { id: number } }, template: CompiledTemplate): Promise<void> {
    const { codes, select } = this.aggregateSelect(template);
    if (codes.length > 0) {
      const marks = codes.map(() => '?').join(',');
      await em.execute(`delete from report_value where report_id = ? and code in (${marks})`, [parent.id, ...codes]);
      await em.execute(
        `insert into report_value (report_id, code, num, total)
         select r.parent_id, v.code, ${select.sql} from report_value v join report r on r.id = v.report_id
         where r.parent_id = ? and r.status in ${APPROVED} and v.num is not null and v.code in (${marks})
         group by r.parent_id, v.code`,
        [...select.params, parent.id, ...codes],
      );
    }
    if (template.countCells.length > 0) await this.recount(em, parent, template);
  }

  /**
   * Rebuilds every consolidated cell of a campaign from its lowest level up, set-based: one delete and one
   * INSERT … SELECT … GROUP BY per level. Used to repair or re-derive a whole round at once.
   */
  async rebuildCampaign(em: EntityManager, campaignId: number, template: CompiledTemplate): Promise<void> {
    const { codes, select } = this.aggregateSelect(template);
    const levels: { level: string; rank: number }[] = await em.execute(
      `select distinct r.level as level, l.rank as rank from report r join campaign_level l on l.campaign_id = r.campaign_id and l.level = r.level
       where r.campaign_id = ? order by l.rank asc`,
      [campaignId],
    );
    if (codes.length > 0) {
      const marks = codes.map(() => '?').join(',');
      // Parents from the second-lowest level up: each level is built from the one below, already rebuilt.
      for (const { level } of levels.slice(1)) {
        await em.execute(
          `delete from report_value where code in (${marks}) and report_id in (select id from report where campaign_id = ? and level = ?)`,
          [...codes, campaignId, level],
        );
        await em.execute(
          `insert into report_value (report_id, code, num, total)
           select r.parent_id, v.code, ${select.sql} from report_value v join report r on r.id = v.report_id
           join report p on p.id = r.parent_id
           where p.campaign_id = ? and p.level = ? and r.status in ${APPROVED} and v.num is not null and v.code in (${marks})
           group by r.parent_id, v.code`,
          [...select.params, campaignId, level, ...codes],
        );
      }
    }
    if (template.countCells.length > 0) {
      const parents: { id: number; unit_path: string }[] = await em.execute(
        `select distinct p.id, p.unit_path from report p join report c on c.parent_id = p.id where p.campaign_id = ?`,
        [campaignId],
      );
      for (const p of parents) await this.recount(em, { id: p.id, unitPath: p.unit_path, campaign: { id: campaignId } }, template);
    }
  }

  /**
   * The consolidated figures of a unit's report with its children, or of the whole campaign (unitCode null:
   * admins and national monitors), which adds the top reports that are finalized or approved.
   */
  async consolidated(
    em: EntityManager,
    loaders: Loaders,
    actor: Actor,
    campaign: CampaignFacts,
    unitCode: string | null,
    /** A report's figures as shown (ReportService.shown): the roll-up shows what the report's own `values` shows. */
    shownOf: (report: Report) => Promise<Pick<ReportView, 'values'>>,
  ): Promise<ConsolidatedReportType> {
    const template = campaign.template.compiled;
    if (unitCode) {
      // The report and its children in one read, shown only (reportFromRow); the children tell the report's counts
      // per status, which its figures then need no statement for.
      const rows: ReportRow[] = await em.execute(
        `select ${REPORT_COLUMNS} from report where campaign_id = ? and unit_code = ?
         union all
         select ${REPORT_COLUMNS} from report where parent_id in (select id from report where campaign_id = ? and unit_code = ?)
         order by unit_code, id`,
        [campaign.id, unitCode, campaign.id, unitCode],
      );
      const read = rows.map(reportFromRow);
      const report = read.find((r) => r.unitCode === unitCode);
      if (!report || !canRead(actor, report.unitPath)) throw notFound(`Đơn vị "${unitCode}" không có báo cáo trong đợt này hoặc ngoài phạm vi của bạn.`);
      const children = read.filter((r) => r.parent?.id === report.id);
      loaders.primeChildren(report.id, children);
      const figures = once(async () => cellRows(template, report.level, children.length > 0, (await shownOf(report)).values, null));
      return this.shape(campaign, report, figures, children);
    }
    if (readScope(actor) !== null) throw forbidden('Số tổng hợp toàn quốc chỉ dành cho quản trị và cán bộ theo dõi toàn quốc; hãy chọn đơn vị (unitCode).');
    const rows: ReportRow[] = await em.execute(`select ${REPORT_COLUMNS} from report where campaign_id = ? and parent_id is null order by unit_code, id`, [campaign.id]);
    const tops = rows.map(reportFromRow);
    const figures = once(async () =>
      cellRows(template, tops[0]?.level ?? 'PROVINCE', true, template.withDerived(await this.nationalValues(em, campaign.id, template)), null),
    );
    return this.shape(campaign, null, figures, tops);
  }

  /** The national roll-up: one GROUP BY over the approved top reports' consolidated cells. */
  async nationalValues(em: EntityManager, campaignId: number, template: CompiledTemplate): Promise<Map<string, StoredValue>> {
    const { codes, select } = this.aggregateSelect(template);
    const out = new Map<string, StoredValue>();
    if (codes.length) {
      const rows: { code: string; num: number | null; total: number | null }[] = await em.execute(
        `select v.code, ${select.sql} from report_value v join report r on r.id = v.report_id
         where r.campaign_id = ? and r.parent_id is null and r.status in ${APPROVED} and v.num is not null and v.code in (${codes.map(() => '?').join(',')})
         group by v.code`,
        [...select.params, campaignId, ...codes],
      );
      for (const row of rows) out.set(row.code, { num: row.num == null ? null : Number(row.num), text: null, total: row.total == null ? null : Number(row.total) });
    }
    const countCodes = template.countCells.map((c) => c.cell.code);
    if (countCodes.length) {
      const rows: { code: string; num: number; total: number }[] = await em.execute(
        `select v.code, sum(v.num) as num, sum(v.total) as total from report_value v join report r on r.id = v.report_id
         where r.campaign_id = ? and r.parent_id is null and r.status in ${APPROVED} and v.code in (${countCodes.map(() => '?').join(',')})
         group by v.code`,
        [campaignId, ...countCodes],
      );
      for (const row of rows) out.set(row.code, { num: Number(row.num), text: null, total: Number(row.total) });
    }
    return out;
  }

  /** The answer; the names and the figures are left to their field resolvers, which read them in one batch with the children's. */
  private shape(campaign: CampaignFacts, report: Report | null, figures: ConsolidatedReportType['figures'], children: Report[]): ConsolidatedReportType {
    const included = children.filter((c) => isApproved(c.status)).length;
    return {
      campaignId: String(campaign.id),
      unitCode: report?.unitCode ?? null,
      unitId: report ? report.unit.id : null,
      report,
      expected: children.length,
      included,
      completeness: `${included}/${children.length}`,
      figures,
      children: children.map((child) => ({ unitCode: child.unitCode, status: child.status, included: isApproved(child.status), report: child })),
    };
  }

  /**
   * The selected `num, total` of one GROUP BY, choosing the function by cell code so that every kind goes in one
   * statement. An AVERAGE is weighted by how many entered values stand behind each child's (kept in `total`), so
   * a province's average is the average of its communes, not of its districts' averages.
   */
  private aggregateSelect(template: CompiledTemplate): { codes: string[]; select: { sql: string; params: string[] } } {
    const byKind = SQL_AGGREGATIONS.map((agg) => ({ agg, codes: template.cellsAggregatedBy(agg) })).filter((k) => k.codes.length > 0);
    const codes = byKind.flatMap((k) => k.codes);
    const weight = 'coalesce(v.total, 1)';
    const fn = (agg: Aggregation) => (agg === 'AVERAGE' ? `sum(v.num * ${weight}) / sum(${weight})` : `${SQL_FUNCTION[agg]}(v.num)`);
    const params: string[] = [];
    const num =
      byKind.length === 1
        ? fn(byKind[0].agg)
        : `case ${byKind
            .map((k) => {
              params.push(...k.codes);
              return `when v.code in (${k.codes.map(() => '?').join(',')}) then ${fn(k.agg)}`;
            })
            .join(' ')} end`;
    const averaged = template.cellsAggregatedBy('AVERAGE');
    const total = averaged.length ? `case when v.code in (${averaged.map(() => '?').join(',')}) then sum(${weight}) end` : 'null';
    params.push(...averaged);
    return { codes, select: { sql: `${num} as num, ${total} as total`, params } };
  }

  /**
   * COUNT cells: among the reports under the parent at the counted level (its direct children by default),
   * x = those approved, reached through approved reports only, whose values meet the condition; y = all of them.
   */
  private async recount(em: EntityManager, parent: { id: number; unitPath: string; campaign: { id: number } }, template: CompiledTemplate): Promise<void> {
    const rows: SubtreeRow[] = await em.execute(
      `select id, parent_id, level, status from report where campaign_id = ? and unit_path like ? and id <> ?`,
      [parent.campaign.id, `${parent.unitPath}%`, parent.id],
    );
    const byId = new Map(rows.map((r) => [Number(r.id), r]));
    const approvedChain = (row: SubtreeRow): boolean => {
      let current: SubtreeRow | undefined = row;
      while (current && Number(current.id) !== parent.id) {
        if (current.status !== ReportStatus.APPROVED && current.status !== ReportStatus.FINALIZED) return false;
        current = current.parent_id == null ? undefined : byId.get(Number(current.parent_id));
      }
      return true;
    };
    const children = rows.filter((r) => Number(r.parent_id) === parent.id);
    const childLevel = children[0]?.level ?? null;
    const counted = rows.filter((r) => approvedChain(r));
    // Conditions may read derived cells (a rate), so each counted report's cells are computed as it shows them.
    const valueRows: { report_id: number; code: string; num: number | null; text: string | null; total: number | null }[] = counted.length
      ? await em.execute(
          `select v.report_id, v.code, v.num, v.text, v.total from report_value v join report r on r.id = v.report_id
           where r.campaign_id = ? and r.unit_path like ? and r.id <> ? and r.status in ${APPROVED}`,
          [parent.campaign.id, `${parent.unitPath}%`, parent.id],
        )
      : [];
    const stored = groupBy(valueRows, (v) => Number(v.report_id));
    const valuesOf = new Map(
      [...stored].map(([id, list]) => [id, template.withDerived(new Map(list.map((v) => [v.code, { num: v.num, text: v.text, total: v.total }])))]),
    );
    const codes = template.countCells.map((c) => c.cell.code);
    await em.execute(`delete from report_value where report_id = ? and code in (${codes.map(() => '?').join(',')})`, [parent.id, ...codes]);
    const inserts: (string | number)[] = [];
    for (const { cell, condition, level } of template.countCells) {
      const atLevel = rows.filter((r) => r.level === (level ?? childLevel));
      if (atLevel.length === 0) continue; // nothing of that level under this report: the cell does not apply
      let x = 0;
      for (const row of atLevel) {
        if (!approvedChain(row)) continue;
        const values = valuesOf.get(Number(row.id));
        const met = condition.evaluate((code) => values?.get(code)?.num ?? null);
        if (met != null && met !== 0) x++;
      }
      inserts.push(parent.id, cell.code, x, atLevel.length);
    }
    for (let i = 0; i < inserts.length; i += 400) {
      const chunk = inserts.slice(i, i + 400);
      await em.execute(`insert into report_value (report_id, code, num, total) values ${Array.from({ length: chunk.length / 4 }, () => '(?, ?, ?, ?)').join(', ')}`, chunk);
    }
  }
}
