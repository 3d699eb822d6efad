import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Notification } from '../notifications/notification.entity';

export enum OutboxStatus {
  /** Waiting for its first attempt or for a retry at `nextAttemptAt`. */
  PENDING = 'PENDING',
  /** Accepted by the mail server. */
  SENT = 'SENT',
  /** Every attempt failed; `lastError` says why the last one did. */
  FAILED = 'FAILED',
}

registerEnumType(OutboxStatus, {
  name: 'OutboxStatus',
  description: 'Trạng thái gửi thư: đang chờ gửi (hoặc chờ thử lại), đã gửi, gửi thất bại sau số lần thử tối đa.',
});

/**
 * One e-mail to send for one notice. Rows are written in the transaction that stores the notice, so a notice
 * and its e-mail exist together or not at all; the delivery worker sends them later and records the outcome.
 */
@ObjectType('OutboxMessage', { description: 'Thư điện tử thông báo chờ gửi hoặc đã gửi.' })
@Entity({ tableName: 'outbox_message' })
@Index({ properties: ['status', 'nextAttemptAt'] })
export class OutboxMessage {
  [OptionalProps]?: 'status' | 'attempts' | 'lastError' | 'sentAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer' })
  id!: number;

  /** One e-mail per notice at most. */
  @ManyToOne(() => Notification, { unique: true })
  notification!: Notification;

  @Field(() => String, { description: 'Địa chỉ người nhận.' })
  @Property({ type: 'string', length: 254, fieldName: 'to_address' })
  to!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 400 })
  subject!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  body!: string;

  @Field(() => OutboxStatus)
  @Property({ type: 'string', length: 16 })
  status: OutboxStatus = OutboxStatus.PENDING;

  @Field(() => Int, { description: 'Số lần đã thử gửi.' })
  @Property({ type: 'integer' })
  attempts = 0;

  /** Due time of the next attempt; while an attempt runs, the time after which a crashed worker's claim lapses. */
  @Property({ type: Date })
  nextAttemptAt!: Date;

  @Field(() => String, { nullable: true, description: 'Lỗi của lần thử gần nhất.' })
  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: Date, nullable: true })
  sentAt: Date | null = null;

  @Field(() => Date)
  @Property({ type: Date })
  createdAt!: Date;
}
