import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { HubContext } from '../context';
import { requireActor, requireRole } from '../auth/actor';
import { Role } from '../auth/user.entity';
import { parseId } from '../common/ids';
import { AdministrativeUnit } from '../units/unit.entity';
import { TemplateType } from '../templates/template.types';
import { toTemplateType } from '../templates/template.resolver';
import { Campaign, CampaignLevel } from './campaign.entity';
import { CreateCampaignInput } from './campaign.inputs';

// The progress types live with the progress feature (src/progress); kept reachable from here for older imports.
export { CampaignProgressType, LevelProgressType } from '../progress/progress.types';

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

  @FieldResolver(() => TemplateType)
  async template(@Root() campaign: Campaign, @Ctx() ctx: HubContext) {
    const loaded = await ctx.loaders.campaign.load(campaign.id);
    return toTemplateType(loaded!.template);
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: 'Đơn vị gốc; trống với đợt toàn quốc.' })
  rootUnit(@Root() campaign: Campaign, @Ctx() ctx: HubContext) {
    return campaign.rootUnit ? ctx.loaders.unit.load(campaign.rootUnit.id) : null;
  }

  @FieldResolver(() => [CampaignLevel], { description: 'Các cấp từ thấp lên cao, mỗi cấp một hạn nộp.' })
  async levels(@Root() campaign: Campaign, @Ctx() ctx: HubContext) {
    const loaded = await ctx.loaders.campaign.load(campaign.id);
    return loaded!.levels.getItems();
  }
}
