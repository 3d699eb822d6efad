import { EntityManager } from '@mikro-orm/knex';
import { Campaign } from '../campaigns/campaign.entity';
import { CampaignFacts, CampaignFactsCache } from '../campaigns/campaign.facts';
import { Report, ReportValue } from '../reports/report.entity';
import { StoredValue } from '../templates/template.engine';
import { successionLinks } from '../units/unit.service';
import { groupBy } from '../common/group';
import { ReportStatus } from '../../workflows/report.machine';

/**
 * How a unit's figures of the previous year's round are known:
 * EXACT: the same unit reported; MERGED: the unit was formed by merging whole units that all reported, so their
 * summed figures are its figures; ESTIMATED: part of some unit went into it, the figures shown add whole units
 * and are only indicative (never used by a check); UNAVAILABLE: nothing to compare with.
 */
export type PreviousYearStatus = 'EXACT' | 'MERGED' | 'ESTIMATED' | 'UNAVAILABLE';

export interface PreviousYearSource {
  unitId: number;
  unitCode: string;
  unitName: string;
  mergeType: 'SAME' | 'FULL' | 'PARTIAL';
  reportId: number | null;
}

export interface PreviousYear {
  status: PreviousYearStatus;
  /** Whether checks may compare with these figures (EXACT or MERGED). */
  comparable: boolean;
  campaign: Campaign | null;
  message: string;
  sources: PreviousYearSource[];
  /** Stored and derived cells of last year (empty when UNAVAILABLE). */
  values: Map<string, StoredValue>;
}

const unavailable = (campaign: Campaign | null, message: string, sources: PreviousYearSource[] = []): PreviousYear => ({
  status: 'UNAVAILABLE',
  comparable: false,
  campaign,
  message,
  sources,
  values: new Map(),
});

/** What the hub remembers of campaigns without an earlier round, and how many campaigns the request saw. */
export interface KnownRounds {
  facts: CampaignFactsCache;
  campaignsSeen: number;
}

/**
 * The rounds of the same form one year earlier: period end within six weeks of this one's, a year back, latest
 * first. Several provinces may each have run their own; each report takes the one that holds its unit.
 */
export async function previousCampaigns(em: EntityManager, campaign: CampaignFacts, known: KnownRounds | null = null): Promise<Campaign[]> {
  // Usually there is none, and every report's check asks: once found, it holds until a campaign is added.
  if (known?.facts.hasNoEarlierRound(campaign.id, known.campaignsSeen)) return [];
  const end = new Date(`${campaign.periodEnd}T00:00:00Z`);
  end.setUTCFullYear(end.getUTCFullYear() - 1);
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const from = day(new Date(end.getTime() - 42 * 86400_000));
  const to = day(new Date(end.getTime() + 42 * 86400_000));
  // A plain statement says so without building a query.
  const rows: { id: number }[] = await em.execute(
    `select c.id from campaign c join report_template t on t.id = c.template_id
     where t.code = ? and c.period_end >= ? and c.period_end <= ? and c.id <> ?`,
    [campaign.template.code, from, to, campaign.id],
  );
  if (rows.length === 0) {
    known?.facts.keepNoEarlierRound(campaign.id, known.campaignsSeen);
    return [];
  }
  return em.find(
    Campaign,
    { id: { $in: rows.map((r) => Number(r.id)) } },
    { orderBy: { periodEnd: 'desc', id: 'desc' }, populate: ['template'] },
  );
}

/**
 * Last year's figures for each report, in a fixed number of statements for any number of reports: the
 * previous rounds, their reports of the same units, the predecessors of units that did not exist then, and
 * the values. Merged figures add the SUM cells of the predecessors; rates are derived again from the sums.
 */
export async function previousYearOf(
  em: EntityManager,
  reports: Report[],
  campaigns: Map<number, CampaignFacts>,
  known: KnownRounds | null = null,
): Promise<PreviousYear[]> {
  const prevOf = new Map<number, Campaign[]>();
  for (const id of new Set(reports.map((r) => r.campaign.id))) prevOf.set(id, await previousCampaigns(em, campaigns.get(id)!, known));
  const prevIds = [...new Set([...prevOf.values()].flat().map((c) => c.id))];
  if (prevIds.length === 0) return reports.map((r) => unavailable(null, 'Không có đợt báo cáo cùng biểu mẫu của năm trước để so sánh.'));

  const unitIds = reports.map((r) => r.unit.id);
  const links = await successionLinks(em, unitIds, 'predecessors');
  const linksOf = new Map(unitIds.map((id, i) => [id, links[i]]));
  const wanted = [...new Set([...unitIds, ...links.flat().map((l) => l.unitId)])];
  // Only figures someone approved count as last year's.
  const prevReports = await em.find(
    Report,
    { campaign: { $in: prevIds }, unit: { $in: wanted }, status: { $in: [ReportStatus.APPROVED, ReportStatus.FINALIZED] } },
    { populate: ['unit'] },
  );
  const reportOf = new Map(prevReports.map((r) => [`${r.campaign.id}|${r.unit.id}`, r]));
  const valueRows = prevReports.length ? await em.find(ReportValue, { report: { $in: prevReports.map((r) => r.id) } }) : [];
  const valuesOf = groupBy(valueRows, (v) => v.report.id);
  const predecessorUnits = new Map<number, { code: string; name: string }>();
  const missingUnits = links.flat().map((l) => l.unitId).filter((id) => !prevReports.some((r) => r.unit.id === id));
  if (missingUnits.length) {
    const rows: { id: number; code: string; name: string }[] = await em.execute(
      `select id, code, name from administrative_unit where id in (${missingUnits.map(() => '?').join(',')})`,
      missingUnits,
    );
    for (const row of rows) predecessorUnits.set(Number(row.id), { code: row.code, name: row.name });
  }
  for (const r of prevReports) predecessorUnits.set(r.unit.id, { code: r.unit.code, name: r.unit.name });

  return reports.map((report) => {
    const campaign = campaigns.get(report.campaign.id)!;
    const candidates = prevOf.get(campaign.id) ?? [];
    if (candidates.length === 0) return unavailable(null, 'Không có đợt báo cáo cùng biểu mẫu của năm trước để so sánh.');
    const predecessors = linksOf.get(report.unit.id) ?? [];
    // The round that holds the unit, else the one holding most of the units it came from.
    const prev =
      candidates.find((c) => reportOf.has(`${c.id}|${report.unit.id}`)) ??
      [...candidates].sort(
        (a, b) => predecessors.filter((l) => reportOf.has(`${b.id}|${l.unitId}`)).length - predecessors.filter((l) => reportOf.has(`${a.id}|${l.unitId}`)).length,
      )[0];
    const template = campaign.template.compiled;
    const same = reportOf.get(`${prev.id}|${report.unit.id}`);
    if (same) {
      const stored = new Map((valuesOf.get(same.id) ?? []).map((v) => [v.code, { num: v.num, text: v.text, total: v.total }]));
      return {
        status: 'EXACT',
        comparable: true,
        campaign: prev,
        message: `Số liệu năm trước của chính đơn vị (đợt "${prev.name}").`,
        sources: [{ unitId: report.unit.id, unitCode: report.unitCode, unitName: same.unit.name, mergeType: 'SAME', reportId: same.id }],
        values: template.withDerived(stored),
      };
    }
    if (predecessors.length === 0) return unavailable(prev, `Đơn vị không có báo cáo đã duyệt trong đợt "${prev.name}" và không hình thành từ đơn vị nào có báo cáo.`);
    const sources: PreviousYearSource[] = predecessors.map((l) => {
      const r = reportOf.get(`${prev.id}|${l.unitId}`);
      const unit = predecessorUnits.get(l.unitId);
      return { unitId: l.unitId, unitCode: unit?.code ?? '', unitName: unit?.name ?? '', mergeType: l.mergeType, reportId: r?.id ?? null };
    });
    const withoutReport = sources.filter((s) => s.reportId == null);
    if (withoutReport.length) {
      return unavailable(prev, `Không so sánh được: ${withoutReport.map((s) => `${s.unitName} (${s.unitCode})`).join(', ')} không có báo cáo đã duyệt trong đợt "${prev.name}".`, sources);
    }
    const sums = new Map<string, StoredValue>();
    // A figure is added up only when every unit merged in has it; one missing makes the sum unknown, not smaller.
    for (const code of template.summedCodes) {
      const parts = sources.map((s) => (valuesOf.get(s.reportId!) ?? []).find((row) => row.code === code)?.num ?? null);
      if (parts.every((v) => v != null)) sums.set(code, { num: parts.reduce((a, b) => a! + b!, 0), text: null });
    }
    const partial = sources.filter((s) => s.mergeType === 'PARTIAL');
    if (partial.length) {
      return {
        status: 'ESTIMATED',
        comparable: false,
        campaign: prev,
        message:
          `Chỉ là ước tính, không dùng để kiểm tra: ${partial.map((s) => `${s.unitName} (${s.unitCode})`).join(', ')} chỉ nhập một phần vào đơn vị này, ` +
          'số liệu cộng cả đơn vị nên lớn hơn thực tế.',
        sources,
        values: template.withDerived(sums),
      };
    }
    return {
      status: 'MERGED',
      comparable: true,
      campaign: prev,
      message: `Cộng số liệu năm trước của ${sources.length} đơn vị sáp nhập toàn bộ vào đơn vị này: ${sources.map((s) => `${s.unitName} (${s.unitCode})`).join(', ')}.`,
      sources,
      values: template.withDerived(sums),
    };
  });
}
