import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { EntityManager } from '@mikro-orm/knex';
import { Hub, startHub } from '../src/app';
import { PublicHoliday } from '../src/deadlines/holiday.entity';
import { HolidaysDocument, LoginDocument, NextWorkingDeadlineDocument, RemoveHolidayDocument, SetHolidayDocument } from './generated/graphql';
import { ADMIN, CheckedClient, codes, GraphQLResult, startTestHub, TestHub } from './support/harness';
import { Fixture, loadFixture } from './support/fixture';

/** Sends an operation to a hub the harness did not start (the restarted one). */
async function post<T, V>(hub: Hub, doc: TypedDocumentNode<T, V>, variables: V, token?: string): Promise<GraphQLResult<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(hub.url, { method: 'POST', headers, body: JSON.stringify({ query: print(doc), variables }) });
  const body = (await response.json()) as { data?: T; errors?: GraphQLResult<T>['errors'] };
  return { ...body, status: response.status };
}

function ok<T>(result: GraphQLResult<T>): T {
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}

const TET_2021 = ['2021-02-10', '2021-02-11', '2021-02-12', '2021-02-13', '2021-02-14', '2021-02-15', '2021-02-16'];

/** "Before D" deadlines used below, and where art. 148 moves them with the shipped calendar. */
const BEFORE_SUNDAY_7_MARCH = '2021-03-07T00:00:00+07:00'; // last day Saturday 06/03 → end of Monday 08/03
const BEFORE_11_FEBRUARY = '2021-02-11T00:00:00+07:00'; // last day 10/02, first day of Tết → end of Wednesday 17/02
const BEFORE_4_MAY = '2021-05-04T00:00:00+07:00'; // last day 03/05, compensatory day off for 1/5 → end of Tuesday 04/05
const BEFORE_THURSDAY_4_MARCH = '2021-03-04T00:00:00+07:00'; // last day Wednesday 03/03, a working day: unchanged

describe('holiday calendar stored in the database', () => {
  let t: TestHub;
  let f: Fixture;
  let client: CheckedClient;
  let second: Hub | null = null;

  beforeAll(async () => {
    t = await startTestHub({ file: true, now: '2021-01-05T02:00:00Z', tokenTtlSeconds: 30 * 24 * 3600 });
    f = await loadFixture(t);
    client = new CheckedClient(t);
  });
  afterAll(async () => {
    if (second) await second.close();
    else await t.hub.close().catch(() => undefined);
    await t.dropDatabase();
  });

  const deadline = async (dueAt: string, token = f.tokens.communeSonDuong) =>
    (await t.ok(NextWorkingDeadlineDocument, { dueAt }, token)).nextWorkingDeadline;

  it('lists the shipped days of 2021, Tết Nguyên đán 10–16/02 among them, to any signed-in user', async () => {
    const listed = (await t.ok(HolidaysDocument, { year: 2021 }, f.tokens.communeSonDuong)).holidays;
    expect(listed.map((h) => h.date)).toEqual([
      '2021-01-01', ...TET_2021, '2021-04-21', '2021-04-30', '2021-05-01', '2021-05-03', '2021-09-02', '2021-09-03',
    ]);
    const tet = listed.filter((h) => TET_2021.includes(h.date));
    expect(tet.map((h) => [h.name, h.source])).toEqual(TET_2021.map(() => ['Tết Nguyên đán', 'BUILT_IN']));
    expect((await t.ok(HolidaysDocument, { year: 2021 }, f.tokens.provinceMonitor)).holidays).toEqual(listed);
    expect((await t.ok(HolidaysDocument, { year: 2030 }, f.adminToken)).holidays).toEqual([]);
    await client.refused(HolidaysDocument, { year: 2021 }, null, 'UNAUTHENTICATED', 'holidays');
    const badYear = await client.refused(HolidaysDocument, { year: 20211 }, f.adminToken, 'BAD_USER_INPUT', 'holidays');
    expect(badYear.errors![0].message).toMatch(/^Năm phải nằm trong khoảng/);
  });

  it('moves a deadline whose last day is a Saturday, or a day of Tết, to the end of the next working day', async () => {
    expect(await deadline(BEFORE_SUNDAY_7_MARCH)).toBe('2021-03-08T17:00:00.000Z');
    expect(await deadline(BEFORE_11_FEBRUARY)).toBe('2021-02-17T17:00:00.000Z');
    expect(await deadline(BEFORE_4_MAY)).toBe('2021-05-04T17:00:00.000Z');
    expect(await deadline(BEFORE_THURSDAY_4_MARCH)).toBe('2021-03-03T17:00:00.000Z');
    await client.refused(NextWorkingDeadlineDocument, { dueAt: BEFORE_11_FEBRUARY }, null, 'UNAUTHENTICATED', 'nextWorkingDeadline');
  });

  it('refuses every change from anyone but an admin, and changes nothing', async () => {
    const before = (await t.ok(HolidaysDocument, { year: 2021 }, f.adminToken)).holidays;
    for (const token of [f.tokens.communeSonDuong, f.tokens.districtSonDuongApprover, f.tokens.provinceMonitor]) {
      const set = await client.refused(SetHolidayDocument, { date: '2021-02-17', name: 'Nghỉ thêm' }, token, 'FORBIDDEN', 'setHoliday');
      expect(set.errors![0].message).toBe('Chức năng này chỉ dành cho quản trị hệ thống.');
      await client.refused(RemoveHolidayDocument, { date: '2021-02-10' }, token, 'FORBIDDEN', 'removeHoliday');
    }
    await client.refused(SetHolidayDocument, { date: '2021-02-17', name: 'Nghỉ thêm' }, null, 'UNAUTHENTICATED', 'setHoliday');
    await client.refused(RemoveHolidayDocument, { date: '2021-02-10' }, null, 'UNAUTHENTICATED', 'removeHoliday');
    // a bad date from a non-admin is still FORBIDDEN: the role is checked first
    await client.refused(SetHolidayDocument, { date: 'hôm qua', name: 'x' }, f.tokens.communeSonDuong, 'FORBIDDEN', 'setHoliday');
    expect((await t.ok(HolidaysDocument, { year: 2021 }, f.adminToken)).holidays).toEqual(before);
  });

  it('answers a bad date or name with BAD_USER_INPUT in Vietnamese, and removing an ordinary day with NOT_FOUND', async () => {
    const cases: [string, string, RegExp][] = [
      ['2021/02/17', 'Nghỉ thêm', /không đúng định dạng YYYY-MM-DD/],
      ['17/02/2021', 'Nghỉ thêm', /không đúng định dạng YYYY-MM-DD/],
      ['2021-02-30', 'Nghỉ thêm', /không tồn tại trong lịch/],
      ['2521-02-17', 'Nghỉ thêm', /Năm phải nằm trong khoảng 1900–2100/],
      ['2021-02-17', '   ', /Tên ngày nghỉ không được để trống/],
      ['2021-02-17', 'x'.repeat(201), /Tên ngày nghỉ dài quá 200 ký tự/],
    ];
    for (const [date, name, message] of cases) {
      const refused = await client.refused(SetHolidayDocument, { date, name }, f.adminToken, 'BAD_USER_INPUT', 'setHoliday');
      expect([date, refused.errors![0].message]).toEqual([date, expect.stringMatching(message)]);
    }
    await client.refused(RemoveHolidayDocument, { date: '2021-13-01' }, f.adminToken, 'BAD_USER_INPUT', 'removeHoliday');
    // a Saturday is a rest day, but not a listed holiday that can be removed
    const saturday = await client.refused(RemoveHolidayDocument, { date: '2021-03-06' }, f.adminToken, 'NOT_FOUND', 'removeHoliday');
    expect(saturday.errors![0].message).toBe('Ngày 06/03/2021 không có trong danh sách ngày nghỉ lễ, Tết.');
    expect((await t.ok(HolidaysDocument, { year: 2021 }, f.adminToken)).holidays).toHaveLength(14);
  });

  it('lets an admin add a day, rename it, rename and remove shipped days; the deadlines follow', async () => {
    t.clock.set('2021-01-06T03:00:00Z');
    const added = (await t.ok(SetHolidayDocument, { date: '2021-02-17', name: 'Nghỉ thêm sau Tết' }, f.adminToken)).setHoliday;
    expect(added).toEqual({ date: '2021-02-17', name: 'Nghỉ thêm sau Tết', source: 'ADMIN', updatedAt: '2021-01-06T03:00:00.000Z' });
    // Tết now runs into Wednesday 17/02: the deadline moves one working day further
    expect(await deadline(BEFORE_11_FEBRUARY)).toBe('2021-02-18T17:00:00.000Z');

    t.clock.set('2021-01-06T04:00:00Z');
    const renamed = (await t.ok(SetHolidayDocument, { date: '2021-02-17', name: '  Nghỉ   bù Tết Nguyên đán ' }, f.adminToken)).setHoliday;
    expect(renamed).toEqual({ date: '2021-02-17', name: 'Nghỉ bù Tết Nguyên đán', source: 'ADMIN', updatedAt: '2021-01-06T04:00:00.000Z' });
    // the same name again changes nothing, not even the time of the last change
    t.clock.set('2021-01-06T05:00:00Z');
    const same = (await t.ok(SetHolidayDocument, { date: '2021-02-17', name: 'Nghỉ bù Tết Nguyên đán' }, f.adminToken)).setHoliday;
    expect(same.updatedAt).toBe('2021-01-06T04:00:00.000Z');

    const shippedRenamed = (await t.ok(SetHolidayDocument, { date: '2021-01-01', name: 'Tết Dương lịch 2021' }, f.adminToken)).setHoliday;
    expect(shippedRenamed).toMatchObject({ date: '2021-01-01', name: 'Tết Dương lịch 2021', source: 'ADMIN' });

    expect((await t.ok(RemoveHolidayDocument, { date: '2021-05-03' }, f.adminToken)).removeHoliday).toBe(true);
    // 03/05 is an ordinary Monday again: a deadline "before 04/05" no longer moves
    expect(await deadline(BEFORE_4_MAY)).toBe('2021-05-03T17:00:00.000Z');
    const again = await client.refused(RemoveHolidayDocument, { date: '2021-05-03' }, f.adminToken, 'NOT_FOUND', 'removeHoliday');
    expect(again.errors![0].message).toBe('Ngày 03/05/2021 không có trong danh sách ngày nghỉ lễ, Tết.');

    // an extra day on Monday 08/03 moves the Saturday deadline one day further too
    await t.ok(SetHolidayDocument, { date: '2021-03-08', name: 'Ngày nghỉ thử nghiệm' }, f.adminToken);
    expect(await deadline(BEFORE_SUNDAY_7_MARCH)).toBe('2021-03-09T17:00:00.000Z');
    expect((await t.ok(RemoveHolidayDocument, { date: '2021-03-08' }, f.adminToken)).removeHoliday).toBe(true);
    expect(await deadline(BEFORE_SUNDAY_7_MARCH)).toBe('2021-03-08T17:00:00.000Z');

    const listed = (await t.ok(HolidaysDocument, { year: 2021 }, f.tokens.communeSonDuong)).holidays;
    expect(listed.map((h) => [h.date, h.name, h.source])).toEqual([
      ['2021-01-01', 'Tết Dương lịch 2021', 'ADMIN'],
      ...TET_2021.map((d) => [d, 'Tết Nguyên đán', 'BUILT_IN']),
      ['2021-02-17', 'Nghỉ bù Tết Nguyên đán', 'ADMIN'],
      ['2021-04-21', 'Giỗ Tổ Hùng Vương', 'BUILT_IN'],
      ['2021-04-30', 'Ngày Chiến thắng (30/4)', 'BUILT_IN'],
      ['2021-05-01', 'Ngày Quốc tế lao động (1/5)', 'BUILT_IN'],
      ['2021-09-02', 'Quốc khánh (2/9)', 'BUILT_IN'],
      ['2021-09-03', 'Quốc khánh (ngày liền kề 2/9)', 'BUILT_IN'],
    ]);
  });

  it("a restart on the same file keeps the admin's edits and does not bring back the removed shipped day", async () => {
    const before2021 = (await t.ok(HolidaysDocument, { year: 2021 }, f.adminToken)).holidays;
    const before2020 = (await t.ok(HolidaysDocument, { year: 2020 }, f.adminToken)).holidays;
    expect(before2020.length).toBeGreaterThan(0);

    await t.hub.close(); // not t.close(): that would drop the database
    second = await startHub({ config: { ...t.config, port: 0 }, clock: t.clock, log: () => undefined });
    const admin = ok(await post(second, LoginDocument, ADMIN)).login.token;

    expect(ok(await post(second, HolidaysDocument, { year: 2021 }, admin)).holidays).toEqual(before2021);
    expect(ok(await post(second, HolidaysDocument, { year: 2020 }, admin)).holidays).toEqual(before2020);
    // the removed shipped day is kept as a marker, so the installer knows to leave it out
    const em = second.orm.em.fork() as EntityManager;
    expect(await em.findOne(PublicHoliday, { date: '2021-05-03' })).toMatchObject({ removed: true, source: 'BUILT_IN', name: 'Nghỉ bù Ngày Quốc tế lao động' });
    expect(await second.services.holidays.installBuiltIns(em, t.clock)).toBe(0);

    // the restarted hub rolls deadlines forward with the edited calendar
    expect(ok(await post(second, NextWorkingDeadlineDocument, { dueAt: BEFORE_11_FEBRUARY }, admin)).nextWorkingDeadline).toBe('2021-02-18T17:00:00.000Z');
    expect(ok(await post(second, NextWorkingDeadlineDocument, { dueAt: BEFORE_4_MAY }, admin)).nextWorkingDeadline).toBe('2021-05-03T17:00:00.000Z');

    // an admin can still bring the removed day back on purpose; it is then the admin's
    t.clock.set('2021-01-07T02:00:00Z');
    const restored = ok(await post(second, SetHolidayDocument, { date: '2021-05-03', name: 'Nghỉ bù Ngày Quốc tế lao động' }, admin)).setHoliday;
    expect(restored).toEqual({ date: '2021-05-03', name: 'Nghỉ bù Ngày Quốc tế lao động', source: 'ADMIN', updatedAt: '2021-01-07T02:00:00.000Z' });
    expect(ok(await post(second, NextWorkingDeadlineDocument, { dueAt: BEFORE_4_MAY }, admin)).nextWorkingDeadline).toBe('2021-05-04T17:00:00.000Z');

    // the old hub's tokens still work (same key, same accounts), and the role check holds after the restart
    const refused = await post(second, RemoveHolidayDocument, { date: '2021-02-10' }, f.tokens.provinceApprover);
    expect(codes(refused)).toEqual(['FORBIDDEN']);
  });
});
