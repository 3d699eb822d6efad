import ExcelJS from 'exceljs';
import { DEMO_CAMPAIGN_NAME } from '../src/demo/demo.seed';
import {
  ApproveReportDocument,
  CampaignsDocument,
  CreateCampaignDocument,
  CreateUserDocument,
  ExcelBlankWorkbookDocument,
  ExcelCreateTemplateDocument,
  ExcelImportWorkbookDocument,
  ExcelPublishTemplateDocument,
  ExcelReportValuesDocument,
  ExcelReportWorkbookDocument,
  ReportsDocument,
  Role,
  SubmitReportDocument,
} from './generated/graphql';
import { ADMIN, CheckedClient, codes, startTestHub, TestHub } from './support/harness';

/**
 * Reports to and from Excel through the real server: the demo's Sơn Dương district with its 30 communes, a
 * city commune's draft filled in a workbook and imported, the CT38 review's tables, and a small form with
 * dates, yes/no answers and a column set.
 */

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const INTEGER_FORMAT = '[$-42A]#,##0';
const PERCENT_FORMAT = '[$-42A]#,##0.00"%"';
const PENDING = ['02539', '02551', '02620'];
const RETURNED = '02545';
const PASSWORD = 'mat-khau-kiem-thu-excel';
const TEXTS_SHEET = 'Ý kiến các đơn vị cấp dưới';

async function open(base64: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return workbook;
}

async function encode(workbook: ExcelJS.Workbook): Promise<string> {
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

/** The sheet cell holding a report cell, found by the hidden code column (A), as an import finds it. */
function cellOf(sheet: ExcelJS.Worksheet, code: string): ExcelJS.Cell {
  let found: ExcelJS.Cell | null = null;
  sheet.eachRow((row) => {
    const listed = row.getCell(1).value;
    if (found || typeof listed !== 'string') return;
    const index = listed.split('|').indexOf(code);
    if (index >= 0) found = row.getCell(5 + index);
  });
  if (!found) throw new Error(`cell ${code} not in sheet ${sheet.name}`);
  return found;
}

/** The rows of a sheet as plain values, columns A to D. */
function textRows(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push([1, 2, 3, 4].map((c) => row.getCell(c).value)));
  return rows;
}

function rowWithCode(sheet: ExcelJS.Worksheet, code: string): ExcelJS.Row {
  return sheet.getRow(Number(cellOf(sheet, code).row));
}

describe('reports to and from Excel', () => {
  let t: TestHub;
  let client: CheckedClient;
  let admin: string;
  let districtApprover: string;
  let districtMonitor: string;
  let cityApprover: string;
  let campaignId: string;
  let districtId: string;
  let draft: { id: string; unitCode: string; version: number };
  let draftReporter: string;

  /**
   * Accounts of the 2020 round's units, made for this test by the admin (on the units valid at the hub's date),
   * so that the scope checks do not depend on where the demo's own accounts sit after later reorganisations.
   */
  const tokens = new Map<string, string>();
  async function account(username: string, role: Role, unitCode: string): Promise<string> {
    if (!tokens.has(username)) {
      await t.ok(CreateUserDocument, { input: { username, role, unitCode, password: PASSWORD, fullName: `Kiểm thử ${username}` } }, admin);
      tokens.set(username, await t.login(username, PASSWORD));
    }
    return tokens.get(username)!;
  }
  const commune02536 = () => account('nl.02536', 'REPORTER', '02536');

  beforeAll(async () => {
    // 15/01/2021: the communes' deadline has passed, the districts' has not
    t = await startTestHub({ seedDemo: true, now: '2021-01-15T02:00:00Z' });
    client = new CheckedClient(t);
    admin = await t.login(ADMIN.username, ADMIN.password);
    districtApprover = await account('duyet.076', 'APPROVER', '076');
    districtMonitor = await account('theodoi.076', 'MONITOR', '076');
    cityApprover = await account('duyet.070', 'APPROVER', '070');
    campaignId = (await t.ok(CampaignsDocument, {}, admin)).campaigns.find((c) => c.name === DEMO_CAMPAIGN_NAME)!.id;

    // Approve the three waiting communes; Tân Trào resends and is approved: Sơn Dương's figures become the
    // district's 2020 totals exactly.
    const sonDuong = (await t.ok(ReportsDocument, { campaignId, unitCode: '076', first: 100 }, districtApprover)).reports.edges.map((e) => e.node);
    districtId = sonDuong.find((r) => r.unitCode === '076')!.id;
    for (const report of sonDuong.filter((r) => PENDING.includes(r.unitCode))) {
      await t.ok(ApproveReportDocument, { reportId: report.id, expectedVersion: report.version, comment: 'Đồng ý.' }, districtApprover);
    }
    const tanTrao = sonDuong.find((r) => r.unitCode === RETURNED)!;
    const tanTraoReporter = await account(`nl.${RETURNED}`, 'REPORTER', RETURNED);
    const resent = await t.ok(SubmitReportDocument, { reportId: tanTrao.id, expectedVersion: tanTrao.version, note: 'Đã rà soát nhóm G5 với BHXH huyện.' }, tanTraoReporter);
    await t.ok(ApproveReportDocument, { reportId: tanTrao.id, expectedVersion: resent.submitReport.version }, districtApprover);

    // A commune of Thành phố Tuyên Quang that has not sent anything yet: its draft is filled from Excel.
    const drafts = (await t.ok(ReportsDocument, { campaignId, unitCode: '070', status: 'DRAFT', first: 100 }, admin)).reports.edges.map((e) => e.node);
    const commune = drafts.find((r) => r.level === 'COMMUNE')!;
    draft = { id: commune.id, unitCode: commune.unitCode, version: commune.version };
    draftReporter = await account(`nl.${commune.unitCode}`, 'REPORTER', commune.unitCode);
  });
  afterAll(() => t.close());

  it("exports Sơn Dương's consolidated report with its 30 communes; figures are numbers with Vietnamese formats", async () => {
    const { reportWorkbook: file } = await t.ok(ExcelReportWorkbookDocument, { reportId: districtId, includeChildren: true }, districtApprover);
    expect(file.filename).toBe('BHYT_COVERAGE_076_Huyen_Son_Duong.xlsx');
    expect(file.contentType).toBe(XLSX);
    expect(file.bytes).toBe(Buffer.from(file.base64, 'base64').length);

    const workbook = await open(file.base64);
    expect(workbook.worksheets.filter((s) => s.state === 'visible').map((s) => s.name)).toEqual(['Báo cáo', 'Các đơn vị cấp dưới', TEXTS_SHEET]);
    const sheet = workbook.getWorksheet('Báo cáo')!;
    expect(sheet.getCell('B1').value).toBe('Báo cáo kết quả thực hiện bao phủ bảo hiểm y tế');
    const titleBlock = [2, 3, 4, 5, 6].map((r) => String(sheet.getCell(r, 2).value)).join('\n');
    expect(titleBlock).toContain('Huyện Sơn Dương (mã 076)');
    expect(titleBlock).toContain(DEMO_CAMPAIGN_NAME);
    expect(titleBlock).toContain('01/KH-DEMO');
    expect(titleBlock).toContain('từ 15/12/2019 đến 14/12/2020');
    expect(titleBlock).toContain('Xuất lúc: 15/01/2021 09:00');

    const pop = cellOf(sheet, 'POP');
    expect(pop.value).toBe(204908);
    expect(typeof pop.value).toBe('number');
    expect(pop.numFmt).toBe(INTEGER_FORMAT);
    expect(cellOf(sheet, 'INSURED').value).toBe(194213);
    const rate = cellOf(sheet, 'COVERAGE_RATE');
    expect(rate.value as number).toBeCloseTo((194213 / 204908) * 100, 10);
    expect(rate.numFmt).toBe(PERCENT_FORMAT);
    // the row reads STT, label, unit, value; the code column is hidden and the panes frozen under the header
    const popRow = rowWithCode(sheet, 'POP');
    expect([popRow.getCell(3).value, popRow.getCell(4).value]).toEqual(['Tổng số nhân khẩu trên địa bàn', 'người']);
    expect(sheet.getColumn(1).hidden).toBe(true);
    const view = sheet.views[0] as ExcelJS.WorksheetViewFrozen;
    expect(view.state).toBe('frozen');
    expect(sheet.getRow(view.ySplit!).values).toEqual(expect.arrayContaining(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Giá trị']));
    // narratives are wrapped text; the section titles are bold
    const strengths = cellOf(sheet, 'STRENGTHS');
    expect(String(strengths.value)).toContain('ngân sách nhà nước');
    expect(strengths.alignment.wrapText).toBe(true);
    let sectionRow: ExcelJS.Row | null = null;
    sheet.eachRow((row) => {
      if (row.getCell(2).value === 'I. Dân số và tỷ lệ bao phủ BHYT') sectionRow = row;
    });
    expect(sectionRow!.getCell(2).font.bold).toBe(true);

    const children = workbook.getWorksheet('Các đơn vị cấp dưới')!;
    const header = children.getRow(1).values as unknown[];
    expect(header.slice(1, 5)).toEqual(['Mã đơn vị', 'Tên đơn vị', 'Trạng thái', 'Nộp lúc']);
    const popColumn = (children.getRow(2).values as unknown[]).indexOf('POP');
    expect(header[popColumn]).toBe('Tổng số nhân khẩu trên địa bàn');
    const rows: ExcelJS.Row[] = [];
    children.eachRow((row, n) => {
      if (n > 2) rows.push(row);
    });
    const communes = rows.slice(0, -1);
    const total = rows[rows.length - 1];
    expect(communes).toHaveLength(30);
    expect(communes.every((r) => r.getCell(3).value === 'Đã duyệt')).toBe(true);
    expect(communes.find((r) => r.getCell(1).value === RETURNED)!.getCell(2).value).toBe('Xã Tân Trào');
    expect(communes.every((r) => r.getCell(4).value instanceof Date)).toBe(true);
    expect(communes.reduce((sum, r) => sum + (r.getCell(popColumn).value as number), 0)).toBe(204908);
    expect(total.getCell(1).value).toBe('Tổng hợp (đã duyệt)');
    expect(total.getCell(popColumn).value).toBe(204908);
    expect(total.getCell(popColumn).numFmt).toBe(INTEGER_FORMAT);

    // what the communes wrote (every seventh one noted its difficulties) is listed on a sheet of its own
    const texts = textRows(workbook.getWorksheet(TEXTS_SHEET)!);
    expect(texts[0]).toEqual(['Mã đơn vị', 'Tên đơn vị', 'Chỉ tiêu', 'Nội dung']);
    const noted = [0, 7, 14, 21, 28].map((i) => [communes[i].getCell(1).value, communes[i].getCell(2).value]);
    expect(texts.slice(1)).toEqual(noted.map(([code, name]) => [code, name, 'Khó khăn, tồn tại', 'Một bộ phận người dân thuộc hộ cận nghèo chưa tự nguyện mua thẻ BHYT.']));
    expect(workbook.getWorksheet(TEXTS_SHEET)!.getCell('D2').alignment.wrapText).toBe(true);

    // the workbook names its form for the import
    expect(workbook.keywords).toBe('BHYT_HUB_WORKBOOK;BHYT_COVERAGE;1');
    expect(workbook.getWorksheet('_bieu_mau')!.state).toBe('veryHidden');
  });

  it('without includeChildren the workbook has the report sheet only', async () => {
    const { reportWorkbook: file } = await t.ok(ExcelReportWorkbookDocument, { reportId: districtId }, districtMonitor);
    const workbook = await open(file.base64);
    expect(workbook.worksheets.filter((s) => s.state === 'visible').map((s) => s.name)).toEqual(['Báo cáo']);
  });

  it("fills a commune's draft from its exported workbook: numbers, Vietnamese text numbers, a narrative", async () => {
    const exported = await t.ok(ExcelReportWorkbookDocument, { reportId: draft.id }, draftReporter);
    const workbook = await open(exported.reportWorkbook.base64);
    const sheet = workbook.getWorksheet('Báo cáo')!;
    expect(cellOf(sheet, 'POP').value).toBeNull();
    cellOf(sheet, 'POP').value = 5100;
    cellOf(sheet, 'INSURED').value = '4.950'; // typed as text, the Vietnamese way
    cellOf(sheet, 'CARDS_LOCAL').value = '1.234';
    cellOf(sheet, 'G3_STATE_BUDGET').value = ' 1 234 ';
    cellOf(sheet, 'STRENGTHS').value = 'Tuyên truyền đến từng tổ dân phố; 100% trẻ em dưới 6 tuổi có thẻ.';
    const imported = await client.send(
      ExcelImportWorkbookDocument,
      { reportId: draft.id, expectedVersion: draft.version, base64: await encode(workbook), codes: ['POP', 'INSURED', 'CARDS_LOCAL', 'G3_STATE_BUDGET', 'COVERAGE_RATE', 'STRENGTHS'] },
      draftReporter,
    );
    expect(imported.errors).toBeUndefined();
    const result = imported.data!.importReportWorkbook;
    expect(result.errors).toEqual([]);
    expect(result.saved).toBe(true);
    expect([...result.changedCodes].sort()).toEqual(['CARDS_LOCAL', 'G3_STATE_BUDGET', 'INSURED', 'POP', 'STRENGTHS']);
    expect(result.skipped).toEqual(expect.arrayContaining(['COVERAGE_RATE']));
    expect(result.report!.version).toBe(draft.version + 1);
    const values = new Map(result.report!.values.map((v) => [v.code, v]));
    expect(values.get('POP')!.value).toBe(5100);
    expect(values.get('INSURED')!.value).toBe(4950);
    expect(values.get('CARDS_LOCAL')!.value).toBe(1234);
    expect(values.get('G3_STATE_BUDGET')!.value).toBe(1234);
    expect(values.get('COVERAGE_RATE')!.display).toBe('97,06%');
    expect(values.get('STRENGTHS')!.text).toBe('Tuyên truyền đến từng tổ dân phố; 100% trẻ em dưới 6 tuổi có thẻ.');
    draft.version = result.report!.version;

    // the same workbook again changes nothing: saved, no new version
    const again = await t.ok(ExcelImportWorkbookDocument, { reportId: draft.id, expectedVersion: draft.version, base64: await encode(workbook) }, draftReporter);
    expect(again.importReportWorkbook).toMatchObject({ saved: true, changedCodes: [], errors: [] });
    expect(again.importReportWorkbook.report!.version).toBe(draft.version);
  });

  it('refuses cells that do not fit with their A1 address, and then saves nothing', async () => {
    const exported = await t.ok(ExcelReportWorkbookDocument, { reportId: draft.id }, draftReporter);
    const workbook = await open(exported.reportWorkbook.base64);
    const sheet = workbook.getWorksheet('Báo cáo')!;
    // the export carries what was saved
    expect(cellOf(sheet, 'INSURED').value).toBe(4950);
    const pop = cellOf(sheet, 'POP');
    const insured = cellOf(sheet, 'INSURED');
    const g1 = cellOf(sheet, 'G1_EMPLOYMENT');
    const rate = cellOf(sheet, 'COVERAGE_RATE');
    pop.value = 'năm nghìn';
    insured.value = -5;
    g1.value = 12.5;
    rate.value = 50; // a derived cell changed by hand
    cellOf(sheet, 'G2_SOCIAL_INSURANCE').value = 300; // a good cell among bad ones is not saved either
    const strayRow = rowWithCode(sheet, 'G5_HOUSEHOLD');
    strayRow.getCell(1).value = 'G9_UNKNOWN';
    strayRow.getCell(5).value = 7;

    const result = (await t.ok(ExcelImportWorkbookDocument, { reportId: draft.id, expectedVersion: draft.version, base64: await encode(workbook) }, draftReporter)).importReportWorkbook;
    expect(result.saved).toBe(false);
    expect(result.report).toBeNull();
    expect(result.changedCodes).toEqual([]);
    const byCode = new Map(result.errors.map((e) => [e.code, e]));
    expect(byCode.get('POP')).toMatchObject({ sheet: 'Báo cáo', cell: pop.address });
    expect(byCode.get('POP')!.message).toContain('không phải số');
    expect(byCode.get('INSURED')).toMatchObject({ cell: insured.address });
    expect(byCode.get('INSURED')!.message).toContain('không âm');
    expect(byCode.get('G1_EMPLOYMENT')).toMatchObject({ cell: g1.address });
    expect(byCode.get('G1_EMPLOYMENT')!.message).toContain('số nguyên');
    expect(byCode.get('COVERAGE_RATE')).toMatchObject({ cell: rate.address });
    expect(byCode.get('COVERAGE_RATE')!.message).toContain('tính tự động');
    expect(byCode.get('G9_UNKNOWN')).toMatchObject({ cell: `A${strayRow.number}` });
    expect(result.errors).toHaveLength(5);
    expect(pop.address).toMatch(/^E\d+$/);

    const after = (await t.ok(ExcelReportValuesDocument, { id: draft.id, codes: ['POP', 'G2_SOCIAL_INSURANCE'] }, draftReporter)).report;
    expect(after.version).toBe(draft.version);
    expect(after.values.map((v) => [v.code, v.value])).toEqual([
      ['POP', 5100],
      ['G2_SOCIAL_INSURANCE', null],
    ]);
  });

  it('takes the save path: a stale version is CONFLICT, a reader FORBIDDEN, outside the scope NOT_FOUND', async () => {
    const exported = await t.ok(ExcelReportWorkbookDocument, { reportId: draft.id }, draftReporter);
    const workbook = await open(exported.reportWorkbook.base64);
    cellOf(workbook.getWorksheet('Báo cáo')!, 'POP').value = 5200;
    const base64 = await encode(workbook);
    const stale = await client.refused(ExcelImportWorkbookDocument, { reportId: draft.id, expectedVersion: draft.version - 1, base64 }, draftReporter, 'CONFLICT', 'importReportWorkbook');
    expect(stale.errors![0].extensions!.currentVersion).toBe(draft.version);
    // the district approver reads the city's communes? no: another district's reports are out of scope
    await client.refused(ExcelImportWorkbookDocument, { reportId: draft.id, expectedVersion: draft.version, base64 }, districtApprover, 'NOT_FOUND', 'importReportWorkbook');
    await client.refused(ExcelReportWorkbookDocument, { reportId: draft.id }, districtApprover, 'NOT_FOUND', 'reportWorkbook');
    await client.refused(ExcelReportWorkbookDocument, { reportId: districtId, includeChildren: true }, cityApprover, 'NOT_FOUND', 'reportWorkbook');
    // the city's approver sees the commune but does not fill it in
    await client.refused(ExcelImportWorkbookDocument, { reportId: draft.id, expectedVersion: draft.version, base64 }, cityApprover, 'FORBIDDEN', 'importReportWorkbook');
    await client.refused(ExcelReportWorkbookDocument, { reportId: draft.id }, null, 'UNAUTHENTICATED', 'reportWorkbook');
    // a submitted report is locked, as for saveReportValues
    const sonDuongCommune = (await t.ok(ReportsDocument, { campaignId, unitCode: '02536' }, admin)).reports.edges[0].node;
    const own = await commune02536();
    const approvedBook = await open((await t.ok(ExcelReportWorkbookDocument, { reportId: sonDuongCommune.id }, own)).reportWorkbook.base64);
    cellOf(approvedBook.getWorksheet('Báo cáo')!, 'POP').value = 1;
    await client.refused(ExcelImportWorkbookDocument, { reportId: sonDuongCommune.id, expectedVersion: sonDuongCommune.version, base64: await encode(approvedBook) }, own, 'INVALID_TRANSITION', 'importReportWorkbook');
    // with bad cells and a stale version, the version is what is answered
    cellOf(approvedBook.getWorksheet('Báo cáo')!, 'POP').value = 'không rõ';
    await client.refused(ExcelImportWorkbookDocument, { reportId: draft.id, expectedVersion: draft.version - 1, base64: await encode(approvedBook) }, draftReporter, 'CONFLICT', 'importReportWorkbook');
    expect((await t.ok(ExcelReportValuesDocument, { id: draft.id, codes: ['POP'] }, draftReporter)).report.version).toBe(draft.version);
  });

  it('refuses what is not an xlsx with BAD_USER_INPUT, and a workbook of another form cell by cell', async () => {
    const base = { reportId: draft.id, expectedVersion: draft.version };
    await client.refused(ExcelImportWorkbookDocument, { ...base, base64: Buffer.from('Mã,Giá trị\nPOP,1\n').toString('base64') }, draftReporter, 'BAD_USER_INPUT', 'importReportWorkbook');
    await client.refused(ExcelImportWorkbookDocument, { ...base, base64: 'không phải base64!' }, draftReporter, 'BAD_USER_INPUT', 'importReportWorkbook');
    const brokenZip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]).toString('base64');
    await client.refused(ExcelImportWorkbookDocument, { ...base, base64: brokenZip }, draftReporter, 'BAD_USER_INPUT', 'importReportWorkbook');
    // over 5 MB never reaches the resolver: the request itself is refused
    const huge = await fetch(t.hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${draftReporter}` },
      body: JSON.stringify({ query: 'mutation($b: String!) { importReportWorkbook(reportId: "1", expectedVersion: 1, base64: $b) { saved } }', variables: { b: 'A'.repeat(6 * 1024 * 1024) } }),
    });
    expect(huge.status).toBe(413);

    // a plain workbook without the form's identity
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Báo cáo').getCell('A10').value = 'POP';
    const unknown = (await t.ok(ExcelImportWorkbookDocument, { ...base, base64: await encode(plain) }, draftReporter)).importReportWorkbook;
    expect(unknown.saved).toBe(false);
    expect(unknown.errors).toHaveLength(1);
    expect(unknown.errors[0].message).toContain('không phải biểu mẫu xuất từ hệ thống');

    // the blank CT38 form filled in for this BHYT_COVERAGE report
    const blank = await open((await t.ok(ExcelBlankWorkbookDocument, { templateCode: 'CT38_REVIEW', level: 'COMMUNE' }, draftReporter)).blankWorkbook.base64);
    const other = (await t.ok(ExcelImportWorkbookDocument, { ...base, base64: await encode(blank) }, draftReporter)).importReportWorkbook;
    expect(other.saved).toBe(false);
    expect(other.errors).toEqual([expect.objectContaining({ sheet: '_bieu_mau', cell: 'B2', code: null })]);
    expect(other.errors[0].message).toContain('CT38_REVIEW');
    expect((await t.ok(ExcelReportValuesDocument, { id: draft.id, codes: ['POP'] }, draftReporter)).report.version).toBe(draft.version);
  });

  /** Every value of the draft as code → value or text. */
  async function draftValues(): Promise<{ version: number; values: Map<string, unknown> }> {
    const report = (await t.ok(ExcelReportValuesDocument, { id: draft.id }, draftReporter)).report;
    return { version: report.version, values: new Map(report.values.map((v) => [v.code, v.value ?? v.text])) };
  }

  it("refuses a workbook exported from another commune's report with one error naming both reports", async () => {
    const other = (await t.ok(ReportsDocument, { campaignId, unitCode: '02536' }, admin)).reports.edges[0].node;
    const workbook = await open((await t.ok(ExcelReportWorkbookDocument, { reportId: other.id }, await commune02536())).reportWorkbook.base64);
    cellOf(workbook.getWorksheet('Báo cáo')!, 'G2_SOCIAL_INSURANCE').value = 300; // a good cell is not saved either
    const before = await draftValues();
    const result = (await t.ok(ExcelImportWorkbookDocument, { reportId: draft.id, expectedVersion: draft.version, base64: await encode(workbook) }, draftReporter)).importReportWorkbook;
    expect(result).toMatchObject({ saved: false, report: null, changedCodes: [] });
    expect(result.errors).toEqual([{ sheet: '_bieu_mau', cell: 'B5', code: null, message: expect.any(String) }]);
    const message = result.errors[0].message;
    expect(message).toContain(`báo cáo số ${other.id} của đơn vị 02536`);
    expect(message).toContain(`số ${draft.id}, đơn vị ${draft.unitCode}`);
    expect(await draftValues()).toEqual(before);
    expect(before.version).toBe(draft.version);
  });

  it('a blank form with one cell filled changes that cell only: its empty cells leave the stored values alone', async () => {
    const before = await draftValues();
    expect([before.values.get('POP'), before.values.get('STRENGTHS'), before.values.get('G2_SOCIAL_INSURANCE')]).toEqual([
      5100,
      'Tuyên truyền đến từng tổ dân phố; 100% trẻ em dưới 6 tuổi có thẻ.',
      null,
    ]);
    const blank = await open((await t.ok(ExcelBlankWorkbookDocument, { templateCode: 'BHYT_COVERAGE', level: 'COMMUNE' }, draftReporter)).blankWorkbook.base64);
    expect(cellOf(blank.getWorksheet('Báo cáo')!, 'POP').value).toBeNull();
    cellOf(blank.getWorksheet('Báo cáo')!, 'G2_SOCIAL_INSURANCE').value = 300;
    const result = (await t.ok(ExcelImportWorkbookDocument, { reportId: draft.id, expectedVersion: draft.version, base64: await encode(blank) }, draftReporter)).importReportWorkbook;
    expect(result).toMatchObject({ saved: true, changedCodes: ['G2_SOCIAL_INSURANCE'], errors: [] });
    expect(result.report!.version).toBe(draft.version + 1);
    draft.version = result.report!.version;
    const after = await draftValues();
    expect(after.values).toEqual(new Map([...before.values, ['G2_SOCIAL_INSURANCE', 300]]));
  });

  it("the report's own export with a value cell emptied clears that value", async () => {
    const before = await draftValues();
    const workbook = await open((await t.ok(ExcelReportWorkbookDocument, { reportId: draft.id }, draftReporter)).reportWorkbook.base64);
    const g2 = cellOf(workbook.getWorksheet('Báo cáo')!, 'G2_SOCIAL_INSURANCE');
    expect(g2.value).toBe(300);
    g2.value = null;
    const result = (await t.ok(ExcelImportWorkbookDocument, { reportId: draft.id, expectedVersion: draft.version, base64: await encode(workbook) }, draftReporter)).importReportWorkbook;
    expect(result).toMatchObject({ saved: true, changedCodes: ['G2_SOCIAL_INSURANCE'], errors: [] });
    expect(result.report!.version).toBe(draft.version + 1);
    draft.version = result.report!.version;
    const after = await draftValues();
    expect(after.values).toEqual(new Map([...before.values, ['G2_SOCIAL_INSURANCE', null]]));
    expect(after.values.get('POP')).toBe(5100);
  });

  it('serves GET /reports/:id/workbook.xlsx with the bearer token and the same scope', async () => {
    const base = t.hub.url.replace(/\/graphql$/, '');
    const response = await fetch(`${base}/reports/${districtId}/workbook.xlsx?includeChildren=1`, { headers: { authorization: `Bearer ${districtMonitor}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="BHYT_COVERAGE_076_Huyen_Son_Duong.xlsx"');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 4).toString('hex')).toBe('504b0304');
    const workbook = await open(bytes.toString('base64'));
    expect(cellOf(workbook.getWorksheet('Báo cáo')!, 'POP').value).toBe(204908);
    expect(workbook.getWorksheet('Các đơn vị cấp dưới')!.rowCount).toBe(2 + 30 + 1);

    const anonymous = await fetch(`${base}/reports/${districtId}/workbook.xlsx`);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const outside = await fetch(`${base}/reports/${districtId}/workbook.xlsx`, { headers: { authorization: `Bearer ${cityApprover}` } });
    expect(outside.status).toBe(404);
    expect(((await outside.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('NOT_FOUND');
    const forged = await fetch(`${base}/reports/${districtId}/workbook.xlsx`, { headers: { authorization: `Bearer ${districtMonitor}x` } });
    expect(forged.status).toBe(401);
    const nonsense = await fetch(`${base}/reports/abc/workbook.xlsx`, { headers: { authorization: `Bearer ${districtMonitor}` } });
    expect(nonsense.status).toBe(404);
  });

  describe('forms with column sets', () => {
    let ct38District: string;
    let ct38Commune: { id: string; version: number; unitCode: string };

    beforeAll(async () => {
      const created = await t.ok(
        CreateCampaignDocument,
        {
          input: {
            name: 'Tổng kết 10 năm thực hiện Chỉ thị 38-CT/TW (huyện Sơn Dương)',
            documentNumber: '134-KH/TU',
            templateCode: 'CT38_REVIEW',
            periodStart: '2009-01-01',
            periodEnd: '2018-12-31',
            rootUnitCode: '076',
            levels: ['COMMUNE', 'DISTRICT'],
            deadlines: [
              { level: 'COMMUNE', dueAt: '2021-03-01T00:00:00+07:00' },
              { level: 'DISTRICT', dueAt: '2021-03-15T00:00:00+07:00' },
            ],
          },
        },
        admin,
      );
      const reports = (await t.ok(ReportsDocument, { campaignId: created.createCampaign.id, first: 100 }, admin)).reports.edges.map((e) => e.node);
      ct38District = reports.find((r) => r.unitCode === '076')!.id;
      const commune = reports.find((r) => r.unitCode === '02536')!;
      ct38Commune = { id: commune.id, version: commune.version, unitCode: commune.unitCode };
    });

    it('imports a filled blank CT38 form into a commune: table cells, percents, yes/no', async () => {
      const { blankWorkbook: file } = await t.ok(ExcelBlankWorkbookDocument, { templateCode: 'CT38_REVIEW', level: 'COMMUNE' }, admin);
      expect(file.filename).toMatch(/^CT38_REVIEW_v\d+_COMMUNE_bieu_mau_trong\.xlsx$/);
      const workbook = await open(file.base64);
      const sheet = workbook.getWorksheet('Báo cáo')!;
      expect(() => cellOf(sheet, 'PL1_COMMUNES.DONE')).toThrow(); // a district's row, not on the commune's form
      cellOf(sheet, 'PL4_POPULATION.Y2009').value = '11.250';
      cellOf(sheet, 'PL4_POPULATION.Y2015').value = 11800;
      cellOf(sheet, 'PL4_INSURED.Y2009').value = 5400;
      cellOf(sheet, 'PL4_INSURED.Y2015').value = '9.912';
      cellOf(sheet, 'PL1_OWN.DONE').value = '120'; // over 100 %
      cellOf(sheet, 'PL3_INSPECTED.PARTY').value = 'có?';
      const refused = (await t.ok(ExcelImportWorkbookDocument, { reportId: ct38Commune.id, expectedVersion: ct38Commune.version, base64: await encode(workbook) }, await commune02536())).importReportWorkbook;
      expect(refused.saved).toBe(false);
      expect(refused.errors.map((e) => [e.code, e.cell])).toEqual([
        ['PL1_OWN.DONE', cellOf(sheet, 'PL1_OWN.DONE').address],
        ['PL3_INSPECTED.PARTY', cellOf(sheet, 'PL3_INSPECTED.PARTY').address],
      ]);
      expect(refused.errors[0].message).toContain('không vượt quá 100');

      cellOf(sheet, 'PL1_OWN.DONE').value = '95,5%';
      cellOf(sheet, 'PL3_INSPECTED.PARTY').value = 'x';
      cellOf(sheet, 'PL3_INSPECTED.COUNCIL').value = 'Không';
      cellOf(sheet, 'PL3_INSPECTED.COMMITTEE').value = 1;
      cellOf(sheet, 'PL3_INSPECTION_DETAIL.PARTY').value = 'Kiểm tra chuyên đề năm 2017.';
      const codes = ['PL4_POPULATION.Y2009', 'PL4_POPULATION.Y2015', 'PL4_INSURED.Y2015', 'PL4_COVERAGE_RATE.Y2015', 'PL1_OWN.DONE', 'PL3_INSPECTED.PARTY', 'PL3_INSPECTED.COUNCIL', 'PL3_INSPECTED.COMMITTEE', 'PL3_INSPECTION_DETAIL.PARTY'];
      const saved = (await t.ok(ExcelImportWorkbookDocument, { reportId: ct38Commune.id, expectedVersion: ct38Commune.version, base64: await encode(workbook), codes }, await commune02536())).importReportWorkbook;
      expect(saved.errors).toEqual([]);
      expect(saved.saved).toBe(true);
      expect(saved.report!.version).toBe(ct38Commune.version + 1);
      ct38Commune.version = saved.report!.version;
      const values = new Map(saved.report!.values.map((v) => [v.code, v]));
      expect(values.get('PL4_POPULATION.Y2009')!.value).toBe(11250);
      expect(values.get('PL4_INSURED.Y2015')!.value).toBe(9912);
      expect(values.get('PL4_COVERAGE_RATE.Y2015')!.display).toBe('84,00%');
      expect(values.get('PL1_OWN.DONE')!.value).toBe(95.5);
      expect([values.get('PL3_INSPECTED.PARTY')!.display, values.get('PL3_INSPECTED.COUNCIL')!.display, values.get('PL3_INSPECTED.COMMITTEE')!.display]).toEqual(['Có', 'Không', 'Có']);
      expect(values.get('PL3_INSPECTION_DETAIL.PARTY')!.text).toBe('Kiểm tra chuyên đề năm 2017.');
      expect(saved.skipped).toEqual(expect.arrayContaining(['PL4_COVERAGE_RATE.Y2009', 'PL4_COVERAGE_RATE.Y2015']));

      // exported again, the same cells come back as numbers and Có/Không
      const back = await open((await t.ok(ExcelReportWorkbookDocument, { reportId: ct38Commune.id }, admin)).reportWorkbook.base64);
      const again = back.getWorksheet('Báo cáo')!;
      expect(cellOf(again, 'PL4_POPULATION.Y2009').value).toBe(11250);
      expect(cellOf(again, 'PL1_OWN.DONE').value).toBe(95.5);
      expect(cellOf(again, 'PL3_INSPECTED.PARTY').value).toBe('Có');
      expect(cellOf(again, 'PL4_COVERAGE_RATE.Y2015').value as number).toBeCloseTo(84, 10);
    });

    it('lays out a CT38 review: year columns as a table with the labels in its header row', async () => {
      // the commune above writes its narratives in the workbook too (every text cell still empty), then is sent
      // and approved, so the district counts it
      const reporter = await commune02536();
      const book = await open((await t.ok(ExcelReportWorkbookDocument, { reportId: ct38Commune.id }, reporter)).reportWorkbook.base64);
      const own = book.getWorksheet('Báo cáo')!;
      let narratives = 0;
      own.eachRow((row) => {
        const listed = row.getCell(1).value;
        if (typeof listed !== 'string' || listed === 'Mã ô') return;
        listed.split('|').forEach((_, i) => {
          const target = row.getCell(5 + i);
          if (target.numFmt === '@' && target.value == null) {
            target.value = `Xã đã thực hiện nội dung "${row.getCell(3).value}".\nCó báo cáo chi tiết kèm theo.`;
            narratives++;
          }
        });
      });
      expect(narratives).toBeGreaterThanOrEqual(26);
      const filled = (await t.ok(ExcelImportWorkbookDocument, { reportId: ct38Commune.id, expectedVersion: ct38Commune.version, base64: await encode(book) }, reporter)).importReportWorkbook;
      expect([filled.saved, filled.errors, filled.changedCodes.length]).toEqual([true, [], narratives]);
      const sent = await t.ok(SubmitReportDocument, { reportId: ct38Commune.id, expectedVersion: filled.report!.version, note: 'Số liệu theo sổ theo dõi của xã.' }, reporter);
      await t.ok(ApproveReportDocument, { reportId: ct38Commune.id, expectedVersion: sent.submitReport.version }, districtApprover);
      const { reportWorkbook: file } = await t.ok(ExcelReportWorkbookDocument, { reportId: ct38District, includeChildren: true }, districtApprover);
      expect(file.filename).toBe('CT38_REVIEW_076_Huyen_Son_Duong.xlsx');
      const workbook = await open(file.base64);
      const sheet = workbook.getWorksheet('Báo cáo')!;
      const row = rowWithCode(sheet, 'PL4_INSURED.Y2009');
      expect(row.getCell(1).value).toBe('PL4_INSURED.Y2009|PL4_INSURED.Y2015|PL4_INSURED.Y2018');
      expect(row.getCell(3).value).toBe('Tổng số người dân tham gia BHYT');
      // the nearest header row above holds the years
      let header = row.number - 1;
      while (sheet.getRow(header).getCell(1).value !== 'Mã ô') header--;
      expect([5, 6, 7].map((c) => sheet.getRow(header).getCell(c).value)).toEqual(['2009', '2015', '31/12/2018']);
      expect(cellOf(sheet, 'PL4_COVERAGE_RATE.Y2015').numFmt).toBe(PERCENT_FORMAT);
      // counts over the communes are x/y text at the district: 02536 (approved above) has disseminated
      expect(cellOf(sheet, 'PL1_COMMUNES.DONE').value).toBe('1/30');
      expect(cellOf(sheet, 'PL1_COMMUNES.NOT_DONE').value).toBe('0/30');
      expect(workbook.getWorksheet('Các đơn vị cấp dưới')!.rowCount).toBe(2 + 30 + 1);

      // the commune's narratives, which the figures sheet cannot show, are listed on the texts sheet in the form's
      // order: its own from the workbook above and the inspection detail saved from the blank form
      const communeRow = textRows(workbook.getWorksheet('Các đơn vị cấp dưới')!).find((r) => r[0] === '02536')!;
      const texts = textRows(workbook.getWorksheet(TEXTS_SHEET)!).slice(1);
      expect(texts).toHaveLength(narratives + 1);
      expect(texts.every((r) => r[0] === '02536' && r[1] === communeRow[1])).toBe(true);
      expect(texts[0]).toEqual([
        '02536',
        communeRow[1],
        'Việc tổ chức phổ biến, học tập, quán triệt Chỉ thị của cấp ủy đảng, chính quyền các cấp; nhận thức về vai trò, ý nghĩa của BHYT',
        'Xã đã thực hiện nội dung "Việc tổ chức phổ biến, học tập, quán triệt Chỉ thị của cấp ủy đảng, chính quyền các cấp; nhận thức về vai trò, ý nghĩa của BHYT".\nCó báo cáo chi tiết kèm theo.',
      ]);
      expect(texts).toContainEqual(['02536', communeRow[1], 'Kiểm tra/giám sát: nêu rõ hình thức, nội dung (Cấp ủy (Tỉnh ủy/Huyện ủy/Đảng ủy cấp xã))', 'Kiểm tra chuyên đề năm 2017.']);
    });

    it('a form with dates: written as real Excel dates dd/mm/yyyy, read from dates or dd/mm/yyyy text', async () => {
      const definition = {
        code: 'EXCEL_KIEM_TRA',
        name: 'Biểu kiểm tra nhập, xuất Excel',
        sections: [
          { code: 'A', title: 'A. Thông tin chung', note: 'Ngày ghi dạng dd/mm/yyyy.' },
          { code: 'B', title: 'B. Số liệu theo năm' },
        ],
        columnSets: [{ code: 'YEARS', label: 'Năm', items: [{ code: 'Y2023', label: '2023' }, { code: 'Y2024', label: '2024' }] }],
        indicators: [
          { code: 'MEETING_DAY', label: 'Ngày họp triển khai', unit: 'ngày', section: 'A', kind: 'ENTERED', valueType: 'DATE', aggregation: 'NONE', row: '1' },
          { code: 'PLAN_DAY', label: 'Ngày ban hành kế hoạch', unit: 'ngày', section: 'A', kind: 'ENTERED', valueType: 'DATE', aggregation: 'NONE', row: '2' },
          { code: 'BUDGET', label: 'Kinh phí hỗ trợ', unit: 'triệu đồng', section: 'A', kind: 'ENTERED', valueType: 'DECIMAL', aggregation: 'SUM', row: '3' },
          { code: 'POP', label: 'Dân số', unit: 'người', section: 'B', kind: 'ENTERED', valueType: 'INTEGER', aggregation: 'SUM', columns: 'YEARS', row: '1' },
          { code: 'INSURED', label: 'Số người có thẻ BHYT', unit: 'người', section: 'B', kind: 'ENTERED', valueType: 'INTEGER', aggregation: 'SUM', columns: 'YEARS', row: '2' },
          { code: 'RATE', label: 'Tỷ lệ bao phủ', unit: '%', section: 'B', kind: 'DERIVED', valueType: 'PERCENT', aggregation: 'RECOMPUTE', formula: 'INSURED / POP * 100', columns: 'YEARS', row: '3' },
        ],
        rules: [],
      };
      const created = await t.ok(ExcelCreateTemplateDocument, { definition }, admin);
      await t.ok(ExcelPublishTemplateDocument, { code: 'EXCEL_KIEM_TRA', version: created.createTemplate.version }, admin);
      const campaign = await t.ok(
        CreateCampaignDocument,
        {
          input: {
            name: 'Kiểm tra Excel',
            templateCode: 'EXCEL_KIEM_TRA',
            periodStart: '2024-01-01',
            periodEnd: '2024-12-31',
            rootUnitCode: '076',
            levels: ['COMMUNE', 'DISTRICT'],
            deadlines: [
              { level: 'COMMUNE', dueAt: '2021-03-01T00:00:00+07:00' },
              { level: 'DISTRICT', dueAt: '2021-03-15T00:00:00+07:00' },
            ],
          },
        },
        admin,
      );
      const report = (await t.ok(ReportsDocument, { campaignId: campaign.createCampaign.id, unitCode: '02536' }, admin)).reports.edges[0].node;
      const reporter = await commune02536();
      const workbook = await open((await t.ok(ExcelReportWorkbookDocument, { reportId: report.id }, reporter)).reportWorkbook.base64);
      const sheet = workbook.getWorksheet('Báo cáo')!;
      // stored as dd\/mm\/yyyy (literal slashes whatever the reader's date separator); exceljs reads it back unescaped
      expect(cellOf(sheet, 'MEETING_DAY').numFmt).toBe('dd/mm/yyyy');
      cellOf(sheet, 'MEETING_DAY').value = new Date(Date.UTC(2024, 2, 8));
      cellOf(sheet, 'PLAN_DAY').value = '15/02/2024';
      cellOf(sheet, 'BUDGET').value = '1.250,75';
      cellOf(sheet, 'POP.Y2023').value = 1000;
      cellOf(sheet, 'POP.Y2024').value = '1.020';
      cellOf(sheet, 'INSURED.Y2024').value = 1000;
      const codes = ['MEETING_DAY', 'PLAN_DAY', 'BUDGET', 'POP.Y2024', 'RATE.Y2024'];
      const result = (await t.ok(ExcelImportWorkbookDocument, { reportId: report.id, expectedVersion: report.version, base64: await encode(workbook), codes }, reporter)).importReportWorkbook;
      expect(result.errors).toEqual([]);
      expect(result.report!.values.map((v) => [v.code, v.value ?? v.text])).toEqual([
        ['MEETING_DAY', '2024-03-08'],
        ['PLAN_DAY', '2024-02-15'],
        ['BUDGET', 1250.75],
        ['POP.Y2024', 1020],
        ['RATE.Y2024', (1000 / 1020) * 100],
      ]);

      const backBook = await open((await t.ok(ExcelReportWorkbookDocument, { reportId: report.id }, reporter)).reportWorkbook.base64);
      const back = backBook.getWorksheet('Báo cáo')!;
      expect(cellOf(back, 'PLAN_DAY').value).toEqual(new Date(Date.UTC(2024, 1, 15)));
      expect(cellOf(back, 'BUDGET').numFmt).toBe('[$-42A]#,##0.00');
      cellOf(back, 'PLAN_DAY').value = '30/02/2024';
      const wrong = (await t.ok(ExcelImportWorkbookDocument, { reportId: report.id, expectedVersion: result.report!.version, base64: await encode(backBook) }, reporter)).importReportWorkbook;
      expect(wrong.saved).toBe(false);
      expect(wrong.errors.map((e) => [e.code, e.cell])).toEqual([['PLAN_DAY', cellOf(back, 'PLAN_DAY').address]]);
      expect(wrong.errors[0].message).toContain('dd/mm/yyyy');
    });
  });

  it('every refusal carried a code and no internals', () => {
    expect(client.errorsChecked).toBeGreaterThan(10);
    expect(codes({ status: 200 })).toEqual([]);
  });
});
