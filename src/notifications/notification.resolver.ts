import { Arg, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { localDay } from '../deadlines/deadline-rules';
import { HubContext } from '../context';
import { requireActor } from '../auth/actor';
import { Connection } from '../common/pagination';
import { parseId } from '../common/ids';
import { inTransaction } from '../common/transaction';
import { Loaders } from '../loaders';
import { Report } from '../reports/report.entity';
import { Notification } from './notification.entity';

@ObjectType()
export class NotificationConnection extends Connection('Notification', Notification) {}

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, { description: 'Thông báo của bạn, mới nhất trước.' })
  notifications(
    @Ctx() ctx: HubContext,
    @Arg('unreadOnly', () => Boolean, { defaultValue: false }) unreadOnly: boolean,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    const actor = requireActor(ctx);
    return ctx.services.notifications.list(ctx.em, actor.userId, unreadOnly, first, after);
  }

  @Query(() => Int, { description: 'Số thông báo chưa đọc.' })
  unreadNotificationCount(@Ctx() ctx: HubContext) {
    return ctx.services.notifications.unreadCount(ctx.em, requireActor(ctx).userId);
  }

  @Mutation(() => Int, { description: 'Đánh dấu đã đọc; trả về số thông báo vừa được đánh dấu.' })
  markNotificationsRead(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: HubContext) {
    const actor = requireActor(ctx);
    const parsed = ids.map((id) => parseId(id, 'thông báo'));
    return inTransaction(ctx.em, (tem) => ctx.services.notifications.markRead(tem, actor.userId, parsed, ctx.clock.now()));
  }

  @Subscription(() => Notification, {
    description: 'Mỗi thông báo mới của bạn, ngay khi được lưu. Qua WebSocket (giao thức graphql-ws) tại /graphql, gửi token trong connectionParams: { "authorization": "Bearer <token>" }.',
    subscribe: ({ context }) => {
      const ctx = context as HubContext;
      const actor = requireActor(ctx);
      return ctx.services.notifications.live(ctx.em, actor.userId, actor.tokenVersion ?? 0, () =>
        ctx.endConnection?.('Phiên đăng nhập đã kết thúc (đăng xuất hoặc đổi mật khẩu). Vui lòng đăng nhập lại.'),
      );
    },
  })
  notificationAdded(@Root() notice: Notification, @Ctx() ctx: HubContext): Notification {
    // A subscription lives long: each notice is resolved with loaders of its own, not the ones of the first.
    ctx.loaders = new Loaders(ctx.em.fork(), localDay(ctx.clock.now()), ctx.loaders.facts);
    return notice;
  }

  @FieldResolver(() => Report, { nullable: true, description: 'Báo cáo liên quan, nếu bạn được xem.' })
  async report(@Root() notification: Notification, @Ctx() ctx: HubContext) {
    if (!notification.report) return null;
    const actor = requireActor(ctx);
    try {
      return await ctx.services.reports.getVisible(ctx.loaders, actor, notification.report.id);
    } catch {
      return null;
    }
  }
}
