import {
  ApproveReportOnceDocument,
  ReportDocument,
  SaveReportValuesDocument,
  SubmitReportOnceDocument,
} from './generated/graphql';
import { codes, startTestHub, TestHub } from './support/harness';
import { asValues, createSeed003Round, Fixture, loadFixture, SON_DUONG_COMMUNES, versionOf } from './support/fixture';

/**
 * A commune officer on a bad connection presses "send" and never sees the answer; the client sends the same
 * request again with the same key. The report is sent once, and the retry answers as if it had been the first.
 */
describe('idempotency keys on submit and approve', () => {
  let t: TestHub;
  let f: Fixture;
  const ids = new Map<string, string>();

  beforeAll(async () => {
    t = await startTestHub({ now: '2019-04-01T01:00:00Z', tokenTtlSeconds: 400 * 24 * 3600 });
    f = await loadFixture(t);
    const round = await createSeed003Round(t, f);
    for (const [code, r] of round.reports) ids.set(code, r.id);
    for (const [code, token] of [
      ['02536', f.tokens.communeSonDuong],
      ['02539', f.tokens.communeTrungYen],
    ] as const) {
      const id = ids.get(code)!;
      await t.ok(SaveReportValuesDocument, { reportId: id, values: asValues(SON_DUONG_COMMUNES[code]), expectedVersion: await versionOf(t, f.adminToken, id) }, token);
    }
  });
  afterAll(() => t.close());

  const history = async (id: string) => (await t.ok(ReportDocument, { id }, f.adminToken)).report.history.map((h) => h.action);

  it('a submission sent twice with one key happens once; the retry gets the report as it is', async () => {
    const id = ids.get('02536')!;
    const version = await versionOf(t, f.adminToken, id);
    const key = 'c1b7e7a2-5d1e-4f3b-9a51-0b9d4b1d2e01';
    const first = await t.ok(SubmitReportOnceDocument, { reportId: id, expectedVersion: version, idempotencyKey: key }, f.tokens.communeSonDuong);
    const retry = await t.ok(SubmitReportOnceDocument, { reportId: id, expectedVersion: version, idempotencyKey: key }, f.tokens.communeSonDuong);
    expect(retry.submitReport).toEqual(first.submitReport);
    expect(first.submitReport.status).toBe('SUBMITTED');
    expect((await history(id)).filter((a) => a === 'SUBMIT')).toHaveLength(1);
    // Without a key the same stale retry is what it is: a CONFLICT.
    const keyless = await t.request(SubmitReportOnceDocument, { reportId: id, expectedVersion: version }, f.tokens.communeSonDuong);
    expect(codes(keyless)).toEqual(['CONFLICT']);
  });

  it('an approval retried with its key approves once; a key reused for another action is refused', async () => {
    const id = ids.get('02536')!;
    const version = await versionOf(t, f.adminToken, id);
    const key = 'duyet-02536-lan-1';
    const first = await t.ok(ApproveReportOnceDocument, { reportId: id, expectedVersion: version, idempotencyKey: key }, f.tokens.districtSonDuongApprover);
    const retry = await t.ok(ApproveReportOnceDocument, { reportId: id, expectedVersion: version, idempotencyKey: key }, f.tokens.districtSonDuongApprover);
    expect(retry.approveReport.version).toBe(first.approveReport.version);
    expect((await history(id)).filter((a) => a === 'APPROVE')).toHaveLength(1);

    const other = ids.get('02539')!;
    const otherVersion = await versionOf(t, f.adminToken, other);
    await t.ok(SubmitReportOnceDocument, { reportId: other, expectedVersion: otherVersion, idempotencyKey: 'gui-02539-lan-1' }, f.tokens.communeTrungYen);
    const reused = await t.request(
      ApproveReportOnceDocument,
      { reportId: other, expectedVersion: await versionOf(t, f.adminToken, other), idempotencyKey: key },
      f.tokens.districtSonDuongApprover,
    );
    expect(codes(reused)).toEqual(['CONFLICT']);
    expect(reused.errors![0].message).toContain('đã được dùng cho một thao tác khác');
    expect((await t.ok(ReportDocument, { id: other }, f.adminToken)).report.status).toBe('SUBMITTED');
  });

  it('keys belong to their user, and a malformed key is refused before anything happens', async () => {
    const other = ids.get('02539')!;
    const bad = await t.request(ApproveReportOnceDocument, { reportId: other, expectedVersion: await versionOf(t, f.adminToken, other), idempotencyKey: 'x' }, f.tokens.districtSonDuongApprover);
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    // Another user's key of the same spelling is another key: the commune's "gui-02539-lan-1" does not block this.
    const approved = await t.ok(
      ApproveReportOnceDocument,
      { reportId: other, expectedVersion: await versionOf(t, f.adminToken, other), idempotencyKey: 'gui-02539-lan-1' },
      f.tokens.districtSonDuongApprover,
    );
    expect(approved.approveReport.status).toBe('APPROVED');
  });
});
