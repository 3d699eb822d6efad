import { CampaignsWithPeriodsDocument, CreateScheduleDocument, SchedulesDocument } from './generated/graphql';
import { codes, startTestHub, TestHub } from './support/harness';
import { Fixture, loadFixture } from './support/fixture';

/** Seed 004: every year, communes report before 10/11 and the province consolidates before 20/11. */
describe('periodic rounds open themselves', () => {
  let t: TestHub;
  let f: Fixture;
  beforeAll(async () => {
    t = await startTestHub({ file: true, now: '2019-09-01T01:00:00Z', tokenTtlSeconds: 5 * 365 * 86_400 });
    f = await loadFixture(t);
  });
  afterAll(() => t.close());

  const campaigns = async () => (await t.ok(CampaignsWithPeriodsDocument, {}, f.adminToken)).campaigns;

  it('refuses a schedule whose deadlines break the chain order, and non-admins', async () => {
    const input = {
      name: 'Báo cáo BHYT {period}',
      documentNumber: '52-CT/TW',
      templateCode: 'BHYT_COVERAGE',
      periodKind: 'YEAR' as const,
      rootUnitCode: '08',
      levels: ['COMMUNE' as const, 'PROVINCE' as const],
      deadlines: [
        { level: 'COMMUNE' as const, monthOffset: -1, day: 20 },
        { level: 'PROVINCE' as const, monthOffset: -1, day: 10 },
      ],
      firstPeriodDay: '2019-01-01',
    };
    expect(codes(await t.request(CreateScheduleDocument, { input }, f.adminToken))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await t.request(CreateScheduleDocument, { input }, f.tokens.provinceApprover))).toEqual(['FORBIDDEN']);
    expect((await t.ok(SchedulesDocument, {}, f.adminToken)).schedules).toEqual([]);
  });

  it('opens the 2019 round 30 days before the communes deadline, once', async () => {
    const created = await t.ok(
      CreateScheduleDocument,
      {
        input: {
          name: 'Báo cáo kết quả thực hiện BHYT {period}',
          documentNumber: '52-CT/TW',
          templateCode: 'BHYT_COVERAGE',
          periodKind: 'YEAR',
          rootUnitCode: '08',
          levels: ['COMMUNE', 'PROVINCE'],
          deadlines: [
            { level: 'COMMUNE', monthOffset: -1, day: 10 },
            { level: 'PROVINCE', monthOffset: -1, day: 20 },
          ],
          opensDaysBefore: 30,
          firstPeriodDay: '2019-01-01',
        },
      },
      f.adminToken,
    );
    expect(created.createSchedule.lastOpenedPeriod).toBe('YEAR:2018:1');
    t.clock.set('2019-10-10T16:59:59Z'); // 10/10 23:59:59 in Vietnam: one second early
    await t.hub.runSchedulerPass();
    expect(await campaigns()).toEqual([]);
    t.clock.set('2019-10-10T17:00:00Z');
    await t.hub.runSchedulerPass();
    await t.hub.runSchedulerPass();
    const opened = await campaigns();
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({
      name: 'Báo cáo kết quả thực hiện BHYT Năm 2019',
      documentNumber: '52-CT/TW',
      periodStart: '2018-12-15',
      periodEnd: '2019-12-14',
      levels: [
        { level: 'COMMUNE', dueAt: '2019-11-09T17:00:00.000Z' },
        { level: 'PROVINCE', dueAt: '2019-11-19T17:00:00.000Z' },
      ],
    });
  });

  it('after two years of downtime, a restart opens the missed rounds (2020, 2021) and not the next one', async () => {
    t.clock.set('2021-10-20T02:00:00Z');
    await t.restart();
    const all = await campaigns();
    expect(all.map((c) => c.name)).toEqual([
      'Báo cáo kết quả thực hiện BHYT Năm 2021',
      'Báo cáo kết quả thực hiện BHYT Năm 2020',
      'Báo cáo kết quả thực hiện BHYT Năm 2019',
    ]);
    expect(all[0].levels[0].dueAt).toBe('2021-11-09T17:00:00.000Z');
    expect((await t.ok(SchedulesDocument, {}, f.adminToken)).schedules[0].lastOpenedPeriod).toBe('YEAR:2021:1');
  });
});

describe('a schedule that cannot open a round', () => {
  let t: TestHub;
  let f: Fixture;
  beforeAll(async () => {
    t = await startTestHub({ now: '2019-01-02T01:00:00Z', tokenTtlSeconds: 365 * 86_400 });
    f = await loadFixture(t);
  });
  afterAll(() => t.close());

  it('is skipped with a log line; other work of the pass goes on', async () => {
    // "before the 30th" and "before the 31st" of the cut-off month: distinct in January, both the 28th in February
    await t.ok(
      CreateScheduleDocument,
      {
        input: {
          name: 'Báo cáo tháng {period}',
          templateCode: 'BHYT_COVERAGE',
          periodKind: 'MONTH',
          rootUnitCode: '08',
          levels: ['COMMUNE', 'PROVINCE'],
          deadlines: [
            { level: 'COMMUNE', monthOffset: 0, day: 30 },
            { level: 'PROVINCE', monthOffset: 0, day: 31 },
          ],
          opensDaysBefore: 20,
          firstPeriodDay: '2019-01-02',
        },
      },
      f.adminToken,
    );
    t.clock.set('2019-01-15T01:00:00Z');
    await t.hub.runSchedulerPass();
    expect((await campaignsOf(t, f)).map((c) => c.name)).toEqual(['Báo cáo tháng Tháng 1/2019']);
    t.clock.set('2019-02-10T01:00:00Z'); // February's round cannot be opened, and January's deadline passed
    const pass = await t.hub.runSchedulerPass();
    expect(pass.overdue).toBe(6); // the deadline work still ran: five communes and the province are overdue
    expect((await campaignsOf(t, f)).map((c) => c.name)).toEqual(['Báo cáo tháng Tháng 1/2019']);
    expect((await t.ok(SchedulesDocument, {}, f.adminToken)).schedules[0].lastOpenedPeriod).toBe('MONTH:2019:1');
  });
});

async function campaignsOf(t: TestHub, f: Fixture) {
  return (await t.ok(CampaignsWithPeriodsDocument, {}, f.adminToken)).campaigns;
}
