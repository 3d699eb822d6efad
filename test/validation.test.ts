import {
  CampaignsDocument,
  CreateCampaignDocument,
  CreateCampaignInput,
  ReportDocument,
  ReportsDocument,
  ReportStateDocument,
  SaveReportValuesDocument,
  SubmitReportDocument,
  ValueInput,
} from './generated/graphql';
import { CheckedClient, codes, startTestHub, TestHub } from './support/harness';
import { asValues, Fixture, FixtureUser, loadFixture, smallCommune, SON_DUONG_COMMUNES, DEADLINES_2021 } from './support/fixture';
import { Campaign } from '../src/campaigns/campaign.entity';
import { Report, ReportEvent, ReportValue } from '../src/reports/report.entity';

/**
 * What the hub refuses to store or send up, through the real HTTP server: broken sums block a submission
 * with the numbers in the message, warnings need a written explanation, a bad value spoils its whole batch,
 * stale versions conflict, and a malformed campaign leaves nothing behind. No refusal leaks a stack.
 */
describe('validation', () => {
  let t: TestHub;
  let f: Fixture;
  let campaignId: string;
  const reportId = new Map<string, string>();
  let client: CheckedClient;

  function campaignInput(overrides: Partial<CreateCampaignInput> = {}): CreateCampaignInput {
    return {
      name: 'Báo cáo kết quả bao phủ BHYT năm 2020',
      documentNumber: '3559/KH-UBND',
      templateCode: 'BHYT_COVERAGE',
      periodStart: '2019-12-15',
      periodEnd: '2020-12-14',
      rootUnitCode: '08',
      levels: ['COMMUNE', 'DISTRICT', 'PROVINCE'],
      deadlines: DEADLINES_2021,
      ...overrides,
    };
  }


  async function state(unitCode: string) {
    return (await t.ok(ReportStateDocument, { id: reportId.get(unitCode)! }, f.adminToken)).report;
  }

  /** The stored (non-empty) values of a report, by code. */
  async function stored(unitCode: string): Promise<Record<string, number | string>> {
    const s = await state(unitCode);
    return Object.fromEntries(s.values.filter((v) => v.value != null || v.text != null).map((v) => [v.code, (v.value ?? v.text)!]));
  }

  async function save(unitCode: string, user: FixtureUser, values: ValueInput[]) {
    const { version } = await state(unitCode);
    return (await t.ok(SaveReportValuesDocument, { reportId: reportId.get(unitCode)!, values, expectedVersion: version }, f.tokens[user])).saveReportValues;
  }

  async function tableCounts() {
    const em = t.hub.orm.em.fork();
    return {
      campaigns: await em.count(Campaign, {}),
      reports: await em.count(Report, {}),
      events: await em.count(ReportEvent, {}),
      values: await em.count(ReportValue, {}),
    };
  }

  beforeAll(async () => {
    t = await startTestHub();
    client = new CheckedClient(t);
    f = await loadFixture(t);
    campaignId = (await t.ok(CreateCampaignDocument, { input: campaignInput() }, f.adminToken)).createCampaign.id;
    const all = await t.ok(ReportsDocument, { campaignId, first: 100 }, f.adminToken);
    for (const edge of all.reports.edges) reportId.set(edge.node.unitCode, edge.node.id);
  });
  afterAll(() => t.close());

  describe('rules of the BHYT form', () => {
    it('an ERROR rule blocks submission with the numbers in a Vietnamese message; the report stays a draft', async () => {
      // G5 short by 1.000 cards: the five groups add up to 48.500, not the 49.500 local cards
      const broken = { ...SON_DUONG_COMMUNES['02536'], G5_HOUSEHOLD: 7000 };
      const saved = await save('02536', 'communeSonDuong', asValues(broken));
      expect(saved.validation.valid).toBe(false);
      expect(saved.validation.errors.map((e) => e.rule)).toEqual(['CARDS_LOCAL_BY_GROUP']);
      expect(saved.allowedActions).toEqual(['SAVE']);

      const before = await state('02536');
      const blocked = await client.refused(SubmitReportDocument, { reportId: reportId.get('02536')!, expectedVersion: before.version }, f.tokens.communeSonDuong, 'VALIDATION_FAILED', 'submitReport');
      const message = blocked.errors![0].message;
      expect(message).toContain('Tổng số thẻ của 5 nhóm đối tượng (48.500)');
      expect(message).toContain('(49.500)');
      expect(message).toMatch(/^Báo cáo còn 1 lỗi, chưa thể nộp/);
      expect(blocked.errors![0].extensions?.errors).toEqual([{ rule: 'CARDS_LOCAL_BY_GROUP', message: expect.stringContaining('48.500') }]);
      expect(await state('02536')).toEqual(before);
      expect(before.status).toBe('DRAFT');
    });

    it('two broken sums are both named; the report detail shows both sides of each', async () => {
      const broken = { ...SON_DUONG_COMMUNES['02536'], G5_HOUSEHOLD: 7000, CARDS_ELSEWHERE: 11000 };
      await save('02536', 'communeSonDuong', asValues(broken));
      const before = await state('02536');
      const blocked = await client.refused(SubmitReportDocument, { reportId: reportId.get('02536')!, expectedVersion: before.version }, f.tokens.communeSonDuong, 'VALIDATION_FAILED', 'submitReport');
      expect(blocked.errors![0].message).toMatch(/^Báo cáo còn 2 lỗi/);
      // 49.500 + 11.000 + 600 = 61.100 against 62.100 insured
      expect(blocked.errors![0].message).toContain('(61.100)');
      expect(blocked.errors![0].message).toContain('(62.100)');
      const detail = await t.ok(ReportDocument, { id: reportId.get('02536')! }, f.tokens.communeSonDuong);
      expect(detail.report.validation.errors.map((e) => [e.rule, e.severity, e.left, e.right])).toEqual([
        ['CARDS_LOCAL_BY_GROUP', 'ERROR', 48500, 49500],
        ['INSURED_BY_SOURCE', 'ERROR', 61100, 62100],
      ]);
      expect(await state('02536')).toEqual(before);
    });

    it('once the figures are corrected, the same report submits', async () => {
      const fixed = await save('02536', 'communeSonDuong', [
        { code: 'G5_HOUSEHOLD', value: 8000 },
        { code: 'CARDS_ELSEWHERE', value: 12000 },
      ]);
      expect(fixed.validation.valid).toBe(true);
      expect(fixed.allowedActions).toEqual(['SAVE', 'SUBMIT']);
      const sent = await t.ok(SubmitReportDocument, { reportId: fixed.id, expectedVersion: fixed.version }, f.tokens.communeSonDuong);
      expect(sent.submitReport.status).toBe('SUBMITTED');
      expect(await stored('02536')).toMatchObject(SON_DUONG_COMMUNES['02536']);
    });

    it('a report without POP or INSURED cannot be submitted', async () => {
      const empty = await state('02539');
      const none = await client.refused(SubmitReportDocument, { reportId: empty.id, expectedVersion: empty.version }, f.tokens.communeTrungYen, 'VALIDATION_FAILED', 'submitReport');
      expect((none.errors![0].extensions?.errors as { rule: string }[]).map((e) => e.rule)).toEqual(['REQUIRED:POP', 'REQUIRED:INSURED']);
      expect(none.errors![0].message).toContain('Chưa nhập "Tổng số nhân khẩu trên địa bàn" (POP)');
      expect(none.errors![0].message).toContain('Chưa nhập "Số người tham gia BHYT" (INSURED)');

      const popOnly = await save('02539', 'communeTrungYen', [{ code: 'POP', value: 69500 }]);
      const noInsured = await client.refused(SubmitReportDocument, { reportId: popOnly.id, expectedVersion: popOnly.version }, f.tokens.communeTrungYen, 'VALIDATION_FAILED', 'submitReport');
      expect((noInsured.errors![0].extensions?.errors as { rule: string }[]).map((e) => e.rule)).toEqual(['REQUIRED:INSURED']);

      // every other figure filled in, POP cleared again: still refused
      const { POP: _pop, ...rest } = SON_DUONG_COMMUNES['02539'];
      const cleared = await save('02539', 'communeTrungYen', [...asValues(rest), { code: 'POP', value: null }]);
      expect(cleared.validation.errors.map((e) => e.rule)).toEqual(['REQUIRED:POP']);
      const noPop = await client.refused(SubmitReportDocument, { reportId: cleared.id, expectedVersion: cleared.version }, f.tokens.communeTrungYen, 'VALIDATION_FAILED', 'submitReport');
      expect((noPop.errors![0].extensions?.errors as { rule: string }[]).map((e) => e.rule)).toEqual(['REQUIRED:POP']);
      expect((await state('02539')).status).toBe('DRAFT');
    });

    it('a coverage above 100% is a warning: refused without a note, sent with one, and shown to the reviewer', async () => {
      const figures = smallCommune(5000);
      const overCovered = { ...figures, POP: figures.INSURED - 150, CHILD_U6_TOTAL: 300, CHILD_U6_INSURED: 310 };
      const saved = await save('02542', 'communeMinhThanh', asValues(overCovered));
      expect(saved.validation.valid).toBe(true); // warnings do not make a report invalid
      expect(saved.validation.warnings.map((w) => w.rule)).toEqual(['INSURED_NOT_ABOVE_POP', 'CHILD_U6_INSURED_NOT_ABOVE_TOTAL']);

      for (const note of [null, '', '   ']) {
        const before = await state('02542');
        const blocked = await client.refused(SubmitReportDocument, { reportId: saved.id, expectedVersion: saved.version, note }, f.tokens.communeMinhThanh, 'VALIDATION_FAILED', 'submitReport');
        expect(blocked.errors![0].message).toContain('cần ghi chú giải trình');
        expect(blocked.errors![0].message).toContain(`(${new Intl.NumberFormat('vi-VN').format(figures.INSURED)})`);
        expect((blocked.errors![0].extensions?.warnings as { rule: string }[]).map((w) => w.rule)).toEqual(['INSURED_NOT_ABOVE_POP', 'CHILD_U6_INSURED_NOT_ABOVE_TOTAL']);
        expect(await state('02542')).toEqual(before);
      }

      const note = '  Dân số theo số liệu năm 2019; nhiều người tạm trú có thẻ BHYT tại xã.  ';
      const sent = await t.ok(SubmitReportDocument, { reportId: saved.id, expectedVersion: saved.version, note }, f.tokens.communeMinhThanh);
      expect(sent.submitReport.status).toBe('SUBMITTED');
      expect(sent.submitReport.submitNote).toBe(note.trim());

      const seen = await t.ok(ReportDocument, { id: saved.id, codes: ['COVERAGE_RATE'] }, f.tokens.districtSonDuongApprover);
      expect(seen.report.submitNote).toBe(note.trim());
      expect(seen.report.validation.warnings.map((w) => [w.rule, w.severity, w.left, w.right])).toEqual([
        ['INSURED_NOT_ABOVE_POP', 'WARNING', figures.INSURED, figures.INSURED - 150],
        ['CHILD_U6_INSURED_NOT_ABOVE_TOTAL', 'WARNING', 310, 300],
      ]);
      expect(seen.report.values[0].value).toBeGreaterThan(100);
      expect(seen.report.allowedActions).toEqual(['APPROVE', 'RETURN']);
      expect(seen.report.history.find((h) => h.action === 'SUBMIT')?.reason).toBe(note.trim());
    });
  });

  describe('saveReportValues refuses bad values and stores nothing of the batch', () => {
    const good: ValueInput[] = [
      { code: 'POP', value: 9100 },
      { code: 'G1_EMPLOYMENT', value: 460 },
      { code: 'DIFFICULTIES', text: 'Một số hộ gia đình chưa tham gia BHYT theo hộ.' },
    ];
    const cases: [string, ValueInput[], RegExp][] = [
      ['an unknown code', [{ code: 'POP_TOTAL', value: 9100 }], /POP_TOTAL/],
      ['a derived code', [{ code: 'COVERAGE_RATE', value: 95 }], /COVERAGE_RATE.*tính tự động/],
      ['a figure assigned from above', [{ code: 'COVERAGE_TARGET', value: 95 }], /COVERAGE_TARGET.*cấp trên giao/],
      ['a negative number', [{ code: 'INSURED', value: -5 }], /INSURED.*không âm/],
      ['a non-integer count', [{ code: 'CARDS_LOCAL', value: 4500.5 }], /CARDS_LOCAL.*số nguyên/],
      ['an absurdly large count', [{ code: 'CARDS_LOCAL', value: 1e13 }], /CARDS_LOCAL.*số nguyên/],
      ['a text in a numeric field', [{ code: 'INSURED', text: 'khoảng 8.000 người' }], /INSURED.*là số liệu/],
      ['a number in a text field', [{ code: 'STRENGTHS', value: 1 }], /STRENGTHS.*văn bản/],
      ['a duplicated code', [{ code: 'G2_SOCIAL_INSURANCE', value: 270 }, { code: 'G2_SOCIAL_INSURANCE', value: 280 }], /G2_SOCIAL_INSURANCE.*hai lần/],
      ['a text over 20.000 characters', [{ code: 'PROPOSALS', text: 'x'.repeat(20001) }], /Kiến nghị.*20000/],
    ];

    beforeAll(async () => {
      await save('02455', 'communeHungLoi', asValues(smallCommune(9000)));
    });

    it.each(cases)('%s, sent with good values, is BAD_USER_INPUT and stores none of them', async (_name, bad, pattern) => {
      const before = await state('02455');
      const values = [good[0], ...bad, ...good.slice(1)];
      const result = await client.refused(SaveReportValuesDocument, { reportId: before.id, values, expectedVersion: before.version }, f.tokens.communeHungLoi, 'BAD_USER_INPUT', 'saveReportValues');
      expect(result.errors![0].message).toMatch(pattern);
      expect(result.errors![0].extensions?.problems).toEqual([expect.stringMatching(pattern)]);
      expect(await state('02455')).toEqual(before);
    });

    it('an empty batch, or a value of the wrong GraphQL type, is BAD_USER_INPUT too', async () => {
      const before = await state('02455');
      await client.refused(SaveReportValuesDocument, { reportId: before.id, values: [], expectedVersion: before.version }, f.tokens.communeHungLoi, 'BAD_USER_INPUT', 'saveReportValues');
      const wrongType = [good[0], { code: 'INSURED', value: '8000' as unknown as number }];
      await client.refused(SaveReportValuesDocument, { reportId: before.id, values: wrongType, expectedVersion: before.version }, f.tokens.communeHungLoi, 'BAD_USER_INPUT', 'saveReportValues');
      expect(await state('02455')).toEqual(before);
    });

    it('every problem of a batch is listed at once, and none is stored', async () => {
      const before = await state('02455');
      const values = [...good, { code: 'XYZ', value: 1 }, { code: 'POOR_TOTAL', value: -1 }, { code: 'POOR_INSURED', value: 0.5 }];
      const result = await client.refused(SaveReportValuesDocument, { reportId: before.id, values, expectedVersion: before.version }, f.tokens.communeHungLoi, 'BAD_USER_INPUT', 'saveReportValues');
      expect(result.errors![0].extensions?.problems).toHaveLength(3);
      expect(await state('02455')).toEqual(before);
    });

    it('the same good values alone are stored, so it was the bad one that spoiled the batch', async () => {
      const before = await state('02455');
      const saved = await save('02455', 'communeHungLoi', good);
      expect(saved.version).toBeGreaterThan(before.version);
      expect(await stored('02455')).toMatchObject({ POP: 9100, G1_EMPLOYMENT: 460, DIFFICULTIES: good[2].text! });
      const after = await state('02455');
      expect(after.history).toHaveLength(before.history.length + 1);
    });
  });

  describe('concurrent changes', () => {
    it('two saves on the same version: the second is a CONFLICT and its values are not stored', async () => {
      const base = await state('02458');
      const first = await t.ok(SaveReportValuesDocument, { reportId: base.id, values: asValues(smallCommune(4000)), expectedVersion: base.version }, f.tokens.communeTrungSon);
      expect(first.saveReportValues.version).toBeGreaterThan(base.version);
      const afterFirst = await state('02458');
      const second = await client.refused(
        SaveReportValuesDocument,
        { reportId: base.id, values: [{ code: 'POP', value: 4444 }, { code: 'INSURED', value: 4321 }], expectedVersion: base.version },
        f.tokens.communeTrungSon,
        'CONFLICT',
        'saveReportValues',
      );
      expect(second.errors![0].message).toContain('tải lại');
      expect(second.errors![0].extensions?.currentVersion).toBe(afterFirst.version);
      expect(await state('02458')).toEqual(afterFirst);
      expect((await stored('02458')).POP).toBe(4000);
    });

    it('two saves sent at the same moment on the same version: exactly one is stored', async () => {
      const base = await state('02458');
      const [a, b] = await Promise.all([
        client.send(SaveReportValuesDocument, { reportId: base.id, values: [{ code: 'POP', value: 4100 }], expectedVersion: base.version }, f.tokens.communeTrungSon),
        client.send(SaveReportValuesDocument, { reportId: base.id, values: [{ code: 'POP', value: 4200 }], expectedVersion: base.version }, f.tokens.communeTrungSon),
      ]);
      expect([codes(a), codes(b)].sort()).toEqual([[], ['CONFLICT']]);
      const winner = codes(a).length === 0 ? 4100 : 4200;
      expect((await stored('02458')).POP).toBe(winner);
      expect((await state('02458')).history).toHaveLength(base.history.length + 1);
    });

    it('submitting with a stale or an unknown version is a CONFLICT and the report stays a draft', async () => {
      await save('02458', 'communeTrungSon', [{ code: 'POP', value: 4000 }]);
      const current = await state('02458');
      for (const expectedVersion of [current.version - 1, current.version + 1]) {
        await client.refused(SubmitReportDocument, { reportId: current.id, expectedVersion }, f.tokens.communeTrungSon, 'CONFLICT', 'submitReport');
        expect(await state('02458')).toEqual(current);
      }
      const sent = await t.ok(SubmitReportDocument, { reportId: current.id, expectedVersion: current.version }, f.tokens.communeTrungSon);
      expect(sent.submitReport.status).toBe('SUBMITTED');
    });
  });

  describe('createCampaign refuses bad input and creates nothing', () => {
    /** [what is wrong, expected code, change to a valid input, what the message must say] */
    const cases: [string, string, Partial<CreateCampaignInput>, RegExp][] = [
      [
        'an upper level due before the lower one',
        'BAD_USER_INPUT',
        { deadlines: [DEADLINES_2021[0], { level: 'DISTRICT', dueAt: '2021-01-15T00:00:00+07:00' }, DEADLINES_2021[2]] },
        /cấp xã phải sớm hơn hạn nộp của cấp huyện/,
      ],
      [
        'two levels due at the same moment',
        'BAD_USER_INPUT',
        { deadlines: [DEADLINES_2021[0], DEADLINES_2021[1], { level: 'PROVINCE', dueAt: DEADLINES_2021[1].dueAt }] },
        /cấp huyện phải sớm hơn/,
      ],
      ['a level without a deadline', 'BAD_USER_INPUT', { deadlines: DEADLINES_2021.slice(0, 2) }, /Thiếu hạn nộp cho cấp tỉnh/],
      ['two deadlines for one level', 'BAD_USER_INPUT', { deadlines: [...DEADLINES_2021, DEADLINES_2021[0]] }, /hai hạn nộp cho cấp xã/],
      ['a deadline for a level outside the chain', 'BAD_USER_INPUT', { levels: ['COMMUNE', 'PROVINCE'], deadlines: DEADLINES_2021 }, /cấp huyện nhưng cấp này không có/],
      ['a district as root of a chain up to the province', 'BAD_USER_INPUT', { rootUnitCode: '076' }, /Huyện Sơn Dương là cấp huyện.*cấp tỉnh/],
      ['a province as root of a chain up to the district', 'BAD_USER_INPUT', { levels: ['COMMUNE', 'DISTRICT'], deadlines: DEADLINES_2021.slice(0, 2) }, /cấp cao nhất của chuỗi báo cáo là cấp huyện/],
      ['a single level', 'BAD_USER_INPUT', { levels: ['COMMUNE'], deadlines: DEADLINES_2021.slice(0, 1) }, /ít nhất hai cấp/],
      ['an unknown template', 'NOT_FOUND', { templateCode: 'KHONG_CO_BIEU_MAU' }, /KHONG_CO_BIEU_MAU/],
      ['an unknown root unit', 'NOT_FOUND', { rootUnitCode: '99' }, /"99"/],
      ['a root code that is no unit code at all', 'NOT_FOUND', { rootUnitCode: 'Tuyên Quang' }, /Tuyên Quang/],
      ['a period that starts after it ends', 'BAD_USER_INPUT', { periodStart: '2020-12-15', periodEnd: '2020-12-14' }, /bắt đầu kỳ báo cáo phải trước/],
      ['a day that does not exist', 'BAD_USER_INPUT', { periodEnd: '2020-02-30' }, /YYYY-MM-DD/],
      ['an empty name', 'BAD_USER_INPUT', { name: '   ' }, /tên đợt báo cáo/],
      ['a deadline that is not a date', 'BAD_USER_INPUT', { deadlines: [{ level: 'COMMUNE', dueAt: 'trước ngày 20/1' }, ...DEADLINES_2021.slice(1)] }, /dueAt|DateTime/],
    ];

    it.each(cases)('%s → %s', async (_name, code, overrides, pattern) => {
      const listed = await t.ok(CampaignsDocument, {}, f.adminToken);
      const before = await tableCounts();
      const result = await client.refused(CreateCampaignDocument, { input: campaignInput(overrides) }, f.adminToken, code, 'createCampaign');
      expect(result.errors![0].message).toMatch(pattern);
      expect(await t.ok(CampaignsDocument, {}, f.adminToken)).toEqual(listed);
      expect(await tableCounts()).toEqual(before);
    });

    it('the same input, made valid, creates one campaign with one report per unit of the chain', async () => {
      const before = await tableCounts();
      const created = await t.ok(CreateCampaignDocument, { input: campaignInput({ name: 'Đợt bổ sung', rootUnitCode: '30' }) }, f.adminToken);
      expect(created.createCampaign.levels.map((l) => l.level)).toEqual(['COMMUNE', 'DISTRICT', 'PROVINCE']);
      expect(await tableCounts()).toMatchObject({ campaigns: before.campaigns + 1, reports: before.reports + 4, events: before.events + 4 });
    });
  });

  describe('odd identifiers and paging input', () => {
    it('are refused with a code, never an internal error', async () => {
      for (const id of ['abc', '-1', '0', '1e3', '99999999999999999999', '']) {
        await client.refused(ReportDocument, { id }, f.adminToken, 'NOT_FOUND', 'report');
        await client.refused(SubmitReportDocument, { reportId: id, expectedVersion: 1 }, f.adminToken, 'NOT_FOUND', 'submitReport');
      }
      await client.refused(ReportsDocument, { campaignId: 'xyz' }, f.adminToken, 'NOT_FOUND', 'reports');
      await client.refused(ReportsDocument, { campaignId, first: 0 }, f.adminToken, 'BAD_USER_INPUT', 'reports');
      await client.refused(ReportsDocument, { campaignId, first: 100000 }, f.adminToken, 'BAD_USER_INPUT', 'reports');
      await client.refused(ReportsDocument, { campaignId, after: 'không-phải-con-trỏ' }, f.adminToken, 'BAD_USER_INPUT', 'reports');
      await client.refused(ReportsDocument, { campaignId, unitCode: '99999' }, f.adminToken, 'NOT_FOUND', 'reports');
    });
  });

  it('no refusal carried a stack trace or an internal error', () => {
    expect(client.errorsChecked).toBeGreaterThanOrEqual(50);
  });
});
