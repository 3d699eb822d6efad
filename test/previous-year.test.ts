import {
  ApproveReportDocument,
  CreateCampaignDocument,
  ImportReorganisationDocument,
  PreviousYearDocument,
  ReportsDocument,
  SaveReportValuesDocument,
  SubmitReportDocument,
  UnitAtDocument,
} from './generated/graphql';
import { codes, startTestHub, TestHub } from './support/harness';
import { asValues, Fixture, loadFixture, smallCommune, versionOf } from './support/fixture';

/**
 * Seed 004: no commune's coverage may fall below the previous year's. The check compares with last year's
 * round of the same form, for the same unit; after the 2025 reorganisation a new commune is compared with the
 * sum of the communes merged into it only when they all merged whole, and is told plainly when it cannot be.
 */
const MERGES = `new_province_code,new_province_name,new_commune_code,new_commune_name,old_commune_code,old_commune_name,merge_type
08,Tỉnh Tuyên Quang,02536,Xã Sơn Dương,02536,Thị trấn Sơn Dương,full
08,Tỉnh Tuyên Quang,02536,Xã Sơn Dương,02539,Xã Trung Yên,full
08,Tỉnh Tuyên Quang,02542,Xã Minh Thanh,02542,Xã Minh Thanh,partial
08,Tỉnh Tuyên Quang,02455,Xã Hùng Lợi,02455,Xã Hùng Lợi,full
08,Tỉnh Tuyên Quang,02455,Xã Hùng Lợi,02458,Xã Trung Sơn,full
08,Tỉnh Tuyên Quang,02455,Xã Hùng Lợi,02542,Xã Minh Thanh,partial
31,Thành phố Hải Phòng,10813,Xã Thanh Hà,10813,Thị trấn Thanh Hà,full
31,Thành phố Hải Phòng,10813,Xã Thanh Hà,10816,Xã Hồng Lạc,full
`;

/** A commune's figures with the given population and coverage (in whole people). */
function commune(pop: number, insured: number): Record<string, number> {
  const base = smallCommune(pop);
  const scale = insured / base.INSURED;
  const g = ['G1_EMPLOYMENT', 'G2_SOCIAL_INSURANCE', 'G3_STATE_BUDGET', 'G4_BUDGET_SUBSIDISED', 'G5_HOUSEHOLD'].map((c) => Math.round(base[c] * scale));
  const local = g.reduce((a, b) => a + b, 0);
  const armed = Math.round(base.CARDS_ARMED_FORCES * scale);
  return {
    POP: pop,
    INSURED: insured,
    CARDS_LOCAL: local,
    G1_EMPLOYMENT: g[0],
    G2_SOCIAL_INSURANCE: g[1],
    G3_STATE_BUDGET: g[2],
    G4_BUDGET_SUBSIDISED: g[3],
    G5_HOUSEHOLD: g[4],
    CARDS_ELSEWHERE: insured - local - armed,
    CARDS_ARMED_FORCES: armed,
  };
}

const LAST_YEAR: Record<string, Record<string, number>> = {
  '02536': commune(10000, 9500),
  '02539': commune(5000, 4500),
  '02542': commune(8000, 7600),
  '02455': commune(3000, 2700),
  '02458': commune(2000, 1900),
};

describe('comparing with last year, across the 2025 reorganisation', () => {
  let t: TestHub;
  let f: Fixture;
  const rounds = new Map<string, Map<string, string>>();
  const tokens = (): Record<string, string> => ({
    '02536': f.tokens.communeSonDuong,
    '02539': f.tokens.communeTrungYen,
    '02542': f.tokens.communeMinhThanh,
    '02455': f.tokens.communeHungLoi,
    '02458': f.tokens.communeTrungSon,
  });

  async function round(name: string, year: number, levels: ('COMMUNE' | 'DISTRICT' | 'PROVINCE')[]) {
    const dues = { COMMUNE: `${year + 1}-01-20T00:00:00+07:00`, DISTRICT: `${year + 1}-02-05T00:00:00+07:00`, PROVINCE: `${year + 1}-02-20T00:00:00+07:00` };
    const created = await t.ok(
      CreateCampaignDocument,
      {
        input: {
          name,
          templateCode: 'BHYT_COVERAGE',
          periodStart: `${year}-01-01`,
          periodEnd: `${year}-12-31`,
          rootUnitCode: '08',
          levels,
          deadlines: levels.map((level) => ({ level, dueAt: dues[level] })),
        },
      },
      f.adminToken,
    );
    const reports = await t.ok(ReportsDocument, { campaignId: created.createCampaign.id, first: 100 }, f.adminToken);
    rounds.set(name, new Map(reports.reports.edges.map((e) => [e.node.unitCode, e.node.id])));
    return rounds.get(name)!;
  }

  async function save(reportId: string, figures: Record<string, number>, token: string) {
    return t.ok(SaveReportValuesDocument, { reportId, values: asValues(figures), expectedVersion: await versionOf(t, f.adminToken, reportId) }, token);
  }

  /** Sends a report (with a note when asked) and has the district approve it: only approved figures count. */
  async function sendAndApprove(reportId: string, unitCode: string, note: string | null = null) {
    await t.ok(SubmitReportDocument, { reportId, expectedVersion: await versionOf(t, f.adminToken, reportId), note }, tokens()[unitCode]);
    const approver = unitCode.startsWith('024') ? f.tokens.districtYenSonApprover : f.tokens.districtSonDuongApprover;
    await t.ok(ApproveReportDocument, { reportId, expectedVersion: await versionOf(t, f.adminToken, reportId) }, approver);
  }

  beforeAll(async () => {
    t = await startTestHub({ now: '2025-01-05T02:00:00Z', tokenTtlSeconds: 800 * 24 * 3600 });
    f = await loadFixture(t);
  });
  afterAll(() => t.close());

  it('the first round has nothing to compare with, and says so', async () => {
    const first = await round('BHYT 2024', 2024, ['COMMUNE', 'DISTRICT', 'PROVINCE']);
    for (const [code, figures] of Object.entries(LAST_YEAR)) {
      await save(first.get(code)!, figures, tokens()[code]);
      await sendAndApprove(first.get(code)!, code);
    }
    const r = await t.ok(PreviousYearDocument, { id: first.get('02536')!, codes: ['COVERAGE_RATE'] }, f.adminToken);
    expect(r.report.previousYear).toMatchObject({ status: 'UNAVAILABLE', comparable: false, values: [] });
    expect(r.report.previousYear.message).toContain('Không có đợt báo cáo cùng biểu mẫu của năm trước');
    expect(r.report.validation.warnings).toEqual([]);
  });

  it('the same unit next year: a coverage below last year\'s is a warning that needs an explanation', async () => {
    t.clock.set('2025-06-01T02:00:00Z');
    const next = await round('BHYT 2025 (trước sắp xếp)', 2025, ['COMMUNE', 'DISTRICT', 'PROVINCE']);
    // 2025 figures before the reorganisation: 02536 falls from 95% to 90%; 02539 rises.
    const lower = await save(next.get('02536')!, commune(10000, 9000), f.tokens.communeSonDuong);
    expect(lower.saveReportValues.validation.warnings).toEqual([
      {
        rule: 'COVERAGE_NOT_BELOW_LAST_YEAR',
        message:
          'Tỷ lệ bao phủ BHYT (90%) thấp hơn năm trước (95%); theo yêu cầu không để tỷ lệ bao phủ của đơn vị giảm so với năm trước, cần giải trình.',
      },
    ]);
    const r = await t.ok(PreviousYearDocument, { id: next.get('02536')!, codes: ['COVERAGE_RATE'] }, f.adminToken);
    expect(r.report.previousYear).toMatchObject({ status: 'EXACT', comparable: true, campaignName: 'BHYT 2024' });
    expect(r.report.previousYear.sources.map((s) => [s.unitCode, s.mergeType])).toEqual([['02536', 'SAME']]);
    expect(r.report.previousYear.values.find((v) => v.code === 'COVERAGE_RATE')!.display).toBe('95,00%');
    const unexplained = await t.request(SubmitReportDocument, { reportId: next.get('02536')!, expectedVersion: lower.saveReportValues.version }, f.tokens.communeSonDuong);
    expect(codes(unexplained)).toEqual(['VALIDATION_FAILED']);
    await sendAndApprove(next.get('02536')!, '02536', 'Một số doanh nghiệp giải thể, người lao động chuyển đi.');
    const higher = await save(next.get('02539')!, commune(5000, 4800), f.tokens.communeTrungYen);
    expect(higher.saveReportValues.validation.warnings).toEqual([]);
    await sendAndApprove(next.get('02539')!, '02539');
    for (const code of ['02542', '02455', '02458']) {
      await save(next.get(code)!, LAST_YEAR[code], tokens()[code]);
      await sendAndApprove(next.get(code)!, code);
    }
  });

  it('after the reorganisation, old reports stay with the old units', async () => {
    t.clock.set('2025-07-02T02:00:00Z');
    const imported = await t.ok(ImportReorganisationDocument, { csv: MERGES, effectiveOn: '2025-07-01' }, f.adminToken);
    expect(imported.importReorganisation).toMatchObject({ communesCreated: 4, provincesCreated: 2, partialMerges: 2 });
    const old = await t.ok(PreviousYearDocument, { id: rounds.get('BHYT 2025 (trước sắp xếp)')!.get('02536')!, codes: ['POP'] }, f.adminToken);
    expect(old.report.values[0].value).toBe(10000);
    expect(imported.importReorganisation.accountsMoved).toBeGreaterThanOrEqual(5);
    // Accounts followed their communes; the new Xã Sơn Dương's officer reads what the communes merged whole into it
    // sent, but the new Hùng Lợi's does not take over Minh Thanh, of which it received only a part.
    const before = rounds.get('BHYT 2025 (trước sắp xếp)')!;
    const absorbed = await t.request(PreviousYearDocument, { id: before.get('02539')!, codes: ['POP'] }, f.tokens.communeSonDuong);
    expect(absorbed.data?.report.values[0].value).toBe(5000);
    const part = await t.request(PreviousYearDocument, { id: before.get('02542')!, codes: ['POP'] }, f.tokens.communeHungLoi);
    expect(codes(part)).toEqual(['NOT_FOUND']);
    const unit = await t.ok(UnitAtDocument, { code: '02536', at: '2025-07-01' }, f.adminToken);
    expect(unit.unit.name).toBe('Xã Sơn Dương');
    expect(unit.unit.predecessors.map((p) => [p.unit.code, p.mergeType, p.unit.validTo])).toEqual([
      ['02536', 'FULL', '2025-06-30'],
      ['02539', 'FULL', '2025-06-30'],
    ]);
  });

  it('a commune formed by whole communes is compared with their sum; a partial merge is only an estimate, never checked', async () => {
    t.clock.set('2026-06-01T02:00:00Z');
    // The 2025 round after the reorganisation does not exist in this story; the 2026 round compares with the
    // 2025 round taken before it, on the old units.
    const after = await round('BHYT 2026', 2026, ['COMMUNE', 'PROVINCE']);
    expect([...after.keys()].sort()).toEqual(['02455', '02536', '02542', '08']);
    const oldIds = rounds.get('BHYT 2025 (trước sắp xếp)')!;
    expect(after.get('02536')).not.toBe(oldIds.get('02536'));

    // Xã Sơn Dương (new) = Thị trấn Sơn Dương 9.000/10.000 + Trung Yên 4.800/5.000 in 2025: 92,00%.
    const merged = await save(after.get('02536')!, commune(15000, 13500), f.tokens.communeSonDuong);
    expect(merged.saveReportValues.validation.warnings.map((w) => w.message)).toEqual([
      'Tỷ lệ bao phủ BHYT (90%) thấp hơn năm trước (92%); theo yêu cầu không để tỷ lệ bao phủ của đơn vị giảm so với năm trước, cần giải trình.',
    ]);
    const m = await t.ok(PreviousYearDocument, { id: after.get('02536')!, codes: ['COVERAGE_RATE'] }, f.adminToken);
    expect(m.report.previousYear).toMatchObject({ status: 'MERGED', comparable: true, campaignName: 'BHYT 2025 (trước sắp xếp)' });
    expect(m.report.previousYear.sources.map((s) => [s.unitCode, s.mergeType])).toEqual([
      ['02536', 'FULL'],
      ['02539', 'FULL'],
    ]);
    const prev = Object.fromEntries(m.report.previousYear.values.map((v) => [v.code, v.value]));
    expect([prev.POP, prev.INSURED, prev.COVERAGE_RATE]).toEqual([15000, 13800, 92]);

    // Xã Hùng Lợi (new) took part of Minh Thanh: an estimate, shown with the reason, not used by the check.
    const partial = await save(after.get('02455')!, commune(8000, 4000), f.tokens.communeHungLoi);
    expect(partial.saveReportValues.validation.warnings).toEqual([]);
    const p = await t.ok(PreviousYearDocument, { id: after.get('02455')!, codes: ['COVERAGE_RATE'] }, f.adminToken);
    expect(p.report.previousYear).toMatchObject({ status: 'ESTIMATED', comparable: false });
    expect(p.report.previousYear.message).toContain('Xã Minh Thanh (02542) chỉ nhập một phần');
    expect(p.report.previousYear.sources.map((s) => [s.unitCode, s.mergeType])).toEqual([
      ['02455', 'FULL'],
      ['02458', 'FULL'],
      ['02542', 'PARTIAL'],
    ]);
    expect(p.report.previousYear.values.find((v) => v.code === 'POP')!.value).toBe(3000 + 2000 + 8000);
  });
});

/**
 * The hub remembers that a round has no earlier one (every check asks), as of how many campaigns there were: a
 * round of the year before, added afterwards, must be seen at once.
 */
describe('a round for the year before, opened after this year’s', () => {
  let t: TestHub;
  let f: Fixture;
  beforeAll(async () => {
    t = await startTestHub({ now: '2025-06-01T02:00:00Z', tokenTtlSeconds: 800 * 24 * 3600 });
    f = await loadFixture(t);
  });
  afterAll(() => t.close());

  const open = async (year: number) => {
    const input = {
      name: `BHYT ${year}`,
      templateCode: 'BHYT_COVERAGE',
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
      rootUnitCode: '08',
      levels: ['COMMUNE' as const, 'DISTRICT' as const, 'PROVINCE' as const],
      deadlines: [
        { level: 'COMMUNE' as const, dueAt: `${year + 1}-01-20T00:00:00+07:00` },
        { level: 'DISTRICT' as const, dueAt: `${year + 1}-02-05T00:00:00+07:00` },
        { level: 'PROVINCE' as const, dueAt: `${year + 1}-02-20T00:00:00+07:00` },
      ],
    };
    const id = (await t.ok(CreateCampaignDocument, { input }, f.adminToken)).createCampaign.id;
    const reports = await t.ok(ReportsDocument, { campaignId: id, first: 100 }, f.adminToken);
    return reports.reports.edges.find((e) => e.node.unitCode === '02536')!.node.id;
  };

  it('is compared with at once, though the hub had found no earlier round before', async () => {
    const thisYear = await open(2025);
    const alone = await t.ok(PreviousYearDocument, { id: thisYear, codes: ['COVERAGE_RATE'] }, f.adminToken);
    expect(alone.report.previousYear.message).toContain('Không có đợt báo cáo cùng biểu mẫu của năm trước');
    // checked again, as every save and submission does: still none
    expect((await t.ok(PreviousYearDocument, { id: thisYear, codes: ['COVERAGE_RATE'] }, f.adminToken)).report.previousYear.status).toBe('UNAVAILABLE');

    const lastYear = await open(2024);
    await t.ok(SaveReportValuesDocument, { reportId: lastYear, values: asValues(LAST_YEAR['02536']), expectedVersion: await versionOf(t, f.adminToken, lastYear) }, f.tokens.communeSonDuong);
    await t.ok(SubmitReportDocument, { reportId: lastYear, expectedVersion: await versionOf(t, f.adminToken, lastYear) }, f.tokens.communeSonDuong);
    await t.ok(ApproveReportDocument, { reportId: lastYear, expectedVersion: await versionOf(t, f.adminToken, lastYear) }, f.tokens.districtSonDuongApprover);

    const compared = await t.ok(PreviousYearDocument, { id: thisYear, codes: ['COVERAGE_RATE'] }, f.adminToken);
    expect(compared.report.previousYear).toMatchObject({ status: 'EXACT', comparable: true, campaignName: 'BHYT 2024' });
    const lower = await t.ok(
      SaveReportValuesDocument,
      { reportId: thisYear, values: asValues(commune(10000, 9000)), expectedVersion: await versionOf(t, f.adminToken, thisYear) },
      f.tokens.communeSonDuong,
    );
    expect(lower.saveReportValues.validation.warnings.map((w) => w.rule)).toEqual(['COVERAGE_NOT_BELOW_LAST_YEAR']);
  });
});
