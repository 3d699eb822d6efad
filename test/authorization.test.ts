import { print } from 'graphql';
import jwt from 'jsonwebtoken';
import {
  ApproveReportDocument,
  CampaignProgressDocument,
  CampaignDocument,
  CampaignsDocument,
  CreateCampaignDocument,
  CreateCampaignInput,
  CreateUserDocument,
  ImportUnitsDocument,
  LoginDocument,
  MeDocument,
  ReportDocument,
  ReportNeighbourhoodDocument,
  ReportsDocument,
  ReportStateDocument,
  ReturnReportDocument,
  SaveReportValuesDocument,
  SubmitReportDocument,
  UnitDocument,
} from './generated/graphql';
import { ADMIN, CheckedClient, codes, GraphQLResult, startTestHub, TestHub } from './support/harness';
import { asValues, Fixture, FIXTURE_USERS, FixtureUser, loadFixture, PASSWORD, smallCommune, SON_DUONG_COMMUNES, versionOf, DEADLINES_2021 } from './support/fixture';

/**
 * Who may do what, through the real HTTP server: tokens are checked strictly, reads stop at the edge of the
 * caller's subtree (NOT_FOUND, so nothing outside it is even confirmed to exist), and a report that is visible
 * but not the caller's to change answers FORBIDDEN. Every refused change is re-read as admin to show that
 * nothing moved.
 */
describe('authorization', () => {
  let t: TestHub;
  let f: Fixture;
  let tuyenQuang: string;
  let haiDuong: string;
  /** Report ids by unit code, over both campaigns (unit codes are unique across them). */
  const reportId = new Map<string, string>();
  let client: CheckedClient;

  function campaignInput(name: string, rootUnitCode: string): CreateCampaignInput {
    return {
      name,
      documentNumber: '01/KH-UBND',
      templateCode: 'BHYT_COVERAGE',
      periodStart: '2019-12-15',
      periodEnd: '2020-12-14',
      rootUnitCode,
      levels: ['COMMUNE', 'DISTRICT', 'PROVINCE'],
      deadlines: DEADLINES_2021,
    };
  }


  /** Status, version, values and history of a report, as the admin sees them. */
  async function state(unitCode: string) {
    return (await t.ok(ReportStateDocument, { id: reportId.get(unitCode)! }, f.adminToken)).report;
  }

  /** Runs `attempt` and checks, as admin, that none of the given reports changed. */
  async function unchanged(unitCodes: string[], attempt: () => Promise<unknown>) {
    const before = await Promise.all(unitCodes.map(state));
    await attempt();
    const after = await Promise.all(unitCodes.map(state));
    expect(after).toEqual(before);
  }

  async function fillAndSubmit(unitCode: string, user: FixtureUser, figures: Record<string, number>) {
    const token = f.tokens[user];
    const current = await state(unitCode);
    const saved = await t.ok(SaveReportValuesDocument, { reportId: reportId.get(unitCode)!, values: asValues(figures), expectedVersion: current.version }, token);
    await t.ok(SubmitReportDocument, { reportId: reportId.get(unitCode)!, expectedVersion: saved.saveReportValues.version }, token);
  }

  async function userId(token: string): Promise<string> {
    return (await t.ok(MeDocument, {}, token)).me.id;
  }

  const b64url = (value: object) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
  const nowSeconds = () => Math.floor(t.clock.now().getTime() / 1000);

  /** A token with the hub's claims layout, signed as asked. */
  function forge(sub: string, options: { secret?: string; issuer?: string; audience?: string; algorithm?: jwt.Algorithm; role?: string } = {}) {
    const iat = nowSeconds();
    return jwt.sign({ role: options.role ?? 'ADMIN', iat, exp: iat + 3600 }, options.secret ?? t.config.jwt.secret, {
      algorithm: options.algorithm ?? 'HS256',
      issuer: options.issuer ?? t.config.jwt.issuer,
      audience: options.audience ?? t.config.jwt.audience,
      subject: sub,
    });
  }

  beforeAll(async () => {
    t = await startTestHub();
    client = new CheckedClient(t);
    f = await loadFixture(t);
    tuyenQuang = (await t.ok(CreateCampaignDocument, { input: campaignInput('Báo cáo BHYT năm 2020 - Tuyên Quang', '08') }, f.adminToken)).createCampaign.id;
    haiDuong = (await t.ok(CreateCampaignDocument, { input: campaignInput('Báo cáo BHYT năm 2020 - Hải Dương', '30') }, f.adminToken)).createCampaign.id;
    for (const campaignId of [tuyenQuang, haiDuong]) {
      const all = await t.ok(ReportsDocument, { campaignId, first: 100 }, f.adminToken);
      for (const edge of all.reports.edges) reportId.set(edge.node.unitCode, edge.node.id);
    }
    // Sơn Dương town and Hùng Lợi have sent their reports; Trung Yên is still a draft with figures in it.
    await fillAndSubmit('02536', 'communeSonDuong', SON_DUONG_COMMUNES['02536']);
    await fillAndSubmit('02455', 'communeHungLoi', smallCommune(9000));
    await fillAndSubmit('10813', 'communeThanhHa', smallCommune(7000));
    const trungYen = await state('02539');
    await t.ok(SaveReportValuesDocument, { reportId: reportId.get('02539')!, values: asValues({ POP: 69500, INSURED: 65900 }), expectedVersion: trungYen.version }, f.tokens.communeTrungYen);
  });
  afterAll(() => t.close());

  it('has the reports the scenario relies on', async () => {
    expect([...reportId.keys()].sort()).toEqual(['02455', '02458', '02536', '02539', '02542', '075', '076', '08', '10813', '10816', '294', '30']);
    expect((await state('02536')).status).toBe('SUBMITTED');
    expect((await state('02539')).status).toBe('DRAFT');
  });

  describe('authentication', () => {
    it('without a token, protected queries and mutations answer UNAUTHENTICATED and return nothing', async () => {
      await client.refused(MeDocument, {}, null, 'UNAUTHENTICATED', 'me');
      await client.refused(ReportDocument, { id: reportId.get('02536')! }, null, 'UNAUTHENTICATED', 'report');
      await client.refused(ReportsDocument, { campaignId: tuyenQuang }, null, 'UNAUTHENTICATED', 'reports');
      await client.refused(CampaignsDocument, {}, null, 'UNAUTHENTICATED', 'campaigns');
      await unchanged(['02539'], () =>
        client.refused(SaveReportValuesDocument, { reportId: reportId.get('02539')!, values: [{ code: 'POP', value: 1 }], expectedVersion: 1 }, null, 'UNAUTHENTICATED', 'saveReportValues'),
      );
      await unchanged(['02536'], async () => client.refused(ApproveReportDocument, { reportId: reportId.get('02536')!, expectedVersion: await versionOf(t, f.adminToken, reportId.get('02536')!)}, null, 'UNAUTHENTICATED', 'approveReport'));
      const before = await t.ok(CampaignsDocument, {}, f.adminToken);
      await client.refused(CreateCampaignDocument, { input: campaignInput('Không được tạo', '08') }, null, 'UNAUTHENTICATED', 'createCampaign');
      expect(await t.ok(CampaignsDocument, {}, f.adminToken)).toEqual(before);
    });

    it('a wrong password and an unknown username get the same UNAUTHENTICATED message', async () => {
      const wrongPassword = await client.refused(LoginDocument, { username: 'nl.02536', password: 'sai-mat-khau-123' }, null, 'UNAUTHENTICATED', 'login');
      const unknownUser = await client.refused(LoginDocument, { username: 'khong.co.ai', password: PASSWORD }, null, 'UNAUTHENTICATED', 'login');
      const adminWrong = await client.refused(LoginDocument, { username: ADMIN.username, password: PASSWORD }, null, 'UNAUTHENTICATED', 'login');
      expect(wrongPassword.errors![0].message).toBe(unknownUser.errors![0].message);
      expect(adminWrong.errors![0].message).toBe(unknownUser.errors![0].message);
      // the same account logs in with its real password
      expect((await t.ok(LoginDocument, { username: 'nl.02536', password: PASSWORD })).login.user.username).toBe('nl.02536');
    });

    it('a token expires after the default 3600 s, measured on the hub clock', async () => {
      expect(t.config.jwt.ttlSeconds).toBe(3600);
      const start = t.clock.now();
      const token = await t.login(FIXTURE_USERS.communeTrungYen.username, PASSWORD);
      const before = await state('02539');
      try {
        t.clock.advance(3599 * 1000);
        expect((await t.ok(MeDocument, {}, token)).me.username).toBe('nl.02539');
        t.clock.advance(1000);
        const expired = await client.refused(MeDocument, {}, token, 'UNAUTHENTICATED', 'me');
        expect(expired.errors![0].message).toContain('hết hạn');
        await client.refused(
          SaveReportValuesDocument,
          { reportId: reportId.get('02539')!, values: [{ code: 'POP', value: 1 }], expectedVersion: before.version },
          token,
          'UNAUTHENTICATED',
          'saveReportValues',
        );
        t.clock.advance(24 * 3600 * 1000);
        await client.refused(MeDocument, {}, token, 'UNAUTHENTICATED', 'me');
      } finally {
        t.clock.set(start);
      }
      expect(await state('02539')).toEqual(before);
    });

    it('a token whose payload was altered is refused, even by one character', async () => {
      const token = f.tokens.communeSonDuong;
      const [header, payload, signature] = token.split('.');
      const i = Math.floor(payload.length / 2);
      const flipped = payload.slice(0, i) + (payload[i] === 'A' ? 'B' : 'A') + payload.slice(i + 1);
      expect(flipped).not.toBe(payload);
      await client.refused(MeDocument, {}, `${header}.${flipped}.${signature}`, 'UNAUTHENTICATED', 'me');

      // Rewriting the claims to the admin's account keeps the old signature, which no longer matches.
      const adminId = await userId(f.adminToken);
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      const escalated = `${header}.${b64url({ ...claims, sub: adminId, role: 'ADMIN' })}.${signature}`;
      await client.refused(MeDocument, {}, escalated, 'UNAUTHENTICATED', 'me');
      const before = await t.ok(CampaignsDocument, {}, f.adminToken);
      await client.refused(CreateCampaignDocument, { input: campaignInput('Giả mạo', '08') }, escalated, 'UNAUTHENTICATED', 'createCampaign');
      expect(await t.ok(CampaignsDocument, {}, f.adminToken)).toEqual(before);
    });

    it('a token signed with another secret is refused, though the same token with the hub secret passes', async () => {
      const adminId = await userId(f.adminToken);
      expect((await t.ok(MeDocument, {}, forge(adminId))).me.id).toBe(adminId); // the forging itself is right
      await client.refused(MeDocument, {}, forge(adminId, { secret: 'mot-bi-mat-khac-hoan-toan-0123456789abcdef' }), 'UNAUTHENTICATED', 'me');
      await client.refused(MeDocument, {}, forge(adminId, { secret: `${t.config.jwt.secret}x` }), 'UNAUTHENTICATED', 'me');
    });

    it('an unsigned alg:none token is refused', async () => {
      const adminId = await userId(f.adminToken);
      const iat = nowSeconds();
      const claims = { role: 'ADMIN', iat, exp: iat + 3600, iss: t.config.jwt.issuer, aud: t.config.jwt.audience, sub: adminId };
      const header = b64url({ alg: 'none', typ: 'JWT' });
      await client.refused(MeDocument, {}, `${header}.${b64url(claims)}.`, 'UNAUTHENTICATED', 'me');
      await client.refused(MeDocument, {}, `${header}.${b64url(claims)}`, 'UNAUTHENTICATED', 'me');
      const before = await t.ok(CampaignsDocument, {}, f.adminToken);
      await client.refused(CreateCampaignDocument, { input: campaignInput('Không chữ ký', '08') }, `${header}.${b64url(claims)}.`, 'UNAUTHENTICATED', 'createCampaign');
      expect(await t.ok(CampaignsDocument, {}, f.adminToken)).toEqual(before);
    });

    it('the hub secret with a wrong audience, a wrong issuer or another algorithm is refused', async () => {
      const adminId = await userId(f.adminToken);
      await client.refused(MeDocument, {}, forge(adminId, { audience: 'some-other-service' }), 'UNAUTHENTICATED', 'me');
      await client.refused(MeDocument, {}, forge(adminId, { issuer: 'some-other-issuer' }), 'UNAUTHENTICATED', 'me');
      await client.refused(MeDocument, {}, forge(adminId, { algorithm: 'HS512' }), 'UNAUTHENTICATED', 'me');
    });

    it('a well-signed token for an account that does not exist is refused', async () => {
      await client.refused(MeDocument, {}, forge('999999'), 'UNAUTHENTICATED', 'me');
      await client.refused(MeDocument, {}, forge('khong-phai-so'), 'UNAUTHENTICATED', 'me');
    });

    it('the role written in a token is not trusted: the stored account decides', async () => {
      const reporterId = await userId(f.tokens.communeSonDuong);
      const token = forge(reporterId, { role: 'ADMIN' });
      expect((await t.ok(MeDocument, {}, token)).me.role).toBe('REPORTER');
      const before = await t.ok(CampaignsDocument, {}, f.adminToken);
      await client.refused(CreateCampaignDocument, { input: campaignInput('Vai trò giả', '08') }, token, 'FORBIDDEN', 'createCampaign');
      expect(await t.ok(CampaignsDocument, {}, f.adminToken)).toEqual(before);
    });

    it('a malformed Authorization header is refused', async () => {
      const token = f.tokens.communeSonDuong;
      const headers = [`Token ${token}`, `Basic ${Buffer.from('nl.02536:' + PASSWORD).toString('base64')}`, 'Bearer', `Bearer ${token} ${token}`, token, 'Bearer abc.def'];
      for (const authorization of headers) {
        const response = await fetch(t.hub.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization },
          body: JSON.stringify({ query: print(MeDocument) }),
        });
        const body = (await response.json()) as GraphQLResult<{ me: unknown }>;
        client.expectCleanErrors(body);
        expect([authorization, codes(body)]).toEqual([authorization, ['UNAUTHENTICATED']]);
        expect(body.data?.me ?? null).toBeNull();
      }
      // the same token in the right form passes
      expect((await t.ok(MeDocument, {}, token)).me.username).toBe('nl.02536');
    });
  });

  describe('reads stop at the edge of the subtree', () => {
    it('a commune reporter reads its own report, and nothing of a sibling, another district or the province', async () => {
      const own = await t.ok(ReportDocument, { id: reportId.get('02536')! }, f.tokens.communeSonDuong);
      expect(own.report.unitCode).toBe('02536');
      for (const other of ['02539', '02542', '076', '02455', '075', '08', '10813', '294', '30']) {
        const result = await client.refused(ReportDocument, { id: reportId.get(other)! }, f.tokens.communeSonDuong, 'NOT_FOUND', 'report');
        expect(result.errors![0].message).not.toContain(other);
      }
    });

    it('an out-of-scope report is indistinguishable from one that does not exist', async () => {
      const id = reportId.get('02539')!;
      const outOfScope = await client.refused(ReportDocument, { id }, f.tokens.communeSonDuong, 'NOT_FOUND', 'report');
      const missing = await client.refused(ReportDocument, { id: '999999' }, f.tokens.communeSonDuong, 'NOT_FOUND', 'report');
      expect(outOfScope.errors![0].message.replace(id, '#')).toBe(missing.errors![0].message.replace('999999', '#'));
    });

    it('a commune cannot reach the district report or its siblings through the parent field', async () => {
      const seen = await t.ok(ReportNeighbourhoodDocument, { id: reportId.get('02536')! }, f.tokens.communeSonDuong);
      expect(seen.report.unitCode).toBe('02536');
      expect(seen.report.parent ?? null).toBeNull();
      // the district, whose subtree it is, walks up to nothing either, but sees its communes
      const district = await t.ok(ReportNeighbourhoodDocument, { id: reportId.get('02539')! }, f.tokens.districtSonDuongReporter);
      expect(district.report.parent?.unitCode).toBe('076');
      expect(district.report.parent?.children.map((c) => c.unitCode)).toEqual(['02536', '02539', '02542']);
      expect(district.report.parent?.parent ?? null).toBeNull();
      // the admin sees the whole chain
      const admin = await t.ok(ReportNeighbourhoodDocument, { id: reportId.get('02539')! }, f.adminToken);
      expect(admin.report.parent?.parent?.unitCode).toBe('08');
    });

    it('the Hải Dương approver sees no Tuyên Quang report, campaign listing or progress', async () => {
      const token = f.tokens.districtThanhHaApprover;
      for (const code of ['02455', '02458', '02536', '02539', '02542', '075', '076', '08']) {
        await client.refused(ReportDocument, { id: reportId.get(code)! }, token, 'NOT_FOUND', 'report');
      }
      // the other province's campaign itself is out of reach, listed or named
      await client.refused(ReportsDocument, { campaignId: tuyenQuang, first: 100 }, token, 'NOT_FOUND', 'reports');
      await client.refused(CampaignDocument, { id: tuyenQuang }, token, 'NOT_FOUND', 'campaign');
      await client.refused(ReportsDocument, { campaignId: tuyenQuang, unitCode: '08' }, token, 'NOT_FOUND', 'reports');
      await client.refused(CampaignProgressDocument, { campaignId: tuyenQuang, unitCode: '08' }, token, 'NOT_FOUND', 'campaignProgress');
      const campaigns = await t.ok(CampaignsDocument, {}, token);
      expect(campaigns.campaigns.map((c) => c.id)).toEqual([haiDuong]);
      // its own district, in its own province's campaign, it does see
      const own = await t.ok(ReportsDocument, { campaignId: haiDuong, first: 100 }, token);
      expect(own.reports.edges.map((e) => e.node.unitCode)).toEqual(['10813', '10816', '294']);
    });

    it('reports(campaignId) lists only the caller subtree; the province monitor sees all', async () => {
      const commune = await t.ok(ReportsDocument, { campaignId: tuyenQuang, first: 100 }, f.tokens.communeSonDuong);
      expect(commune.reports.totalCount).toBe(1);
      expect(commune.reports.edges.map((e) => e.node.unitCode)).toEqual(['02536']);
      const district = await t.ok(ReportsDocument, { campaignId: tuyenQuang, first: 100 }, f.tokens.districtSonDuongMonitor);
      expect(district.reports.edges.map((e) => e.node.unitCode)).toEqual(['02536', '02539', '02542', '076']);
      const province = await t.ok(ReportsDocument, { campaignId: tuyenQuang, first: 100 }, f.tokens.provinceMonitor);
      expect(province.reports.totalCount).toBe(8);
      expect(province.reports.edges.map((e) => e.node.unitCode)).toEqual(['02455', '02458', '02536', '02539', '02542', '075', '076', '08']);
      // filtered by status, still within the subtree
      const submitted = await t.ok(ReportsDocument, { campaignId: tuyenQuang, status: 'SUBMITTED', first: 100 }, f.tokens.districtSonDuongApprover);
      expect(submitted.reports.edges.map((e) => e.node.unitCode)).toEqual(['02536']);
    });

    it('reports(unitCode) outside the caller subtree answers NOT_FOUND', async () => {
      const token = f.tokens.districtSonDuongReporter;
      await client.refused(ReportsDocument, { campaignId: tuyenQuang, unitCode: '075' }, token, 'NOT_FOUND', 'reports');
      await client.refused(ReportsDocument, { campaignId: tuyenQuang, unitCode: '02455' }, token, 'NOT_FOUND', 'reports');
      await client.refused(ReportsDocument, { campaignId: tuyenQuang, unitCode: '08' }, token, 'NOT_FOUND', 'reports');
      await client.refused(ReportsDocument, { campaignId: tuyenQuang, unitCode: '02536' }, f.tokens.communeTrungYen, 'NOT_FOUND', 'reports');
      const inside = await t.ok(ReportsDocument, { campaignId: tuyenQuang, unitCode: '02536' }, token);
      expect(inside.reports.edges.map((e) => e.node.unitCode)).toEqual(['02536']);
      const monitor = await t.ok(ReportsDocument, { campaignId: tuyenQuang, unitCode: '076' }, f.tokens.provinceMonitor);
      expect(monitor.reports.totalCount).toBe(4);
    });

    it('campaignProgress on a unit outside the caller subtree answers NOT_FOUND', async () => {
      await client.refused(CampaignProgressDocument, { campaignId: tuyenQuang, unitCode: '075' }, f.tokens.districtSonDuongApprover, 'NOT_FOUND', 'campaignProgress');
      await client.refused(CampaignProgressDocument, { campaignId: tuyenQuang, unitCode: '08' }, f.tokens.districtSonDuongMonitor, 'NOT_FOUND', 'campaignProgress');
      await client.refused(CampaignProgressDocument, { campaignId: tuyenQuang, unitCode: '076' }, f.tokens.communeSonDuong, 'NOT_FOUND', 'campaignProgress');
      await client.refused(CampaignProgressDocument, { campaignId: tuyenQuang, unitCode: '02539' }, f.tokens.communeSonDuong, 'NOT_FOUND', 'campaignProgress');
      const own = await t.ok(CampaignProgressDocument, { campaignId: tuyenQuang, unitCode: '076' }, f.tokens.districtSonDuongMonitor);
      expect(own.campaignProgress.children.map((c) => c.unitCode)).toEqual(['02536', '02539', '02542']);
    });
  });

  describe('changes need the right role at the right unit', () => {
    it('a commune reporter cannot save or submit a sibling, another district or the district report: NOT_FOUND', async () => {
      const token = f.tokens.communeSonDuong;
      for (const code of ['02539', '02455', '076', '08', '10813']) {
        const current = await state(code);
        await unchanged([code], async () => {
          await client.refused(SaveReportValuesDocument, { reportId: reportId.get(code)!, values: [{ code: 'POP', value: 1 }], expectedVersion: current.version }, token, 'NOT_FOUND', 'saveReportValues');
          await client.refused(SubmitReportDocument, { reportId: reportId.get(code)!, expectedVersion: current.version }, token, 'NOT_FOUND', 'submitReport');
        });
      }
    });

    it('the district, which sees its communes, may not fill in or submit their reports: FORBIDDEN', async () => {
      const current = await state('02539');
      for (const user of ['districtSonDuongReporter', 'districtSonDuongApprover', 'provinceReporter', 'provinceApprover'] as const) {
        await unchanged(['02539'], async () => {
          await client.refused(SaveReportValuesDocument, { reportId: reportId.get('02539')!, values: [{ code: 'POP', value: 1 }], expectedVersion: current.version }, f.tokens[user], 'FORBIDDEN', 'saveReportValues');
          await client.refused(SubmitReportDocument, { reportId: reportId.get('02539')!, expectedVersion: current.version }, f.tokens[user], 'FORBIDDEN', 'submitReport');
        });
      }
    });

    it('reporters cannot approve or return, not even their own report: FORBIDDEN', async () => {
      const id = reportId.get('02536')!;
      for (const user of ['communeSonDuong', 'districtSonDuongReporter', 'provinceReporter'] as const) {
        await unchanged(['02536', '076'], async () => {
          await client.refused(ApproveReportDocument, { reportId: id, expectedVersion: await versionOf(t, f.adminToken, id)}, f.tokens[user], 'FORBIDDEN', 'approveReport');
          await client.refused(ReturnReportDocument, { reportId: id, expectedVersion: await versionOf(t, f.adminToken, id), reason: 'Sai số liệu.' }, f.tokens[user], 'FORBIDDEN', 'returnReport');
        });
      }
    });

    it('an approver of another district gets NOT_FOUND; the province approver, who sees it, gets FORBIDDEN', async () => {
      const id = reportId.get('02536')!;
      for (const user of ['districtYenSonApprover', 'districtThanhHaApprover'] as const) {
        await unchanged(['02536', '076'], async () => {
          await client.refused(ApproveReportDocument, { reportId: id, expectedVersion: await versionOf(t, f.adminToken, id)}, f.tokens[user], 'NOT_FOUND', 'approveReport');
          await client.refused(ReturnReportDocument, { reportId: id, expectedVersion: await versionOf(t, f.adminToken, id), reason: 'Sai số liệu.' }, f.tokens[user], 'NOT_FOUND', 'returnReport');
        });
      }
      // Sơn Dương's approver cannot approve Yên Sơn's commune either
      await unchanged(['02455'], async () => client.refused(ApproveReportDocument, { reportId: reportId.get('02455')!, expectedVersion: await versionOf(t, f.adminToken, reportId.get('02455')!)}, f.tokens.districtSonDuongApprover, 'NOT_FOUND', 'approveReport'));
      await unchanged(['10813'], async () => client.refused(ApproveReportDocument, { reportId: reportId.get('10813')!, expectedVersion: await versionOf(t, f.adminToken, reportId.get('10813')!)}, f.tokens.districtSonDuongApprover, 'NOT_FOUND', 'approveReport'));
      // the province approver reviews districts, not communes two levels down
      await unchanged(['02536', '076'], async () => client.refused(ApproveReportDocument, { reportId: id, expectedVersion: await versionOf(t, f.adminToken, id)}, f.tokens.provinceApprover, 'FORBIDDEN', 'approveReport'));
    });

    it('monitors read but cannot save, submit, approve or return: FORBIDDEN', async () => {
      for (const user of ['provinceMonitor', 'districtSonDuongMonitor'] as const) {
        const token = f.tokens[user];
        const draft = await state('02539');
        await unchanged(['02539', '02536', '076'], async () => {
          await client.refused(SaveReportValuesDocument, { reportId: reportId.get('02539')!, values: [{ code: 'POP', value: 1 }], expectedVersion: draft.version }, token, 'FORBIDDEN', 'saveReportValues');
          await client.refused(SubmitReportDocument, { reportId: reportId.get('02539')!, expectedVersion: draft.version }, token, 'FORBIDDEN', 'submitReport');
          await client.refused(ApproveReportDocument, { reportId: reportId.get('02536')!, expectedVersion: await versionOf(t, f.adminToken, reportId.get('02536')!)}, token, 'FORBIDDEN', 'approveReport');
          await client.refused(ReturnReportDocument, { reportId: reportId.get('02536')!, expectedVersion: await versionOf(t, f.adminToken, reportId.get('02536')!), reason: 'Xem lại.' }, token, 'FORBIDDEN', 'returnReport');
          await client.refused(ApproveReportDocument, { reportId: reportId.get('02539')!, expectedVersion: await versionOf(t, f.adminToken, reportId.get('02539')!)}, token, 'FORBIDDEN', 'approveReport');
        });
        // what they may do: read
        expect((await t.ok(ReportDocument, { id: reportId.get('02536')! }, token)).report.allowedActions).toEqual([]);
      }
    });

    it('only the admin creates campaigns, users and units: FORBIDDEN for everyone else', async () => {
      const campaignsBefore = await t.ok(CampaignsDocument, {}, f.adminToken);
      const newCommune = 'Tỉnh Tuyên Quang,08,Huyện Sơn Dương,076,Xã Thử Nghiệm,99999,Xã\n';
      const csv = `Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp\n${newCommune}`;
      for (const user of ['provinceMonitor', 'provinceApprover', 'provinceReporter', 'communeSonDuong'] as const) {
        const token = f.tokens[user];
        await client.refused(CreateCampaignDocument, { input: campaignInput('Đợt trái phép', '08') }, token, 'FORBIDDEN', 'createCampaign');
        await client.refused(
          CreateUserDocument,
          { input: { username: `moi.${user.toLowerCase()}`, password: PASSWORD, role: 'ADMIN', fullName: 'Tài khoản lạ' } },
          token,
          'FORBIDDEN',
          'createUser',
        );
        await client.refused(ImportUnitsDocument, { csv }, token, 'FORBIDDEN', 'importUnits');
        // nothing was created: no account to log into, no unit
        await client.refused(LoginDocument, { username: `moi.${user.toLowerCase()}`, password: PASSWORD }, null, 'UNAUTHENTICATED', 'login');
      }
      expect(await t.ok(CampaignsDocument, {}, f.adminToken)).toEqual(campaignsBefore);
      await client.refused(UnitDocument, { code: '99999' }, f.adminToken, 'NOT_FOUND', 'unit');
    });

    it('the right people can do what the others were refused, so the refusals were about who asked', async () => {
      const before = await state('02536');
      const approved = await t.ok(ApproveReportDocument, { reportId: reportId.get('02536')!, expectedVersion: await versionOf(t, f.adminToken, reportId.get('02536')!)}, f.tokens.districtSonDuongApprover);
      expect(approved.approveReport.status).toBe('APPROVED');
      expect(approved.approveReport.version).toBeGreaterThan(before.version);
      const draft = await state('02539');
      const saved = await t.ok(SaveReportValuesDocument, { reportId: reportId.get('02539')!, values: [{ code: 'POP', value: 69501 }], expectedVersion: draft.version }, f.tokens.communeTrungYen);
      expect(saved.saveReportValues.version).toBeGreaterThan(draft.version);
    });
  });

  it('no refusal carried a stack trace or an internal error', () => {
    expect(client.errorsChecked).toBeGreaterThan(80);
  });
});
