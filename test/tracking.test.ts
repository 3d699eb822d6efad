import {
  ApproveReportDocument,
  CreateCampaignDocument,
  GrantExtensionDocument,
  OverdueReportsDocument,
  RequestExtensionDocument,
  ReportsDocument,
  ReturnReportDocument,
  SaveReportValuesDocument,
  SubmitReportDocument,
  TrackingProgressDocument,
  TrackingProgressQuery,
  UnitTimelinessDocument,
} from './generated/graphql';
import { codes, startTestHub, TestHub } from './support/harness';
import { asValues, Fixture, FixtureUser, loadFixture, SEED_003_DEADLINES, smallCommune, SON_DUONG_COMMUNES, versionOf } from './support/fixture';

/**
 * The standing committee's dashboard over two rounds in different years on the fixture map (Tuyên Quang:
 * Yên Sơn 075 with 02455, 02458; Sơn Dương 076 with 02536, 02539, 02542):
 *  - round A, seed 003's deadlines (communes before 20/4/2019 = 2019-04-19T17:00Z, districts before 15/5,
 *    the province before 21/6);
 *  - round B, the 2020 round (communes before 10/01/2021 = 2021-01-09T17:00Z, districts before 20/01,
 *    the province before 01/02/2021).
 * Submissions land exactly on the deadline's edges; the clock is moved by hand.
 */
describe('tracking: progress, late reports and a unit across rounds', () => {
  let t: TestHub;
  let f: Fixture;
  let roundA: string;
  let roundB: string;
  const reportIds = new Map<string, string>();
  const key = (campaignId: string, unitCode: string) => `${campaignId}:${unitCode}`;

  const COMMUNE_TOKEN: Record<string, FixtureUser> = {
    '02455': 'communeHungLoi',
    '02458': 'communeTrungSon',
    '02536': 'communeSonDuong',
    '02539': 'communeTrungYen',
    '02542': 'communeMinhThanh',
  };
  const FIGURES: Record<string, Record<string, number>> = { ...SON_DUONG_COMMUNES, '02455': smallCommune(9000), '02458': smallCommune(7000) };

  async function createRound(input: { name: string; documentNumber: string; periodStart: string; periodEnd: string; deadlines: { level: 'COMMUNE' | 'DISTRICT' | 'PROVINCE'; dueAt: string }[] }) {
    const created = await t.ok(
      CreateCampaignDocument,
      { input: { ...input, templateCode: 'BHYT_COVERAGE', rootUnitCode: '08', levels: ['COMMUNE', 'DISTRICT', 'PROVINCE'] } },
      f.adminToken,
    );
    const id = created.createCampaign.id;
    const all = await t.ok(ReportsDocument, { campaignId: id, first: 100 }, f.adminToken);
    for (const edge of all.reports.edges) reportIds.set(key(id, edge.node.unitCode), edge.node.id);
    return id;
  }

  const idOf = (campaignId: string, unitCode: string) => reportIds.get(key(campaignId, unitCode))!;

  async function save(campaignId: string, unitCode: string) {
    const id = idOf(campaignId, unitCode);
    await t.ok(SaveReportValuesDocument, { reportId: id, values: asValues(FIGURES[unitCode]), expectedVersion: await versionOf(t, f.adminToken, id) }, f.tokens[COMMUNE_TOKEN[unitCode]]);
  }

  async function submit(campaignId: string, unitCode: string) {
    const id = idOf(campaignId, unitCode);
    const sent = await t.ok(SubmitReportDocument, { reportId: id, expectedVersion: await versionOf(t, f.adminToken, id) }, f.tokens[COMMUNE_TOKEN[unitCode]]);
    expect(sent.submitReport.status).toBe('SUBMITTED');
  }

  async function approve(campaignId: string, unitCode: string, approver: FixtureUser) {
    const id = idOf(campaignId, unitCode);
    const done = await t.ok(ApproveReportDocument, { reportId: id, expectedVersion: await versionOf(t, f.adminToken, id) }, f.tokens[approver]);
    expect(done.approveReport.status).toBe('APPROVED');
  }

  const progress = async (campaignId: string, unitCode: string, who: FixtureUser = 'provinceMonitor') =>
    (await t.ok(TrackingProgressDocument, { campaignId, unitCode }, f.tokens[who])).campaignProgress;

  const level = (p: TrackingProgressQuery['campaignProgress'], name: string) => p.levels.find((l) => l.level === name)!;
  const rows = (p: TrackingProgressQuery['campaignProgress']) => p.units.map((u) => [u.unit.code, u.status, u.timeliness, u.daysLate]);

  beforeAll(async () => {
    t = await startTestHub({ now: '2019-04-01T01:00:00Z', tokenTtlSeconds: 1000 * 24 * 3600 });
    f = await loadFixture(t);
    roundA = await createRound({ name: 'Sơ kết BHYT năm 2018', documentNumber: '134-KH/TU', periodStart: '2017-12-15', periodEnd: '2018-12-14', deadlines: SEED_003_DEADLINES });
  });
  afterAll(() => t.close());

  describe('round A (2019)', () => {
    it('before anyone acts, every report is not started and nothing is due', async () => {
      const p = await progress(roundA, '08');
      expect(p.levels.map((l) => [l.level, l.expected, l.notStarted, l.draft, l.overdue, l.reportingRate, l.onTimeRate, l.averageHoursToApproval])).toEqual([
        ['COMMUNE', 5, 5, 5, 0, 0, 0, null],
        ['DISTRICT', 2, 2, 2, 0, 0, 0, null],
        ['PROVINCE', 1, 1, 1, 0, 0, 0, null],
      ]);
      expect(rows(p)).toEqual([
        ['075', 'DRAFT', 'NOT_DUE', 0],
        ['076', 'DRAFT', 'NOT_DUE', 0],
      ]);
      expect(p.units.map((u) => u.childCounts)).toEqual([
        { expected: 2, submitted: 0, approved: 0 },
        { expected: 3, submitted: 0, approved: 0 },
      ]);
    });

    it('one second before the deadline is on time; a saved draft is started', async () => {
      t.clock.set('2019-04-10T03:00:00Z');
      await save(roundA, '02536');
      await submit(roundA, '02536');
      t.clock.set('2019-04-15T03:00:00Z');
      await save(roundA, '02455');
      await save(roundA, '02539');
      t.clock.set('2019-04-19T16:59:59Z'); // 19/4 23:59:59 in Vietnam
      await submit(roundA, '02539');

      const p = await progress(roundA, '08');
      expect(level(p, 'COMMUNE')).toMatchObject({
        expected: 5, notStarted: 2, draft: 3, submitted: 2, returned: 0, approved: 0, finalized: 0,
        onTime: 2, submittedLate: 0, overdue: 0, reportingRate: 0.4, onTimeRate: 0.4, averageHoursToApproval: null,
      });
      const sonDuong = await progress(roundA, '076', 'districtSonDuongMonitor');
      expect(rows(sonDuong)).toEqual([
        ['02536', 'SUBMITTED', 'ON_TIME', 0],
        ['02539', 'SUBMITTED', 'ON_TIME', 0],
        ['02542', 'DRAFT', 'NOT_DUE', 0],
      ]);
      expect(sonDuong.units[1]).toMatchObject({ dueAt: '2019-04-19T17:00:00.000Z', firstSubmittedAt: '2019-04-19T16:59:59.000Z', approvedAt: null, childCounts: null });
    });

    it('exactly at the deadline a submission is late by 1 day, and an unsent report is overdue by 1 day', async () => {
      t.clock.set('2019-04-19T17:00:00Z'); // 20/4 00:00:00 in Vietnam
      await save(roundA, '02542');
      await submit(roundA, '02542');

      const p = await progress(roundA, '08');
      expect(level(p, 'COMMUNE')).toMatchObject({ notStarted: 1, draft: 2, submitted: 3, onTime: 2, submittedLate: 1, overdue: 2, reportingRate: 0.6, onTimeRate: 0.4 });
      // Yên Sơn: Hùng Lợi saved but never sent, Trung Sơn never touched: both overdue
      expect(rows(await progress(roundA, '075', 'districtYenSonApprover'))).toEqual([
        ['02455', 'DRAFT', 'OVERDUE', 1],
        ['02458', 'DRAFT', 'OVERDUE', 1],
      ]);
      expect(rows(await progress(roundA, '076', 'districtSonDuongMonitor'))[2]).toEqual(['02542', 'SUBMITTED', 'LATE', 1]);

      const late = await t.ok(OverdueReportsDocument, { campaignId: roundA, unitCode: '08' }, f.tokens.provinceMonitor);
      expect(late.overdueReports.edges.map((e) => [e.node.unit.code, e.node.timeliness, e.node.daysLate])).toEqual([
        ['02455', 'OVERDUE', 1],
        ['02458', 'OVERDUE', 1],
        ['02542', 'LATE', 1],
      ]);
    });

    it('a report returned and resent after the deadline stays on time', async () => {
      t.clock.set('2019-04-20T02:00:00Z');
      const id = idOf(roundA, '02536');
      const returned = await t.ok(ReturnReportDocument, { reportId: id, reason: 'Đề nghị rà soát số thẻ nhóm G5.', expectedVersion: await versionOf(t, f.adminToken, id) }, f.tokens.districtSonDuongApprover);
      expect(returned.returnReport.status).toBe('RETURNED');
      const whileReturned = await progress(roundA, '076', 'districtSonDuongMonitor');
      expect(rows(whileReturned)[0]).toEqual(['02536', 'RETURNED', 'ON_TIME', 0]);
      expect(level(whileReturned, 'COMMUNE')).toMatchObject({ returned: 1, submitted: 2, onTime: 2, submittedLate: 1, reportingRate: 1 });

      t.clock.set('2019-04-20T03:00:00Z'); // 20/4 10:00 in Vietnam: Hùng Lợi sends, 1 day late
      await submit(roundA, '02455');
      t.clock.set('2019-04-20T16:59:59Z'); // 24 h after Trung Yên's first submission
      await approve(roundA, '02539', 'districtSonDuongApprover');
      t.clock.set('2019-04-21T02:00:00Z');
      await submit(roundA, '02536'); // resent after the deadline
      t.clock.set('2019-04-21T05:00:00Z'); // 36 h after Minh Thanh's
      await approve(roundA, '02542', 'districtSonDuongApprover');
      t.clock.set('2019-04-22T03:00:00Z'); // 288 h (12 days) after Thị trấn Sơn Dương's first submission
      await approve(roundA, '02536', 'districtSonDuongApprover');

      const resent = await progress(roundA, '076', 'districtSonDuongMonitor');
      expect(resent.units[0]).toMatchObject({
        unit: { code: '02536', name: 'Thị trấn Sơn Dương' },
        status: 'APPROVED',
        timeliness: 'ON_TIME',
        daysLate: 0,
        firstSubmittedAt: '2019-04-10T03:00:00.000Z',
        approvedAt: '2019-04-22T03:00:00.000Z',
      });
    });

    it('rates, days late and the average time to approval, exactly; rows drill down one level at a time', async () => {
      t.clock.set('2019-04-25T03:00:00Z'); // 25/4 10:00 in Vietnam
      const p = await progress(roundA, '08');
      expect(p.report?.unitCode).toBe('08');
      expect(p.levels).toEqual([
        {
          level: 'COMMUNE', dueAt: '2019-04-19T17:00:00.000Z', expected: 5, notStarted: 1, draft: 1, submitted: 1, returned: 0,
          approved: 3, finalized: 0, onTime: 2, submittedLate: 2, overdue: 1, reportingRate: 0.8, onTimeRate: 0.4,
          averageHoursToApproval: 116, // (24 + 36 + 288) / 3
        },
        {
          // the districts hold consolidated figures from their approved communes, but nobody there has saved anything
          level: 'DISTRICT', dueAt: '2019-05-14T17:00:00.000Z', expected: 2, notStarted: 2, draft: 2, submitted: 0, returned: 0,
          approved: 0, finalized: 0, onTime: 0, submittedLate: 0, overdue: 0, reportingRate: 0, onTimeRate: 0, averageHoursToApproval: null,
        },
        {
          level: 'PROVINCE', dueAt: '2019-06-20T17:00:00.000Z', expected: 1, notStarted: 1, draft: 1, submitted: 0, returned: 0,
          approved: 0, finalized: 0, onTime: 0, submittedLate: 0, overdue: 0, reportingRate: 0, onTimeRate: 0, averageHoursToApproval: null,
        },
      ]);
      expect(p.units.map((u) => [u.unit.code, u.unit.name, u.timeliness, u.childCounts])).toEqual([
        ['075', 'Huyện Yên Sơn', 'NOT_DUE', { expected: 2, submitted: 1, approved: 0 }],
        ['076', 'Huyện Sơn Dương', 'NOT_DUE', { expected: 3, submitted: 3, approved: 3 }],
      ]);
      expect(p.units.map((u) => u.report.id)).toEqual(p.children.map((c) => c.id));

      // drill down into Yên Sơn, as the committee would from the row above
      const yenSon = await progress(roundA, p.units[0].unit.code);
      expect(rows(yenSon)).toEqual([
        ['02455', 'SUBMITTED', 'LATE', 1],
        ['02458', 'DRAFT', 'OVERDUE', 6], // 20/4 … 25/4
      ]);
      expect(level(yenSon, 'COMMUNE')).toMatchObject({ expected: 2, reportingRate: 0.5, onTimeRate: 0, submittedLate: 1, overdue: 1, averageHoursToApproval: null });
      const sonDuong = await progress(roundA, '076');
      expect(level(sonDuong, 'COMMUNE').onTimeRate).toBeCloseTo(2 / 3, 12);
      expect(level(sonDuong, 'COMMUNE')).toMatchObject({ expected: 3, approved: 3, reportingRate: 1, averageHoursToApproval: 116 });
      expect(sonDuong.units.every((u) => u.childCounts === null)).toBe(true);
    });

    it('overdueReports: most days late first, then by unit code, paged by cursor across a tie', async () => {
      const all = await t.ok(OverdueReportsDocument, { campaignId: roundA, unitCode: '08' }, f.tokens.provinceMonitor);
      expect(all.overdueReports.totalCount).toBe(3);
      expect(all.overdueReports.edges.map((e) => [e.node.unit.code, e.node.level, e.node.status, e.node.timeliness, e.node.daysLate, e.node.dueAt])).toEqual([
        ['02458', 'COMMUNE', 'DRAFT', 'OVERDUE', 6, '2019-04-19T17:00:00.000Z'],
        ['02455', 'COMMUNE', 'SUBMITTED', 'LATE', 1, '2019-04-19T17:00:00.000Z'],
        ['02542', 'COMMUNE', 'APPROVED', 'LATE', 1, '2019-04-19T17:00:00.000Z'],
      ]);
      expect(all.overdueReports.edges[1].node.firstSubmittedAt).toBe('2019-04-20T03:00:00.000Z');

      const page1 = await t.ok(OverdueReportsDocument, { campaignId: roundA, unitCode: '08', first: 2 }, f.tokens.provinceMonitor);
      expect(page1.overdueReports.edges.map((e) => e.node.unit.code)).toEqual(['02458', '02455']);
      expect(page1.overdueReports.pageInfo.hasNextPage).toBe(true);
      expect(page1.overdueReports.totalCount).toBe(3);
      const page2 = await t.ok(OverdueReportsDocument, { campaignId: roundA, unitCode: '08', first: 2, after: page1.overdueReports.pageInfo.endCursor }, f.tokens.provinceMonitor);
      expect(page2.overdueReports.edges.map((e) => e.node.unit.code)).toEqual(['02542']);
      expect(page2.overdueReports.pageInfo.hasNextPage).toBe(false);

      const sonDuong = await t.ok(OverdueReportsDocument, { campaignId: roundA, unitCode: '076' }, f.tokens.districtSonDuongMonitor);
      expect(sonDuong.overdueReports.edges.map((e) => e.node.unit.code)).toEqual(['02542']);

      expect(codes(await t.request(OverdueReportsDocument, { campaignId: roundA, unitCode: '08', first: 0 }, f.tokens.provinceMonitor))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await t.request(OverdueReportsDocument, { campaignId: roundA, unitCode: '08', after: 'không-phải-con-trỏ' }, f.tokens.provinceMonitor))).toEqual(['BAD_USER_INPUT']);
    });

    it('once the districts are past due they join the list, ties ordered by unit code', async () => {
      t.clock.set('2019-05-16T03:00:00Z'); // 16/5 10:00 in Vietnam; districts were due before 15/5
      const late = await t.ok(OverdueReportsDocument, { campaignId: roundA, unitCode: '08' }, f.tokens.provinceMonitor);
      expect(late.overdueReports.edges.map((e) => [e.node.unit.code, e.node.daysLate])).toEqual([
        ['02458', 27], // 20/4 … 16/5
        ['075', 2], // 15/5 … 16/5
        ['076', 2],
        ['02455', 1],
        ['02542', 1],
      ]);
    });

    it('statements: the province and a district cost the same, whatever their size', async () => {
      t.counter.reset();
      const province = await progress(roundA, '08');
      const provinceStatements = t.counter.reset();
      const district = await progress(roundA, '076');
      const districtStatements = t.counter.reset();
      const commune = await progress(roundA, '02536', 'communeSonDuong');
      const communeStatements = t.counter.reset();
      console.log(`campaignProgress with units: province → ${provinceStatements}, district → ${districtStatements}, commune (no rows below) → ${communeStatements} statements`);
      expect(province.units).toHaveLength(2);
      expect(district.units).toHaveLength(3);
      expect(commune.units).toHaveLength(0);
      expect(districtStatements).toBe(provinceStatements);
      expect(provinceStatements).toBeLessThanOrEqual(8);

      t.counter.reset();
      const one = await t.ok(OverdueReportsDocument, { campaignId: roundA, unitCode: '08', first: 1 }, f.tokens.provinceMonitor);
      const oneStatements = t.counter.reset();
      const five = await t.ok(OverdueReportsDocument, { campaignId: roundA, unitCode: '08', first: 50 }, f.tokens.provinceMonitor);
      const fiveStatements = t.counter.reset();
      console.log(`overdueReports: first 1 → ${oneStatements}, all 5 → ${fiveStatements} statements`);
      expect([one.overdueReports.edges.length, five.overdueReports.edges.length]).toEqual([1, 5]);
      expect(fiveStatements).toBe(oneStatements);
    });
  });

  describe('round B (2020), and the same units across both rounds', () => {
    beforeAll(async () => {
      t.clock.set('2020-12-20T02:00:00Z');
      roundB = await createRound({
        name: 'Báo cáo kết quả thực hiện BHYT năm 2020',
        documentNumber: '3559/KH-UBND',
        periodStart: '2019-12-15',
        periodEnd: '2020-12-14',
        deadlines: [
          { level: 'COMMUNE', dueAt: '2021-01-10T00:00:00+07:00' },
          { level: 'DISTRICT', dueAt: '2021-01-20T00:00:00+07:00' },
          { level: 'PROVINCE', dueAt: '2021-02-01T00:00:00+07:00' },
        ],
      });
      t.clock.set('2021-01-05T03:00:00Z');
      await save(roundB, '02458');
      await submit(roundB, '02458');
      t.clock.set('2021-01-05T09:00:00Z');
      await approve(roundB, '02458', 'districtYenSonApprover'); // 6 h
      t.clock.set('2021-01-08T03:00:00Z');
      // Hùng Lợi asks for, and its district grants, an extension to "before 18/01/2021": only its own report's
      // dueAt moves, the level's deadline stays.
      const asked = await t.ok(
        RequestExtensionDocument,
        { reportId: idOf(roundB, '02455'), until: '2021-01-18T00:00:00+07:00', reason: 'Xã đang đối chiếu danh sách thẻ với BHXH huyện.' },
        f.tokens.communeHungLoi,
      );
      const granted = await t.ok(GrantExtensionDocument, { requestId: asked.requestExtension.id }, f.tokens.districtYenSonApprover);
      expect(granted.grantExtension.status).toBe('GRANTED');
      t.clock.set('2021-01-09T16:59:59Z');
      await save(roundB, '02539');
      await submit(roundB, '02539');
      t.clock.set('2021-01-12T03:00:00Z'); // 12/1 10:00 in Vietnam: 3 days late
      await save(roundB, '02542');
      await submit(roundB, '02542');
    });

    it('a report with an extension is judged against its own deadline', async () => {
      // 12/1: the communes' deadline has passed, Hùng Lợi's extended one has not
      const p = await progress(roundB, '08');
      expect(level(p, 'COMMUNE')).toMatchObject({
        dueAt: '2021-01-09T17:00:00.000Z', expected: 5, notStarted: 2, draft: 2, submitted: 2, approved: 1,
        onTime: 2, submittedLate: 1, overdue: 1, reportingRate: 0.6, onTimeRate: 0.4, averageHoursToApproval: 6,
      });
      const yenSon = await progress(roundB, '075');
      expect(yenSon.units.map((u) => [u.unit.code, u.timeliness, u.daysLate, u.dueAt])).toEqual([
        ['02455', 'NOT_DUE', 0, '2021-01-17T17:00:00.000Z'],
        ['02458', 'ON_TIME', 0, '2021-01-09T17:00:00.000Z'],
      ]);

      // 25/1 10:00 in Vietnam: Hùng Lợi is overdue too, counted from its own deadline (18/1), not the level's
      t.clock.set('2021-01-25T03:00:00Z');
      expect(level(await progress(roundB, '08'), 'COMMUNE')).toMatchObject({ overdue: 2, onTime: 2, submittedLate: 1, reportingRate: 0.6 });
      expect(rows(await progress(roundB, '075'))).toEqual([
        ['02455', 'DRAFT', 'OVERDUE', 8], // 18/1 … 25/1
        ['02458', 'APPROVED', 'ON_TIME', 0],
      ]);
      expect(rows(await progress(roundB, '076'))).toEqual([
        ['02536', 'DRAFT', 'OVERDUE', 16], // 10/1 … 25/1
        ['02539', 'SUBMITTED', 'ON_TIME', 0],
        ['02542', 'SUBMITTED', 'LATE', 3], // 10/1 … 12/1
      ]);
      const late = await t.ok(OverdueReportsDocument, { campaignId: roundB, unitCode: '08' }, f.tokens.provinceMonitor);
      expect(late.overdueReports.edges.map((e) => [e.node.unit.code, e.node.timeliness, e.node.daysLate, e.node.dueAt])).toEqual([
        ['02536', 'OVERDUE', 16, '2021-01-09T17:00:00.000Z'],
        ['02455', 'OVERDUE', 8, '2021-01-17T17:00:00.000Z'],
        ['075', 'OVERDUE', 6, '2021-01-19T17:00:00.000Z'], // districts were due before 20/1
        ['076', 'OVERDUE', 6, '2021-01-19T17:00:00.000Z'],
        ['02542', 'LATE', 3, '2021-01-09T17:00:00.000Z'],
      ]);
    });

    it('unitTimeliness: each round the caller sees, newest first, with totals', async () => {
      const minhThanh = (await t.ok(UnitTimelinessDocument, { unitCode: '02542' }, f.tokens.provinceMonitor)).unitTimeliness;
      expect(minhThanh.unit).toEqual({ code: '02542', name: 'Xã Minh Thanh' });
      expect(minhThanh.reports.map((r) => [r.campaign.id, r.campaign.documentNumber, r.status, r.timeliness, r.daysLate, r.dueAt, r.firstSubmittedAt])).toEqual([
        [roundB, '3559/KH-UBND', 'SUBMITTED', 'LATE', 3, '2021-01-09T17:00:00.000Z', '2021-01-12T03:00:00.000Z'],
        [roundA, '134-KH/TU', 'APPROVED', 'LATE', 1, '2019-04-19T17:00:00.000Z', '2019-04-19T17:00:00.000Z'],
      ]);
      expect(minhThanh.reports[0].campaign.name).toBe('Báo cáo kết quả thực hiện BHYT năm 2020');
      expect(minhThanh.totals).toEqual({ campaigns: 2, onTime: 0, late: 2, overdue: 0, notDue: 0 });

      // Trung Sơn, as its district's approver: on time this year, never sent the year before
      const trungSon = (await t.ok(UnitTimelinessDocument, { unitCode: '02458' }, f.tokens.districtYenSonApprover)).unitTimeliness;
      expect(trungSon.reports.map((r) => [r.campaign.id, r.timeliness, r.daysLate])).toEqual([
        [roundB, 'ON_TIME', 0],
        [roundA, 'OVERDUE', 647], // 20/4/2019 … 25/1/2021
      ]);
      expect(trungSon.totals).toEqual({ campaigns: 2, onTime: 1, late: 0, overdue: 1, notDue: 0 });

      const province = (await t.ok(UnitTimelinessDocument, { unitCode: '08' }, f.tokens.provinceMonitor)).unitTimeliness;
      expect(province.reports.map((r) => [r.campaign.id, r.timeliness, r.daysLate])).toEqual([
        [roundB, 'NOT_DUE', 0],
        [roundA, 'OVERDUE', 585], // 21/6/2019 … 25/1/2021
      ]);
      expect(province.totals).toEqual({ campaigns: 2, onTime: 0, late: 0, overdue: 1, notDue: 1 });

      t.counter.reset();
      const own = (await t.ok(UnitTimelinessDocument, { unitCode: '02536' }, f.tokens.communeSonDuong)).unitTimeliness;
      console.log(`unitTimeliness over 2 rounds → ${t.counter.reset()} statements`);
      expect(own.reports.map((r) => [r.campaign.id, r.timeliness])).toEqual([
        [roundB, 'OVERDUE'],
        [roundA, 'ON_TIME'],
      ]);
    });

    it('scope: outside the caller subtree everything answers NOT_FOUND', async () => {
      const commune = f.tokens.communeSonDuong;
      for (const campaignId of [roundA, roundB]) {
        expect(codes(await t.request(TrackingProgressDocument, { campaignId, unitCode: '08' }, commune))).toEqual(['NOT_FOUND']);
        expect(codes(await t.request(OverdueReportsDocument, { campaignId, unitCode: '08' }, commune))).toEqual(['NOT_FOUND']);
        expect(codes(await t.request(OverdueReportsDocument, { campaignId, unitCode: '02539' }, commune))).toEqual(['NOT_FOUND']);
      }
      expect(codes(await t.request(UnitTimelinessDocument, { unitCode: '08' }, commune))).toEqual(['NOT_FOUND']);
      expect(codes(await t.request(UnitTimelinessDocument, { unitCode: '02539' }, commune))).toEqual(['NOT_FOUND']);
      expect(codes(await t.request(OverdueReportsDocument, { campaignId: roundA, unitCode: '075' }, f.tokens.districtSonDuongMonitor))).toEqual(['NOT_FOUND']);
      expect(codes(await t.request(UnitTimelinessDocument, { unitCode: '075' }, f.tokens.districtSonDuongMonitor))).toEqual(['NOT_FOUND']);
      // another province: the rounds are not theirs, and neither are the units
      expect(codes(await t.request(OverdueReportsDocument, { campaignId: roundA, unitCode: '294' }, f.tokens.districtThanhHaApprover))).toEqual(['NOT_FOUND']);
      expect(codes(await t.request(UnitTimelinessDocument, { unitCode: '02542' }, f.tokens.districtThanhHaApprover))).toEqual(['NOT_FOUND']);
      const own = (await t.ok(UnitTimelinessDocument, { unitCode: '294' }, f.tokens.districtThanhHaApprover)).unitTimeliness;
      expect(own.reports).toEqual([]);
      expect(own.totals).toEqual({ campaigns: 0, onTime: 0, late: 0, overdue: 0, notDue: 0 });
      expect(codes(await t.request(UnitTimelinessDocument, { unitCode: '99999' }, f.adminToken))).toEqual(['NOT_FOUND']);
    });
  });
});
