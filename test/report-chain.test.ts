import {
  ApproveReportDocument,
  CampaignProgressDocument,
  CreateCampaignDocument,
  ReportDocument,
  ReportsDocument,
  ReturnReportDocument,
  SaveReportValuesDocument,
  SubmitReportDocument,
  UnapproveReportDocument,
} from './generated/graphql';
import { codes, startTestHub, TestHub } from './support/harness';
import { asValues, createSeed003Round, Fixture, loadFixture, smallCommune, SON_DUONG_2020, SON_DUONG_COMMUNES, versionOf } from './support/fixture';

/**
 * The whole chain through the real HTTP server on a real SQLite database, on the deadlines of seed 003:
 * communes submit, the district returns one with a reason, it is corrected and resubmitted, approved;
 * the district's consolidated figures are Sơn Dương 2020 exactly; districts submit; the province finalizes.
 */
describe('report chain: commune → district → province', () => {
  let t: TestHub;
  let f: Fixture;
  let campaignId: string;
  const reportOf = new Map<string, { id: string; version: number }>();

  beforeAll(async () => {
    t = await startTestHub({ now: '2019-04-01T01:00:00Z', tokenTtlSeconds: 400 * 24 * 3600 });
    f = await loadFixture(t);
    const round = await createSeed003Round(t, f);
    campaignId = round.campaignId;
    for (const [code, r] of round.reports) reportOf.set(code, r);
  });
  afterAll(() => t.close());

  const remember = (r: { unitCode: string; id: string; version: number }) => reportOf.set(r.unitCode, { id: r.id, version: r.version });

  async function fillAndSubmit(unitCode: string, token: string, figures: Record<string, number>) {
    const r = reportOf.get(unitCode)!;
    const saved = await t.ok(SaveReportValuesDocument, { reportId: r.id, values: asValues(figures), expectedVersion: r.version }, token);
    remember(saved.saveReportValues);
    const sent = await t.ok(SubmitReportDocument, { reportId: r.id, expectedVersion: saved.saveReportValues.version }, token);
    remember(sent.submitReport);
    return sent.submitReport;
  }

  it('creates one report per unit of the chain under Tuyên Quang, linked to its parent, with its level deadline', async () => {
    expect([...reportOf.keys()].sort()).toEqual(['02455', '02458', '02536', '02539', '02542', '075', '076', '08']);
    const commune = await t.ok(ReportDocument, { id: reportOf.get('02536')!.id }, f.adminToken);
    expect(commune.report.parent?.unitCode).toBe('076');
    expect(commune.report.status).toBe('DRAFT');
    expect(commune.report.dueAt).toBe('2019-04-19T17:00:00.000Z');
    expect(commune.report.history.map((h) => h.action)).toEqual(['CREATE']);
  });

  it('who may act is checked before state and version: strangers hear FORBIDDEN', async () => {
    const r = reportOf.get('02536')!;
    const ownDraft = await t.request(ApproveReportDocument, { reportId: r.id, expectedVersion: await versionOf(t, f.adminToken, r.id)}, f.tokens.communeSonDuong);
    expect(codes(ownDraft)).toEqual(['FORBIDDEN']);
    const staleStranger = await t.request(SaveReportValuesDocument, { reportId: r.id, values: [{ code: 'POP', value: 1 }], expectedVersion: 99 }, f.tokens.districtSonDuongMonitor);
    expect(codes(staleStranger)).toEqual(['FORBIDDEN']);
    const staleOwner = await t.request(SaveReportValuesDocument, { reportId: r.id, values: [{ code: 'POP', value: 1 }], expectedVersion: 99 }, f.tokens.communeSonDuong);
    expect(codes(staleOwner)).toEqual(['CONFLICT']);
    expect(staleOwner.errors![0].extensions!.currentVersion).toBe(r.version);
  });

  it('communes fill in and submit before 20/4; the submission is on time', async () => {
    t.clock.set('2019-04-10T03:00:00Z');
    const sent = await fillAndSubmit('02536', f.tokens.communeSonDuong, SON_DUONG_COMMUNES['02536']);
    expect(sent.status).toBe('SUBMITTED');
    expect(sent.late).toBe(false);
    expect(sent.allowedActions).toEqual([]); // locked for the reporter once submitted
    await fillAndSubmit('02539', f.tokens.communeTrungYen, SON_DUONG_COMMUNES['02539']);
    // 19/4 23:59:59 in Vietnam is still before "20/4"
    t.clock.set('2019-04-19T16:59:59Z');
    const last = await fillAndSubmit('02542', f.tokens.communeMinhThanh, SON_DUONG_COMMUNES['02542']);
    expect(last.late).toBe(false);
  });

  it('a submitted report is locked: saving again is an invalid transition', async () => {
    const r = reportOf.get('02536')!;
    const res = await t.request(SaveReportValuesDocument, { reportId: r.id, values: [{ code: 'POP', value: 1 }], expectedVersion: r.version }, f.tokens.communeSonDuong);
    expect(codes(res)).toEqual(['INVALID_TRANSITION']);
  });

  it('the district returns a report with a reason; the reporter corrects and resubmits; the reason stays in history', async () => {
    t.clock.set('2019-04-20T02:00:00Z');
    const r = reportOf.get('02536')!;
    const noReason = await t.request(ReturnReportDocument, { reportId: r.id, expectedVersion: await versionOf(t, f.adminToken, r.id), reason: '  ' }, f.tokens.districtSonDuongApprover);
    expect(codes(noReason)).toEqual(['BAD_USER_INPUT']);

    const reason = 'Số thẻ nhóm G5 chưa khớp danh sách BHXH huyện, đề nghị rà soát.';
    const returned = await t.ok(ReturnReportDocument, { reportId: r.id, expectedVersion: await versionOf(t, f.adminToken, r.id), reason }, f.tokens.districtSonDuongApprover);
    expect(returned.returnReport.status).toBe('RETURNED');
    remember(returned.returnReport);
    const editable = await t.ok(ReportDocument, { id: r.id }, f.tokens.communeSonDuong);
    expect(editable.report.allowedActions).toEqual(['SAVE', 'SUBMIT']);

    // Re-sending the same figures stores nothing new: no version, no history entry.
    t.clock.set('2019-04-21T02:00:00Z');
    const same = await t.ok(SaveReportValuesDocument, { reportId: r.id, values: asValues(SON_DUONG_COMMUNES['02536']), expectedVersion: reportOf.get('02536')!.version }, f.tokens.communeSonDuong);
    expect(same.saveReportValues.version).toBe(reportOf.get('02536')!.version);
    // The officer checked G5 with the district's social insurance office and explains; resubmitted after the
    // deadline, the report stays on time, because its first submission was.
    const explained = await t.ok(
      SaveReportValuesDocument,
      { reportId: r.id, values: [{ code: 'DIFFICULTIES', text: 'Đã đối chiếu nhóm G5 với BHXH huyện: số liệu đúng.' }], expectedVersion: same.saveReportValues.version },
      f.tokens.communeSonDuong,
    );
    const sent = (await t.ok(SubmitReportDocument, { reportId: r.id, expectedVersion: explained.saveReportValues.version }, f.tokens.communeSonDuong)).submitReport;
    remember(sent);
    expect(sent.status).toBe('SUBMITTED');
    expect(sent.late).toBe(false);

    const history = (await t.ok(ReportDocument, { id: r.id }, f.tokens.communeSonDuong)).report.history;
    expect(history.map((h) => `${h.action}:${h.fromStatus ?? '-'}→${h.toStatus}`)).toEqual([
      'CREATE:-→DRAFT',
      'SAVE:DRAFT→DRAFT',
      'SUBMIT:DRAFT→SUBMITTED',
      'RETURN:SUBMITTED→RETURNED',
      'SAVE:RETURNED→RETURNED',
      'SUBMIT:RETURNED→SUBMITTED',
    ]);
    const returnEntry = history.find((h) => h.action === 'RETURN')!;
    expect(returnEntry.reason).toBe(reason);
    expect(returnEntry.actorName).toBe('Người dùng duyet.076');
    expect(history.find((h) => h.action === 'SUBMIT')!.late).toBe(false);
    expect(history[history.length - 1].late).toBe(true); // this particular sending was after the deadline
  });

  it('the district consolidates only approved communes, and updates as each is approved', async () => {
    const district = reportOf.get('076')!;
    const before = await t.ok(ReportDocument, { id: district.id, codes: ['POP', 'INSURED', 'COVERAGE_RATE'] }, f.tokens.districtSonDuongApprover);
    expect(before.report.values.map((v) => v.value)).toEqual([null, null, null]);
    expect(before.report.completeness).toMatchObject({ expected: 3, submitted: 3, approved: 0, display: '0/3' });
    // what is still under review is visible as provisional figures
    expect(before.report.provisionalValues.map((v) => v.value)).toEqual([204908, 194213, expect.closeTo(94.7806, 4)]);

    await t.ok(ApproveReportDocument, { reportId: reportOf.get('02536')!.id, expectedVersion: await versionOf(t, f.adminToken, reportOf.get('02536')!.id)}, f.tokens.districtSonDuongApprover);
    const partial = await t.ok(ReportDocument, { id: district.id, codes: ['POP', 'INSURED'] }, f.tokens.districtSonDuongReporter);
    expect(partial.report.values.map((v) => v.value)).toEqual([65000, 62100]);

    for (const code of ['02539', '02542']) {
      const approved = await t.ok(ApproveReportDocument, { reportId: reportOf.get(code)!.id, expectedVersion: await versionOf(t, f.adminToken, reportOf.get(code)!.id), comment: 'Đồng ý.' }, f.tokens.districtSonDuongApprover);
      expect(approved.approveReport.status).toBe('APPROVED');
    }
    const full = await t.ok(ReportDocument, { id: district.id }, f.tokens.districtSonDuongReporter);
    const byCode = new Map(full.report.values.map((v) => [v.code, v]));
    for (const [code, value] of Object.entries(SON_DUONG_2020)) {
      expect([code, byCode.get(code)!.value]).toEqual([code, value]);
      expect(byCode.get(code)!.source).toBe('CONSOLIDATED');
    }
    const rate = byCode.get('COVERAGE_RATE')!;
    expect(rate.source).toBe('DERIVED');
    expect(rate.value).toBeCloseTo((194213 / 204908) * 100, 10);
    expect(rate.display).toBe('94,78%');
    expect(byCode.get('POP')!.display).toBe('204.908');
    expect(full.report.completeness.display).toBe('3/3');
    // each approval left a trace on the district report, so a stale version there can be explained
    expect(full.report.history.filter((h) => h.action === 'CONSOLIDATE').map((h) => h.childUnitCode)).toEqual(['02536', '02539', '02542']);
    expect(full.report.validation.valid).toBe(true);
  });

  it('an approval can be withdrawn with a reason while the district has not submitted, and the sums follow', async () => {
    const district = reportOf.get('076')!;
    const id = reportOf.get('02539')!.id;
    const unapproved = await t.ok(UnapproveReportDocument, { reportId: id, expectedVersion: await versionOf(t, f.adminToken, id), reason: 'Cần đối chiếu lại số trẻ em dưới 6 tuổi.' }, f.tokens.districtSonDuongApprover);
    expect(unapproved.unapproveReport.status).toBe('SUBMITTED');
    const after = await t.ok(ReportDocument, { id: district.id, codes: ['POP'] }, f.tokens.districtSonDuongApprover);
    expect(after.report.values[0].value).toBe(204908 - 69500);
    await t.ok(ApproveReportDocument, { reportId: id, expectedVersion: await versionOf(t, f.adminToken, id)}, f.tokens.districtSonDuongApprover);
    const back = await t.ok(ReportDocument, { id: district.id, codes: ['POP'] }, f.tokens.districtSonDuongApprover);
    expect(back.report.values[0].value).toBe(204908);
  });

  it('the district submits its consolidated report with its narrative; its children are then frozen', async () => {
    t.clock.set('2019-05-10T02:00:00Z');
    const district = await t.ok(ReportDocument, { id: reportOf.get('076')!.id }, f.tokens.districtSonDuongReporter);
    const consolidatedEntry = await t.request(
      SaveReportValuesDocument,
      { reportId: district.report.id, values: [{ code: 'POP', value: 1 }], expectedVersion: district.report.version },
      f.tokens.districtSonDuongReporter,
    );
    expect(codes(consolidatedEntry)).toEqual(['BAD_USER_INPUT']);
    const saved = await t.ok(
      SaveReportValuesDocument,
      { reportId: district.report.id, values: [{ code: 'DIFFICULTIES', text: 'Tỷ lệ bao phủ năm 2020 đạt 95% so với kế hoạch 100%.' }], expectedVersion: district.report.version },
      f.tokens.districtSonDuongReporter,
    );
    const sent = await t.ok(SubmitReportDocument, { reportId: district.report.id, expectedVersion: saved.saveReportValues.version }, f.tokens.districtSonDuongReporter);
    expect(sent.submitReport.status).toBe('SUBMITTED');
    expect(sent.submitReport.late).toBe(false);

    const frozen = await t.request(UnapproveReportDocument, { reportId: reportOf.get('02542')!.id, expectedVersion: await versionOf(t, f.adminToken, reportOf.get('02542')!.id), reason: 'Muốn sửa.' }, f.tokens.districtSonDuongApprover);
    expect(codes(frozen)).toEqual(['INVALID_TRANSITION']);
  });

  it('a district with missing communes submits only with allowIncomplete and a note, which records 1/2', async () => {
    await fillAndSubmit('02455', f.tokens.communeHungLoi, smallCommune(9000));
    await t.ok(ApproveReportDocument, { reportId: reportOf.get('02455')!.id, expectedVersion: await versionOf(t, f.adminToken, reportOf.get('02455')!.id)}, f.tokens.districtYenSonApprover);
    // Yên Sơn's approver is also its own editor (no separate reporter account)
    const yenSon = await t.ok(ReportDocument, { id: reportOf.get('075')!.id }, f.tokens.districtYenSonApprover);
    const blocked = await t.request(SubmitReportDocument, { reportId: yenSon.report.id, expectedVersion: yenSon.report.version }, f.tokens.districtYenSonApprover);
    expect(codes(blocked)).toEqual(['VALIDATION_FAILED']);
    expect(blocked.errors![0].message).toContain('1/2');
    const noNote = await t.request(SubmitReportDocument, { reportId: yenSon.report.id, expectedVersion: yenSon.report.version, allowIncomplete: true }, f.tokens.districtYenSonApprover);
    expect(codes(noNote)).toEqual(['VALIDATION_FAILED']);

    t.clock.set('2019-05-15T01:00:00Z'); // 08:00 on 15/5 in Vietnam: after "before 15/5"
    const sent = await t.ok(
      SubmitReportDocument,
      { reportId: yenSon.report.id, expectedVersion: yenSon.report.version, allowIncomplete: true, note: 'Xã Trung Sơn chưa gửi báo cáo.' },
      f.tokens.districtYenSonApprover,
    );
    expect(sent.submitReport.late).toBe(true);
    const history = (await t.ok(ReportDocument, { id: yenSon.report.id }, f.tokens.provinceMonitor)).report.history;
    const submit = history.find((h) => h.action === 'SUBMIT')!;
    expect(submit).toMatchObject({ completeness: '1/2', reason: 'Xã Trung Sơn chưa gửi báo cáo.', late: true });
  });

  it('the province tracks who stands where, per level, with late counts', async () => {
    const progress = await t.ok(CampaignProgressDocument, { campaignId, unitCode: '08' }, f.tokens.provinceMonitor);
    const byLevel = Object.fromEntries(progress.campaignProgress.levels.map((l) => [l.level, l]));
    // Hùng Lợi sent on 10/5, after the communes' 20/4; Trung Sơn has sent nothing
    expect(byLevel.COMMUNE).toMatchObject({ expected: 5, approved: 4, draft: 1, submittedLate: 1, overdue: 1 });
    expect(byLevel.DISTRICT).toMatchObject({ expected: 2, submitted: 2, submittedLate: 1, overdue: 0 });
    expect(byLevel.PROVINCE).toMatchObject({ expected: 1, draft: 1, overdue: 0 });
    expect(progress.campaignProgress.children.map((c) => [c.unitCode, c.status, c.late])).toEqual([
      ['075', 'SUBMITTED', true],
      ['076', 'SUBMITTED', false],
    ]);
  });

  it('the province approves both districts, submits its own report and its approver finalizes it', async () => {
    t.clock.set('2019-06-01T02:00:00Z');
    for (const code of ['075', '076']) {
      await t.ok(ApproveReportDocument, { reportId: reportOf.get(code)!.id, expectedVersion: await versionOf(t, f.adminToken, reportOf.get(code)!.id)}, f.tokens.provinceApprover);
    }
    const province = await t.ok(ReportDocument, { id: reportOf.get('08')!.id, codes: ['POP', 'INSURED'] }, f.tokens.provinceReporter);
    expect(province.report.values.map((v) => v.value)).toEqual([204908 + 9000, 194213 + smallCommune(9000).INSURED]);
    const sent = await t.ok(SubmitReportDocument, { reportId: province.report.id, expectedVersion: province.report.version }, f.tokens.provinceReporter);
    expect(sent.submitReport.status).toBe('SUBMITTED');
    // the district approver cannot finalize the province; the province's own approver does
    const wrong = await t.request(ApproveReportDocument, { reportId: province.report.id, expectedVersion: await versionOf(t, f.adminToken, province.report.id)}, f.tokens.districtSonDuongApprover);
    expect(codes(wrong)).toEqual(['NOT_FOUND']);
    const done = await t.ok(ApproveReportDocument, { reportId: province.report.id, expectedVersion: await versionOf(t, f.adminToken, province.report.id), comment: 'Hoàn tất.' }, f.tokens.provinceApprover);
    expect(done.approveReport.status).toBe('FINALIZED');
    expect(done.approveReport.allowedActions).toEqual([]);
  });
});

describe('a two-level round (commune → province) on the same map', () => {
  let t: TestHub;
  let f: Fixture;
  beforeAll(async () => {
    t = await startTestHub({ now: '2025-10-01T01:00:00Z' });
    f = await loadFixture(t);
  });
  afterAll(() => t.close());

  it('links communes straight to the province, and a district monitor still sees its subtree', async () => {
    const created = await t.ok(
      CreateCampaignDocument,
      {
        input: {
          name: 'Báo cáo BHYT năm 2025',
          documentNumber: '52-CT/TW',
          templateCode: 'BHYT_COVERAGE',
          periodStart: '2024-12-15',
          periodEnd: '2025-12-14',
          rootUnitCode: '08',
          levels: ['COMMUNE', 'PROVINCE'],
          deadlines: [
            { level: 'COMMUNE', dueAt: '2025-11-10T00:00:00+07:00' },
            { level: 'PROVINCE', dueAt: '2025-11-20T00:00:00+07:00' },
          ],
        },
      },
      f.adminToken,
    );
    const all = await t.ok(ReportsDocument, { campaignId: created.createCampaign.id, first: 50 }, f.adminToken);
    expect(all.reports.edges.map((e) => e.node.unitCode)).toEqual(['02455', '02458', '02536', '02539', '02542', '08']);
    const commune = await t.ok(ReportDocument, { id: all.reports.edges[2].node.id }, f.adminToken);
    expect(commune.report.parent?.unitCode).toBe('08');

    const progress = await t.ok(CampaignProgressDocument, { campaignId: created.createCampaign.id, unitCode: '076' }, f.tokens.districtSonDuongMonitor);
    expect(progress.campaignProgress.report).toBeNull();
    expect(progress.campaignProgress.levels.map((l) => [l.level, l.expected, l.draft])).toEqual([['COMMUNE', 3, 3]]);
    expect(progress.campaignProgress.children.map((c) => c.unitCode)).toEqual(['02536', '02539', '02542']);
    const outside = await t.request(CampaignProgressDocument, { campaignId: created.createCampaign.id, unitCode: '075' }, f.tokens.districtSonDuongMonitor);
    expect(codes(outside)).toEqual(['NOT_FOUND']);
  });
});
