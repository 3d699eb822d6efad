import { Arg, Ctx, Field, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { HubContext } from '../context';
import { requireActor } from '../auth/actor';
import { parseId } from '../common/ids';
import { Target } from './target.entity';

@InputType({ description: 'Một chỉ tiêu giao cho một đơn vị.' })
export class TargetEntryInput {
  @Field(() => String) unitCode!: string;
  @Field(() => String, { description: 'Mã ô chỉ tiêu được giao, ví dụ COVERAGE_TARGET.' }) code!: string;
  @Field(() => Float) value!: number;
}

@InputType()
export class AssignTargetsInput {
  @Field(() => ID, { nullable: true, description: 'Giao cho một đợt báo cáo; hoặc dùng `year`.' }) campaignId?: string | null;
  @Field(() => Int, { nullable: true, description: 'Giao cho cả năm (mọi đợt của biểu mẫu trong năm đó, trừ khi đợt có chỉ tiêu riêng).' }) year?: number | null;
  @Field(() => String, { nullable: true, description: 'Bắt buộc khi giao theo năm.' }) templateCode?: string | null;
  @Field(() => [TargetEntryInput]) targets!: TargetEntryInput[];
}

@ObjectType('Target', { description: 'Chỉ tiêu kế hoạch cấp trên giao cho một đơn vị.' })
export class TargetType {
  @Field(() => String) unitCode!: string;
  @Field(() => String) unitName!: string;
  @Field(() => String) code!: string;
  @Field(() => Float) value!: number;
  @Field(() => ID, { nullable: true }) campaignId!: string | null;
  @Field(() => Int, { nullable: true }) year!: number | null;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) assignedByName!: string | null;
  @Field(() => Date) assignedAt!: Date;
}

export function toTargetType(t: Target): TargetType {
  return {
    unitCode: t.unit.code,
    unitName: t.unit.name,
    code: t.code,
    value: t.value,
    campaignId: t.campaignId == null ? null : String(t.campaignId),
    year: t.year,
    version: t.version,
    assignedByName: t.assignedByName,
    assignedAt: t.assignedAt,
  };
}

@Resolver()
export class TargetResolver {
  @Mutation(() => [TargetType], {
    description:
      'Cấp trên giao chỉ tiêu (ví dụ tỷ lệ bao phủ BHYT) cho các đơn vị trực thuộc, theo đợt báo cáo hoặc theo năm. Giao lại thì thay giá trị cũ. Tất cả hoặc không gì được lưu.',
  })
  async assignTargets(@Arg('input', () => AssignTargetsInput) input: AssignTargetsInput, @Ctx() ctx: HubContext) {
    const actor = requireActor(ctx);
    const stored = await ctx.services.targets.assign(ctx.em, ctx.clock, actor, {
      campaignId: input.campaignId != null ? parseId(input.campaignId, 'đợt báo cáo') : null,
      year: input.year ?? null,
      templateCode: input.templateCode ?? null,
      targets: input.targets,
    });
    return stored.map(toTargetType);
  }

  @Query(() => [TargetType], { description: 'Chỉ tiêu đã giao trong một đợt (hoặc một năm của biểu mẫu) cho đơn vị `unitCode` và các đơn vị trực thuộc.' })
  async targets(
    @Ctx() ctx: HubContext,
    @Arg('unitCode', () => String) unitCode: string,
    @Arg('campaignId', () => ID, { nullable: true }) campaignId: string | null,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Arg('templateCode', () => String, { nullable: true }) templateCode: string | null,
  ) {
    const actor = requireActor(ctx);
    const rows = await ctx.services.targets.list(ctx.em, actor, {
      campaignId: campaignId != null ? parseId(campaignId, 'đợt báo cáo') : null,
      year,
      templateCode,
      unitCode,
    });
    return rows.map(toTargetType);
  }
}
