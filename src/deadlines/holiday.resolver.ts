import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { HubContext } from '../context';
import { requireActor, requireRole } from '../auth/actor';
import { Role } from '../auth/user.entity';
import { inTransaction } from '../common/transaction';
import { PublicHoliday } from './holiday.entity';

@Resolver(() => PublicHoliday)
export class HolidayResolver {
  @Query(() => [PublicHoliday], {
    description: 'Các ngày nghỉ lễ, Tết (kể cả nghỉ bù, nghỉ hoán đổi) trong một năm, theo thứ tự ngày. Thứ Bảy, Chủ nhật luôn là ngày nghỉ; chúng chỉ có trong danh sách khi nằm trong một đợt nghỉ lễ, Tết.',
  })
  async holidays(@Arg('year', () => Int, { description: 'Năm dương lịch, ví dụ 2021.' }) year: number, @Ctx() ctx: HubContext) {
    requireActor(ctx);
    return ctx.services.holidays.list(ctx.em, year);
  }

  @Query(() => Date, {
    description:
      'Hạn nộp sau khi áp dụng Điều 148 Bộ luật Dân sự với lịch nghỉ hiện hành: nếu ngày cuối của thời hạn là thứ Bảy, Chủ nhật hoặc ngày nghỉ lễ thì hạn lùi đến hết ngày làm việc kế tiếp; nếu không, giữ nguyên.',
  })
  async nextWorkingDeadline(
    @Arg('dueAt', () => Date, { description: 'Hạn nộp (thời điểm), ví dụ "2021-02-14T00:00:00+07:00" cho "trước ngày 14/02/2021".' }) dueAt: Date,
    @Ctx() ctx: HubContext,
  ) {
    requireActor(ctx);
    return ctx.services.holidays.nextWorkingDeadline(ctx.em, dueAt);
  }

  @Mutation(() => PublicHoliday, {
    description: 'Thêm một ngày nghỉ, đổi tên ngày nghỉ đã có, hoặc khôi phục ngày nghỉ đã bỏ (chỉ quản trị).',
  })
  async setHoliday(
    @Arg('date', () => String, { description: 'Ngày nghỉ, dạng YYYY-MM-DD.' }) date: string,
    @Arg('name', () => String, { description: 'Tên ngày nghỉ, ví dụ "Nghỉ bù Tết Nguyên đán".' }) name: string,
    @Ctx() ctx: HubContext,
  ) {
    requireRole(ctx, Role.ADMIN);
    return inTransaction(ctx.em, (tem) => ctx.services.holidays.set(tem, date, name, ctx.clock));
  }

  @Mutation(() => Boolean, {
    description: 'Bỏ một ngày khỏi danh sách ngày nghỉ (chỉ quản trị); ngày có sẵn đã bỏ sẽ không được tự thêm lại khi khởi động.',
  })
  async removeHoliday(@Arg('date', () => String, { description: 'Ngày cần bỏ, dạng YYYY-MM-DD.' }) date: string, @Ctx() ctx: HubContext) {
    requireRole(ctx, Role.ADMIN);
    await inTransaction(ctx.em, (tem) => ctx.services.holidays.remove(tem, date, ctx.clock));
    return true;
  }
}
