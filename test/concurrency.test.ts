import {
  ApproveReportDocument,
  CreateUserDocument,
  RaceReportDocument,
  RaceReportQuery,
  ReturnReportDocument,
  SaveReportValuesDocument,
  SubmitReportDocument,
  SubmitReportOnceDocument,
  UnapproveReportDocument,
} from './generated/graphql';
import { GraphQLResult, startTestHub, TestHub } from './support/harness';
import { asValues, createSeed003Round, Fixture, loadFixture, PASSWORD, smallCommune, SON_DUONG_COMMUNES, versionOf } from './support/fixture';
import { expectRefused } from './support/attack';

/**
 * Two people (or one person's two tabs) act on the same report at the same moment. Whatever the database does
 * with the two transactions, exactly one of them may win: the other is refused with a clean CONFLICT or
 * INVALID_TRANSITION, the history records one step, and what the parent consolidated follows the winner.
 * Requests are fired together with Promise.all and only their outcomes are asserted, never which came first, so
 * the same tests hold on SQLite (one writer at a time) and on PostgreSQL (truly concurrent transactions).
 */
describe('concurrent steps on one report', () => {
  let t: TestHub;
  let f: Fixture;
  const reportOf = new Map<string, string>();
  /** A second approver of Sơn Dương, a second reporter for each commune raced on. */
  const second: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestHub({ now: '2019-04-01T01:00:00Z', tokenTtlSeconds: 400 * 24 * 3600 });
    f = await loadFixture(t);
    const round = await createSeed003Round(t, f);
    for (const [code, r] of round.reports) reportOf.set(code, r.id);
    for (const [key, role, unitCode] of [
      ['approver076', 'APPROVER', '076'],
      ['reporter02458', 'REPORTER', '02458'],
      ['reporter02455', 'REPORTER', '02455'],
    ] as const) {
      const username = `thu.hai.${key.toLowerCase()}`;
      await t.ok(CreateUserDocument, { input: { username, password: PASSWORD, role, unitCode, fullName: `Cán bộ thứ hai ${unitCode}` } }, f.adminToken);
      second[key] = await t.login(username, PASSWORD);
    }
    // Sơn Dương's three communes send their figures; Minh Thanh is approved and stays so, as a base the district
    // consolidation keeps whatever happens to the other two.
    for (const [code, user] of [
      ['02536', 'communeSonDuong'],
      ['02539', 'communeTrungYen'],
      ['02542', 'communeMinhThanh'],
    ] as const) {
      const id = reportOf.get(code)!;
      const saved = await t.ok(SaveReportValuesDocument, { reportId: id, values: asValues(SON_DUONG_COMMUNES[code]), expectedVersion: await versionOf(t, f.adminToken, id) }, f.tokens[user]);
      await t.ok(SubmitReportDocument, { reportId: id, expectedVersion: saved.saveReportValues.version }, f.tokens[user]);
    }
    await t.ok(ApproveReportDocument, { reportId: reportOf.get('02542')!, expectedVersion: await versionOf(t, f.adminToken, reportOf.get('02542')!) }, f.tokens.districtSonDuongApprover);
  });
  afterAll(() => t.close());

  const read = async (code: string): Promise<RaceReportQuery['report']> => (await t.ok(RaceReportDocument, { id: reportOf.get(code)! }, f.adminToken)).report;
  const valueOf = (report: RaceReportQuery['report'], code: string) => report.values.find((v) => v.code === code)?.value ?? null;
  const succeeded = (r: GraphQLResult<unknown>) => !r.errors?.length;

  /** The loser of a race: refused cleanly, with one of the codes a lost race may give. */
  function expectLost(result: GraphQLResult<unknown>, codes: string[]) {
    expectRefused({ status: result.status, text: JSON.stringify(result), data: result.data as Record<string, unknown> | null, errors: result.errors }, { codes });
  }

  /** What the district must show: Minh Thanh always, each racing commune while it is approved. */
  async function expectDistrictFollows() {
    const district = await read('076');
    let pop = SON_DUONG_COMMUNES['02542'].POP;
    let insured = SON_DUONG_COMMUNES['02542'].INSURED;
    for (const code of ['02536', '02539'] as const) {
      if ((await read(code)).status === 'APPROVED') {
        pop += SON_DUONG_COMMUNES[code].POP;
        insured += SON_DUONG_COMMUNES[code].INSURED;
      }
    }
    expect([valueOf(district, 'POP'), valueOf(district, 'INSURED')]).toEqual([pop, insured]);
  }

  it('approve and return fired together, 20 times, by two reviewers or one twice: exactly one wins each time', async () => {
    const outcomes = { APPROVE: 0, RETURN: 0 };
    for (let trial = 0; trial < 20; trial++) {
      const code = trial % 2 === 0 ? '02536' : '02539';
      const id = reportOf.get(code)!;
      const before = await read(code);
      const districtBefore = await read('076');
      expect(before.status).toBe('SUBMITTED');
      const approver = f.tokens.districtSonDuongApprover;
      const returner = trial % 4 < 2 ? second.approver076 : approver; // two people, or the same one twice
      const approve = () => t.request(ApproveReportDocument, { reportId: id, expectedVersion: before.version, comment: `Đồng ý (lần ${trial + 1}).` }, approver);
      const giveBack = () => t.request(ReturnReportDocument, { reportId: id, expectedVersion: before.version, reason: `Đề nghị rà soát lại nhóm G5 (lần ${trial + 1}).` }, returner);
      // Fired in both orders over the trials; which one the server takes first is not under test.
      const [approved, returned] = trial % 3 === 0 ? (await Promise.all([giveBack(), approve()])).reverse() : await Promise.all([approve(), giveBack()]);

      expect([approved, returned].filter(succeeded)).toHaveLength(1);
      const winner = succeeded(approved) ? 'APPROVE' : 'RETURN';
      outcomes[winner]++;
      expectLost(winner === 'APPROVE' ? returned : approved, ['CONFLICT', 'INVALID_TRANSITION']);

      const after = await read(code);
      expect(after.status).toBe(winner === 'APPROVE' ? 'APPROVED' : 'RETURNED');
      expect(after.version).toBe(before.version + 1);
      // One step in the history, the winner's.
      expect(after.history.slice(before.history.length).map((h) => h.action)).toEqual([winner]);
      // The district consolidated this commune once if it was approved, not at all if it was returned.
      const district = await read('076');
      const consolidations = district.history.slice(districtBefore.history.length).filter((h) => h.action === 'CONSOLIDATE');
      expect(consolidations.map((h) => h.childUnitCode)).toEqual(winner === 'APPROVE' ? [code] : []);
      await expectDistrictFollows();

      // Back to SUBMITTED for the next race on this commune.
      if (winner === 'APPROVE') {
        await t.ok(UnapproveReportDocument, { reportId: id, expectedVersion: after.version, reason: 'Trả về trạng thái chờ duyệt để thử lại.' }, approver);
      } else {
        await t.ok(SubmitReportDocument, { reportId: id, expectedVersion: after.version }, f.tokens[code === '02536' ? 'communeSonDuong' : 'communeTrungYen']);
      }
      await expectDistrictFollows();
    }
    expect(outcomes.APPROVE + outcomes.RETURN).toBe(20);
  });

  it('two approvals of one report fired together, 10 times: one APPROVE, one consolidation', async () => {
    for (let trial = 0; trial < 10; trial++) {
      const code = trial % 2 === 0 ? '02536' : '02539';
      const id = reportOf.get(code)!;
      const before = await read(code);
      const districtBefore = await read('076');
      const other = trial % 4 < 2 ? second.approver076 : f.tokens.districtSonDuongApprover;
      const results = await Promise.all([
        t.request(ApproveReportDocument, { reportId: id, expectedVersion: before.version }, f.tokens.districtSonDuongApprover),
        t.request(ApproveReportDocument, { reportId: id, expectedVersion: before.version }, other),
      ]);
      expect(results.filter(succeeded)).toHaveLength(1);
      expectLost(results.find((r) => !succeeded(r))!, ['CONFLICT', 'INVALID_TRANSITION']);
      const after = await read(code);
      expect(after.history.slice(before.history.length).map((h) => h.action)).toEqual(['APPROVE']);
      const district = await read('076');
      expect(district.history.slice(districtBefore.history.length).filter((h) => h.action === 'CONSOLIDATE').map((h) => h.childUnitCode)).toEqual([code]);
      await expectDistrictFollows();
      await t.ok(UnapproveReportDocument, { reportId: id, expectedVersion: after.version, reason: 'Trả về trạng thái chờ duyệt để thử lại.' }, f.tokens.districtSonDuongApprover);
    }
  });

  it('two saves with the same expected version, cells in opposite orders, 20 times: one is stored, the other answers CONFLICT', async () => {
    const id = reportOf.get('02458')!;
    for (let trial = 0; trial < 20; trial++) {
      const before = await read('02458');
      expect(before.status).toBe('DRAFT');
      const mine = { POP: 5000 + trial, text: `Xã Trung Sơn, bản của cán bộ thứ nhất, lần ${trial + 1}.` };
      const theirs = { POP: 7000 + trial, text: `Xã Trung Sơn, bản của cán bộ thứ hai, lần ${trial + 1}.` };
      // The cells in opposite orders (a form, and a workbook read in its own order). A save claims the report's
      // version before it writes any cell, so the two queue on the report's row and cannot lock cells crosswise.
      const save = (figures: typeof mine, token: string, reversed: boolean) => {
        const values = [{ code: 'POP', value: figures.POP }, { code: 'STRENGTHS', text: figures.text }];
        return t.request(SaveReportValuesDocument, { reportId: id, values: reversed ? values.reverse() : values, expectedVersion: before.version }, token);
      };
      // The same officer in two tabs, or two officers of the commune.
      const otherToken = trial % 2 === 0 ? second.reporter02458 : f.tokens.communeTrungSon;
      const results = await Promise.all([save(mine, f.tokens.communeTrungSon, false), save(theirs, otherToken, true)]);

      expect(results.filter(succeeded)).toHaveLength(1);
      const winner = succeeded(results[0]) ? mine : theirs;
      const loser = results.find((r) => !succeeded(r))!;
      expectLost(loser, ['CONFLICT']);
      const after = await read('02458');
      expect(after.version).toBe(before.version + 1);
      // Whether it lost at its claim or saw the new version on reading, the loser learns the version to reload.
      expect(loser.errors![0].extensions!.currentVersion).toBe(after.version);
      // The winner's figures, whole: never one value of each.
      expect([valueOf(after, 'POP'), after.values.find((v) => v.code === 'STRENGTHS')?.text]).toEqual([winner.POP, winner.text]);
      expect(after.history.slice(before.history.length).map((h) => h.action)).toEqual(['SAVE']);
    }
  });

  it('the same report submitted twice at once, 10 times: one SUBMIT; with one idempotency key, both are answered', async () => {
    const id = reportOf.get('02455')!;
    const saved = await t.ok(SaveReportValuesDocument, { reportId: id, values: asValues(smallCommune(9000)), expectedVersion: await versionOf(t, f.adminToken, id) }, f.tokens.communeHungLoi);
    expect(saved.saveReportValues.validation.valid).toBe(true);
    for (let trial = 0; trial < 10; trial++) {
      const before = await read('02455');
      expect(['DRAFT', 'RETURNED']).toContain(before.status);
      const submits = () => {
        if (trial % 3 === 2) {
          // One click sent twice with its key (a retry racing the original): both get the report, one SUBMIT.
          const key = `gui-02455-lan-${trial + 1}-0000`;
          return Promise.all([0, 1].map(() => t.request(SubmitReportOnceDocument, { reportId: id, expectedVersion: before.version, idempotencyKey: key }, f.tokens.communeHungLoi)));
        }
        const other = trial % 2 === 0 ? second.reporter02455 : f.tokens.communeHungLoi;
        return Promise.all([
          t.request(SubmitReportDocument, { reportId: id, expectedVersion: before.version }, f.tokens.communeHungLoi),
          t.request(SubmitReportDocument, { reportId: id, expectedVersion: before.version }, other),
          t.request(SubmitReportDocument, { reportId: id, expectedVersion: before.version, note: 'Gửi lại lần nữa.' }, other),
        ]);
      };
      const results: GraphQLResult<unknown>[] = await submits();
      if (trial % 3 === 2) {
        expect(results.filter(succeeded)).toHaveLength(2);
      } else {
        expect(results.filter(succeeded)).toHaveLength(1);
        for (const lost of results.filter((r) => !succeeded(r))) expectLost(lost, ['CONFLICT', 'INVALID_TRANSITION']);
      }
      const after = await read('02455');
      expect(after.status).toBe('SUBMITTED');
      expect(after.version).toBe(before.version + 1);
      expect(after.history.slice(before.history.length).map((h) => h.action)).toEqual(['SUBMIT']);
      await t.ok(ReturnReportDocument, { reportId: id, expectedVersion: after.version, reason: 'Trả lại để thử gửi đồng thời lần nữa.' }, f.tokens.districtYenSonApprover);
    }
  });
});
