import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../auth/user.entity';
import { Report } from '../reports/report.entity';
import { Campaign } from '../campaigns/campaign.entity';

export enum NotificationKind {
  /** Before a deadline, to the unit's reporters. */
  REMINDER = 'REMINDER',
  /** A report was returned, to its reporters, with the reason. */
  RETURNED = 'RETURNED',
  /** A deadline passed without a submission, to the late unit. */
  OVERDUE = 'OVERDUE',
  /** A child unit's deadline passed without a submission, to the approvers one level up. */
  CHILD_OVERDUE = 'CHILD_OVERDUE',
  /** At a level's deadline, to each monitor: every late unit in their subtree. */
  DIGEST = 'DIGEST',
  EXTENSION_REQUESTED = 'EXTENSION_REQUESTED',
  EXTENSION_GRANTED = 'EXTENSION_GRANTED',
  EXTENSION_DENIED = 'EXTENSION_DENIED',
}

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'Loại thông báo: nhắc hạn, trả lại, quá hạn, cấp dưới quá hạn, tổng hợp đơn vị chậm nộp, gia hạn.',
});

/** One notice to one person. Its dedupe key makes every notice happen once, however often a pass runs. */
@ObjectType('Notification', { description: 'Thông báo gửi tới một người dùng.' })
@Entity({ tableName: 'notification' })
@Index({ properties: ['user', 'readAt'] })
export class Notification {
  [OptionalProps]?: 'readAt' | 'report' | 'campaign';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => User)
  user!: User;

  @Field(() => NotificationKind)
  @Property({ type: 'string', length: 24 })
  kind!: NotificationKind;

  @ManyToOne(() => Report, { nullable: true })
  report?: Report | null;

  @ManyToOne(() => Campaign, { nullable: true })
  campaign?: Campaign | null;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  body!: string;

  @Field(() => Date)
  @Property({ type: Date })
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: Date, nullable: true })
  readAt: Date | null = null;

  @Property({ type: 'string', length: 200, unique: true })
  dedupeKey!: string;
}
