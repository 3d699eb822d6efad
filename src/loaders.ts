import DataLoader from 'dataloader';
import { EntityData, ReferenceKind, wrap } from '@mikro-orm/core';
import { groupBy } from './common/group';
import { EntityManager } from '@mikro-orm/knex';
import { AdministrativeUnit } from './units/unit.entity';
import { SuccessionLink, successionLinks, validOn } from './units/unit.service';
import { Campaign } from './campaigns/campaign.entity';
import { CampaignFacts, CampaignFactsCache, campaignFactsOf } from './campaigns/campaign.facts';
import { Report, ReportEvent } from './reports/report.entity';
import { REPORT_COLUMNS, ReportRow, reportFromRow, workingReportFromRow } from './reports/report.record';
import { StoredValue } from './templates/template.engine';
import { PreviousYear, previousYearOf } from './consolidation/previous-year';
import { ReportStatus } from '../workflows/report.machine';
import { dialectOfEm, jsonRowsSql } from './db/dialect';

export interface ChildCounts {
  expected: number;
  byStatus: Record<ReportStatus, number>;
}

export function noChildren(): ChildCounts {
  return { expected: 0, byStatus: Object.fromEntries(Object.values(ReportStatus).map((s) => [s, 0])) as Record<ReportStatus, number> };
}

/** Prefix of the unit's columns where a statement reads them beside a report's. */
const UNIT_PREFIX = 'unit__';
/** Columns a workflow step's read adds to its report's row: the stored cells and the unit's targets, as JSON. */
const STEP_CELLS = 'step_cells';
const STEP_TARGETS = 'step_targets';

/** A target as stored, its scope spelled out. */
interface TargetRow {
  unitId: number;
  campaignId: number | null;
  year: number | null;
  templateCode: string;
  code: string;
  value: number;
}

interface TargetsKey {
  campaignId: number;
  year: number;
  templateCode: string;
  unitId: number;
}

/** The `targets` loader's key of a unit's report in a campaign: the campaign, its year, its form and the unit. */
export function targetsKeyOf(campaign: CampaignFacts, unitId: number): string {
  return `${campaign.id}|${campaign.periodEnd.slice(0, 4)}|${campaign.template.code}|${unitId}`;
}

function parseTargetsKey(key: string): TargetsKey {
  const [campaignId, year, templateCode, unitId] = key.split('|');
  return { campaignId: Number(campaignId), year: Number(year), templateCode, unitId: Number(unitId) };
}

/** The cell values a report's targets give: the year's targets for its form, then its campaign's own over them. */
function targetsOf(rows: TargetRow[], key: TargetsKey): Map<string, number> {
  const out = new Map<string, number>();
  const mine = rows.filter((t) => t.unitId === key.unitId);
  for (const t of mine) if (t.year === key.year && t.templateCode === key.templateCode) out.set(t.code, t.value);
  for (const t of mine) if (t.campaignId === key.campaignId) out.set(t.code, t.value);
  return out;
}

/** The table columns of an entity (its properties stored in its own table), from the ORM's metadata. */
function columnsOf(em: EntityManager, entity: { name: string }): string[] {
  return em
    .getMetadata()
    .get(entity.name)
    .props.filter((p) => p.persist !== false && (p.kind === ReferenceKind.SCALAR || p.kind === ReferenceKind.MANY_TO_ONE))
    .flatMap((p) => p.fieldNames);
}

function countsOf(children: Report[]): ChildCounts {
  const counts = noChildren();
  for (const child of children) counts.byStatus[child.status]++;
  counts.expected = children.length;
  return counts;
}

/** The statement a workflow step reads its report with (per database's metadata: the same text every time). */
const stepReads = new WeakMap<object, { sql: string; folded: boolean }>();

/**
 * `reportWithParent`'s statement. On PostgreSQL the step's report also brings its stored cells and its unit's
 * targets (the campaign's own, and those of the campaign's year for its form) as JSON: each statement saved there
 * is a round trip to the server. On SQLite, in the hub's own process, the two plain reads cost less than building
 * and parsing the JSON (measured), so they stay apart.
 */
function stepReadOf(em: EntityManager): { sql: string; folded: boolean } {
  const metadata = em.getMetadata();
  let read = stepReads.get(metadata);
  if (!read) {
    const quote = (name: string) => em.getPlatform().quoteIdentifier(name);
    const folded = dialectOfEm(em) === 'postgresql';
    const extra = folded
      ? `,
              case when r.id = ? then (select ${jsonRowsSql(['v.code', 'v.num', 'v.text', 'v.total'])} from report_value v where v.report_id = r.id) end as ${STEP_CELLS},
              case when r.id = ? then (select ${jsonRowsSql(['t.campaign_id', 't.year', 't.template_code', 't.code', 't.value'])} from target t
                                        where t.unit_id = r.unit_id and (t.campaign_id = r.campaign_id or exists (
                                          select 1 from campaign c join report_template f on f.id = c.template_id
                                          where c.id = r.campaign_id and t.year = cast(substr(c.period_end, 1, 4) as integer) and t.template_code = f.code))) end as ${STEP_TARGETS}`
      : '';
    const sql = `select ${REPORT_COLUMNS.split(', ').map((c) => `r.${c}`).join(', ')}, ${columnsOf(em, AdministrativeUnit).map((c) => `u.${quote(c)} as ${quote(UNIT_PREFIX + c)}`).join(', ')}${extra}
       from report r join administrative_unit u on u.id = r.unit_id
       where r.id = ? or r.id = (select parent_id from report where id = ?)`;
    read = { sql, folded };
    stepReads.set(metadata, read);
  }
  return read;
}

/** A campaign whose own fields, form, levels and root unit are all loaded. */
function isLoadedWhole(campaign: Campaign): boolean {
  return (
    wrap(campaign).isInitialized() &&
    wrap(campaign.template).isInitialized() &&
    campaign.levels.isInitialized() &&
    (campaign.rootUnit == null || wrap(campaign.rootUnit).isInitialized())
  );
}

/**
 * Batched reads for one request (or one transaction): whatever a GraphQL response asks of 40 reports is
 * fetched in one statement per kind, never one per report.
 */
export class Loaders {
  constructor(
    private readonly em: EntityManager,
    /** The day (YYYY-MM-DD) whose administrative map is shown. */
    readonly day: string,
    /** The hub's campaigns already read; without it, this request's own. */
    readonly facts: CampaignFactsCache = new CampaignFactsCache(),
    /** How many campaigns the request saw when it began (Actor.campaignsSeen); null: unknown, nothing remembered is used. */
    readonly campaignsSeen: number | null = null,
  ) {}

  readonly unit = new DataLoader<number, AdministrativeUnit | null>(async (ids) => {
    const rows = await this.em.find(AdministrativeUnit, { id: { $in: [...ids] } });
    const byId = new Map(rows.map((u) => [u.id, u]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  /** Units' names alone, as plain rows: for lists that show a name beside each report. */
  readonly unitName = new DataLoader<number, string | null>(async (ids) => {
    const rows: { id: number; name: string }[] = await this.em.execute(
      `select id, name from administrative_unit where id in (${ids.map(() => '?').join(',')})`,
      [...ids],
    );
    const byId = new Map(rows.map((u) => [Number(u.id), u.name]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  private readonly childrenByDay = new Map<string, DataLoader<number, AdministrativeUnit[]>>();

  /** Children of each unit valid on `day` (one loader, hence one statement, per day asked). */
  unitChildrenOn(day: string): DataLoader<number, AdministrativeUnit[]> {
    let loader = this.childrenByDay.get(day);
    if (!loader) {
      loader = new DataLoader<number, AdministrativeUnit[]>(async (ids) => {
        const rows = await this.em.find(
          AdministrativeUnit,
          { $and: [{ parent: { $in: [...ids] } }, validOn(day)] },
          { orderBy: { code: 'asc' } },
        );
        const byParent = groupBy(rows, (u) => u.parent!.id);
        return ids.map((id) => byParent.get(id) ?? []);
      });
      this.childrenByDay.set(day, loader);
    }
    return loader;
  }

  /** Children valid on the request's day. */
  get unitChildren(): DataLoader<number, AdministrativeUnit[]> {
    return this.unitChildrenOn(this.day);
  }

  /** The units each unit came from in a reorganisation (with how much of each). */
  readonly unitPredecessors = new DataLoader<number, SuccessionLink[]>((ids) => successionLinks(this.em, [...ids], 'predecessors'));

  /** The units each unit went into in a reorganisation. */
  readonly unitSuccessors = new DataLoader<number, SuccessionLink[]>((ids) => successionLinks(this.em, [...ids], 'successors'));

  /**
   * Campaigns with their form, levels and root unit. One this request already read whole (the resolver that
   * checked the caller may see it, say) is taken from the EntityManager instead of being asked for again.
   */
  readonly campaign = new DataLoader<number, Campaign | null>(async (ids) => {
    const byId = new Map<number, Campaign>();
    for (const id of ids) {
      const known = this.em.getUnitOfWork().getById<Campaign>(Campaign.name, id);
      if (known && isLoadedWhole(known)) byId.set(id, known);
    }
    const missing = ids.filter((id) => !byId.has(id));
    if (missing.length) {
      for (const c of await this.em.find(Campaign, { id: { $in: missing } }, { populate: ['template', 'levels', 'rootUnit'] })) byId.set(c.id, c);
    }
    return ids.map((id) => byId.get(id) ?? null);
  });

  /** Campaigns and their forms as plain facts, from the hub's cache or else read (whole) once. */
  readonly campaignFacts = new DataLoader<number, CampaignFacts | null>(async (ids) => {
    const missing = ids.filter((id) => !this.facts.get(id));
    if (missing.length) {
      for (const c of await this.campaign.loadMany(missing)) if (c instanceof Campaign) this.facts.keep(campaignFactsOf(c));
    }
    return ids.map((id) => this.facts.get(id) ?? null);
  });

  readonly report = new DataLoader<number, Report | null>(async (ids) => {
    const rows = await this.em.find(Report, { id: { $in: [...ids] } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  /**
   * A report and the report above it, each with its unit, in one statement: every workflow step reads the two
   * reports, and its answer shows the unit. On PostgreSQL the step's own report brings its stored cells and its
   * unit's targets along (stepReadOf). All are then known to `report`, `unit` (and there `values` and `targets`),
   * so the parent's load in the step's view, the cells and targets it checks, and the unit in its answer or its
   * notices cost nothing more. The reports are working records (workingReportFromRow), not entities: the step
   * writes them itself (claimNextVersion).
   */
  async reportWithParent(id: number): Promise<Report | null> {
    const { sql, folded } = stepReadOf(this.em);
    const rows: Record<string, unknown>[] = await this.em.execute(sql, folded ? [id, id, id, id] : [id, id]);
    let found: Report | null = null;
    let foundTargets: TargetRow[] = [];
    for (const row of rows) {
      const reportRow: Record<string, unknown> = {};
      const unitRow: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(row)) {
        if (key.startsWith(UNIT_PREFIX)) unitRow[key.slice(UNIT_PREFIX.length)] = value;
        else if (key !== STEP_CELLS && key !== STEP_TARGETS) reportRow[key] = value;
      }
      const report = workingReportFromRow(reportRow as unknown as ReportRow);
      const unit = this.unitFromRow(unitRow);
      this.report.clear(report.id).prime(report.id, report);
      this.unit.clear(unit.id).prime(unit.id, unit);
      if (report.id === id) found = report;
      if (report.id === id && folded) {
        const stored = new Map<string, StoredValue>();
        for (const [code, num, text, total] of (row[STEP_CELLS] ?? []) as [string, number | null, string | null, number | null][]) {
          stored.set(code, { num, text, total });
        }
        this.values.clear(id).prime(id, stored);
        foundTargets = ((row[STEP_TARGETS] ?? []) as [number | null, number | null, string, string, number][]).map(
          ([campaignId, year, templateCode, code, value]) => ({ unitId: unit.id, campaignId, year, templateCode, code, value }),
        );
      }
    }
    if (found && folded) {
      // The targets loader's key names the campaign's year and form: from the hub's campaigns (read once).
      const campaign = await this.campaignFacts.load(found.campaign.id);
      if (campaign) {
        const key = targetsKeyOf(campaign, found.unit.id);
        this.targets.clear(key).prime(key, targetsOf(foundTargets, parseTargetsKey(key)));
      }
    }
    return found;
  }

  /**
   * A unit read beside its report, made an entity of this request's EntityManager the way `em.find` makes its
   * results (column names mapped, then the entity factory, merged into the identity map). `em.map` also validated
   * every property and walked the unit's relations to merge them, for a row that comes straight from the table:
   * without it this read went from 9.6 % to 7.0 % of the hub's time in a workflow step (BENCHMARKS.md, sixth pass).
   */
  private unitFromRow(row: Record<string, unknown>): AdministrativeUnit {
    const data = this.em.getDriver().mapResult(row, this.em.getMetadata().get(AdministrativeUnit.name)) as EntityData<AdministrativeUnit>;
    return this.em.getEntityFactory().create(AdministrativeUnit, data, { merge: true, refresh: true, convertCustomTypes: true });
  }

  /**
   * Each report's stored cells, read as plain rows: nothing changes them through the ORM (saving writes them with
   * plain statements too), so twenty-odd entities per report would only be built, tracked and compared at flush.
   */
  readonly values = new DataLoader<number, Map<string, StoredValue>>(async (ids) => {
    const rows: { report_id: number; code: string; num: number | null; text: string | null; total: number | null }[] = await this.em.execute(
      `select report_id, code, num, text, total from report_value where report_id in (${ids.map(() => '?').join(',')})`,
      [...ids],
    );
    const byReport = new Map<number, Map<string, StoredValue>>();
    for (const row of rows) {
      const id = Number(row.report_id);
      let cells = byReport.get(id);
      if (!cells) byReport.set(id, (cells = new Map()));
      cells.set(row.code, { num: row.num == null ? null : Number(row.num), text: row.text, total: row.total == null ? null : Number(row.total) });
    }
    return ids.map((id) => byReport.get(id) ?? new Map());
  });

  /** Children of each report, per status. */
  readonly childCounts = new DataLoader<number, ChildCounts>(async (ids) => {
    const rows: { parent_id: number; status: ReportStatus; n: number }[] = await this.em.execute(
      `select parent_id, status, count(*) as n from report where parent_id in (${ids.map(() => '?').join(',')}) group by parent_id, status`,
      [...ids],
    );
    const out = new Map<number, ChildCounts>();
    for (const row of rows) {
      const counts = out.get(Number(row.parent_id)) ?? noChildren();
      counts.byStatus[row.status] += Number(row.n);
      counts.expected += Number(row.n);
      out.set(Number(row.parent_id), counts);
    }
    return ids.map((id) => out.get(id) ?? noChildren());
  });

  /**
   * Children of each report, read-only (reportFromRow: shown, never changed); their counts per status are then
   * known too (primed into `childCounts`).
   */
  readonly children = new DataLoader<number, Report[]>(async (ids) => {
    const rows: ReportRow[] = await this.em.execute(
      `select ${REPORT_COLUMNS} from report where parent_id in (${ids.map(() => '?').join(',')}) order by unit_code, id`,
      [...ids],
    );
    const byParent = groupBy(rows.map(reportFromRow), (r) => r.parent!.id);
    return ids.map((id) => {
      const children = byParent.get(id) ?? [];
      this.childCounts.prime(id, countsOf(children));
      return children;
    });
  });

  /** Children of a report read by the caller along with it: known to `children` and `childCounts` from now on. */
  primeChildren(parentId: number, children: Report[]): void {
    this.children.prime(parentId, children);
    this.childCounts.prime(parentId, countsOf(children));
  }

  readonly history = new DataLoader<number, ReportEvent[]>(async (ids) => {
    const rows = await this.em.find(ReportEvent, { report: { $in: [...ids] } }, { orderBy: { id: 'asc' } });
    const byReport = groupBy(rows, (e) => e.report.id);
    return ids.map((id) => byReport.get(id) ?? []);
  });

  /**
   * Targets of each (campaign, year, form, unit): the campaign's own targets over the year's, as cell values.
   * Keyed "campaignId|year|templateCode|unitId" (targetsKeyOf).
   */
  readonly targets = new DataLoader<string, Map<string, number>>(async (keys) => {
    const parsed = keys.map(parseTargetsKey);
    const unitIds = [...new Set(parsed.map((p) => p.unitId))];
    const campaignIds = [...new Set(parsed.map((p) => p.campaignId))];
    const years = [...new Set(parsed.map((p) => p.year))];
    const marks = (xs: unknown[]) => xs.map(() => '?').join(',');
    // Plain rows: read for every report shown or changed, usually to find there are none.
    const raw: { unit_id: number; campaign_id: number | null; year: number | null; template_code: string; code: string; value: number }[] = await this.em.execute(
      `select unit_id, campaign_id, year, template_code, code, value from target
       where unit_id in (${marks(unitIds)}) and (campaign_id in (${marks(campaignIds)}) or year in (${marks(years)}))`,
      [...unitIds, ...campaignIds, ...years],
    );
    const rows: TargetRow[] = raw.map((t) => ({
      unitId: Number(t.unit_id),
      campaignId: t.campaign_id == null ? null : Number(t.campaign_id),
      year: t.year == null ? null : Number(t.year),
      templateCode: t.template_code,
      code: t.code,
      value: Number(t.value),
    }));
    return parsed.map((p) => targetsOf(rows, p));
  });

  /** Each report's figures of the previous year's round (directly, or through merged predecessors). */
  readonly previousYear = new DataLoader<number, PreviousYear>(async (ids) => {
    const reports = (await this.report.loadMany([...ids])) as (Report | null)[];
    const found = reports.filter((r): r is Report => r != null && !(r instanceof Error));
    const campaigns = new Map<number, CampaignFacts>();
    for (const c of await this.campaignFacts.loadMany([...new Set(found.map((r) => r.campaign.id))])) if (c && !(c instanceof Error)) campaigns.set(c.id, c);
    const results = await previousYearOf(this.em, found, campaigns, this.campaignsSeen == null ? null : { facts: this.facts, campaignsSeen: this.campaignsSeen });
    const byId = new Map(found.map((r, i) => [r.id, results[i]]));
    return ids.map((id) => byId.get(id) ?? new Error(`Không tìm thấy báo cáo số ${id}.`));
  });

  /** Sums of every numeric value over all children, whatever their state: the figures still under review. */
  readonly provisionalSums = new DataLoader<number, Map<string, number>>(async (ids) => {
    const rows: { parent_id: number; code: string; total: number }[] = await this.em.execute(
      `select r.parent_id, v.code, sum(v.num) as total from report_value v join report r on r.id = v.report_id
       where r.parent_id in (${ids.map(() => '?').join(',')}) and v.num is not null group by r.parent_id, v.code`,
      [...ids],
    );
    const out = new Map<number, Map<string, number>>();
    for (const row of rows) {
      const sums = out.get(Number(row.parent_id)) ?? new Map<string, number>();
      sums.set(row.code, Number(row.total));
      out.set(Number(row.parent_id), sums);
    }
    return ids.map((id) => out.get(id) ?? new Map());
  });
}
