import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { HubContext } from '../context';
import { requireActor } from '../auth/actor';
import { parseId } from '../common/ids';
import { localDay } from '../deadlines/deadline-rules';
import { CampaignProgress } from './progress.service';
import { CampaignProgressType, OverdueReportConnection, UnitProgressType, UnitTimelinessType } from './progress.types';

/** The standing committee's dashboard: who has sent, who is late, by how much, in one round or across years. */
@Resolver(() => CampaignProgressType)
export class ProgressResolver {
  @Query(() => CampaignProgressType, { description: 'Tiến độ của đợt báo cáo trong cây đơn vị `unitCode`: theo cấp và theo đơn vị trực thuộc.' })
  async campaignProgress(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('unitCode', () => String, { nullable: true, description: 'Bỏ trống: cả đợt (cho quản trị và cán bộ theo dõi toàn quốc).' }) unitCode: string | null,
    @Ctx() ctx: HubContext,
  ) {
    const actor = requireActor(ctx);
    const campaign = await ctx.services.campaigns.getVisible(ctx.em, actor, parseId(campaignId, 'đợt báo cáo'));
    return ctx.services.progress.progress(ctx.em, actor, campaign, unitCode?.trim() || null, ctx.clock.now());
  }

  @FieldResolver(() => [UnitProgressType], {
    description:
      'Mỗi báo cáo ngay dưới đơn vị một dòng (cùng các báo cáo như `children`): trạng thái, hạn nộp, đúng hạn hay muộn, số ngày muộn; báo cáo có cấp dưới kèm số liệu nộp của cấp dưới để xem tiếp.',
  })
  units(@Root() progress: CampaignProgress, @Ctx() ctx: HubContext) {
    return ctx.services.progress.unitRows(ctx.em, progress);
  }

  @Query(() => OverdueReportConnection, {
    description:
      'Các báo cáo trong cây đơn vị `unitCode` quá hạn mà chưa nộp hoặc đã nộp muộn, nhiều ngày muộn nhất trước, rồi theo mã đơn vị.',
  })
  async overdueReports(
    @Ctx() ctx: HubContext,
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('unitCode', () => String, { nullable: true, description: 'Bỏ trống: cả đợt (cho quản trị và cán bộ theo dõi toàn quốc).' }) unitCode: string | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    const actor = requireActor(ctx);
    const campaign = await ctx.services.campaigns.getVisible(ctx.em, actor, parseId(campaignId, 'đợt báo cáo'));
    return ctx.services.progress.overdue(ctx.em, actor, campaign, unitCode?.trim() || null, ctx.clock.now(), first, after);
  }

  @Query(() => UnitTimelinessType, {
    description: 'Một đơn vị nộp báo cáo đúng hạn hay muộn qua mọi đợt báo cáo bạn được xem, đợt mới nhất trước, kèm tổng số.',
  })
  async unitTimeliness(@Arg('unitCode', () => String) unitCode: string, @Ctx() ctx: HubContext) {
    const actor = requireActor(ctx);
    const visible = await ctx.services.campaigns.list(ctx.em, actor);
    const now = ctx.clock.now();
    return ctx.services.progress.unitTimeliness(ctx.em, actor, visible, unitCode.trim(), now, localDay(now));
  }
}
