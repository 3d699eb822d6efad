import ExcelJS from 'exceljs';
import { foldVietnamese, formatNumberVi } from '../common/text';
import { appliesTo, Cell, isTextCell, StoredValue } from '../templates/template.engine';
import { isConsolidating, ReportView, sourceOf, ValueSource } from '../reports/report.view';
import { ValueInput } from '../reports/report.service';
import { dayOfExcelDate, dayOfSerial, dayVi, parseDayText, parseVietnameseNumber, Plain, plainValue, scalesByHundred } from './cell-values';
import { CODE_COLUMN, CODE_SEPARATOR, countText, FIRST_VALUE_COLUMN, META_ROWS, META_SHEET, REPORT_SHEET, WORKBOOK_KIND } from './workbook.writer';

export interface WorkbookCellError {
  sheet: string;
  /** A1 address; null when the problem is the whole file. */
  cell: string | null;
  code: string | null;
  message: string;
}

export interface WorkbookReading {
  /** Entered cells whose value differs from the report's, as the normal save takes them. */
  inputs: ValueInput[];
  changed: string[];
  /** Cells the report does not take from a person (derived, consolidated, assigned, other level), left as they were. */
  skipped: string[];
  errors: WorkbookCellError[];
}

const MAX_TEXT_LENGTH = 20000;
const MAX_NUMBER = 1e12;
const YES = new Set(['co', 'x', '1', 'yes', 'true']);
const NO = new Set(['khong', '0', 'no', 'false']);

type Converted = { num: number | null; text: string | null } | { error: string };

function labelOf(cell: Cell): string {
  return cell.columnLabel ? `"${cell.label}" (cột ${cell.columnLabel})` : `"${cell.label}"`;
}

function shownText(read: Plain): string {
  if (read instanceof Date) return dayVi(read.toISOString().slice(0, 10));
  if (read != null && typeof read === 'object') return read.error;
  return String(read);
}

/** The read content as the value the report would store, without range checks. */
function convert(cell: Cell, read: Plain, numFmt: string | undefined): Converted {
  if (read != null && typeof read === 'object' && !(read instanceof Date)) {
    return { error: `ô có lỗi công thức (${read.error}).` };
  }
  switch (cell.valueType) {
    case 'TEXT': {
      if (read == null) return { num: null, text: null };
      const text = read instanceof Date ? dayVi(dayOfExcelDate(read) ?? '') : typeof read === 'boolean' ? (read ? 'Có' : 'Không') : String(read);
      return { num: null, text };
    }
    case 'DATE': {
      if (read == null) return { num: null, text: null };
      const day = read instanceof Date ? dayOfExcelDate(read) : typeof read === 'number' ? dayOfSerial(read) : typeof read === 'string' ? parseDayText(read) : null;
      return day ? { num: null, text: day } : { error: `là ngày; "${shownText(read)}" không phải ngày hợp lệ, hãy ghi dạng dd/mm/yyyy (ví dụ 19/04/2019).` };
    }
    case 'YES_NO': {
      if (read == null) return { num: null, text: null };
      if (typeof read === 'boolean') return { num: read ? 1 : 0, text: null };
      const word = typeof read === 'number' ? String(read) : typeof read === 'string' ? foldVietnamese(read) : '';
      if (YES.has(word)) return { num: 1, text: null };
      if (NO.has(word)) return { num: 0, text: null };
      return { error: `là câu hỏi có/không; ghi "Có" hoặc "Không" (hoặc x, 1, 0), không ghi "${shownText(read)}".` };
    }
    default: {
      if (read == null) return { num: null, text: null };
      let num: number | null = null;
      if (typeof read === 'number') {
        num = cell.valueType === 'PERCENT' && scalesByHundred(numFmt) ? Math.round(read * 100 * 1e9) / 1e9 : read;
      } else if (typeof read === 'string') {
        const text = cell.valueType === 'PERCENT' ? read.trim().replace(/%$/, '') : read;
        num = parseVietnameseNumber(text);
      }
      if (num == null) {
        return { error: `cần một số; "${shownText(read)}" không phải số (số viết kiểu Việt Nam: 204.908 hoặc 94,78).` };
      }
      return { num, text: null };
    }
  }
}

/** What a person may not enter: negatives, fractions of a count, a percent over 100, text too long. */
function rangeProblem(cell: Cell, value: { num: number | null; text: string | null }): string | null {
  const v = value.num;
  if (value.text != null && value.text.length > MAX_TEXT_LENGTH) return `dài quá ${formatNumberVi(MAX_TEXT_LENGTH, false)} ký tự.`;
  if (v == null || cell.valueType === 'YES_NO') return null;
  if (!Number.isFinite(v) || v < 0) return `phải là số không âm (đang ghi ${formatNumberVi(v, !Number.isInteger(v))}).`;
  if (cell.valueType === 'INTEGER' && !Number.isInteger(v)) return `phải là số nguyên (${cell.unit}); đang ghi ${formatNumberVi(v, true)}.`;
  if (cell.valueType === 'PERCENT' && v > 100) return `là tỷ lệ phần trăm, không vượt quá 100 (đang ghi ${formatNumberVi(v, true)}).`;
  if (v > MAX_NUMBER) return 'quá lớn.';
  return null;
}

function normalisedText(cell: Cell, text: string | null): string | null {
  if (text == null || text.trim() === '') return null;
  return cell.valueType === 'DATE' ? text.trim() : text;
}

/** Whether what the sheet holds is what the report shows (rates compared at the two decimals shown). */
function sameAsShown(cell: Cell, read: Plain, numFmt: string | undefined, stored: StoredValue | undefined): boolean {
  if (cell.aggregation === 'COUNT' && stored?.num != null && stored.total != null) {
    return typeof read === 'string' && read.replace(/\s/g, '') === countText(stored.num, stored.total);
  }
  const converted = convert(cell, read, numFmt);
  if ('error' in converted) return false;
  if (converted.num != null || stored?.num != null) {
    if (converted.num == null || stored?.num == null) return false;
    const tolerance = cell.valueType === 'INTEGER' || cell.valueType === 'YES_NO' ? 1e-9 : 0.005 + 1e-9;
    return Math.abs(converted.num - stored.num) <= tolerance;
  }
  return normalisedText(cell, converted.text) === normalisedText(cell, stored?.text ?? null);
}

const WHY_NOT_ENTERED: Record<Exclude<ValueSource, 'ENTERED'>, string> = {
  DERIVED: 'được tính tự động',
  CONSOLIDATED: 'được tổng hợp từ báo cáo cấp dưới đã duyệt',
  ASSIGNED: 'do cấp trên giao',
};

function textOf(value: ExcelJS.CellValue): string | null {
  const plain = plainValue(value);
  return plain == null || typeof plain === 'object' ? null : String(plain).trim();
}

/** The form (code and version) a workbook was made from, or why that is not known. */
export function workbookForm(workbook: ExcelJS.Workbook): { code: string; version: number; where: { sheet: string; cell: string | null } } | null {
  const meta = workbook.getWorksheet(META_SHEET);
  if (meta && textOf(meta.getCell(META_ROWS.kind, 2).value) === WORKBOOK_KIND) {
    const version = Number(textOf(meta.getCell(META_ROWS.templateVersion, 2).value));
    return { code: textOf(meta.getCell(META_ROWS.templateCode, 2).value) ?? '', version, where: { sheet: META_SHEET, cell: `B${META_ROWS.templateCode}` } };
  }
  // A tool that dropped the hidden sheet may still have kept the document properties.
  const [kind, code, version] = (workbook.keywords ?? '').split(';');
  if (kind === WORKBOOK_KIND && code) return { code, version: Number(version), where: { sheet: REPORT_SHEET, cell: null } };
  return null;
}

/**
 * Reads a filled workbook against a report: every cell is found by the code in the hidden column A, never by
 * its position. Entered cells are checked as the save would check them; cells the report computes, consolidates
 * or receives are skipped when left empty or unchanged, and refused when changed.
 */
export function readReportWorkbook(workbook: ExcelJS.Workbook, view: ReportView, templateCode: string, templateVersion: number): WorkbookReading {
  const result: WorkbookReading = { inputs: [], changed: [], skipped: [], errors: [] };
  const form = workbookForm(workbook);
  if (!form) {
    result.errors.push({
      sheet: workbook.worksheets[0]?.name ?? REPORT_SHEET,
      cell: null,
      code: null,
      message: 'Tệp không phải biểu mẫu xuất từ hệ thống (không có thông tin mã biểu mẫu). Hãy tải biểu mẫu của báo cáo về, điền vào đó rồi nhập lại.',
    });
    return result;
  }
  if (form.code !== templateCode || form.version !== templateVersion) {
    result.errors.push({
      ...form.where,
      code: null,
      message: `Tệp là biểu mẫu ${form.code} phiên bản ${Number.isFinite(form.version) ? form.version : '?'}, còn báo cáo này dùng biểu mẫu ${templateCode} phiên bản ${templateVersion}. Hãy tải đúng biểu mẫu của báo cáo.`,
    });
    return result;
  }
  // A workbook exported from a report belongs to that report: refused for another one. From its own report, an
  // emptied cell clears the value; in a blank form, an empty cell means "not filled in", never a deletion.
  const meta = workbook.getWorksheet(META_SHEET);
  const sourceReport = meta ? Number(textOf(meta.getCell(META_ROWS.reportId, 2).value) ?? NaN) : NaN;
  const sourceUnit = meta ? textOf(meta.getCell(META_ROWS.unitCode, 2).value) : null;
  if (Number.isFinite(sourceReport) && sourceReport !== view.report.id) {
    result.errors.push({
      sheet: META_SHEET,
      cell: `B${META_ROWS.reportId}`,
      code: null,
      message: `Tệp được xuất từ báo cáo số ${sourceReport}${sourceUnit ? ` của đơn vị ${sourceUnit}` : ''}, không phải báo cáo này (số ${view.report.id}, đơn vị ${view.report.unitCode}). Hãy tải biểu mẫu của đúng báo cáo.`,
    });
    return result;
  }
  const emptyClears = sourceReport === view.report.id;
  const sheet = workbook.getWorksheet(REPORT_SHEET);
  if (!sheet) {
    result.errors.push({ sheet: REPORT_SHEET, cell: null, code: null, message: `Tệp thiếu trang "${REPORT_SHEET}".` });
    return result;
  }

  const consolidating = isConsolidating(view);
  const seen = new Map<string, string>();
  const error = (cell: string, code: string | null, message: string) => result.errors.push({ sheet: REPORT_SHEET, cell, code, message });
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const codeCell = row.getCell(CODE_COLUMN);
    const listed = textOf(codeCell.value);
    if (!listed || listed === 'Mã ô') return;
    listed.split(CODE_SEPARATOR).forEach((raw, i) => {
      const code = raw.trim();
      if (!code) return;
      const target = row.getCell(FIRST_VALUE_COLUMN + i);
      const cell = view.template.byCode.get(code);
      if (!cell) {
        error(codeCell.address, code, `Mã ô "${code}" (cột A, dòng ${rowNumber}) không có trong biểu mẫu ${templateCode}; đừng sửa cột mã ô.`);
        return;
      }
      const earlier = seen.get(code);
      if (earlier) {
        error(target.address, code, `Ô ${code} xuất hiện hai lần (${earlier} và ${target.address}).`);
        return;
      }
      seen.set(code, target.address);
      const read = plainValue(target.value);
      const where = `Ô ${target.address} – ${labelOf(cell)}`;
      if (!appliesTo(cell, view.report.level)) {
        if (read == null) result.skipped.push(code);
        else error(target.address, code, `${where} không thuộc báo cáo của cấp này; hãy để trống.`);
        return;
      }
      const source = sourceOf(cell, consolidating);
      if (source !== 'ENTERED') {
        if (read == null || sameAsShown(cell, read, target.numFmt, view.values.get(code))) result.skipped.push(code);
        else error(target.address, code, `${where} ${WHY_NOT_ENTERED[source]}, không nhập; hãy để nguyên hoặc xóa trống ô này.`);
        return;
      }
      if (read == null && !emptyClears) return;
      const converted = convert(cell, read, target.numFmt);
      if ('error' in converted) {
        error(target.address, code, `${where} ${converted.error}`);
        return;
      }
      const problem = rangeProblem(cell, converted);
      if (problem) {
        error(target.address, code, `${where} ${problem}`);
        return;
      }
      const before = view.values.get(code);
      const newText = normalisedText(cell, converted.text);
      if ((before?.num ?? null) === converted.num && (before?.text ?? null) === newText) return;
      result.changed.push(code);
      result.inputs.push(isTextCell(cell) ? { code, text: newText } : { code, value: converted.num });
    });
  });
  return result;
}
