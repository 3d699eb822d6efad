import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ReportRoot } from './report.record';
import { HubContext } from '../context';
import { canRead, requireActor } from '../auth/actor';
import { parseId } from '../common/ids';
import { formatNumberVi } from '../common/text';
import { Campaign } from '../campaigns/campaign.entity';
import { AdministrativeUnit } from '../units/unit.entity';
import { Cell, CompiledTemplate, StoredValue } from '../templates/template.engine';
import { ReportStatus } from '../../workflows/report.machine';
import { Report } from './report.entity';
import {
  CompletenessType,
  HistoryEntryType,
  IndicatorValueType,
  ReportConnection,
  ValidationResultType,
  ValueInput,
  WorkflowAction,
} from './report.types';
import { completenessText, isConsolidating, ReportView, sourceOf, validate } from './report.view';

export function displayValue(cell: Cell, v: StoredValue | undefined): string | null {
  const num = v?.num ?? null;
  if (num == null) return v?.text ?? null;
  if (cell.aggregation === 'COUNT' && v?.total != null) return `${formatNumberVi(num, false)}/${formatNumberVi(v.total, false)}`;
  if (cell.valueType === 'YES_NO') return num === 1 ? 'Có' : 'Không';
  return formatNumberVi(num, cell.valueType !== 'INTEGER') + (cell.valueType === 'PERCENT' ? '%' : '');
}

export function valueRows(view: ReportView, values: Map<string, StoredValue>, codes: string[] | null): IndicatorValueType[] {
  return cellRows(view.template, view.report.level, isConsolidating(view), values, codes);
}

/** One row per cell shown at `level`, in the form's order, with its source, display text and target. */
export function cellRows(
  template: CompiledTemplate,
  level: string,
  consolidating: boolean,
  values: Map<string, StoredValue>,
  codes: string[] | null,
): IndicatorValueType[] {
  const targets = template.targets;
  const wanted = codes ? new Set(codes) : null;
  return template
    .cellsFor(level)
    .filter((cell) => !wanted || wanted.has(cell.code) || wanted.has(cell.indicatorCode))
    .map((cell) => {
      const v = values.get(cell.code);
      const num = v?.num ?? null;
      const targetCode = targets.get(cell.code);
      const target = targetCode ? (values.get(targetCode)?.num ?? null) : null;
      return {
        code: cell.code,
        indicatorCode: cell.indicatorCode,
        column: cell.columnCode,
        columnLabel: cell.columnLabel,
        label: cell.label,
        unit: cell.unit,
        section: cell.section,
        source: sourceOf(cell, consolidating),
        value: num,
        text: v?.text ?? null,
        total: cell.aggregation === 'COUNT' ? (v?.total ?? null) : null,
        display: displayValue(cell, v),
        target,
        planAchievedPercent: target != null && target !== 0 && num != null ? (num / target) * 100 : null,
      };
    });
}

const IDEMPOTENCY_HELP =
  'Khóa chống gửi trùng (ví dụ một UUID mới cho mỗi lần bấm): gửi lại cùng khóa khi mất kết nối sẽ nhận báo cáo như hiện tại, không thực hiện lần thứ hai.';

@Resolver(() => Report)
export class ReportResolver {
  @Query(() => Report)
  report(@Arg('id', () => ID) id: string, @Ctx() ctx: HubContext) {
    const actor = requireActor(ctx);
    return ctx.services.reports.getVisible(ctx.loaders, actor, parseId(id, 'báo cáo'));
  }

  @Query(() => ReportConnection, { description: 'Báo cáo của một đợt trong phạm vi của bạn; `unitCode` giới hạn vào cây đơn vị đó.' })
  async reports(
    @Ctx() ctx: HubContext,
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('unitCode', () => String, { nullable: true }) unitCode: string | null,
    @Arg('status', () => ReportStatus, { nullable: true }) status: ReportStatus | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    const actor = requireActor(ctx);
    const campaign = await ctx.services.campaigns.getVisible(ctx.em, actor, parseId(campaignId, 'đợt báo cáo'));
    return ctx.services.reports.list(ctx.em, actor, { campaignId: campaign.id, unitCode, status, first, after }, ctx.loaders);
  }

  @Mutation(() => Report, { description: 'Lưu số liệu (chỉ những chỉ tiêu gửi lên). Cần `expectedVersion` là phiên bản đang xem.' })
  saveReportValues(
    @Arg('reportId', () => ID) reportId: string,
    @Arg('values', () => [ValueInput]) values: ValueInput[],
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: HubContext,
  ) {
    const actor = requireActor(ctx);
    return ctx.services.reports.saveValues(ctx.em, ctx.clock, actor, parseId(reportId, 'báo cáo'), values, expectedVersion);
  }

  @Mutation(() => Report, { description: 'Nộp báo cáo lên cấp trên. Có cảnh báo thì cần `note`; nộp khi cấp dưới chưa đủ thì cần `allowIncomplete` và `note`.' })
  submitReport(
    @Arg('reportId', () => ID) reportId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Arg('allowIncomplete', () => Boolean, { defaultValue: false }) allowIncomplete: boolean,
    @Arg('idempotencyKey', () => String, { nullable: true, description: IDEMPOTENCY_HELP }) idempotencyKey: string | null,
    @Ctx() ctx: HubContext,
  ) {
    const actor = requireActor(ctx);
    return ctx.services.reports.submit(ctx.em, ctx.clock, actor, parseId(reportId, 'báo cáo'), expectedVersion, note, allowIncomplete, idempotencyKey);
  }

  @Mutation(() => Report, { description: 'Duyệt báo cáo của đơn vị cấp dưới; với báo cáo cấp cao nhất, duyệt là hoàn tất.' })
  approveReport(
    @Arg('reportId', () => ID) reportId: string,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('idempotencyKey', () => String, { nullable: true, description: IDEMPOTENCY_HELP }) idempotencyKey: string | null,
    @Ctx() ctx: HubContext,
  ) {
    const actor = requireActor(ctx);
    return ctx.services.reports.approve(ctx.em, ctx.clock, actor, parseId(reportId, 'báo cáo'), comment, expectedVersion, idempotencyKey);
  }

  @Mutation(() => Report, { description: 'Trả lại báo cáo để đơn vị sửa; bắt buộc nêu lý do.' })
  returnReport(
    @Arg('reportId', () => ID) reportId: string,
    @Arg('reason', () => String) reason: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: HubContext,
  ) {
    const actor = requireActor(ctx);
    return ctx.services.reports.returnReport(ctx.em, ctx.clock, actor, parseId(reportId, 'báo cáo'), reason, expectedVersion);
  }

  @Mutation(() => Report, { description: 'Hủy duyệt (khi báo cáo cấp trên chưa nộp); bắt buộc nêu lý do.' })
  unapproveReport(
    @Arg('reportId', () => ID) reportId: string,
    @Arg('reason', () => String) reason: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: HubContext,
  ) {
    const actor = requireActor(ctx);
    return ctx.services.reports.unapprove(ctx.em, ctx.clock, actor, parseId(reportId, 'báo cáo'), reason, expectedVersion);
  }

  @FieldResolver(() => AdministrativeUnit)
  async unit(@Root() report: ReportRoot, @Ctx() ctx: HubContext) {
    return ctx.services.reports.unitOf(ctx.loaders, report);
  }

  @FieldResolver(() => Campaign)
  async campaign(@Root() report: ReportRoot, @Ctx() ctx: HubContext) {
    return ctx.loaders.campaign.load(report.campaign.id);
  }

  @FieldResolver(() => Report, { nullable: true, description: 'Báo cáo cấp trên trong chuỗi.' })
  async parent(@Root() report: ReportRoot, @Ctx() ctx: HubContext) {
    if (!report.parent) return null;
    // The parent lies above the caller's subtree for most users: like report(id), it stays out of reach.
    const parent = await ctx.loaders.report.load(report.parent.id);
    return parent && canRead(requireActor(ctx), parent.unitPath) ? parent : null;
  }

  @FieldResolver(() => [Report], { description: 'Báo cáo của các đơn vị cấp dưới (kể cả nội dung đánh giá của họ).' })
  children(@Root() report: ReportRoot, @Ctx() ctx: HubContext) {
    return ctx.loaders.children.load(report.id);
  }

  @FieldResolver(() => Boolean, { description: 'Nộp lần đầu sau hạn, hoặc đã quá hạn mà chưa nộp.' })
  late(@Root() report: ReportRoot, @Ctx() ctx: HubContext) {
    return report.isLate(ctx.clock.now());
  }

  @FieldResolver(() => [IndicatorValueType], { description: 'Số liệu theo thứ tự biểu mẫu: nhập, tính, tổng hợp (chỉ từ báo cáo cấp dưới đã duyệt).' })
  async values(@Root() report: ReportRoot, @Ctx() ctx: HubContext, @Arg('codes', () => [String], { nullable: true }) codes: string[] | null) {
    // Showing figures needs neither the parent nor last year's round (only the checks do).
    const shown = await ctx.services.reports.shown(ctx.loaders, report);
    return cellRows(shown.template, report.level, isConsolidating(shown), shown.values, codes);
  }

  @FieldResolver(() => [IndicatorValueType], {
    description:
      'Số liệu tạm tính: cộng số liệu hiện có của các báo cáo cấp dưới trực tiếp, kể cả chưa duyệt (với cấp tỉnh: số chính thức hiện có của các huyện). Chỉ để theo dõi, không phải số chính thức.',
  })
  async provisionalValues(@Root() report: ReportRoot, @Ctx() ctx: HubContext, @Arg('codes', () => [String], { nullable: true }) codes: string[] | null) {
    const [shown, sums] = await Promise.all([ctx.services.reports.shown(ctx.loaders, report), ctx.loaders.provisionalSums.load(report.id)]);
    if (!isConsolidating(shown)) return cellRows(shown.template, report.level, false, shown.values, codes); // a report without children: its own figures
    const stored = new Map(shown.values);
    for (const code of shown.template.summedCodes) stored.set(code, { num: sums.get(code) ?? null, text: null });
    return cellRows(shown.template, report.level, true, shown.template.withDerived(stored), codes);
  }

  @FieldResolver(() => ValidationResultType)
  async validation(@Root() report: ReportRoot, @Ctx() ctx: HubContext) {
    const { errors, warnings } = validate(await ctx.services.reports.view(ctx.loaders, report));
    return { valid: errors.length === 0, errors, warnings };
  }

  @FieldResolver(() => [WorkflowAction], { description: 'Các thao tác người dùng hiện tại được làm ngay lúc này.' })
  async allowedActions(@Root() report: ReportRoot, @Ctx() ctx: HubContext) {
    return ctx.services.reports.allowedActions(ctx.loaders, requireActor(ctx), report, ctx.clock.now());
  }

  @FieldResolver(() => CompletenessType)
  async completeness(@Root() report: ReportRoot, @Ctx() ctx: HubContext) {
    const counts = await ctx.services.reports.childCounts(ctx.loaders, report);
    const s = counts.byStatus;
    const approved = s.APPROVED + s.FINALIZED;
    return { expected: counts.expected, submitted: s.SUBMITTED + approved, approved, returned: s.RETURNED, draft: s.DRAFT, display: completenessText(counts) };
  }

  @FieldResolver(() => [HistoryEntryType])
  async history(@Root() report: ReportRoot, @Ctx() ctx: HubContext): Promise<HistoryEntryType[]> {
    const events = await ctx.loaders.history.load(report.id);
    return events.map((e) => ({
      at: e.at,
      action: e.action,
      actorName: e.actorName,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      reason: e.reason,
      late: typeof e.details?.late === 'boolean' ? e.details.late : null,
      completeness: typeof e.details?.completeness === 'string' ? e.details.completeness : null,
      changedCodes: Array.isArray(e.details?.changedCodes) ? (e.details!.changedCodes as string[]) : null,
      childUnitCode: typeof e.details?.childUnitCode === 'string' ? e.details.childUnitCode : null,
    }));
  }
}
