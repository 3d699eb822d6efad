import ExcelJS from 'exceljs';
import { Cell, CompiledTemplate, isTextCell } from '../templates/template.engine';
import { ColumnSetDefinition } from '../templates/template.definition';
import { ValueSource } from '../reports/report.view';
import { formatNumberVi } from '../common/text';
import { formatVi } from '../deadlines/deadline-rules';
import { dayVi, excelDay, excelLocalTime, NUMBER_FORMATS } from './cell-values';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const REPORT_SHEET = 'Báo cáo';
export const CHILDREN_SHEET = 'Các đơn vị cấp dưới';
/** Texts written by the units below (COLLECT_TEXT), one row per unit and text. */
export const CHILDREN_TEXTS_SHEET = 'Ý kiến các đơn vị cấp dưới';
/** Hidden sheet naming the form the workbook was made from; import refuses a workbook of another form. */
export const META_SHEET = '_bieu_mau';
export const WORKBOOK_KIND = 'BHYT_HUB_WORKBOOK';
export const CHILDREN_TOTAL_LABEL = 'Tổng hợp (đã duyệt)';

/** Columns of the report sheet: A holds the cell codes (hidden), values start at E. */
export const CODE_COLUMN = 1;
export const FIRST_VALUE_COLUMN = 5;
/** Separates the codes of a table row's cells in the code column ("PL4_INSURED.Y2009|PL4_INSURED.Y2015"). */
export const CODE_SEPARATOR = '|';

/** Rows of the meta sheet: label in A, value in B. */
export const META_ROWS = { kind: 1, templateCode: 2, templateVersion: 3, level: 4, reportId: 5, reportVersion: 6, unitCode: 7 } as const;

/** One cell's content as shown. */
export interface ShownValue {
  source: ValueSource;
  value: number | null;
  text: string | null;
  /** y of a COUNT's x/y. */
  total: number | null;
}

export interface FormHeading {
  unitName: string;
  unitCode: string;
  campaignName: string;
  documentNumber: string | null;
  periodStart: string;
  periodEnd: string;
  status: string;
  dueAt: Date;
  reportId: number;
  reportVersion: number;
}

export interface FormContent {
  template: CompiledTemplate;
  templateCode: string;
  templateVersion: number;
  templateName: string;
  /** The level the cells are shown for; null for a blank form of every level. */
  level: string | null;
  cells: Cell[];
  values: Map<string, ShownValue>;
  /** Null for a blank form. */
  heading: FormHeading | null;
  exportedAt: Date;
}

export interface ChildRow {
  unitCode: string;
  unitName: string;
  status: string;
  submittedAt: Date | null;
  values: Map<string, { value: number | null }>;
}

/** A text a child wrote for its parent to read. */
export interface ChildText {
  unitCode: string;
  unitName: string;
  cell: Cell;
  text: string;
}

export interface ChildrenContent {
  /** Numeric cells shown, one column each. */
  cells: Cell[];
  rows: ChildRow[];
  /** The parent's own (consolidated) values. */
  total: Map<string, { value: number | null }>;
  /** Non-empty collected texts, in the form's order, then the children's. */
  texts: ChildText[];
}

export const STATUS_VI: Record<string, string> = {
  DRAFT: 'Đang soạn',
  SUBMITTED: 'Đã nộp, chờ duyệt',
  RETURNED: 'Bị trả lại',
  APPROVED: 'Đã duyệt',
  FINALIZED: 'Đã hoàn tất',
};

const LEVEL_VI: Record<string, string> = { COMMUNE: 'cấp xã', DISTRICT: 'cấp huyện', PROVINCE: 'cấp tỉnh' };

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  left: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  right: { style: 'thin', color: { argb: 'FFBFBFBF' } },
};
const fill = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const HEADER_FILL = fill('FFD9E1F2');
const SECTION_FILL = fill('FFEDEDED');
const READ_ONLY_FILL = fill('FFF2F2F2');

/** Excel's row height limit, in points. */
const MAX_ROW_HEIGHT = 409;

function formatOf(cell: Pick<Cell, 'valueType'>): string {
  return cell.valueType === 'PERCENT' ? NUMBER_FORMATS.PERCENT : cell.valueType === 'DECIMAL' ? NUMBER_FORMATS.DECIMAL : NUMBER_FORMATS.INTEGER;
}

/** A rough height for wrapped text in a column about `width` characters wide. */
function wrappedHeight(text: string, width: number): number {
  const lines = text.split(/\r?\n/).reduce((n, line) => n + Math.max(1, Math.ceil(line.length / Math.max(10, width))), 0);
  return Math.min(MAX_ROW_HEIGHT, Math.max(15, lines * 15 + 3));
}

/** A COUNT's x/y as shown on screen and in the sheet ("8/12"). */
export function countText(x: number, y: number): string {
  return `${formatNumberVi(x, false)}/${formatNumberVi(y, false)}`;
}

function cellLabel(cell: Pick<Cell, 'label' | 'columnLabel'>): string {
  return cell.columnLabel ? `${cell.label} (${cell.columnLabel})` : cell.label;
}

/** Puts one value into a worksheet cell: numbers as numbers, dates as dates, the rest as text. */
function putValue(target: ExcelJS.Cell, cell: Cell, shown: ShownValue | undefined): void {
  const editable = (shown?.source ?? 'ENTERED') === 'ENTERED';
  target.border = THIN;
  target.alignment = { vertical: 'top', wrapText: isTextCell(cell) };
  if (!editable) target.fill = READ_ONLY_FILL;
  if (cell.valueType === 'TEXT') {
    target.value = shown?.text ?? null;
    target.numFmt = '@';
    return;
  }
  if (cell.valueType === 'DATE') {
    target.value = shown?.text ? excelDay(shown.text) : null;
    target.numFmt = NUMBER_FORMATS.DATE;
    target.alignment = { vertical: 'top', horizontal: 'center' };
    return;
  }
  if (cell.valueType === 'YES_NO') {
    target.value = shown?.value == null ? null : shown.value === 1 ? 'Có' : 'Không';
    target.alignment = { vertical: 'top', horizontal: 'center' };
    if (editable) target.dataValidation = { type: 'list', allowBlank: true, formulae: ['"Có,Không"'] };
    return;
  }
  if (cell.aggregation === 'COUNT' && shown?.value != null && shown.total != null) {
    // x of y units: a fraction, not a number a sheet should add up; written as the text "8/12".
    target.value = countText(shown.value, shown.total);
    target.alignment = { vertical: 'top', horizontal: 'right' };
    return;
  }
  target.value = shown?.value ?? null;
  target.numFmt = formatOf(cell);
  target.alignment = { vertical: 'top', horizontal: 'right' };
}

/**
 * The report sheet: a title block, then each section with its title and note; single-value indicators as rows
 * (STT, Chỉ tiêu, Đơn vị tính, Giá trị), indicators sharing a column set as a table, narratives as wrapped rows.
 * Column A (hidden) names the cells of each row, which is how an import finds them.
 */
function writeReportSheet(workbook: ExcelJS.Workbook, form: FormContent): void {
  const definition = form.template.definition;
  const usedSets = new Set(form.cells.map((c) => c.columns).filter((s): s is string => !!s));
  const widest = Math.max(1, ...[...usedSets].map((code) => form.template.columnSets.get(code)?.items.length ?? 1));
  // Narratives spread over at least three value columns, so that a form of single values still gives them room.
  const span = Math.max(widest, form.cells.some((c) => c.valueType === 'TEXT' && !c.columns) ? 3 : 1);
  const lastColumn = FIRST_VALUE_COLUMN + span - 1;
  const valueWidth = widest > 1 ? 16 : 20;
  const textWidth = 58 + 12 + valueWidth * span;

  const sheet = workbook.addWorksheet(REPORT_SHEET, {
    pageSetup: { orientation: span > 3 ? 'landscape' : 'portrait', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.getColumn(CODE_COLUMN).width = 30;
  sheet.getColumn(CODE_COLUMN).hidden = true;
  sheet.getColumn(2).width = 7;
  sheet.getColumn(3).width = 58;
  sheet.getColumn(4).width = 12;
  for (let c = FIRST_VALUE_COLUMN; c <= lastColumn; c++) sheet.getColumn(c).width = valueWidth;

  let rowNo = 0;
  const line = (text: string, style: { bold?: boolean; italic?: boolean; size?: number; fill?: ExcelJS.Fill } = {}, wrap = false) => {
    rowNo++;
    const row = sheet.getRow(rowNo);
    const first = row.getCell(2);
    first.value = text;
    first.font = { bold: style.bold, italic: style.italic, size: style.size };
    first.alignment = { vertical: 'top', wrapText: wrap };
    if (style.fill) for (let c = 2; c <= lastColumn; c++) row.getCell(c).fill = style.fill;
    if (lastColumn > 2) sheet.mergeCells(rowNo, 2, rowNo, lastColumn);
    if (wrap) row.height = wrappedHeight(text, textWidth);
    return row;
  };

  // Title block
  line(definition.name, { bold: true, size: 14 }, true);
  const h = form.heading;
  if (h) {
    line(`Đơn vị báo cáo: ${h.unitName} (mã ${h.unitCode})`, { bold: true });
    line(`Đợt báo cáo: ${h.campaignName}${h.documentNumber ? ` — Văn bản: ${h.documentNumber}` : ''}`, {}, true);
    line(`Kỳ số liệu: từ ${dayVi(h.periodStart)} đến ${dayVi(h.periodEnd)}`);
    line(`Trạng thái: ${STATUS_VI[h.status] ?? h.status} — Phiên bản ${h.reportVersion} — Hạn nộp: ${formatVi(h.dueAt)}`);
  } else {
    line(`Biểu mẫu trống ${form.templateCode}, phiên bản ${form.templateVersion}${form.level ? `, ${LEVEL_VI[form.level] ?? form.level}` : ''}`, { bold: true });
    line('Đơn vị báo cáo: ........................................');
  }
  line(`Xuất lúc: ${formatVi(form.exportedAt)} (giờ Việt Nam)`);
  line('Ô nền xám: số liệu tự tính, tổng hợp từ cấp dưới hoặc do cấp trên giao — không nhập. Số ghi kiểu Việt Nam: 204.908; 94,78.', { italic: true }, true);
  rowNo++; // blank line

  const header = (labels: string[]) => {
    rowNo++;
    const row = sheet.getRow(rowNo);
    row.getCell(CODE_COLUMN).value = 'Mã ô';
    ['STT', 'Chỉ tiêu', 'Đơn vị tính', ...labels].forEach((label, i) => {
      const target = row.getCell(2 + i);
      target.value = label;
      target.font = { bold: true };
      target.fill = HEADER_FILL;
      target.border = THIN;
      target.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    });
    const tallest = Math.max(...labels.map((l) => wrappedHeight(l, valueWidth)));
    if (tallest > 15) row.height = tallest;
    return rowNo;
  };
  const frozenAt = header(['Giá trị']);
  sheet.views = [{ state: 'frozen', xSplit: 4, ySplit: frozenAt, topLeftCell: `E${frozenAt + 1}`, activeCell: `E${frozenAt + 1}` }];

  let numbering: Map<string, string> = new Map();
  const rowLabels = (row: ExcelJS.Row, cell: Cell, codes: string[]) => {
    row.getCell(CODE_COLUMN).value = codes.join(CODE_SEPARATOR);
    const stt = row.getCell(2);
    stt.value = cell.row ?? numbering.get(cell.indicatorCode) ?? null;
    stt.alignment = { vertical: 'top', horizontal: 'center' };
    stt.border = THIN;
    const label = row.getCell(3);
    label.value = cell.label;
    label.alignment = { vertical: 'top', wrapText: true };
    label.border = THIN;
    const unit = row.getCell(4);
    unit.value = cell.unit;
    unit.alignment = { vertical: 'top', horizontal: 'center', wrapText: true };
    unit.border = THIN;
    return wrappedHeight(cell.label, 58);
  };

  let lastBlock: 'single' | 'table' = 'single';
  for (const section of definition.sections) {
    const cells = form.cells.filter((c) => c.section === section.code);
    if (cells.length === 0) continue;
    // A section whose form prints no row numbers is numbered 1, 2, 3… in the STT column.
    const indicatorCodes = [...new Set(cells.map((c) => c.indicatorCode))];
    numbering = cells.some((c) => c.row) ? new Map() : new Map(indicatorCodes.map((code, i) => [code, String(i + 1)]));
    line(section.title, { bold: true, fill: SECTION_FILL }, true);
    if (section.note) line(section.note, { italic: true }, true);
    const tablesDone = new Set<string>();
    const indicatorsDone = new Set<string>();
    for (const cell of cells) {
      if (indicatorsDone.has(cell.indicatorCode)) continue;
      if (!cell.columns) {
        indicatorsDone.add(cell.indicatorCode);
        if (lastBlock === 'table') header(['Giá trị']);
        lastBlock = 'single';
        rowNo++;
        const row = sheet.getRow(rowNo);
        let height = rowLabels(row, cell, [cell.code]);
        const target = row.getCell(FIRST_VALUE_COLUMN);
        const shown = form.values.get(cell.code);
        putValue(target, cell, shown);
        if (isTextCell(cell) && cell.valueType === 'TEXT') {
          // A narrative spreads over every value column and grows with its text.
          if (lastColumn > FIRST_VALUE_COLUMN) sheet.mergeCells(rowNo, FIRST_VALUE_COLUMN, rowNo, lastColumn);
          height = Math.max(height, wrappedHeight(shown?.text ?? '', valueWidth * span), 45);
        }
        if (height > 15) row.height = height;
        continue;
      }
      if (tablesDone.has(cell.columns)) continue;
      tablesDone.add(cell.columns);
      const set = form.template.columnSets.get(cell.columns) as ColumnSetDefinition;
      if (set.label) {
        // The set's own caption ("Năm") over its columns.
        rowNo++;
        const over = sheet.getRow(rowNo);
        for (let c = 2; c < FIRST_VALUE_COLUMN + set.items.length; c++) {
          over.getCell(c).fill = HEADER_FILL;
          over.getCell(c).border = THIN;
        }
        const caption = over.getCell(FIRST_VALUE_COLUMN);
        caption.value = set.label;
        caption.font = { bold: true };
        caption.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
        if (set.items.length > 1) sheet.mergeCells(rowNo, FIRST_VALUE_COLUMN, rowNo, FIRST_VALUE_COLUMN + set.items.length - 1);
      }
      header(set.items.map((i) => i.label));
      lastBlock = 'table';
      const inTable = cells.filter((c) => c.columns === set.code);
      const indicators = [...new Set(inTable.map((c) => c.indicatorCode))];
      for (const indicatorCode of indicators) {
        indicatorsDone.add(indicatorCode);
        const own = inTable.filter((c) => c.indicatorCode === indicatorCode);
        const ordered = set.items.map((item) => own.find((c) => c.columnCode === item.code) ?? null);
        rowNo++;
        const row = sheet.getRow(rowNo);
        let height = rowLabels(row, own[0], ordered.map((c) => c?.code ?? ''));
        ordered.forEach((c, i) => {
          const target = row.getCell(FIRST_VALUE_COLUMN + i);
          if (!c) return;
          const shown = form.values.get(c.code);
          putValue(target, c, shown);
          if (c.valueType === 'TEXT') height = Math.max(height, wrappedHeight(shown?.text ?? '', valueWidth), 30);
        });
        if (height > 15) row.height = height;
      }
    }
  }
}

/**
 * One row per child report (unit, status, when it was sent) and one column per numeric cell; the last row is
 * the parent's own consolidated figures. Row 2 (hidden) names each column's cell.
 */
function writeChildrenSheet(workbook: ExcelJS.Workbook, children: ChildrenContent): void {
  const sheet = workbook.addWorksheet(CHILDREN_SHEET, { pageSetup: { orientation: 'landscape', paperSize: 9 } });
  const fixed = ['Mã đơn vị', 'Tên đơn vị', 'Trạng thái', 'Nộp lúc'];
  [10, 28, 18, 17].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  const header = sheet.getRow(1);
  const codes = sheet.getRow(2);
  [...fixed, ...children.cells.map(cellLabel)].forEach((label, i) => {
    const target = header.getCell(i + 1);
    target.value = label;
    target.font = { bold: true };
    target.fill = HEADER_FILL;
    target.border = THIN;
    target.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  header.height = Math.max(30, ...children.cells.map((c) => wrappedHeight(cellLabel(c), 16)));
  codes.getCell(1).value = 'Mã ô';
  children.cells.forEach((cell, i) => {
    sheet.getColumn(fixed.length + 1 + i).width = 16;
    codes.getCell(fixed.length + 1 + i).value = cell.code;
  });
  codes.hidden = true;
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: 2, topLeftCell: 'C3', activeCell: 'C3' }];

  const figures = (row: ExcelJS.Row, values: Map<string, { value: number | null }>, bold = false) => {
    children.cells.forEach((cell, i) => {
      const target = row.getCell(fixed.length + 1 + i);
      target.value = values.get(cell.code)?.value ?? null;
      target.numFmt = formatOf(cell);
      target.border = THIN;
      if (bold) target.font = { bold: true };
    });
  };
  let rowNo = 2;
  for (const child of children.rows) {
    rowNo++;
    const row = sheet.getRow(rowNo);
    row.getCell(1).value = child.unitCode;
    row.getCell(2).value = child.unitName;
    row.getCell(3).value = STATUS_VI[child.status] ?? child.status;
    const sent = row.getCell(4);
    sent.value = child.submittedAt ? excelLocalTime(child.submittedAt) : null;
    sent.numFmt = NUMBER_FORMATS.DATE_TIME;
    for (let c = 1; c <= fixed.length; c++) row.getCell(c).border = THIN;
    figures(row, child.values);
  }
  rowNo++;
  const total = sheet.getRow(rowNo);
  total.getCell(1).value = CHILDREN_TOTAL_LABEL;
  total.getCell(1).font = { bold: true };
  for (let c = 1; c <= fixed.length; c++) {
    total.getCell(c).fill = SECTION_FILL;
    total.getCell(c).border = THIN;
  }
  sheet.mergeCells(rowNo, 1, rowNo, fixed.length);
  figures(total, children.total, true);
}

/**
 * The texts the children wrote (narratives collected upward): unit code, unit name, the indicator and the text,
 * wrapped. Grouped by indicator in the form's order, so that what every unit wrote on one point reads together.
 */
function writeChildrenTextsSheet(workbook: ExcelJS.Workbook, texts: ChildText[]): void {
  const sheet = workbook.addWorksheet(CHILDREN_TEXTS_SHEET, {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const widths = [10, 24, 40, 90];
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  const header = sheet.getRow(1);
  ['Mã đơn vị', 'Tên đơn vị', 'Chỉ tiêu', 'Nội dung'].forEach((label, i) => {
    const target = header.getCell(i + 1);
    target.value = label;
    target.font = { bold: true };
    target.fill = HEADER_FILL;
    target.border = THIN;
    target.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  header.height = 20;
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: widths.length } };
  texts.forEach((entry, i) => {
    const row = sheet.getRow(i + 2);
    const label = cellLabel(entry.cell);
    [entry.unitCode, entry.unitName, label, entry.text].forEach((value, c) => {
      const target = row.getCell(c + 1);
      target.value = value;
      target.border = THIN;
      target.alignment = { vertical: 'top', wrapText: c > 0 };
    });
    row.getCell(4).numFmt = '@';
    const height = Math.max(wrappedHeight(entry.unitName, widths[1]), wrappedHeight(label, widths[2]), wrappedHeight(entry.text, widths[3]));
    if (height > 15) row.height = height;
  });
}

function writeMetaSheet(workbook: ExcelJS.Workbook, form: FormContent): void {
  const sheet = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  const put = (row: number, label: string, value: string | number | null) => {
    sheet.getCell(row, 1).value = label;
    sheet.getCell(row, 2).value = value;
  };
  put(META_ROWS.kind, 'Loại tệp', WORKBOOK_KIND);
  put(META_ROWS.templateCode, 'Mã biểu mẫu', form.templateCode);
  put(META_ROWS.templateVersion, 'Phiên bản biểu mẫu', form.templateVersion);
  put(META_ROWS.level, 'Cấp', form.level);
  put(META_ROWS.reportId, 'Mã báo cáo', form.heading?.reportId ?? null);
  put(META_ROWS.reportVersion, 'Phiên bản báo cáo', form.heading?.reportVersion ?? null);
  put(META_ROWS.unitCode, 'Mã đơn vị', form.heading?.unitCode ?? null);
}

/** The workbook's document properties also name the form, as `BHYT_HUB_WORKBOOK;CODE;VERSION`. */
export function workbookKeywords(templateCode: string, templateVersion: number): string {
  return [WORKBOOK_KIND, templateCode, templateVersion].join(';');
}

export async function writeWorkbook(form: FormContent, children: ChildrenContent | null): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'BHYT Reporting Hub';
  workbook.created = form.exportedAt;
  workbook.modified = form.exportedAt;
  workbook.title = form.heading ? `${form.templateName} — ${form.heading.unitName}` : form.templateName;
  workbook.subject = form.templateName;
  workbook.keywords = workbookKeywords(form.templateCode, form.templateVersion);
  // Not in exceljs' typings, but written to the document properties (dc:language).
  (workbook as unknown as { language: string }).language = 'vi-VN';
  writeReportSheet(workbook, form);
  if (children) writeChildrenSheet(workbook, children);
  if (children && children.texts.length > 0) writeChildrenTextsSheet(workbook, children.texts);
  writeMetaSheet(workbook, form);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

