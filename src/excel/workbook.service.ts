import ExcelJS from 'exceljs';
import { EntityManager } from '@mikro-orm/knex';
import { Actor } from '../auth/actor';
import { Clock } from '../common/clock';
import { badInput } from '../common/errors';
import { foldVietnamese } from '../common/text';
import { Loaders } from '../loaders';
import { Report } from '../reports/report.entity';
import { valueRows } from '../reports/report.resolver';
import { ReportService, ValueInput } from '../reports/report.service';
import { isConsolidating, ReportView, sourceOf } from '../reports/report.view';
import { appliesTo, Cell, isTextCell } from '../templates/template.engine';
import { ReportTemplate } from '../templates/template.entity';
import { readReportWorkbook, WorkbookCellError } from './workbook.reader';
import { ChildrenContent, ChildText, FormContent, ShownValue, writeWorkbook, XLSX_CONTENT_TYPE } from './workbook.writer';

/** Largest workbook accepted for import. */
export const MAX_WORKBOOK_BYTES = 5 * 1024 * 1024;

export interface WorkbookFile {
  filename: string;
  contentType: string;
  content: Buffer;
}

export interface WorkbookImport {
  saved: boolean;
  report: Report | null;
  changedCodes: string[];
  skipped: string[];
  errors: WorkbookCellError[];
}

/** "Huyện Sơn Dương" → "Huyen_Son_Duong": tone marks and đ folded, capitals kept, anything else dropped. */
export function asciiName(text: string): string {
  return text
    .split(/\s+/)
    .map((word) =>
      [...word.normalize('NFC')]
        .map((ch) => {
          const folded = foldVietnamese(ch);
          return ch !== ch.toLowerCase() ? folded.toUpperCase() : folded;
        })
        .join('')
        .replace(/[^A-Za-z0-9_-]/g, ''),
    )
    .filter(Boolean)
    .join('_');
}

const NUMERIC_TYPES = new Set(['INTEGER', 'DECIMAL', 'PERCENT']);

/** Reports to and from Excel, in the form's own layout. Reading and saving go through the report service. */
export class WorkbookService {
  constructor(private readonly reports: ReportService) {}

  /** A report as a workbook; with `includeChildren`, a consolidated report also lists its children's figures. */
  async exportReport(loaders: Loaders, actor: Actor, reportId: number, includeChildren: boolean, now: Date): Promise<WorkbookFile> {
    const report = await this.reports.getVisible(loaders, actor, reportId);
    const view = await this.reports.view(loaders, report);
    const template = view.campaign.template;
    const unit = (await loaders.unit.load(report.unit.id))!;
    const values = new Map<string, ShownValue>(
      valueRows(view, view.values, null).map((r) => [r.code, { source: r.source as ShownValue['source'], value: r.value, text: r.text, total: r.total }]),
    );
    const form: FormContent = {
      template: view.template,
      templateCode: template.code,
      templateVersion: template.version,
      templateName: template.name,
      level: report.level,
      cells: view.template.cellsFor(report.level),
      values,
      heading: {
        unitName: unit.name,
        unitCode: unit.code,
        campaignName: view.campaign.name,
        documentNumber: view.campaign.documentNumber,
        periodStart: view.campaign.periodStart,
        periodEnd: view.campaign.periodEnd,
        status: report.status,
        dueAt: report.dueAt,
        reportId: report.id,
        reportVersion: report.version,
      },
      exportedAt: now,
    };
    const children = includeChildren && isConsolidating(view) ? await this.children(loaders, view) : null;
    const content = await writeWorkbook(form, children);
    return { filename: `${asciiName(template.code)}_${unit.code}_${asciiName(unit.name)}.xlsx`, contentType: XLSX_CONTENT_TYPE, content };
  }

  /** The empty form of a template version, for one level (or every level), ready to be filled and imported. */
  async exportBlank(template: ReportTemplate, level: string | null, now: Date): Promise<WorkbookFile> {
    const compiled = template.compiled;
    const cells = level ? compiled.cellsFor(level) : compiled.cells;
    const values = new Map<string, ShownValue>(cells.map((c) => [c.code, { source: sourceOf(c, false), value: null, text: null, total: null }]));
    const content = await writeWorkbook(
      { template: compiled, templateCode: template.code, templateVersion: template.version, templateName: template.name, level, cells, values, heading: null, exportedAt: now },
      null,
    );
    const suffix = level ? `_${level}` : '';
    return { filename: `${asciiName(template.code)}_v${template.version}${suffix}_bieu_mau_trong.xlsx`, contentType: XLSX_CONTENT_TYPE, content };
  }

  /**
   * Fills a report from a workbook of its form. Cells that do not fit come back as a list and nothing is stored;
   * otherwise the changed cells are saved through the normal save (one transaction; role, version, state and
   * value checks as for saveReportValues).
   */
  async importReport(
    em: EntityManager,
    clock: Clock,
    loaders: Loaders,
    actor: Actor,
    reportId: number,
    expectedVersion: number,
    base64: string,
  ): Promise<WorkbookImport> {
    const report = await this.reports.getVisible(loaders, actor, reportId);
    const workbook = await openUpload(base64);
    const view = await this.reports.view(loaders, report);
    const template = view.campaign.template;
    const reading = readReportWorkbook(workbook, view, template.code, template.version);
    if (reading.errors.length > 0 || reading.inputs.length === 0) {
      // Who may save, which version and which state are answered before the cells: refused as a save would be.
      await this.checkSaveAllowed(em, clock, actor, view, expectedVersion);
      if (reading.errors.length > 0) return { saved: false, report: null, changedCodes: [], skipped: reading.skipped, errors: reading.errors };
      return { saved: true, report, changedCodes: [], skipped: reading.skipped, errors: [] };
    }
    const saved = await this.reports.saveValues(em, clock, actor, report.id, reading.inputs, expectedVersion);
    return { saved: true, report: saved, changedCodes: reading.changed, skipped: reading.skipped, errors: [] };
  }

  /**
   * Runs the normal save with one entered cell at its current value: it applies every check of a save (role,
   * version, state) and stores nothing, since nothing changes.
   */
  private async checkSaveAllowed(em: EntityManager, clock: Clock, actor: Actor, view: ReportView, expectedVersion: number): Promise<void> {
    const consolidating = isConsolidating(view);
    const cell = view.template.cellsFor(view.report.level).find((c) => sourceOf(c, consolidating) === 'ENTERED');
    if (!cell) throw badInput('Báo cáo này không có ô nào được nhập tay; không có gì để nhập từ tệp Excel.');
    const current = view.values.get(cell.code);
    const probe: ValueInput = isTextCell(cell) ? { code: cell.code, text: current?.text ?? null } : { code: cell.code, value: current?.num ?? null };
    await this.reports.saveValues(em, clock, actor, view.report.id, [probe], expectedVersion);
  }

  /** Each child report's unit, state and figures, beside the parent's consolidated ones, and the texts it wrote. */
  private async children(loaders: Loaders, parent: ReportView): Promise<ChildrenContent | null> {
    const reports = await loaders.children.load(parent.report.id);
    if (reports.length === 0) return null;
    const [views, units] = await Promise.all([
      Promise.all(reports.map((r) => this.reports.view(loaders, r))),
      Promise.all(reports.map((r) => loaders.unit.load(r.unit.id))),
    ]);
    const childLevel = reports[0].level;
    const cells: Cell[] = parent.template.cells.filter(
      (c) => NUMERIC_TYPES.has(c.valueType) && c.aggregation !== 'COUNT' && appliesTo(c, childLevel),
    );
    const numbers = (values: Map<string, { num: number | null }>) => new Map(cells.map((c) => [c.code, { value: values.get(c.code)?.num ?? null }]));
    const rows = reports.map((r, i) => ({
      unitCode: units[i]?.code ?? r.unitCode,
      unitName: units[i]?.name ?? r.unitCode,
      status: r.status,
      submittedAt: r.submittedAt,
      values: numbers(views[i].values),
    }));
    // Texts each child writes for its parent to read (COLLECT_TEXT), in the order the form prints them: one row
    // per child and text, the children in the same order as on the figures sheet. Empty texts are left out.
    const sectionOrder = new Map(parent.template.definition.sections.map((s, i) => [s.code, i]));
    const textCells = parent.template.cells
      .filter((c) => c.aggregation === 'COLLECT_TEXT' && isTextCell(c) && appliesTo(c, childLevel))
      .map((cell, i) => ({ cell, i }))
      .sort((a, b) => (sectionOrder.get(a.cell.section) ?? 0) - (sectionOrder.get(b.cell.section) ?? 0) || a.i - b.i)
      .map(({ cell }) => cell);
    const texts: ChildText[] = [];
    for (const cell of textCells) {
      rows.forEach((row, i) => {
        const text = views[i].values.get(cell.code)?.text ?? null;
        if (text != null && text.trim() !== '') texts.push({ unitCode: row.unitCode, unitName: row.unitName, cell, text });
      });
    }
    return { cells, rows, total: numbers(parent.values), texts };
  }
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The uploaded file as a workbook; refuses anything that is not a readable .xlsx of at most 5 MB. */
async function openUpload(base64: string): Promise<ExcelJS.Workbook> {
  const body = base64.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
  if (body.length > Math.ceil(MAX_WORKBOOK_BYTES / 3) * 4 + 4) throw badInput('Tệp quá lớn: tối đa 5 MB.');
  if (body.length === 0 || body.length % 4 !== 0 || !BASE64.test(body)) throw badInput('Nội dung tệp phải được mã hóa base64.');
  const bytes = Buffer.from(body, 'base64');
  if (bytes.length > MAX_WORKBOOK_BYTES) throw badInput('Tệp quá lớn: tối đa 5 MB.');
  // An .xlsx is a zip archive: it starts with "PK\x03\x04".
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) throw badInput('Tệp không phải bảng tính Excel (.xlsx).');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs' typings name their own Buffer; at run time it reads a Node Buffer.
    await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  } catch {
    throw badInput('Không đọc được tệp: tệp không phải bảng tính Excel (.xlsx) hợp lệ hoặc đã hỏng.');
  }
  return workbook;
}
