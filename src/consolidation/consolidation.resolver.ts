import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ReportRoot } from '../reports/report.record';
import { HubContext } from '../context';
import { requireActor } from '../auth/actor';
import { parseId } from '../common/ids';
import { Report } from '../reports/report.entity';
import { cellRows } from '../reports/report.resolver';
import { isConsolidating } from '../reports/report.view';
import { IndicatorValueType } from '../reports/report.types';
import { ConsolidatedChildType, ConsolidatedReportType, PreviousYearType } from './consolidation.types';

@Resolver()
export class ConsolidationResolver {
  @Query(() => ConsolidatedReportType, {
    description: 'Số tổng hợp của đơn vị `unitCode` trong đợt, kèm từng đơn vị cấp dưới; bỏ trống `unitCode`: toàn quốc (quản trị, theo dõi toàn quốc).',
  })
  async consolidated(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('unitCode', () => String, { nullable: true }) unitCode: string | null,
    @Ctx() ctx: HubContext,
  ) {
    const actor = requireActor(ctx);
    const campaign = await ctx.services.campaigns.factsVisible(ctx.loaders, actor, parseId(campaignId, 'đợt báo cáo'));
    return ctx.services.consolidation.consolidated(ctx.em, ctx.loaders, actor, campaign, unitCode?.trim() || null, (r) =>
      ctx.services.reports.shown(ctx.loaders, r),
    );
  }
}

@Resolver(() => ConsolidatedReportType)
export class ConsolidatedReportResolver {
  @FieldResolver(() => String)
  unitName(@Root() consolidated: ConsolidatedReportType, @Ctx() ctx: HubContext): Promise<string> | string {
    if (consolidated.unitId == null) return 'Toàn quốc';
    return ctx.loaders.unitName.load(consolidated.unitId).then((name) => name ?? consolidated.unitCode ?? '');
  }

  @FieldResolver(() => [IndicatorValueType], { description: 'Số tổng hợp theo thứ tự biểu mẫu, kèm chỉ tiêu kế hoạch và % kế hoạch đạt được.' })
  values(@Root() consolidated: ConsolidatedReportType): Promise<IndicatorValueType[]> {
    return consolidated.figures();
  }
}

@Resolver(() => ConsolidatedChildType)
export class ConsolidatedChildResolver {
  @FieldResolver(() => String)
  async unitName(@Root() child: ConsolidatedChildType, @Ctx() ctx: HubContext): Promise<string> {
    return (await ctx.loaders.unitName.load(child.report.unit.id)) ?? child.unitCode;
  }
}

@Resolver(() => Report)
export class PreviousYearResolver {
  @FieldResolver(() => PreviousYearType, {
    description: 'Số liệu năm trước để so sánh (đợt cùng biểu mẫu một năm trước); với đơn vị mới sáp nhập: cộng các đơn vị cũ, nói rõ khi chỉ là ước tính.',
  })
  async previousYear(@Root() report: ReportRoot, @Ctx() ctx: HubContext): Promise<PreviousYearType> {
    const [previous, view] = await Promise.all([ctx.loaders.previousYear.load(report.id), ctx.services.reports.view(ctx.loaders, report)]);
    return {
      status: previous.status,
      comparable: previous.comparable,
      campaignId: previous.campaign ? String(previous.campaign.id) : null,
      campaignName: previous.campaign?.name ?? null,
      message: previous.message,
      sources: previous.sources.map((s) => ({ ...s, reportId: s.reportId == null ? null : String(s.reportId) })),
      values: previous.values.size ? cellRows(view.template, report.level, isConsolidating(view), previous.values, null) : [],
    };
  }
}
