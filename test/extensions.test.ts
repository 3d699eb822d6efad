import {
  CreateCampaignWithSettingsDocument,
  CreateUserDocument,
  NationalProgressDocument,
  DenyExtensionDocument,
  GrantExtensionDocument,
  NotificationsDocument,
  ReportDeadlineDocument,
  ReportsDocument,
  ReturnReportDocument,
  RequestExtensionDocument,
  SaveReportValuesDocument,
  SubmitReportDocument,
} from './generated/graphql';
import { codes, startTestHub, TestHub } from './support/harness';
import { asValues, Fixture, loadFixture, SEED_003_DEADLINES, smallCommune } from './support/fixture';

const base = {
  templateCode: 'BHYT_COVERAGE',
  periodStart: '2018-01-01',
  periodEnd: '2018-12-31',
  levels: ['COMMUNE', 'DISTRICT', 'PROVINCE'] as ('COMMUNE' | 'DISTRICT' | 'PROVINCE')[],
  deadlines: SEED_003_DEADLINES,
};

describe('deadline policies, extensions and rounds', () => {
  let t: TestHub;
  let f: Fixture;
  beforeAll(async () => {
    t = await startTestHub({ now: '2019-04-01T01:00:00Z', tokenTtlSeconds: 400 * 86_400 });
    f = await loadFixture(t);
  });
  afterAll(() => t.close());

  async function open(input: Record<string, unknown>) {
    const created = await t.ok(CreateCampaignWithSettingsDocument, { input: { ...base, name: 'Đợt thử', rootUnitCode: '08', ...input } as never }, f.adminToken);
    const reports = await t.ok(ReportsDocument, { campaignId: created.createCampaign.id, first: 50 }, f.adminToken);
    return { campaign: created.createCampaign, id: (code: string) => reports.reports.edges.find((e) => e.node.unitCode === code)!.node.id };
  }
  const deadline = async (id: string) => (await t.ok(ReportDeadlineDocument, { id }, f.adminToken)).report;

  async function submit(id: string, token: string) {
    const saved = await t.ok(SaveReportValuesDocument, { reportId: id, values: asValues(smallCommune(5000)), expectedVersion: (await deadline(id)).version }, token);
    return t.request(SubmitReportDocument, { reportId: id, expectedVersion: saved.saveReportValues.version }, token);
  }

  it('a campaign can roll deadlines off rest days: "before 21/4/2019" (last day a Saturday) becomes before 23/4', async () => {
    const { campaign } = await open({
      rollForwardRestDays: true,
      deadlines: [
        { level: 'COMMUNE', dueAt: '2019-04-21T00:00:00+07:00' },
        { level: 'DISTRICT', dueAt: '2019-05-15T00:00:00+07:00' }, // last day Tuesday 14/5: unchanged
        { level: 'PROVINCE', dueAt: '2019-06-21T00:00:00+07:00' },
      ],
    });
    expect(campaign.rollForwardRestDays).toBe(true);
    expect(campaign.levels.map((l) => l.dueAt)).toEqual(['2019-04-22T17:00:00.000Z', '2019-05-14T17:00:00.000Z', '2019-06-20T17:00:00.000Z']);
  });

  it('LOCK_AFTER_GRACE accepts a late report within the grace hours and refuses it after, with DEADLINE_PASSED', async () => {
    const { campaign, id } = await open({ latePolicy: 'LOCK_AFTER_GRACE', graceHours: 24 });
    expect(campaign).toMatchObject({ latePolicy: 'LOCK_AFTER_GRACE', graceHours: 24, reminderDays: [7, 3, 1] });
    t.clock.set('2019-04-20T16:59:59Z'); // 23:59:59 on 20/4 in Vietnam: late, within 24 h of grace
    const within = await submit(id('02536'), f.tokens.communeSonDuong);
    expect(within.data?.submitReport).toMatchObject({ status: 'SUBMITTED', late: true });
    t.clock.set('2019-04-20T17:00:00Z');
    const after = await submit(id('02539'), f.tokens.communeTrungYen);
    expect(codes(after)).toEqual(['DEADLINE_PASSED']);
    expect(after.errors![0].message).toContain('gia hạn');
    expect((await deadline(id('02539'))).status).toBe('DRAFT');
  });

  it('the lock closes first sendings only: a report returned after the grace period can be sent again', async () => {
    t.clock.set('2019-04-01T01:00:00Z');
    const { id } = await open({ latePolicy: 'LOCK_AFTER_GRACE' });
    const report = id('02536');
    t.clock.set('2019-04-10T01:00:00Z');
    expect((await submit(report, f.tokens.communeSonDuong)).data?.submitReport.late).toBe(false);
    t.clock.set('2019-04-25T01:00:00Z'); // the district reviews after the deadline
    await t.ok(ReturnReportDocument, { reportId: report, reason: 'Sai nhóm G5.', expectedVersion: (await deadline(report)).version }, f.tokens.districtSonDuongApprover);
    const again = await submit(report, f.tokens.communeSonDuong);
    expect(again.errors).toBeUndefined();
    expect(again.data?.submitReport).toMatchObject({ status: 'SUBMITTED', late: false });
  });

  it('an extension cannot be granted once the report was sent, nor to a date already past', async () => {
    t.clock.set('2019-04-01T01:00:00Z');
    const { id } = await open({});
    const sentMeanwhile = id('02539');
    const asked = await t.ok(RequestExtensionDocument, { reportId: sentMeanwhile, until: '2019-04-25T00:00:00+07:00', reason: 'Thiếu số liệu.' }, f.tokens.communeTrungYen);
    await submit(sentMeanwhile, f.tokens.communeTrungYen);
    expect(codes(await t.request(GrantExtensionDocument, { requestId: asked.requestExtension.id }, f.tokens.districtSonDuongApprover))).toEqual(['INVALID_TRANSITION']);

    const stale = id('02542');
    const late = await t.ok(RequestExtensionDocument, { reportId: stale, until: '2019-04-22T00:00:00+07:00', reason: 'Thiếu số liệu.' }, f.tokens.communeMinhThanh);
    t.clock.set('2019-04-23T01:00:00Z'); // the approver answers after the asked date
    expect(codes(await t.request(GrantExtensionDocument, { requestId: late.requestExtension.id }, f.tokens.districtSonDuongApprover))).toEqual(['BAD_USER_INPUT']);
    const later = await t.ok(GrantExtensionDocument, { requestId: late.requestExtension.id, until: '2019-04-30T00:00:00+07:00' }, f.tokens.districtSonDuongApprover);
    expect(later.grantExtension.status).toBe('GRANTED');
  });

  it('an extension: asked with a reason, granted by the level above, reopens an overdue report and moves its own deadline', async () => {
    t.clock.set('2019-04-01T01:00:00Z');
    const { id } = await open({ latePolicy: 'LOCK_AFTER_GRACE' });
    const report = id('02542');
    // the deadline passes
    t.clock.set('2019-04-20T02:00:00Z');
    await t.hub.runSchedulerPass();
    expect((await deadline(report)).timeliness).toBe('OVERDUE');
    expect(codes(await submit(report, f.tokens.communeMinhThanh))).toEqual(['DEADLINE_PASSED']);

    const noReason = await t.request(RequestExtensionDocument, { reportId: report, until: '2019-04-25T00:00:00+07:00', reason: ' ' }, f.tokens.communeMinhThanh);
    expect(codes(noReason)).toEqual(['BAD_USER_INPUT']);
    const beyondParent = await t.request(RequestExtensionDocument, { reportId: report, until: '2019-05-20T00:00:00+07:00', reason: 'Thiếu cán bộ.' }, f.tokens.communeMinhThanh);
    expect(codes(beyondParent)).toEqual(['BAD_USER_INPUT']); // a commune may not go past its district's 15/5
    const notTheirs = await t.request(RequestExtensionDocument, { reportId: report, until: '2019-04-25T00:00:00+07:00', reason: 'x' }, f.tokens.communeSonDuong);
    expect(codes(notTheirs)).toEqual(['NOT_FOUND']);

    const asked = await t.ok(RequestExtensionDocument, { reportId: report, until: '2019-04-25T00:00:00+07:00', reason: 'Cán bộ phụ trách nghỉ ốm.' }, f.tokens.communeMinhThanh);
    expect(asked.requestExtension.status).toBe('PENDING');
    const twice = await t.request(RequestExtensionDocument, { reportId: report, until: '2019-04-26T00:00:00+07:00', reason: 'Lần hai.' }, f.tokens.communeMinhThanh);
    expect(codes(twice)).toEqual(['CONFLICT']);
    // the district approver is told
    const told = (await t.ok(NotificationsDocument, {}, f.tokens.districtSonDuongApprover)).notifications.edges.map((e) => e.node);
    expect(told.find((n) => n.kind === 'EXTENSION_REQUESTED')?.body).toContain('Cán bộ phụ trách nghỉ ốm.');
    // a reporter cannot grant, another district's approver cannot see it
    expect(codes(await t.request(GrantExtensionDocument, { requestId: asked.requestExtension.id }, f.tokens.communeMinhThanh))).toEqual(['FORBIDDEN']);
    expect(codes(await t.request(GrantExtensionDocument, { requestId: asked.requestExtension.id }, f.tokens.districtYenSonApprover))).toEqual(['NOT_FOUND']);

    const granted = await t.ok(GrantExtensionDocument, { requestId: asked.requestExtension.id, until: '2019-04-24T00:00:00+07:00', comment: 'Đồng ý đến hết 23/4.' }, f.tokens.districtSonDuongApprover);
    expect(granted.grantExtension).toMatchObject({ status: 'GRANTED', grantedUntil: '2019-04-23T17:00:00.000Z' });
    const moved = await deadline(report);
    expect(moved).toMatchObject({ dueAt: '2019-04-23T17:00:00.000Z', originalDueAt: '2019-04-19T17:00:00.000Z', timeliness: 'UPCOMING', late: false });
    expect(moved.history.map((h) => h.action)).toEqual(expect.arrayContaining(['DEADLINE', 'EXTENSION_REQUESTED', 'EXTENSION_GRANTED']));
    const answer = (await t.ok(NotificationsDocument, {}, f.tokens.communeMinhThanh)).notifications.edges.map((e) => e.node);
    expect(answer.find((n) => n.kind === 'EXTENSION_GRANTED')?.title).toContain('24/04/2019 00:00');
    expect(codes(await t.request(DenyExtensionDocument, { requestId: asked.requestExtension.id, reason: 'Muộn.' }, f.tokens.districtSonDuongApprover))).toEqual(['INVALID_TRANSITION']);

    // submitted within the new deadline, the report is on time
    t.clock.set('2019-04-23T16:59:59Z');
    const sent = await submit(report, f.tokens.communeMinhThanh);
    expect(sent.data?.submitReport).toMatchObject({ status: 'SUBMITTED', late: false });
    expect((await deadline(report)).timeliness).toBe('ON_TIME');
  });

  it('a denied extension keeps the deadline and says why', async () => {
    t.clock.set('2019-04-01T01:00:00Z');
    const { id } = await open({});
    const report = id('02455');
    const asked = await t.ok(RequestExtensionDocument, { reportId: report, until: '2019-04-30T00:00:00+07:00', reason: 'Chờ số liệu BHXH.' }, f.tokens.communeHungLoi);
    expect(codes(await t.request(DenyExtensionDocument, { requestId: asked.requestExtension.id, reason: '' }, f.tokens.districtYenSonApprover))).toEqual(['BAD_USER_INPUT']);
    const denied = await t.ok(DenyExtensionDocument, { requestId: asked.requestExtension.id, reason: 'Số liệu BHXH đã có từ 15/4.' }, f.tokens.districtYenSonApprover);
    expect(denied.denyExtension.status).toBe('DENIED');
    expect((await deadline(report))).toMatchObject({ dueAt: '2019-04-19T17:00:00.000Z', originalDueAt: null });
    const answer = (await t.ok(NotificationsDocument, {}, f.tokens.communeHungLoi)).notifications.edges.map((e) => e.node);
    expect(answer.find((n) => n.kind === 'EXTENSION_DENIED')?.body).toContain('Số liệu BHXH đã có từ 15/4.');
  });

  it('a national round has no root unit and one top report per province', async () => {
    const created = await t.ok(CreateCampaignWithSettingsDocument, { input: { ...base, name: 'Báo cáo toàn quốc' } as never }, f.adminToken);
    expect(created.createCampaign.rootUnit).toBeNull();
    const reports = await t.ok(ReportsDocument, { campaignId: created.createCampaign.id, first: 50 }, f.adminToken);
    expect(reports.reports.edges.map((e) => e.node.unitCode)).toEqual(['02455', '02458', '02536', '02539', '02542', '075', '076', '08', '10813', '10816', '294', '30']);
    // each province reads only its own part of it
    const seen = await t.ok(ReportsDocument, { campaignId: created.createCampaign.id, first: 50 }, f.tokens.districtThanhHaApprover);
    expect(seen.reports.edges.map((e) => e.node.unitCode)).toEqual(['10813', '10816', '294']);

    // a national monitor (no unit) follows the whole round, and gets the national digest at each deadline
    await t.ok(CreateUserDocument, { input: { username: 'theodoi.tw', password: 'mat-khau-trung-uong', role: 'MONITOR', fullName: 'Ban Tuyên giáo Trung ương' } }, f.adminToken);
    const national = await t.login('theodoi.tw', 'mat-khau-trung-uong');
    const whole = await t.ok(NationalProgressDocument, { campaignId: created.createCampaign.id }, national);
    expect(whole.campaignProgress.report).toBeNull();
    expect(whole.campaignProgress.children.map((c) => c.unitCode)).toEqual(['08', '30']);
    expect(whole.campaignProgress.levels.map((l) => [l.level, l.expected])).toEqual([['COMMUNE', 7], ['DISTRICT', 3], ['PROVINCE', 2]]);
    expect(codes(await t.request(NationalProgressDocument, { campaignId: created.createCampaign.id }, f.tokens.provinceMonitor))).toEqual(['NOT_FOUND']);
    const noUnit = await t.request(CreateUserDocument, { input: { username: 'nl.khong-don-vi', password: 'mat-khau-thu-nghiem', role: 'REPORTER' } }, f.adminToken);
    expect(codes(noUnit)).toEqual(['BAD_USER_INPUT']);
    t.clock.set('2019-04-20T01:00:00Z');
    await t.hub.runSchedulerPass();
    const digest = (await t.ok(NotificationsDocument, {}, national)).notifications.edges.map((e) => e.node).filter((n) => n.kind === 'DIGEST');
    // one digest per round whose commune deadline just passed: this national one (7 communes) and an earlier
    // Tuyên Quang round of this file (5), both followed from the centre
    expect(digest.map((n) => n.title).sort()).toEqual(['Hạn nộp cấp xã 20/04/2019 00:00: 5/5 đơn vị chậm nộp', expect.stringMatching(/: \d\/7 đơn vị chậm nộp$/)]);
  });
});
