import { Arg, Ctx, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { HubContext } from '../context';
import { requireRole } from '../auth/actor';
import { Role } from '../auth/user.entity';
import { Connection } from '../common/pagination';
import { Notification } from '../notifications/notification.entity';
import { OutboxMessage, OutboxStatus } from './outbox.entity';

@ObjectType()
export class OutboxMessageConnection extends Connection('OutboxMessage', OutboxMessage) {}

@Resolver(() => OutboxMessage)
export class OutboxResolver {
  @Query(() => OutboxMessageConnection, { description: 'Thư điện tử thông báo và trạng thái gửi, mới nhất trước (chỉ quản trị).' })
  outbox(
    @Ctx() ctx: HubContext,
    @Arg('status', () => OutboxStatus, { nullable: true }) status: OutboxStatus | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    requireRole(ctx, Role.ADMIN);
    return ctx.services.outbox.list(ctx.em, status, first, after);
  }

  @FieldResolver(() => Date, { nullable: true, description: 'Lần thử gửi tiếp theo, khi thư còn đang chờ gửi.' })
  nextAttemptAt(@Root() message: OutboxMessage): Date | null {
    return message.status === OutboxStatus.PENDING ? message.nextAttemptAt : null;
  }

  @FieldResolver(() => Notification, { description: 'Thông báo mà thư này chuyển đi.' })
  notification(@Root() message: OutboxMessage): Notification {
    return message.notification; // loaded with the page
  }
}
