import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { startHub } from '../src/app';
import { DEMO_PASSWORD, DEMO_USERS } from '../src/demo/demo.seed';
import { CampaignsDocument, DistrictFiguresDocument, DistrictFiguresQuery, LoginDocument, ProgressDeepDocument, ReportsDocument, UnitsDocument } from './generated/graphql';
import { ADMIN, codes, startTestHub, TestHub } from './support/harness';
import { createTestDatabase } from './support/database';

/**
 * The demo database as a newcomer finds it: Tỉnh Tuyên Quang with Huyện Sơn Dương (30 communes) and Thành phố
 * Tuyên Quang (15), one account per role, and the 2020 BHYT round half-way through review.
 */

/** Sơn Dương's communes in the demo that wait for review, and the one sent back. */
const PENDING = ['02539', '02551', '02620'];
const RETURNED = '02545';

/** A query against any hub URL, for a hub the harness did not start. */
async function post<T, V>(url: string, doc: TypedDocumentNode<T, V>, variables: V, token?: string): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query: print(doc), variables }) });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

describe('the demo round (seedDemo)', () => {
  let t: TestHub;
  let campaignId: string;
  let provinceMonitor: string;
  let districtApprover: string;
  let district: DistrictFiguresQuery['report'];

  beforeAll(async () => {
    // 15/01/2021: after the communes' deadline (10/01), before the districts' (20/01)
    t = await startTestHub({ seedDemo: true, now: '2021-01-15T02:00:00Z' });
    provinceMonitor = await t.login('tinh.theodoi', DEMO_PASSWORD);
    districtApprover = await t.login('sonduong.duyet', DEMO_PASSWORD);
    const campaigns = await t.ok(CampaignsDocument, {}, provinceMonitor);
    expect(campaigns.campaigns).toHaveLength(1);
    campaignId = campaigns.campaigns[0].id;
    const sd = await t.ok(ReportsDocument, { campaignId, unitCode: '076', first: 100 }, districtApprover);
    const id = sd.reports.edges.find((e) => e.node.unitCode === '076')!.node.id;
    district = (await t.ok(DistrictFiguresDocument, { id }, districtApprover)).report;
  });
  afterAll(() => t.close());

  it('every demo account logs in with the shared password; an admin configured beforehand keeps its own', async () => {
    for (const user of DEMO_USERS) {
      if (user.username === ADMIN.username) continue;
      const login = await t.ok(LoginDocument, { username: user.username, password: DEMO_PASSWORD });
      expect([user.username, login.login.user.role, login.login.user.unit?.code ?? null]).toEqual([user.username, user.role, user.unitCode]);
    }
    // one reporter per commune, named after its code
    const commune = await t.ok(LoginDocument, { username: `xa${RETURNED}.nhaplieu`, password: DEMO_PASSWORD });
    expect(commune.login.user.unit?.name).toBe('Xã Tân Trào');
    // the harness creates "quantri" from its configuration before the demo is seeded; the demo does not reset it
    expect((await t.ok(LoginDocument, ADMIN)).login.user.role).toBe('ADMIN');
    expect(codes(await t.request(LoginDocument, { username: ADMIN.username, password: DEMO_PASSWORD }))).toEqual(['UNAUTHENTICATED']);
  });

  it('without a configured admin, all demo accounts, the admin included, use the shared password', async () => {
    // a database of its own, fresh: the demo is seeded into it as on a first start
    const database = await createTestDatabase(false);
    const hub = await startHub({ config: { ...t.config, databaseUrl: database.url, admin: null }, log: () => undefined });
    try {
      for (const user of DEMO_USERS) {
        const login = await post(hub.url, LoginDocument, { username: user.username, password: DEMO_PASSWORD });
        expect([user.username, login.login.user.role]).toEqual([user.username, user.role]);
      }
    } finally {
      await hub.close();
      await database.drop();
    }
  });

  it('with an administrator configured under another name, the demo adds no admin with the published password', async () => {
    const admin = { username: 'truongphong.cntt', password: 'mat-khau-rieng-cua-so' };
    // a database of its own, fresh: the demo is seeded into it as on a first start
    const database = await createTestDatabase(false);
    const hub = await startHub({ config: { ...t.config, databaseUrl: database.url, admin }, log: () => undefined });
    try {
      const refused = await fetch(hub.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: print(LoginDocument), variables: { username: 'quantri', password: DEMO_PASSWORD } }),
      }).then((r) => r.json() as Promise<{ errors?: { extensions?: { code?: string } }[] }>);
      expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      const own = await post(hub.url, LoginDocument, admin);
      expect(own.login.user.role).toBe('ADMIN');
      const reporter = await post(hub.url, LoginDocument, { username: 'sonduong.nhaplieu', password: DEMO_PASSWORD });
      expect(reporter.login.user.role).toBe('REPORTER');
    } finally {
      await hub.close();
      await database.drop();
    }
  });

  it('holds Tuyên Quang with Sơn Dương (30 communes) and Thành phố Tuyên Quang (15)', async () => {
    const units = await t.ok(UnitsDocument, { parentCode: '08' }, provinceMonitor);
    expect(units.units.edges.map((e) => [e.node.code, e.node.name])).toEqual([
      ['070', 'Thành phố Tuyên Quang'],
      ['076', 'Huyện Sơn Dương'],
    ]);
    expect((await t.ok(UnitsDocument, { parentCode: '076' }, provinceMonitor)).units.totalCount).toBe(30);
    expect((await t.ok(UnitsDocument, { parentCode: '070' }, provinceMonitor)).units.totalCount).toBe(15);
    expect((await t.ok(ReportsDocument, { campaignId, first: 1 }, provinceMonitor)).reports.totalCount).toBe(48);
  });

  it("Sơn Dương's provisional figures are the district's 2020 totals exactly: 204.908 / 194.213 / 94,78%", async () => {
    const provisional = new Map(district.provisionalValues.map((v) => [v.code, v]));
    expect(provisional.get('POP')).toMatchObject({ value: 204908, display: '204.908' });
    expect(provisional.get('INSURED')).toMatchObject({ value: 194213, display: '194.213' });
    expect(provisional.get('COVERAGE_RATE')!.display).toBe('94,78%');
    expect(provisional.get('COVERAGE_RATE')!.value).toBeCloseTo((194213 / 204908) * 100, 10);
    expect(provisional.get('CARDS_LOCAL')!.value).toBe(160335);
  });

  it("Sơn Dương's official figures are the sums of its 26 approved communes only; completeness 26/30", async () => {
    expect(district.completeness).toEqual({ expected: 30, submitted: 29, approved: 26, returned: 1, draft: 0, display: '26/30' });
    const approved = district.children.filter((c) => c.status === 'APPROVED');
    expect(approved).toHaveLength(26);

    const consolidated = district.values.filter((v) => v.source === 'CONSOLIDATED');
    expect(consolidated.map((v) => v.code)).toEqual(expect.arrayContaining(['POP', 'INSURED', 'CARDS_LOCAL', 'G5_HOUSEHOLD']));
    for (const official of consolidated) {
      const perCommune = approved.map((c) => c.values.find((v) => v.code === official.code)?.value ?? null).filter((v): v is number => v != null);
      const expected = perCommune.length ? perCommune.reduce((a, b) => a + b, 0) : null;
      expect([official.code, official.value]).toEqual([official.code, expected]);
    }
    const pop = district.values.find((v) => v.code === 'POP')!.value!;
    const insured = district.values.find((v) => v.code === 'INSURED')!.value!;
    expect(pop).toBeLessThan(204908); // four communes are still out of the official figures
    const rate = district.values.find((v) => v.code === 'COVERAGE_RATE')!;
    expect(rate.source).toBe('DERIVED');
    expect(rate.value).toBeCloseTo((insured / pop) * 100, 10);
  });

  it('commune 02545 was returned with a reason; 02539, 02551 and 02620 wait for review; the rest are approved', async () => {
    const byStatus = (status: string) => district.children.filter((c) => c.status === status).map((c) => c.unitCode);
    expect(byStatus('RETURNED')).toEqual([RETURNED]);
    expect(byStatus('SUBMITTED')).toEqual(PENDING);
    expect(byStatus('DRAFT')).toEqual([]);
    const returned = district.children.find((c) => c.unitCode === RETURNED)!;
    const entry = returned.history.find((h) => h.action === 'RETURN')!;
    expect(entry).toMatchObject({ fromStatus: 'SUBMITTED', toStatus: 'RETURNED', actorName: 'Lãnh đạo UBND huyện Sơn Dương' });
    expect(entry.reason?.trim().length).toBeGreaterThan(10);
    expect(returned.history.map((h) => h.action)).toEqual(['CREATE', 'SAVE', 'SUBMIT', 'RETURN']);
  });

  it("Sơn Dương's approver may approve or return a submitted commune; its reporter may correct the returned one", async () => {
    for (const code of PENDING) {
      expect([code, district.children.find((c) => c.unitCode === code)!.allowedActions]).toEqual([code, ['APPROVE', 'RETURN']]);
    }
    expect(district.children.find((c) => c.unitCode === RETURNED)!.allowedActions).toEqual([]);
    const reporter = await t.login(`xa${RETURNED}.nhaplieu`, DEMO_PASSWORD);
    const own = await t.ok(ReportsDocument, { campaignId, unitCode: RETURNED }, reporter);
    expect(own.reports.edges.map((e) => [e.node.unitCode, e.node.status, e.node.allowedActions])).toEqual([[RETURNED, 'RETURNED', ['SAVE', 'SUBMIT']]]);
    // the province monitor sees the same report but may do nothing with it
    const monitored = await t.ok(ReportsDocument, { campaignId, unitCode: PENDING[0] }, provinceMonitor);
    expect(monitored.reports.edges[0].node.allowedActions).toEqual([]);
  });

  it('Thành phố Tuyên Quang has overdue communes after 10/01; Sơn Dương has none', async () => {
    const city = (await t.ok(ProgressDeepDocument, { campaignId, unitCode: '070' }, provinceMonitor)).campaignProgress;
    const communes = city.levels.find((l) => l.level === 'COMMUNE')!;
    expect(communes).toMatchObject({ expected: 15, approved: 5, submitted: 4, draft: 6, overdue: 6, submittedLate: 2 });
    expect(city.children).toHaveLength(15);
    const unsent = city.children.filter((c) => c.submittedAt == null);
    expect(unsent).toHaveLength(6);
    expect(unsent.every((c) => c.status === 'DRAFT' && c.late)).toBe(true);

    const sonDuong = (await t.ok(ProgressDeepDocument, { campaignId, unitCode: '076' }, provinceMonitor)).campaignProgress;
    expect(sonDuong.levels.find((l) => l.level === 'COMMUNE')).toMatchObject({ expected: 30, overdue: 0, submittedLate: 0 });

    // seen on 05/01/2021, before the communes' deadline, nothing is overdue yet
    t.clock.set('2021-01-05T02:00:00Z');
    try {
      const early = (await t.ok(ProgressDeepDocument, { campaignId, unitCode: '070' }, provinceMonitor)).campaignProgress;
      expect(early.levels.find((l) => l.level === 'COMMUNE')!.overdue).toBe(0);
    } finally {
      t.clock.set('2021-01-15T02:00:00Z');
    }
  });
});

describe('the demo on a database file', () => {
  it('is seeded once: a restart on the same file finds the same round and seeds nothing', async () => {
    const t = await startTestHub({ seedDemo: true, file: true, now: '2021-01-15T02:00:00Z' });
    let second: Awaited<ReturnType<typeof startHub>> | null = null;
    try {
      const admin = await t.login(ADMIN.username, ADMIN.password);
      const campaigns = await t.ok(CampaignsDocument, {}, admin);
      expect(campaigns.campaigns).toHaveLength(1);
      const campaignId = campaigns.campaigns[0].id;
      const before = (await t.ok(ReportsDocument, { campaignId, first: 1 }, admin)).reports.totalCount;
      const unitsBefore = (await t.ok(UnitsDocument, { first: 1 }, admin)).units.totalCount;
      expect(before).toBe(48);
      expect(unitsBefore).toBe(48);

      await t.hub.close(); // not t.close(): that would drop the database
      second = await startHub({ config: { ...t.config, port: 0 }, clock: t.clock, log: () => undefined });
      const again = await post(second.url, LoginDocument, ADMIN);
      const token = again.login.token;
      expect((await post(second.url, CampaignsDocument, {}, token)).campaigns.map((c) => c.id)).toEqual([campaignId]);
      expect((await post(second.url, ReportsDocument, { campaignId, first: 1 }, token)).reports.totalCount).toBe(before);
      expect((await post(second.url, UnitsDocument, { first: 1 }, token)).units.totalCount).toBe(unitsBefore);
      // what the first run stored is still there: the returned commune and its reason
      const returned = await post(second.url, ReportsDocument, { campaignId, unitCode: RETURNED }, token);
      expect(returned.reports.edges.map((e) => e.node.status)).toEqual(['RETURNED']);
      const demoLogin = await post(second.url, LoginDocument, { username: 'sonduong.duyet', password: DEMO_PASSWORD });
      expect(demoLogin.login.user.unit?.code).toBe('076');
    } finally {
      if (second) await second.close();
      else await t.hub.close().catch(() => undefined);
      await t.dropDatabase();
    }
  });
});
