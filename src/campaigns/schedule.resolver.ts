import { Arg, Ctx, Field, FieldResolver, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { HubContext } from '../context';
import { requireRole } from '../auth/actor';
import { Role } from '../auth/user.entity';
import { AdministrativeUnit, UnitLevel } from '../units/unit.entity';
import { LatePolicy } from './campaign.entity';
import { CampaignSchedule, PeriodKindGql, ScheduleDeadline } from './schedule.entity';

@InputType()
export class CreateScheduleInput {
  @Field(() => String, { description: 'Tên đợt, có thể chứa "{period}", ví dụ "Báo cáo kết quả BHYT {period}".' }) name!: string;
  @Field(() => String, { nullable: true }) documentNumber?: string | null;
  @Field(() => String) templateCode!: string;
  @Field(() => PeriodKindGql) periodKind!: PeriodKindGql;
  @Field(() => String, { nullable: true, description: 'Đơn vị gốc; bỏ trống cho toàn quốc.' }) rootUnitCode?: string | null;
  @Field(() => [UnitLevel]) levels!: UnitLevel[];
  @Field(() => [ScheduleDeadline]) deadlines!: ScheduleDeadline[];
  @Field(() => Int, { nullable: true, description: 'Mở đợt trước hạn sớm nhất bao nhiêu ngày (mặc định 30).' }) opensDaysBefore?: number | null;
  @Field(() => LatePolicy, { nullable: true }) latePolicy?: LatePolicy | null;
  @Field(() => Int, { nullable: true }) graceHours?: number | null;
  @Field(() => [Int], { nullable: true }) reminderDays?: number[] | null;
  @Field(() => Boolean, { nullable: true }) rollForwardRestDays?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Kỳ đầu tiên là kỳ chứa ngày này (YYYY-MM-DD); mặc định hôm nay.' })
  firstPeriodDay?: string | null;
}

@Resolver(() => CampaignSchedule)
export class ScheduleResolver {
  @Mutation(() => CampaignSchedule, { description: 'Tạo lịch báo cáo định kỳ; đợt của mỗi kỳ tự mở trước hạn (chỉ quản trị).' })
  createSchedule(@Arg('input', () => CreateScheduleInput) input: CreateScheduleInput, @Ctx() ctx: HubContext) {
    const actor = requireRole(ctx, Role.ADMIN);
    return ctx.services.schedules.create(ctx.em, ctx.clock, actor, input);
  }

  @Query(() => [CampaignSchedule], { description: 'Các lịch báo cáo định kỳ (chỉ quản trị).' })
  schedules(@Ctx() ctx: HubContext) {
    requireRole(ctx, Role.ADMIN);
    return ctx.services.schedules.list(ctx.em);
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true })
  rootUnit(@Root() schedule: CampaignSchedule, @Ctx() ctx: HubContext) {
    return schedule.rootUnit ? ctx.loaders.unit.load(schedule.rootUnit.id) : null;
  }
}
