import {
  ApproveReportDocument,
  AssignTargetsDocument,
  ConsolidatedChildReportsDocument,
  ConsolidatedDocument,
  ReportShownDocument,
  CreateCampaignDocument,
  CreateTemplateDocument,
  PublishTemplateDocument,
  ReportCellsDocument,
  ReportDocument,
  ReportsDocument,
  ReturnReportDocument,
  SaveReportCellsDocument,
  SaveReportValuesDocument,
  SubmitReportCellsDocument,
  SubmitReportDocument,
  TargetsDocument,
  TemplateDocument,
  TemplateListDocument,
  UpdateTemplateDocument,
} from './generated/graphql';
import { codes, startTestHub, TestHub } from './support/harness';
import { Fixture, loadFixture, SEED_003_DEADLINES, versionOf } from './support/fixture';

/**
 * A form written by an admin through the API (not built in): columns by year, a derived rate recomputed at
 * every level, average / min / max, a yes/no question counted over communes as x/y, a date, texts collected
 * up the chain, an assigned target judged against the rate. Then run through commune → district → province.
 */
const FORM = {
  code: 'KT_BHYT_XA',
  name: 'Kiểm tra thực hiện BHYT tại cơ sở',
  description: 'Biểu thử nghiệm do quản trị tự định nghĩa.',
  sections: [
    { code: 'SO_LIEU', title: 'I. Số liệu qua các năm', note: 'Ghi số người theo từng năm.' },
    { code: 'DANH_GIA', title: 'II. Đánh giá' },
  ],
  columnSets: [{ code: 'NAM', label: 'Năm', items: [{ code: 'Y2023', label: '2023' }, { code: 'Y2024', label: '2024' }] }],
  indicators: [
    { code: 'POP', label: 'Dân số', unit: 'người', section: 'SO_LIEU', kind: 'ENTERED', valueType: 'INTEGER', aggregation: 'SUM', columns: 'NAM', required: true, row: '1' },
    { code: 'INSURED', label: 'Số người có thẻ BHYT', unit: 'người', section: 'SO_LIEU', kind: 'ENTERED', valueType: 'INTEGER', aggregation: 'SUM', columns: 'NAM', required: true, row: '2' },
    { code: 'RATE', label: 'Tỷ lệ bao phủ', unit: '%', section: 'SO_LIEU', kind: 'DERIVED', valueType: 'PERCENT', aggregation: 'RECOMPUTE', columns: 'NAM', formula: 'INSURED / POP * 100', row: '3' },
    { code: 'RATE_TARGET', label: 'Chỉ tiêu tỷ lệ bao phủ được giao', unit: '%', section: 'SO_LIEU', kind: 'ASSIGNED', valueType: 'PERCENT', aggregation: 'NONE', columns: 'NAM', targetOf: 'RATE' },
    { code: 'SATISFACTION', label: 'Điểm hài lòng trung bình', unit: 'điểm', section: 'DANH_GIA', kind: 'ENTERED', valueType: 'DECIMAL', aggregation: 'AVERAGE' },
    { code: 'WAIT_MIN', label: 'Số ngày chờ cấp thẻ ngắn nhất', unit: 'ngày', section: 'DANH_GIA', kind: 'ENTERED', valueType: 'DECIMAL', aggregation: 'MIN' },
    { code: 'WAIT_MAX', label: 'Số ngày chờ cấp thẻ dài nhất', unit: 'ngày', section: 'DANH_GIA', kind: 'ENTERED', valueType: 'DECIMAL', aggregation: 'MAX' },
    { code: 'HAS_PLAN', label: 'Đã có kế hoạch thực hiện', unit: '', section: 'DANH_GIA', kind: 'ENTERED', valueType: 'YES_NO', aggregation: 'NONE', levels: ['COMMUNE'] },
    { code: 'PLAN_DATE', label: 'Ngày ban hành kế hoạch', unit: '', section: 'DANH_GIA', kind: 'ENTERED', valueType: 'DATE', aggregation: 'NONE', levels: ['COMMUNE'] },
    { code: 'WITH_PLAN', label: 'Số xã đã có kế hoạch', unit: 'xã', section: 'DANH_GIA', kind: 'DERIVED', valueType: 'INTEGER', aggregation: 'COUNT', condition: 'HAS_PLAN == 1', countLevel: 'COMMUNE', levels: ['DISTRICT', 'PROVINCE'] },
    { code: 'HIGH_RATE', label: 'Số đơn vị cấp dưới có tỷ lệ bao phủ 2023 từ 92% trở lên', unit: 'đơn vị', section: 'DANH_GIA', kind: 'DERIVED', valueType: 'INTEGER', aggregation: 'COUNT', condition: 'RATE.Y2023 >= 92', levels: ['DISTRICT', 'PROVINCE'] },
    { code: 'NOTES', label: 'Khó khăn, kiến nghị', unit: '', section: 'DANH_GIA', kind: 'TEXT', valueType: 'TEXT', aggregation: 'COLLECT_TEXT' },
  ],
  rules: [
    { code: 'INSURED_LE_POP', left: 'INSURED', operator: '<=', right: 'POP', severity: 'ERROR', ifMissing: 'SKIP', message: 'Số người có thẻ ({left}) lớn hơn dân số ({right}).' },
  ],
};

type Figures = { pop: [number, number]; insured: [number, number]; satisfaction: number; wait: number; plan: 0 | 1 };
const COMMUNES: Record<string, Figures> = {
  '02536': { pop: [1000, 1100], insured: [900, 1000], satisfaction: 4, wait: 2, plan: 1 },
  '02539': { pop: [2000, 2100], insured: [1800, 1900], satisfaction: 3, wait: 5, plan: 0 },
  '02542': { pop: [3000, 3000], insured: [2900, 2950], satisfaction: 5, wait: 1, plan: 1 },
  '02455': { pop: [500, 500], insured: [400, 450], satisfaction: 2, wait: 3, plan: 1 },
  '02458': { pop: [700, 700], insured: [600, 650], satisfaction: 4, wait: 4, plan: 0 },
};

function valuesOf(f: Figures) {
  return [
    { code: 'POP.Y2023', value: f.pop[0] },
    { code: 'POP.Y2024', value: f.pop[1] },
    { code: 'INSURED.Y2023', value: f.insured[0] },
    { code: 'INSURED.Y2024', value: f.insured[1] },
    { code: 'SATISFACTION', value: f.satisfaction },
    { code: 'WAIT_MIN', value: f.wait },
    { code: 'WAIT_MAX', value: f.wait },
    { code: 'HAS_PLAN', value: f.plan },
    { code: 'PLAN_DATE', text: '2019-03-01' },
    { code: 'NOTES', text: `Xã báo cáo ${f.pop[0]}` },
  ];
}

describe('forms as versioned data, run through a three-level chain', () => {
  let t: TestHub;
  let f: Fixture;
  let campaignId: string;
  const reportOf = new Map<string, string>();

  beforeAll(async () => {
    t = await startTestHub({ now: '2019-04-01T01:00:00Z', tokenTtlSeconds: 400 * 24 * 3600 });
    f = await loadFixture(t);
  });
  afterAll(() => t.close());

  const cells = async (unitCode: string, codes: string[] | null = null) =>
    (await t.ok(ReportCellsDocument, { id: reportOf.get(unitCode)!, codes }, f.adminToken)).report;
  const byCode = <T extends { code: string }>(rows: T[]) => Object.fromEntries(rows.map((r) => [r.code, r]));

  it('an admin creates a draft; every problem of a broken definition is reported at once', async () => {
    const broken = {
      ...FORM,
      code: 'KT_LOI',
      indicators: [
        ...FORM.indicators,
        { code: 'A', label: 'A', unit: '', section: 'SO_LIEU', kind: 'DERIVED', valueType: 'DECIMAL', aggregation: 'RECOMPUTE', formula: 'B + 1' },
        { code: 'B', label: 'B', unit: '', section: 'SO_LIEU', kind: 'DERIVED', valueType: 'DECIMAL', aggregation: 'RECOMPUTE', formula: 'A + 1' },
        { code: 'C', label: 'C', unit: '', section: 'KHONG_CO', kind: 'DERIVED', valueType: 'DECIMAL', aggregation: 'RECOMPUTE', formula: 'POP * 2 + KHONG_CO' },
        { code: 'D', label: 'D', unit: '', section: 'SO_LIEU', kind: 'ENTERED', valueType: 'SO', aggregation: 'SUM' },
        { code: 'E', label: 'E', unit: '', section: 'SO_LIEU', kind: 'DERIVED', valueType: 'DECIMAL', aggregation: 'RECOMPUTE', formula: 'process.exit(1)' },
      ],
    };
    const shape = await t.request(CreateTemplateDocument, { definition: broken }, f.adminToken);
    expect(codes(shape)).toEqual(['BAD_USER_INPUT']);
    expect(shape.errors![0].message).toContain('"valueType" phải là một trong');
    const meaning = await t.request(CreateTemplateDocument, { definition: { ...broken, indicators: broken.indicators.filter((i) => i.code !== 'D') } }, f.adminToken);
    expect(codes(meaning)).toEqual(['BAD_USER_INPUT']);
    const problems = meaning.errors![0].extensions!.problems as string[];
    expect(problems.some((p) => p.includes('vòng tròn'))).toBe(true);
    expect(problems.some((p) => p.includes('mục KHONG_CO không tồn tại'))).toBe(true);
    expect(problems.some((p) => p.includes('"POP" có nhiều cột'))).toBe(true);
    expect(problems.some((p) => p.includes('E') && p.includes('không được hỗ trợ'))).toBe(true);

    const stranger = await t.request(CreateTemplateDocument, { definition: FORM }, f.tokens.provinceApprover);
    expect(codes(stranger)).toEqual(['FORBIDDEN']);
    const builtIn = await t.request(CreateTemplateDocument, { definition: { ...FORM, code: 'BHYT_COVERAGE' } }, f.adminToken);
    expect(codes(builtIn)).toEqual(['CONFLICT']);

    const created = await t.ok(CreateTemplateDocument, { definition: FORM }, f.adminToken);
    expect(created.createTemplate).toMatchObject({ code: 'KT_BHYT_XA', version: 1, status: 'DRAFT', builtIn: false });
    expect(created.createTemplate.columnSets[0].items.map((i) => i.label)).toEqual(['2023', '2024']);
    const again = await t.request(CreateTemplateDocument, { definition: FORM }, f.adminToken);
    expect(codes(again)).toEqual(['CONFLICT']);
  });

  it('a draft cannot be used by a campaign; published, it can; once used it is frozen', async () => {
    const input = {
      name: 'Kiểm tra BHYT cơ sở 2024',
      documentNumber: '12/KH-UBND',
      templateCode: 'KT_BHYT_XA',
      periodStart: '2024-01-01',
      periodEnd: '2024-12-31',
      rootUnitCode: '08',
      levels: ['COMMUNE' as const, 'DISTRICT' as const, 'PROVINCE' as const],
      deadlines: SEED_003_DEADLINES,
    };
    const early = await t.request(CreateCampaignDocument, { input }, f.adminToken);
    expect(codes(early)).toEqual(['BAD_USER_INPUT']);
    expect(early.errors![0].message).toContain('chưa có phiên bản nào được ban hành');

    const renamed = await t.ok(UpdateTemplateDocument, { code: 'KT_BHYT_XA', version: 1, definition: { ...FORM, name: 'Kiểm tra thực hiện BHYT tại cơ sở (sửa)' } }, f.adminToken);
    expect(renamed.updateTemplate.name).toBe('Kiểm tra thực hiện BHYT tại cơ sở (sửa)');
    // The replaced definition itself is stored, not only the name beside it.
    const reread = await t.ok(TemplateDocument, { code: 'KT_BHYT_XA', version: 1 }, f.adminToken);
    expect(JSON.parse(reread.template.definitionJson).name).toBe('Kiểm tra thực hiện BHYT tại cơ sở (sửa)');
    const published = await t.ok(PublishTemplateDocument, { code: 'KT_BHYT_XA', version: 1 }, f.adminToken);
    expect(published.publishTemplate.status).toBe('PUBLISHED');
    const listed = await t.ok(TemplateListDocument, {}, f.tokens.communeSonDuong);
    expect(listed.templates.map((x) => x.code).sort()).toEqual(['BHYT_COVERAGE', 'CT38_REVIEW', 'KT_BHYT_XA']);

    const created = await t.ok(CreateCampaignDocument, { input }, f.adminToken);
    campaignId = created.createCampaign.id;
    const all = await t.ok(ReportsDocument, { campaignId, first: 100 }, f.adminToken);
    for (const edge of all.reports.edges) reportOf.set(edge.node.unitCode, edge.node.id);
    expect(reportOf.size).toBe(8);

    const frozen = await t.request(UpdateTemplateDocument, { code: 'KT_BHYT_XA', version: 1, definition: FORM }, f.adminToken);
    expect(codes(frozen)).toEqual(['CONFLICT']);
    expect(frozen.errors![0].message).toContain('đã được 1 đợt báo cáo sử dụng');
    // A new version is a new draft; the campaign keeps version 1.
    const v2 = await t.ok(CreateTemplateDocument, { definition: { ...FORM, name: 'Phiên bản 2' } }, f.adminToken);
    expect(v2.createTemplate).toMatchObject({ version: 2, status: 'DRAFT' });
    const current = await t.ok(TemplateDocument, { code: 'KT_BHYT_XA' }, f.tokens.communeSonDuong);
    expect(current.template.version).toBe(1);
  });

  it('cells are checked by their type: yes/no, dates, counts that only consolidation writes', async () => {
    const id = reportOf.get('02536')!;
    const bad = await t.request(
      SaveReportValuesDocument,
      {
        reportId: id,
        expectedVersion: await versionOf(t, f.adminToken, id),
        values: [
          { code: 'HAS_PLAN', value: 2 },
          { code: 'PLAN_DATE', text: '2019-02-30' },
          { code: 'RATE.Y2023', value: 90 },
          { code: 'POP', value: 5 },
          { code: 'WITH_PLAN', value: 1 },
          { code: 'RATE_TARGET.Y2023', value: 1 },
        ],
      },
      f.tokens.communeSonDuong,
    );
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    const problems = bad.errors![0].extensions!.problems as string[];
    expect(problems).toEqual([
      '"Đã có kế hoạch thực hiện" (HAS_PLAN) là câu hỏi có/không: ghi 1 (có) hoặc 0 (không).',
      '"Ngày ban hành kế hoạch" (PLAN_DATE) là ngày, cần ghi dạng YYYY-MM-DD (ví dụ 2019-04-19).',
      '"Tỷ lệ bao phủ" (RATE.Y2023, cột 2023) được tính tự động, không nhập.',
      'Mã chỉ tiêu "POP" không có trong biểu mẫu.',
      '"Số xã đã có kế hoạch" (WITH_PLAN) không thuộc báo cáo của cấp này.',
      '"Chỉ tiêu tỷ lệ bao phủ được giao" (RATE_TARGET.Y2023, cột 2023) do cấp trên giao (assignTargets), không nhập tại đây.',
    ]);
    expect(await versionOf(t, f.adminToken, id)).toBe(1);
  });

  it('a rule over columns is checked per year and names the year', async () => {
    const id = reportOf.get('02536')!;
    const wrong = valuesOf({ ...COMMUNES['02536'], insured: [1200, 1000] });
    const saved = await t.ok(SaveReportValuesDocument, { reportId: id, values: wrong, expectedVersion: await versionOf(t, f.adminToken, id) }, f.tokens.communeSonDuong);
    expect(saved.saveReportValues.validation.errors).toEqual([{ rule: 'INSURED_LE_POP@Y2023', message: 'Số người có thẻ (1.200) lớn hơn dân số (1.000). (cột 2023)' }]);
    const sent = await t.request(SubmitReportDocument, { reportId: id, expectedVersion: saved.saveReportValues.version }, f.tokens.communeSonDuong);
    expect(codes(sent)).toEqual(['VALIDATION_FAILED']);
  });

  it('communes send; districts consolidate sum per year, average, min, max and x/y counts; rates are recomputed', async () => {
    const tokens: Record<string, string> = {
      '02536': f.tokens.communeSonDuong,
      '02539': f.tokens.communeTrungYen,
      '02542': f.tokens.communeMinhThanh,
      '02455': f.tokens.communeHungLoi,
      '02458': f.tokens.communeTrungSon,
    };
    for (const [code, figures] of Object.entries(COMMUNES)) {
      const id = reportOf.get(code)!;
      const saved = await t.ok(SaveReportValuesDocument, { reportId: id, values: valuesOf(figures), expectedVersion: await versionOf(t, f.adminToken, id) }, tokens[code]);
      await t.ok(SubmitReportDocument, { reportId: id, expectedVersion: saved.saveReportValues.version }, tokens[code]);
    }
    const commune = byCode((await cells('02536')).values);
    expect(commune['RATE.Y2023']).toMatchObject({ value: 90, display: '90,00%', column: 'Y2023', columnLabel: '2023', indicatorCode: 'RATE' });
    expect(commune.HAS_PLAN.display).toBe('Có');
    expect(commune.PLAN_DATE.text).toBe('2019-03-01');
    expect(commune.WITH_PLAN).toBeUndefined(); // not a commune's row

    for (const code of ['02536', '02539', '02542']) {
      const id = reportOf.get(code)!;
      await t.ok(ApproveReportDocument, { reportId: id, expectedVersion: await versionOf(t, f.adminToken, id) }, f.tokens.districtSonDuongApprover);
    }
    const id = reportOf.get('02455')!;
    await t.ok(ApproveReportDocument, { reportId: id, expectedVersion: await versionOf(t, f.adminToken, id) }, f.tokens.districtYenSonApprover);

    const sonDuong = byCode((await cells('076')).values);
    expect(sonDuong['POP.Y2023']).toMatchObject({ value: 6000, source: 'CONSOLIDATED' });
    expect(sonDuong['INSURED.Y2024']).toMatchObject({ value: 5850, source: 'CONSOLIDATED' });
    expect(sonDuong['RATE.Y2023'].value).toBeCloseTo((5600 / 6000) * 100, 9);
    expect(sonDuong['RATE.Y2023'].source).toBe('DERIVED');
    expect(sonDuong.SATISFACTION).toMatchObject({ value: 4, source: 'CONSOLIDATED' });
    expect(sonDuong.WAIT_MIN.value).toBe(1);
    expect(sonDuong.WAIT_MAX.value).toBe(5);
    expect(sonDuong.WITH_PLAN).toMatchObject({ value: 2, total: 3, display: '2/3', source: 'CONSOLIDATED' });
    expect(sonDuong.HAS_PLAN).toBeUndefined();
    // A condition on a derived cell: each commune's rate as it shows it (Minh Thanh 96,67%; the others 90%).
    expect(sonDuong.HIGH_RATE.display).toBe('1/3');
    const yenSon = byCode((await cells('075')).values);
    expect(yenSon.WITH_PLAN.display).toBe('1/2'); // Trung Sơn is sent but not approved: counted in y, not in x
    expect(yenSon['POP.Y2023'].value).toBe(500);
  });

  it("consolidated shows the figures with a per-child breakdown, within the caller's scope", async () => {
    const c = await t.ok(ConsolidatedDocument, { campaignId, unitCode: '076', codes: ['POP', 'NOTES'] }, f.tokens.districtSonDuongMonitor);
    expect(c.consolidated).toMatchObject({ unitCode: '076', expected: 3, included: 3, completeness: '3/3' });
    expect(c.consolidated.children.map((ch) => [ch.unitCode, ch.status, ch.included])).toEqual([
      ['02536', 'APPROVED', true],
      ['02539', 'APPROVED', true],
      ['02542', 'APPROVED', true],
    ]);
    expect(c.consolidated.children[1].report.values.map((v) => [v.code, v.value ?? v.display])).toEqual([
      ['POP.Y2023', 2000],
      ['POP.Y2024', 2100],
      ['NOTES', 'Xã báo cáo 2000'],
    ]);
    const other = await t.request(ConsolidatedDocument, { campaignId, unitCode: '075' }, f.tokens.districtSonDuongMonitor);
    expect(codes(other)).toEqual(['NOT_FOUND']);
    const national = await t.request(ConsolidatedDocument, { campaignId }, f.tokens.provinceMonitor);
    expect(codes(national)).toEqual(['FORBIDDEN']);
  });

  it("the consolidated table's reports show what each report shows on its own (read as rows, not entities)", async () => {
    const c = await t.ok(ConsolidatedChildReportsDocument, { campaignId, unitCode: '076' }, f.tokens.districtSonDuongApprover);
    expect(c.consolidated.unitName).toBe(c.consolidated.report!.unit.name);
    expect(c.consolidated.children).toHaveLength(3);
    for (const child of c.consolidated.children) {
      const alone = await t.ok(ReportShownDocument, { id: child.report.id }, f.tokens.districtSonDuongApprover);
      expect(child.report).toEqual(alone.report);
      expect(child.unitName).toBe(alone.report.unit.name);
    }
    // Sent and approved: the times came through from the rows as they are stored.
    expect(c.consolidated.children.every((ch) => ch.report.submittedAt != null && ch.report.approvedAt != null)).toBe(true);
  });

  it('targets are assigned by the level above and shown against the result', async () => {
    const byCommune = await t.request(
      AssignTargetsDocument,
      { input: { campaignId, targets: [{ unitCode: '076', code: 'RATE_TARGET.Y2023', value: 95 }] } },
      f.tokens.communeSonDuong,
    );
    expect(codes(byCommune)).toEqual(['NOT_FOUND']); // a commune does not even see the district's report
    const byDistrictForItself = await t.request(
      AssignTargetsDocument,
      { input: { campaignId, targets: [{ unitCode: '076', code: 'RATE_TARGET.Y2023', value: 95 }] } },
      f.tokens.districtSonDuongApprover,
    );
    expect(codes(byDistrictForItself)).toEqual(['FORBIDDEN']);
    const tooHigh = await t.request(
      AssignTargetsDocument,
      { input: { campaignId, targets: [{ unitCode: '076', code: 'RATE_TARGET.Y2023', value: 120 }, { unitCode: '076', code: 'POP.Y2023', value: 1 }] } },
      f.tokens.provinceApprover,
    );
    expect(codes(tooHigh)).toEqual(['BAD_USER_INPUT']);
    expect(tooHigh.errors![0].extensions!.problems).toEqual([
      'Chỉ tiêu RATE_TARGET.Y2023 của đơn vị 076 là tỷ lệ %, không vượt quá 100.',
      '"POP.Y2023" không phải chỉ tiêu được giao của biểu mẫu KT_BHYT_XA.',
    ]);
    const assigned = await t.ok(
      AssignTargetsDocument,
      { input: { campaignId, targets: [{ unitCode: '076', code: 'RATE_TARGET.Y2023', value: 95 }, { unitCode: '075', code: 'RATE_TARGET.Y2023', value: 80 }] } },
      f.tokens.provinceApprover,
    );
    expect(assigned.assignTargets.map((x) => [x.unitCode, x.value, x.version])).toEqual([
      ['076', 95, 1],
      ['075', 80, 1],
    ]);
    // The district gives its communes theirs; a year target applies where the campaign has none of its own.
    // Once a report is approved, its result was judged: its round's target no longer changes.
    const judged = await t.request(AssignTargetsDocument, { input: { campaignId, targets: [{ unitCode: '02536', code: 'RATE_TARGET.Y2023', value: 92 }] } }, f.tokens.districtSonDuongApprover);
    expect(codes(judged)).toEqual(['CONFLICT']);
    await t.ok(
      AssignTargetsDocument,
      {
        input: {
          year: 2024,
          templateCode: 'KT_BHYT_XA',
          targets: [
            { unitCode: '02536', code: 'RATE_TARGET.Y2023', value: 92 },
            { unitCode: '02536', code: 'RATE_TARGET.Y2024', value: 93 },
          ],
        },
      },
      f.tokens.districtSonDuongApprover,
    );
    const district = byCode((await cells('076', ['RATE', 'RATE_TARGET'])).values);
    expect(district['RATE.Y2023'].target).toBe(95);
    expect(district['RATE.Y2023'].planAchievedPercent).toBeCloseTo((((5600 / 6000) * 100) / 95) * 100, 9);
    expect(district['RATE_TARGET.Y2023']).toMatchObject({ value: 95, source: 'ASSIGNED', display: '95,00%' });
    const commune = byCode((await cells('02536', ['RATE', 'RATE_TARGET'])).values);
    expect([commune['RATE.Y2023'].target, commune['RATE.Y2024'].target]).toEqual([92, 93]);
    const c = await t.ok(ConsolidatedDocument, { campaignId, unitCode: '076' }, f.tokens.provinceMonitor);
    expect(byCode(c.consolidated.values)['RATE.Y2023'].target).toBe(95);
    const reassigned = await t.ok(AssignTargetsDocument, { input: { campaignId, targets: [{ unitCode: '076', code: 'RATE_TARGET.Y2023', value: 96 }] } }, f.tokens.provinceApprover);
    expect(reassigned.assignTargets[0]).toMatchObject({ value: 96, version: 2 });
    const listed = await t.ok(TargetsDocument, { unitCode: '08', campaignId }, f.tokens.provinceMonitor);
    expect(listed.targets.map((x) => [x.unitCode, x.code, x.value, x.version])).toEqual([
      ['075', 'RATE_TARGET.Y2023', 80, 1],
      ['076', 'RATE_TARGET.Y2023', 96, 2],
    ]);
    const yearly = await t.ok(TargetsDocument, { unitCode: '076', year: 2024, templateCode: 'KT_BHYT_XA' }, f.tokens.districtSonDuongMonitor);
    expect(yearly.targets.map((x) => [x.unitCode, x.code, x.value])).toEqual([
      ['02536', 'RATE_TARGET.Y2023', 92],
      ['02536', 'RATE_TARGET.Y2024', 93],
    ]);
    const outside = await t.request(TargetsDocument, { unitCode: '075', campaignId }, f.tokens.districtSonDuongMonitor);
    expect(codes(outside)).toEqual(['NOT_FOUND']);
  });

  it("a workflow step's answer shows the cells and targets it read with the report, numbers exactly as stored", async () => {
    // Trung Sơn (02458) is sent, not yet approved: Yên Sơn gives it a year's targets and, for 2023, this round's own.
    const id = reportOf.get('02458')!;
    await t.ok(
      AssignTargetsDocument,
      { input: { year: 2024, templateCode: 'KT_BHYT_XA', targets: [{ unitCode: '02458', code: 'RATE_TARGET.Y2023', value: 85 }, { unitCode: '02458', code: 'RATE_TARGET.Y2024', value: 70 }] } },
      f.tokens.districtYenSonApprover,
    );
    await t.ok(AssignTargetsDocument, { input: { campaignId, targets: [{ unitCode: '02458', code: 'RATE_TARGET.Y2023', value: 88 }] } }, f.tokens.districtYenSonApprover);
    // Another year's targets are not this round's.
    await t.ok(
      AssignTargetsDocument,
      { input: { year: 2023, templateCode: 'KT_BHYT_XA', targets: [{ unitCode: '02458', code: 'RATE_TARGET.Y2024', value: 50 }] } },
      f.tokens.districtYenSonApprover,
    );
    const returned = await t.ok(ReturnReportDocument, { reportId: id, reason: 'Kiểm tra lại điểm hài lòng.', expectedVersion: await versionOf(t, f.adminToken, id) }, f.tokens.districtYenSonApprover);
    const shown = ['POP.Y2023', 'RATE.Y2023', 'RATE.Y2024', 'SATISFACTION', 'NOTES'];
    // 0.1 + 0.2 needs 17 digits: it must come back as it was sent, not rounded to 0,3.
    const saved = await t.ok(
      SaveReportCellsDocument,
      { reportId: id, values: [{ code: 'SATISFACTION', value: 0.1 + 0.2 }], expectedVersion: returned.returnReport.version, codes: shown },
      f.tokens.communeTrungSon,
    );
    const afterSave = byCode(saved.saveReportValues.values);
    expect(afterSave['POP.Y2023'].value).toBe(700);
    expect(afterSave.SATISFACTION.value).toBe(0.1 + 0.2);
    expect(afterSave.NOTES.text).toBe('Xã báo cáo 700');
    expect([afterSave['RATE.Y2023'].target, afterSave['RATE.Y2024'].target]).toEqual([88, 70]);
    // The submission reads the report afresh: the stored cells and the targets come with it.
    const sent = await t.ok(SubmitReportCellsDocument, { reportId: id, expectedVersion: saved.saveReportValues.version, codes: shown }, f.tokens.communeTrungSon);
    expect(sent.submitReport.status).toBe('SUBMITTED');
    expect(byCode(sent.submitReport.values)).toEqual(afterSave);
    expect(byCode((await cells('02458', shown)).values)).toMatchObject({
      SATISFACTION: { value: 0.1 + 0.2 },
      'RATE.Y2023': { target: 88 },
      'RATE.Y2024': { target: 70 },
    });
  });

  it('the province counts communes reached through approved districts; the national roll-up adds finalized provinces', async () => {
    t.clock.set('2019-05-10T02:00:00Z');
    const sonDuong = reportOf.get('076')!;
    await t.ok(SubmitReportDocument, { reportId: sonDuong, expectedVersion: await versionOf(t, f.adminToken, sonDuong) }, f.tokens.districtSonDuongReporter);
    const yenSon = reportOf.get('075')!;
    await t.ok(
      SubmitReportDocument,
      { reportId: yenSon, expectedVersion: await versionOf(t, f.adminToken, yenSon), allowIncomplete: true, note: 'Xã Trung Sơn chưa được duyệt.' },
      f.tokens.districtYenSonApprover,
    );
    // Nothing approved below the province yet: nothing consolidated, not a zero.
    const provinceBefore = byCode((await cells('08', ['WITH_PLAN'])).values);
    expect(provinceBefore.WITH_PLAN.display).toBeNull();
    await t.ok(ApproveReportDocument, { reportId: sonDuong, expectedVersion: await versionOf(t, f.adminToken, sonDuong) }, f.tokens.provinceApprover);
    expect(byCode((await cells('08', ['WITH_PLAN'])).values).WITH_PLAN.display).toBe('2/5');
    await t.ok(ApproveReportDocument, { reportId: yenSon, expectedVersion: await versionOf(t, f.adminToken, yenSon) }, f.tokens.provinceApprover);
    const province = byCode((await cells('08')).values);
    expect(province.WITH_PLAN.display).toBe('3/5');
    expect(province.HIGH_RATE.display).toBe('1/2'); // Sơn Dương 93,33%, Yên Sơn 80%
    expect(province['POP.Y2023'].value).toBe(6500);
    // The average of the four approved communes (4, 3, 5, 2), not of the districts' averages (4 and 2).
    expect(province.SATISFACTION.value).toBe(3.5);
    expect(province.WAIT_MAX.value).toBe(5);

    const before = await t.ok(ConsolidatedDocument, { campaignId }, f.adminToken);
    expect(before.consolidated).toMatchObject({ unitCode: null, unitName: 'Toàn quốc', expected: 1, included: 0 });
    expect(byCode(before.consolidated.values)['POP.Y2023'].value).toBeNull();
    const top = reportOf.get('08')!;
    await t.ok(SubmitReportDocument, { reportId: top, expectedVersion: await versionOf(t, f.adminToken, top) }, f.tokens.provinceReporter);
    await t.ok(ApproveReportDocument, { reportId: top, expectedVersion: await versionOf(t, f.adminToken, top) }, f.tokens.provinceApprover);
    const national = await t.ok(ConsolidatedDocument, { campaignId }, f.adminToken);
    const values = byCode(national.consolidated.values);
    expect(national.consolidated).toMatchObject({ expected: 1, included: 1, completeness: '1/1' });
    expect(values['POP.Y2023'].value).toBe(6500);
    expect(values['RATE.Y2023'].value).toBeCloseTo(((5600 + 400) / 6500) * 100, 9);
    expect(values.WITH_PLAN.display).toBe('3/5');
  });
});

/**
 * A form of more cells than one statement writes (WRITE_CHUNK, 500): a save of all of them is written in parts,
 * in one transaction, on PostgreSQL as on SQLite; a stale one writes none of them.
 */
describe('a save of a form too large for one statement', () => {
  let t: TestHub;
  let f: Fixture;
  let reportId: string;
  const columns = Array.from({ length: 100 }, (_, i) => ({ code: `C${String(i + 1).padStart(3, '0')}`, label: `Cột ${i + 1}` }));
  const indicators = ['A', 'B', 'C', 'D', 'E', 'F'];
  const cellCodes = indicators.flatMap((code) => columns.map((c) => `${code}.${c.code}`));

  beforeAll(async () => {
    t = await startTestHub({ now: '2019-04-01T01:00:00Z', tokenTtlSeconds: 400 * 24 * 3600 });
    f = await loadFixture(t);
    const form = {
      code: 'BIEU_LON',
      name: 'Biểu nhiều cột',
      sections: [{ code: 'S', title: 'Số liệu' }],
      columnSets: [{ code: 'COT', label: 'Cột', items: columns }],
      indicators: indicators.map((code, i) => ({ code, label: `Chỉ tiêu ${code}`, unit: 'người', section: 'S', kind: 'ENTERED', valueType: 'INTEGER', aggregation: 'SUM', columns: 'COT', row: String(i + 1) })),
    };
    await t.ok(CreateTemplateDocument, { definition: form }, f.adminToken);
    await t.ok(PublishTemplateDocument, { code: 'BIEU_LON', version: 1 }, f.adminToken);
    const created = await t.ok(
      CreateCampaignDocument,
      {
        input: {
          name: 'Biểu nhiều cột 2024',
          documentNumber: '1/KH',
          templateCode: 'BIEU_LON',
          periodStart: '2024-01-01',
          periodEnd: '2024-12-31',
          rootUnitCode: '08',
          levels: ['COMMUNE', 'DISTRICT', 'PROVINCE'],
          deadlines: SEED_003_DEADLINES,
        },
      },
      f.adminToken,
    );
    const all = await t.ok(ReportsDocument, { campaignId: created.createCampaign.id, first: 100 }, f.adminToken);
    reportId = all.reports.edges.find((e) => e.node.unitCode === '02536')!.node.id;
  });
  afterAll(() => t.close());

  const stored = async () => {
    const { report } = await t.ok(ReportDocument, { id: reportId, codes: null }, f.adminToken);
    return { version: report.version, values: new Map(report.values.filter((v) => v.value != null).map((v) => [v.code, v.value])), saves: report.history.filter((h) => h.action === 'SAVE').length };
  };

  it('600 cells are stored, then 300 cleared and 300 changed; a stale save of them all stores nothing', async () => {
    const first = await t.ok(
      SaveReportValuesDocument,
      { reportId, values: cellCodes.map((code, i) => ({ code, value: i })), expectedVersion: (await stored()).version },
      f.tokens.communeSonDuong,
    );
    let now = await stored();
    expect(now.values.size).toBe(600);
    expect(now.values.get('F.C100')).toBe(599);
    expect(now.saves).toBe(1);

    const second = await t.ok(
      SaveReportValuesDocument,
      { reportId, values: cellCodes.map((code, i) => ({ code, value: i % 2 === 0 ? null : i * 10 })), expectedVersion: first.saveReportValues.version },
      f.tokens.communeSonDuong,
    );
    expect(second.saveReportValues.version).toBe(first.saveReportValues.version + 1);
    now = await stored();
    expect(now.values.size).toBe(300);
    expect(now.values.has('A.C001')).toBe(false);
    expect(now.values.get('A.C002')).toBe(10);
    expect(now.values.get('F.C100')).toBe(5990);
    expect(now.saves).toBe(2);

    const stale = await t.request(
      SaveReportValuesDocument,
      { reportId, values: cellCodes.map((code) => ({ code, value: 7 })), expectedVersion: first.saveReportValues.version },
      f.tokens.communeSonDuong,
    );
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(await stored()).toEqual(now);
  });
});
