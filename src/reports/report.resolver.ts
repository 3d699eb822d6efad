import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { HubContext } from '../context';
import { canRead, requireActor } from '../auth/actor';
import { parseId } from '../common/ids';
import { formatNumberVi } from '../common/text';
import { Campaign } from '../campaigns/campaign.entity';
import { AdministrativeUnit } from '../units/unit.entity';
import { StoredValue } from '../templates/template.engine';
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

function valueRows(view: ReportView, values: Map<string, StoredValue>, codes: string[] | null): IndicatorValueType[] {
  const consolidating = isConsolidating(view);
  return view.template.indicators
    .filter((ind) => !codes || codes.includes(ind.code))
    .map((ind) => {
      const v = values.get(ind.code);
      const num = v?.num ?? null;
      const text = v?.text ?? null;
      let display: string | null = text;
      if (num != null) {
        display = formatNumberVi(num, ind.valueType !== 'INTEGER') + (ind.valueType === 'PERCENT' ? '%' : '');
      }
      return { code: ind.code, label: ind.label, unit: ind.unit, section: ind.section, source: sourceOf(ind, consolidating), value: num, text, display };
    });
}

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
    @Ctx() ctx: HubContext,
  ) {
    const actor = requireActor(ctx);
    return ctx.services.reports.submit(ctx.em, ctx.clock, actor, parseId(reportId, 'báo cáo'), expectedVersion, note, allowIncomplete);
  }

  @Mutation(() => Report, { description: 'Duyệt báo cáo của đơn vị cấp dưới; với báo cáo cấp cao nhất, duyệt là hoàn tất.' })
  approveReport(
    @Arg('reportId', () => ID) reportId: string,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: HubContext,
  ) {
    const actor = requireActor(ctx);
    return ctx.services.reports.approve(ctx.em, ctx.clock, actor, parseId(reportId, 'báo cáo'), comment, expectedVersion);
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
  async unit(@Root() report: Report, @Ctx() ctx: HubContext) {
    return ctx.loaders.unit.load(report.unit.id);
  }

  @FieldResolver(() => Campaign)
  async campaign(@Root() report: Report, @Ctx() ctx: HubContext) {
    return ctx.loaders.campaign.load(report.campaign.id);
  }

  @FieldResolver(() => Report, { nullable: true, description: 'Báo cáo cấp trên trong chuỗi.' })
  async parent(@Root() report: Report, @Ctx() ctx: HubContext) {
    if (!report.parent) return null;
    // The parent lies above the caller's subtree for most users: like report(id), it stays out of reach.
    const parent = await ctx.loaders.report.load(report.parent.id);
    return parent && canRead(requireActor(ctx), parent.unitPath) ? parent : null;
  }

  @FieldResolver(() => [Report], { description: 'Báo cáo của các đơn vị cấp dưới (kể cả nội dung đánh giá của họ).' })
  children(@Root() report: Report, @Ctx() ctx: HubContext) {
    return ctx.loaders.children.load(report.id);
  }

  @FieldResolver(() => Boolean, { description: 'Nộp lần đầu sau hạn, hoặc đã quá hạn mà chưa nộp.' })
  late(@Root() report: Report, @Ctx() ctx: HubContext) {
    return report.isLate(ctx.clock.now());
  }

  @FieldResolver(() => [IndicatorValueType], { description: 'Số liệu theo thứ tự biểu mẫu: nhập, tính, tổng hợp (chỉ từ báo cáo cấp dưới đã duyệt).' })
  async values(@Root() report: Report, @Ctx() ctx: HubContext, @Arg('codes', () => [String], { nullable: true }) codes: string[] | null) {
    const view = await ctx.services.reports.view(ctx.loaders, report);
    return valueRows(view, view.values, codes);
  }

  @FieldResolver(() => [IndicatorValueType], {
    description:
      'Số liệu tạm tính: cộng số liệu hiện có của các báo cáo cấp dưới trực tiếp, kể cả chưa duyệt (với cấp tỉnh: số chính thức hiện có của các huyện). Chỉ để theo dõi, không phải số chính thức.',
  })
  async provisionalValues(@Root() report: Report, @Ctx() ctx: HubContext, @Arg('codes', () => [String], { nullable: true }) codes: string[] | null) {
    const [view, sums] = await Promise.all([ctx.services.reports.view(ctx.loaders, report), ctx.loaders.provisionalSums.load(report.id)]);
    if (!isConsolidating(view)) return valueRows(view, view.values, codes); // a report without children: its own figures
    const stored = new Map(view.values);
    for (const code of view.template.summedCodes) stored.set(code, { num: sums.get(code) ?? null, text: null });
    return valueRows(view, view.template.withDerived(stored), codes);
  }

  @FieldResolver(() => ValidationResultType)
  async validation(@Root() report: Report, @Ctx() ctx: HubContext) {
    const { errors, warnings } = validate(await ctx.services.reports.view(ctx.loaders, report));
    return { valid: errors.length === 0, errors, warnings };
  }

  @FieldResolver(() => [WorkflowAction], { description: 'Các thao tác người dùng hiện tại được làm ngay lúc này.' })
  async allowedActions(@Root() report: Report, @Ctx() ctx: HubContext) {
    return ctx.services.reports.allowedActions(ctx.loaders, requireActor(ctx), report, ctx.clock.now());
  }

  @FieldResolver(() => CompletenessType)
  async completeness(@Root() report: Report, @Ctx() ctx: HubContext) {
    const counts = await ctx.loaders.childCounts.load(report.id);
    const s = counts.byStatus;
    const approved = s.APPROVED + s.FINALIZED;
    return { expected: counts.expected, submitted: s.SUBMITTED + approved, approved, returned: s.RETURNED, draft: s.DRAFT, display: completenessText(counts) };
  }

  @FieldResolver(() => [HistoryEntryType])
  async history(@Root() report: Report, @Ctx() ctx: HubContext): Promise<HistoryEntryType[]> {
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
