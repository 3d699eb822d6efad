import {
  CampaignProgressDocument,
  CreateCampaignDocument,
  MarkNotificationsReadDocument,
  NotificationsDocument,
  ReportsDocument,
  ReportTimelinessDocument,
  ReturnReportDocument,
  SaveReportValuesDocument,
  SubmitReportDocument,
} from './generated/graphql';
import { codes, startTestHub, TestHub } from './support/harness';
import { asValues, Fixture, loadFixture, SEED_003_DEADLINES, smallCommune, SON_DUONG_COMMUNES, versionOf } from './support/fixture';

/**
 * Seed 003 replayed on a moving clock: communes before 20/4/2019, districts before 15/5, the province before
 * 21/6, reminders 7, 3 and 1 days before, and the server restarted while deadlines fall due.
 */
describe('deadlines drive the chain (seed 003 replayed, with a restart)', () => {
  let t: TestHub;
  let f: Fixture;
  let campaignId: string;
  const reportOf = new Map<string, string>();

  const notices = async (token: string) => (await t.ok(NotificationsDocument, { first: 100 }, token)).notifications;
  const kinds = async (token: string) => (await notices(token)).edges.map((e) => e.node.kind).sort();
  const timeliness = async (code: string) => (await t.ok(ReportTimelinessDocument, { id: reportOf.get(code)! }, f.adminToken)).report;

  async function fillAndSubmit(code: string, token: string, figures: Record<string, number>) {
    const id = reportOf.get(code)!;
    const saved = await t.ok(SaveReportValuesDocument, { reportId: id, values: asValues(figures), expectedVersion: await versionOf(t, f.adminToken, id) }, token);
    return (await t.ok(SubmitReportDocument, { reportId: id, expectedVersion: saved.saveReportValues.version }, token)).submitReport;
  }

  beforeAll(async () => {
    t = await startTestHub({ file: true, now: '2019-03-27T02:00:00Z', tokenTtlSeconds: 400 * 86_400 });
    f = await loadFixture(t);
    const created = await t.ok(
      CreateCampaignDocument,
      {
        input: {
          name: 'Tổng kết 10 năm Chỉ thị 38-CT/TW',
          documentNumber: '134-KH/TU',
          templateCode: 'BHYT_COVERAGE',
          periodStart: '2009-01-01',
          periodEnd: '2018-12-31',
          rootUnitCode: '08',
          levels: ['COMMUNE', 'DISTRICT', 'PROVINCE'],
          deadlines: SEED_003_DEADLINES,
          reminderDays: [7, 3, 1],
        },
      },
      f.adminToken,
    );
    campaignId = created.createCampaign.id;
    const all = await t.ok(ReportsDocument, { campaignId, first: 50 }, f.adminToken);
    for (const e of all.reports.edges) reportOf.set(e.node.unitCode, e.node.id);
  });
  afterAll(() => t.close());

  it('sends nothing before the first reminder time', async () => {
    t.clock.set('2019-04-12T16:59:59Z'); // 12/4 23:59:59 in Vietnam, a second before "7 days before 20/4"
    const pass = await t.hub.runSchedulerPass();
    expect(pass).toEqual({ reminded: 0, overdue: 0, digests: 0, notices: 0 });
    expect((await timeliness('02536')).timeliness).toBe('UPCOMING');
  });

  it('reminds each commune once at 7 days before, and the report becomes DUE_SOON', async () => {
    t.clock.set('2019-04-12T17:00:00Z');
    const pass = await t.hub.runSchedulerPass();
    expect(pass.reminded).toBe(5); // the five communes; districts are due later
    expect(await kinds(f.tokens.communeSonDuong)).toEqual(['REMINDER']);
    expect((await timeliness('02536')).timeliness).toBe('DUE_SOON');
    const again = await t.hub.runSchedulerPass();
    expect(again).toEqual({ reminded: 0, overdue: 0, digests: 0, notices: 0 });
    const reminder = (await notices(f.tokens.communeSonDuong)).edges[0].node;
    expect(reminder.title).toContain('còn 7 ngày');
    expect(reminder.body).toContain('20/04/2019 00:00');
  });

  it('one commune submits a second before the deadline: ON_TIME, and it is reminded no more', async () => {
    t.clock.set('2019-04-16T17:00:00Z'); // 3 days before
    await t.hub.runSchedulerPass();
    t.clock.set('2019-04-19T16:59:59Z');
    const sent = await fillAndSubmit('02536', f.tokens.communeSonDuong, SON_DUONG_COMMUNES['02536']);
    expect(sent.late).toBe(false);
    expect((await timeliness('02536')).timeliness).toBe('ON_TIME');
    expect(await kinds(f.tokens.communeSonDuong)).toEqual(['REMINDER', 'REMINDER']);
  });

  it('after a restart across the deadline, one pass catches up: overdue marked, escalated and digested once', async () => {
    // the hub is down from 19/4 23:59:59 until 20/4 10:00 (Vietnam); the 1-day reminder fell in that gap
    t.clock.set('2019-04-20T03:00:00Z');
    await t.restart(); // the start-up pass runs now
    for (const code of ['02539', '02542', '02455', '02458']) {
      const r = await timeliness(code);
      expect([code, r.timeliness]).toEqual([code, 'OVERDUE']);
      expect(r.history.find((h) => h.action === 'DEADLINE')?.reason).toContain('20/04/2019 00:00');
    }
    expect((await timeliness('02536')).timeliness).toBe('ON_TIME');
    // the missed 1-day reminder is not sent after the deadline: the overdue notice replaces it
    expect(await kinds(f.tokens.communeTrungYen)).toEqual(['OVERDUE', 'REMINDER', 'REMINDER']);
    expect(await kinds(f.tokens.communeSonDuong)).toEqual(['REMINDER', 'REMINDER']);
    // the district approvers one level up hear once, with all their late communes named
    const sonDuong = (await notices(f.tokens.districtSonDuongApprover)).edges.map((e) => e.node);
    expect(sonDuong.map((n) => n.kind)).toEqual(['CHILD_OVERDUE']);
    expect(sonDuong[0].body).toContain('Xã Trung Yên (02539)');
    expect(sonDuong[0].body).toContain('Xã Minh Thanh (02542)');
    expect(sonDuong[0].body).not.toContain('02536');
    // the province monitor gets one digest for the communes' deadline, late units with days late
    const digest = (await notices(f.tokens.provinceMonitor)).edges.map((e) => e.node);
    expect(digest.map((n) => n.kind)).toEqual(['DIGEST']);
    expect(digest[0].title).toContain('4/5 đơn vị chậm nộp');
    expect(digest[0].body).toContain('Xã Hùng Lợi (02455): chưa nộp, trễ 1 ngày');
    // the district monitor's digest covers its own subtree only
    const districtDigest = (await notices(f.tokens.districtSonDuongMonitor)).edges.map((e) => e.node);
    expect(districtDigest[0].title).toContain('2/3 đơn vị chậm nộp');

    // another restart and pass change nothing
    await t.restart();
    expect(await t.hub.runSchedulerPass()).toEqual({ reminded: 0, overdue: 0, digests: 0, notices: 0 });
    expect((await notices(f.tokens.provinceMonitor)).totalCount).toBe(1);
    expect((await notices(f.tokens.districtSonDuongApprover)).totalCount).toBe(1);
  });

  it('a submission after 20/4 00:00 is late, and stays late through return and resubmission', async () => {
    const progressBefore = await t.ok(CampaignProgressDocument, { campaignId, unitCode: '08' }, f.tokens.provinceMonitor);
    expect(progressBefore.campaignProgress.levels.find((l) => l.level === 'COMMUNE')).toMatchObject({ overdue: 4, submittedLate: 0 });

    const sent = await fillAndSubmit('02539', f.tokens.communeTrungYen, SON_DUONG_COMMUNES['02539']);
    expect(sent.late).toBe(true);
    expect((await timeliness('02539')).timeliness).toBe('LATE');
    const id = reportOf.get('02539')!;
    await t.ok(ReturnReportDocument, { reportId: id, reason: 'Bổ sung số liệu trẻ em dưới 6 tuổi.', expectedVersion: await versionOf(t, f.adminToken, id) }, f.tokens.districtSonDuongApprover);
    // the return reaches the commune's reporter at once, with the reason
    const returned = (await notices(f.tokens.communeTrungYen)).edges.map((e) => e.node).find((n) => n.kind === 'RETURNED')!;
    expect(returned.body).toContain('Bổ sung số liệu trẻ em dưới 6 tuổi.');
    expect(returned.report?.unitCode).toBe('02539');
    expect((await timeliness('02539')).timeliness).toBe('LATE');

    const progress = await t.ok(CampaignProgressDocument, { campaignId, unitCode: '08' }, f.tokens.provinceMonitor);
    expect(progress.campaignProgress.levels.find((l) => l.level === 'COMMUNE')).toMatchObject({ overdue: 3, submittedLate: 1 });
  });

  it('districts are reminded and escalated on their own deadline (15/5), the province monitor digested again', async () => {
    t.clock.set('2019-05-07T17:00:00Z'); // 7 days before 15/5
    const reminders = await t.hub.runSchedulerPass();
    expect(reminders.reminded).toBe(2);
    t.clock.set('2019-05-14T16:59:59Z');
    await fillAndSubmit('02458', f.tokens.communeTrungSon, smallCommune(4000)); // a late commune, long after
    t.clock.set('2019-05-14T17:00:00Z');
    const pass = await t.hub.runSchedulerPass();
    expect(pass).toMatchObject({ overdue: 2, digests: 1 });
    const digests = (await notices(f.tokens.provinceMonitor)).edges.map((e) => e.node).filter((n) => n.kind === 'DIGEST');
    expect(digests).toHaveLength(2);
    expect(digests[0].title).toContain('cấp huyện');
    expect(digests[0].title).toContain('2/2 đơn vị chậm nộp');
  });

  it('notifications can be read one by one; only your own', async () => {
    const mine = await notices(f.tokens.provinceMonitor);
    expect(mine.edges.length).toBeGreaterThan(0);
    const before = (await t.ok(NotificationsDocument, { unreadOnly: true }, f.tokens.provinceMonitor)).unreadNotificationCount;
    const ids = mine.edges.map((e) => e.node.id);
    const otherPeople = (await notices(f.tokens.communeTrungYen)).edges.map((e) => e.node.id);
    const marked = await t.ok(MarkNotificationsReadDocument, { ids: [...ids, ...otherPeople] }, f.tokens.provinceMonitor);
    expect(marked.markNotificationsRead).toBe(before);
    expect((await t.ok(NotificationsDocument, { unreadOnly: true }, f.tokens.provinceMonitor)).notifications.totalCount).toBe(0);
    expect((await t.ok(NotificationsDocument, { unreadOnly: true }, f.tokens.communeTrungYen)).notifications.totalCount).toBe(otherPeople.length);
    expect(codes(await t.request(NotificationsDocument, {}, null))).toEqual(['UNAUTHENTICATED']);
  });
});
