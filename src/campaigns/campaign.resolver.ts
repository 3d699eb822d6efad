import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { HubContext } from '../context';
import { requireActor, requireRole } from '../auth/actor';
import { Role } from '../auth/user.entity';
import { parseId } from '../common/ids';
import { AdministrativeUnit, UnitLevel } from '../units/unit.entity';
import { Report } from '../reports/report.entity';
import { TemplateType } from '../templates/template.types';
import { toTemplateType } from '../templates/template.resolver';
import { Campaign, CampaignLevel } from './campaign.entity';
import { CreateCampaignInput } from './campaign.inputs';

@ObjectType('LevelProgress', { description: 'Tình hình nộp báo cáo của một cấp trong cây đơn vị.' })
export class LevelProgressType {
  @Field(() => UnitLevel) level!: UnitLevel;
  @Field(() => Date) dueAt!: Date;
  @Field(() => Int) expected!: number;
  @Field(() => Int) draft!: number;
  @Field(() => Int) submitted!: number;
  @Field(() => Int) returned!: number;
  @Field(() => Int) approved!: number;
  @Field(() => Int) finalized!: number;
  @Field(() => Int, { description: 'Nộp lần đầu sau hạn.' }) submittedLate!: number;
  @Field(() => Int, { description: 'Quá hạn mà chưa nộp.' }) overdue!: number;
}

@ObjectType('CampaignProgress')
export class CampaignProgressType {
  @Field(() => Campaign) campaign!: Campaign;
  @Field(() => Report, { nullable: true, description: 'Báo cáo của đơn vị được xem; trống nếu cấp của đơn vị không có trong chuỗi (ví dụ huyện trong đợt hai cấp).' })
  report!: Report | null;
  @Field(() => [LevelProgressType]) levels!: LevelProgressType[];
  @Field(() => [Report], { description: 'Các báo cáo ngay dưới đơn vị trong chuỗi, với trạng thái và hạn nộp.' }) children!: Report[];
}

@Resolver(() => Campaign)
export class CampaignResolver {
  @Mutation(() => Campaign, { description: 'Mở đợt báo cáo: tạo báo cáo cho mọi đơn vị thuộc các cấp của chuỗi (chỉ quản trị).' })
  createCampaign(@Arg('input', () => CreateCampaignInput) input: CreateCampaignInput, @Ctx() ctx: HubContext) {
    const actor = requireRole(ctx, Role.ADMIN);
    return ctx.services.campaigns.create(ctx.em, ctx.clock, actor, input);
  }

  @Query(() => Campaign)
  async campaign(@Arg('id', () => ID) id: string, @Ctx() ctx: HubContext) {
    const actor = requireActor(ctx);
    return ctx.services.campaigns.getVisible(ctx.em, actor, parseId(id, 'đợt báo cáo'));
  }

  @Query(() => [Campaign], { description: 'Các đợt báo cáo liên quan tới đơn vị của bạn.' })
  campaigns(@Ctx() ctx: HubContext) {
    const actor = requireActor(ctx);
    return ctx.services.campaigns.list(ctx.em, actor);
  }

  @Query(() => CampaignProgressType, { description: 'Tiến độ của đợt báo cáo trong cây đơn vị `unitCode`: theo cấp và theo đơn vị trực thuộc.' })
  async campaignProgress(@Arg('campaignId', () => ID) campaignId: string, @Arg('unitCode', () => String) unitCode: string, @Ctx() ctx: HubContext) {
    const actor = requireActor(ctx);
    const campaign = await ctx.services.campaigns.getVisible(ctx.em, actor, parseId(campaignId, 'đợt báo cáo'));
    return ctx.services.progress.progress(ctx.em, actor, campaign, unitCode.trim(), ctx.clock.now());
  }

  @FieldResolver(() => TemplateType)
  async template(@Root() campaign: Campaign, @Ctx() ctx: HubContext) {
    const loaded = await ctx.loaders.campaign.load(campaign.id);
    return toTemplateType(loaded!.template);
  }

  @FieldResolver(() => AdministrativeUnit)
  rootUnit(@Root() campaign: Campaign, @Ctx() ctx: HubContext) {
    return ctx.loaders.unit.load(campaign.rootUnit.id);
  }

  @FieldResolver(() => [CampaignLevel], { description: 'Các cấp từ thấp lên cao, mỗi cấp một hạn nộp.' })
  async levels(@Root() campaign: Campaign, @Ctx() ctx: HubContext) {
    const loaded = await ctx.loaders.campaign.load(campaign.id);
    return loaded!.levels.getItems();
  }
}
