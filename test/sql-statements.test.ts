import { ApproveReportDocument, CampaignsDocument, ConsolidatedDeepDocument, ConsolidatedDocument, SaveReportValuesDocument, SubmitReportDocument, ProgressDeepDocument, ReportsDeepDocument, UnitsDeepDocument } from './generated/graphql';
import { EntityManager } from '@mikro-orm/knex';
import { startTestHub, TestHub } from './support/harness';
import { asValues, Fixture, loadFixture, SON_DUONG_COMMUNES, versionOf } from './support/fixture';
import { openRound, Round } from './support/round';
import { Loaders } from '../src/loaders';
import { CampaignFactsCache } from '../src/campaigns/campaign.facts';
import { sqliteCompilations } from '../src/db/orm';
import { postgresTexts } from '../src/db/drivers';
import { onPostgres } from './support/database';

/**
 * Batched reads on the demo database: the SQL statements a GraphQL request runs depend on the shape of the
 * query, not on how many rows it lists. Each count includes loading the caller's account (the same in both).
 */
const BOUND = 25;

/** Runs one request and returns the statements it took. */
async function statementsOf<T>(t: TestHub, run: () => Promise<T>): Promise<{ result: T; count: number }> {
  t.counter.reset();
  const result = await run();
  return { result, count: t.counter.reset() };
}

describe('SQL statements per request do not grow with the rows listed', () => {
  let t: TestHub;
  let token: string;
  let campaignId: string;

  beforeAll(async () => {
    t = await startTestHub({ seedDemo: true, now: '2021-01-15T02:00:00Z' });
    token = await t.login('tinh.theodoi', 'demo-bhyt-2020');
    const campaigns = await t.ok(CampaignsDocument, {}, token);
    expect(campaigns.campaigns).toHaveLength(1);
    campaignId = campaigns.campaigns[0].id;
    // What a hub reads once and keeps (the campaign's form, that it has no earlier round) is read before counting.
    await t.ok(ReportsDeepDocument, { campaignId, first: 1 }, token);
  });
  afterAll(() => t.close());

  const statements = <T>(run: () => Promise<T>) => statementsOf(t, run);

  it('reports: first 3 and first 45, with unit, values, validation, actions, completeness, history, parent, children', async () => {
    const small = await statements(() => t.ok(ReportsDeepDocument, { campaignId, first: 3 }, token));
    const large = await statements(() => t.ok(ReportsDeepDocument, { campaignId, first: 45 }, token));
    console.log(`reports: first 3 → ${small.count} statements, first 45 → ${large.count} statements`);

    expect(small.result.reports.edges).toHaveLength(3);
    expect(large.result.reports.edges).toHaveLength(45);
    expect(large.result.reports.totalCount).toBe(48);
    // the listed reports (the 45 communes, in code order) really carry what was asked
    const nodes = large.result.reports.edges.map((e) => e.node);
    expect(nodes.every((n) => n.level === 'COMMUNE' && n.unit.code === n.unitCode && n.history.length > 0 && n.values.length > 0)).toBe(true);
    expect(nodes.filter((n) => n.parent?.unitCode === '076')).toHaveLength(30);
    expect(nodes.filter((n) => n.parent?.unitCode === '070')).toHaveLength(15);
    expect(nodes.find((n) => n.unitCode === '02539')!.allowedActions).toEqual([]); // a monitor only reads
    expect(nodes.find((n) => n.unitCode === '02545')!.history.find((h) => h.action === 'RETURN')?.reason).toBeTruthy();

    // On PostgreSQL a loader's batch is now and then sent as two (its keys arrive over two ticks): one statement
    // more, whatever the number of rows. Growth with the rows listed would be many more statements.
    expect(large.count).toBeGreaterThanOrEqual(small.count);
    expect(large.count).toBeLessThanOrEqual(small.count + 1);
    expect(large.count).toBeLessThan(BOUND);
  });

  it('reports: the whole round (48, with the districts and the province) costs no more than 3', async () => {
    const small = await statements(() => t.ok(ReportsDeepDocument, { campaignId, first: 3 }, token));
    const all = await statements(() => t.ok(ReportsDeepDocument, { campaignId, first: 100 }, token));
    console.log(`reports: first 3 → ${small.count} statements, all 48 → ${all.count} statements`);
    const nodes = all.result.reports.edges.map((e) => e.node);
    expect(nodes).toHaveLength(48);
    const district = nodes.find((n) => n.unitCode === '076')!;
    expect(district.children).toHaveLength(30);
    expect(district.completeness.display).toBe('26/30');
    expect(district.parent?.unitCode).toBe('08');
    expect(nodes.find((n) => n.unitCode === '08')!.children.map((c) => c.unitCode)).toEqual(['070', '076']);
    expect(all.count).toBeLessThanOrEqual(small.count);
  });

  it('a second page costs what the first did', async () => {
    const first = await statements(() => t.ok(ReportsDeepDocument, { campaignId, first: 20 }, token));
    const second = await statements(() =>
      t.ok(ReportsDeepDocument, { campaignId, first: 20, after: first.result.reports.pageInfo.endCursor }, token),
    );
    console.log(`reports: page 1 (20) → ${first.count} statements, page 2 (20) → ${second.count} statements`);
    expect(second.result.reports.edges[0].node.unitCode > first.result.reports.edges[19].node.unitCode).toBe(true);
    expect(second.count).toBe(first.count);
  });

  it('campaignProgress: a district with 30 communes and the province with 2 districts', async () => {
    const province = await statements(() => t.ok(ProgressDeepDocument, { campaignId, unitCode: '08' }, token));
    const district = await statements(() => t.ok(ProgressDeepDocument, { campaignId, unitCode: '076' }, token));
    console.log(`campaignProgress: province (2 children) → ${province.count} statements, Sơn Dương (30 children) → ${district.count} statements`);

    expect(province.result.campaignProgress.children.map((c) => c.unitCode)).toEqual(['070', '076']);
    expect(district.result.campaignProgress.children).toHaveLength(30);
    expect(district.result.campaignProgress.children.every((c) => c.unit.code === c.unitCode && c.values.length === 3)).toBe(true);

    expect(district.count).toBe(province.count);
    expect(district.count).toBeLessThan(BOUND);
  });

  it('units: first 5 and first 45 (and all 48), with parent and children', async () => {
    const small = await statements(() => t.ok(UnitsDeepDocument, { first: 5 }, token));
    const large = await statements(() => t.ok(UnitsDeepDocument, { first: 45 }, token));
    const all = await statements(() => t.ok(UnitsDeepDocument, { first: 100 }, token));
    console.log(`units: first 5 → ${small.count} statements, first 45 → ${large.count} statements, all 48 → ${all.count} statements`);

    expect(small.result.units.edges).toHaveLength(5);
    expect(large.result.units.edges).toHaveLength(45);
    expect(large.result.units.totalCount).toBe(48);
    expect(large.result.units.edges.filter((e) => e.node.parent?.code === '076')).toHaveLength(30);
    expect(large.result.units.edges.filter((e) => e.node.parent?.code === '070')).toHaveLength(15);
    const sonDuong = all.result.units.edges.find((e) => e.node.code === '076')!.node;
    expect(sonDuong.parent?.code).toBe('08');
    expect(sonDuong.children).toHaveLength(30);

    expect(large.count).toBe(small.count);
    expect(all.count).toBe(small.count);
    expect(large.count).toBeLessThan(BOUND);
  });

  it('consolidated: a district of 30 communes and one of 15 cost the same, with children, checks and last year', async () => {
    const small = await statements(() => t.ok(ConsolidatedDeepDocument, { campaignId, unitCode: '070' }, token));
    const large = await statements(() => t.ok(ConsolidatedDeepDocument, { campaignId, unitCode: '076' }, token));
    console.log(`consolidated: 15 children → ${small.count} statements, 30 children → ${large.count} statements`);
    expect(small.result.consolidated.children).toHaveLength(15);
    expect(large.result.consolidated.children).toHaveLength(30);
    expect(large.result.consolidated.completeness).toBe('26/30');
    expect(large.result.consolidated.children.every((c) => c.report.previousYear.status === 'UNAVAILABLE')).toBe(true);
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThan(BOUND);
  });

  it("consolidated: the report and its children, their names, figures and targets are one read each", async () => {
    const { result, count } = await statements(() => t.ok(ConsolidatedDocument, { campaignId, unitCode: '08', codes: ['POP'] }, token));
    expect(result.consolidated.children).toHaveLength(2);
    expect(result.consolidated.values.length).toBeGreaterThan(1);
    // The caller and its unit's lineage (2), the report with its children (1), the units' names (1), the stored
    // figures of all three (1), the districts' counts per status (1) and the targets of all three (1).
    expect(count).toBe(7);
  });

  it("a campaign and its form are read once per hub, not once per request", async () => {
    const id = Number(campaignId);
    const fork = () => t.hub.orm.em.fork() as EntityManager;
    const kept = new CampaignFactsCache();
    const first = await statements(() => new Loaders(fork(), '2021-01-15', kept).campaignFacts.load(id));
    const again = await statements(() => new Loaders(fork(), '2021-01-15', kept).campaignFacts.load(id));
    const alone = await statements(() => new Loaders(fork(), '2021-01-15').campaignFacts.load(id));
    expect(first.count).toBeGreaterThan(0);
    expect(again.count).toBe(0);
    expect(again.result).toBe(first.result);
    expect(alone.count).toBe(first.count);
    expect(first.result!.template.code).toBe('BHYT_COVERAGE');
    expect(first.result!.lowestLevel).toBe('COMMUNE');
    expect(Object.isFrozen(first.result)).toBe(true);
  });
});

/**
 * The statements of the steps a round is made of (the national benchmark's requests), each with the answer the
 * benchmark asks for (the report, its unit, its actions and, for a save, its checks). Each count includes the
 * caller's account and the transaction's begin and commit.
 */
describe('SQL statements of one workflow step', () => {
  let t: TestHub;
  let f: Fixture;
  let round: Round;

  beforeAll(async () => {
    t = await startTestHub({ now: '2019-01-10T02:00:00Z' });
    f = await loadFixture(t);
    round = await openRound(t, f);
    await round.submit('02539', f.tokens.communeTrungYen); // what the hub keeps is read before counting
  });
  afterAll(() => t.close());

  const counted = <T>(run: () => Promise<T>) => statementsOf(t, run);

  it('save 9, submit 8, a commune approved (its district re-consolidated) 13; on PostgreSQL save 3, submit 3, approve 9; the answer reads no unit of its own', async () => {
    const id = round.reportOf.get('02536')!;
    const version = await versionOf(t, f.adminToken, id);
    const save = await counted(() =>
      t.ok(SaveReportValuesDocument, { reportId: id, values: asValues(SON_DUONG_COMMUNES['02536']), expectedVersion: version }, f.tokens.communeSonDuong),
    );
    expect(save.result.saveReportValues.unit).toEqual({ code: '02536', name: expect.any(String) });
    const submit = await counted(() => t.ok(SubmitReportDocument, { reportId: id, expectedVersion: save.result.saveReportValues.version }, f.tokens.communeSonDuong));
    expect(submit.result.submitReport.status).toBe('SUBMITTED');
    const approve = await counted(() =>
      t.ok(ApproveReportDocument, { reportId: id, expectedVersion: submit.result.submitReport.version }, f.tokens.districtSonDuongApprover),
    );
    expect(approve.result.approveReport).toMatchObject({ status: 'APPROVED', unit: { code: '02536' } });
    console.log(`workflow steps: save ${save.count}, submit ${submit.count}, approve ${approve.count} statements`);
    // That the round has no earlier one is known already. Each count begins with the caller and the report with its
    // parent and their units.
    if (onPostgres) {
      // The report's stored cells and its unit's targets come with it. One statement claims the version, writes the
      // new state, appends the history and (save) stores the cells: it is its own transaction.
      expect(save.count).toBe(3);
      expect(submit.count).toBe(3);
      // begin, the parent locked, the claim, its figures rewritten (delete, insert), its own claim, commit
      expect(approve.count).toBe(9);
    } else {
      // its stored cells, its unit's targets, then one batch: begin, the version claim with the new state, the
      // history entry, (save: the cells), commit
      expect(save.count).toBe(9);
      expect(submit.count).toBe(8);
      // an approval reads the same, then in a transaction: the parent re-read, the claim and history, its figures
      // rewritten (delete, insert), its version and history
      expect(approve.count).toBe(13);
    }
  });

  // Values travel as bound parameters, never written into the statement's text: the text of a step is the same
  // for every report and user, so SQLite compiles it once per connection, not once per request.
  (onPostgres ? it.skip : it)('a save with other figures and another version compiles no statement the first save did not', async () => {
    const id = round.reportOf.get('02542')!;
    const figures = SON_DUONG_COMMUNES['02542'];
    const first = await t.ok(SaveReportValuesDocument, { reportId: id, values: asValues(figures), expectedVersion: await versionOf(t, f.adminToken, id) }, f.tokens.communeMinhThanh);
    const before = sqliteCompilations.count;
    const other = Object.fromEntries(Object.entries(figures).map(([code, value]) => [code, value + 1]));
    const second = await t.ok(SaveReportValuesDocument, { reportId: id, values: asValues(other), expectedVersion: first.saveReportValues.version }, f.tokens.communeMinhThanh);
    expect(second.saveReportValues.version).toBe(first.saveReportValues.version + 1);
    expect(sqliteCompilations.count - before).toBe(0);
  });

  // On PostgreSQL a save's cells travel as one JSON value: its statement's text is the same whatever the number of
  // cells written and cleared, so each connection prepares it once (the texts are named by the process).
  (onPostgres ? it : it.skip)('saves of different numbers of cells, written and cleared, add no statement text', async () => {
    const id = round.reportOf.get('02542')!;
    const figures = SON_DUONG_COMMUNES['02542'];
    let version = await versionOf(t, f.adminToken, id);
    const save = async (values: { code: string; value: number | null }[]) => {
      const saved = await t.ok(SaveReportValuesDocument, { reportId: id, values, expectedVersion: version }, f.tokens.communeMinhThanh);
      expect(saved.saveReportValues.version).toBe(version + 1);
      version = saved.saveReportValues.version;
    };
    // One save of each shape first: cells written; cells written and cleared.
    await save(asValues(figures));
    await save([{ code: 'POP', value: figures.POP + 1 }, { code: 'CARDS_ARMED_FORCES', value: null }]);
    const before = postgresTexts.count;
    await save(asValues(Object.fromEntries(Object.entries(figures).map(([code, value]) => [code, value + 2]))));
    await save([
      { code: 'POP', value: 1 },
      { code: 'INSURED', value: 1 },
      { code: 'CARDS_LOCAL', value: 1 },
      { code: 'G1_EMPLOYMENT', value: null },
      { code: 'G2_SOCIAL_INSURANCE', value: null },
    ]);
    await save([{ code: 'POP', value: 2 }, { code: 'G3_STATE_BUDGET', value: null }, { code: 'G4_BUDGET_SUBSIDISED', value: null }, { code: 'G5_HOUSEHOLD', value: null }]);
    expect(postgresTexts.count - before).toBe(0);
  });
});
