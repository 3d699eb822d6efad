import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Report } from '../reports/report.entity';

export enum ExtensionStatus {
  PENDING = 'PENDING',
  GRANTED = 'GRANTED',
  DENIED = 'DENIED',
}

registerEnumType(ExtensionStatus, { name: 'ExtensionStatus', description: 'Đề nghị gia hạn: chờ xử lý, được chấp thuận, bị từ chối.' });

/** A unit's request to move its report's deadline, and the decision of the level above. */
@ObjectType('ExtensionRequest', { description: 'Đề nghị gia hạn nộp báo cáo.' })
@Entity({ tableName: 'extension_request' })
export class ExtensionRequest {
  [OptionalProps]?: 'status' | 'decidedAt' | 'decidedByName' | 'decisionNote' | 'grantedUntil' | 'decidedById';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Report, { index: true })
  report!: Report;

  @Property({ type: 'integer' })
  requestedById!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  requestedByName!: string;

  @Field(() => Date)
  @Property({ type: Date })
  requestedAt!: Date;

  @Field(() => Date, { description: 'Hạn mới được đề nghị.' })
  @Property({ type: Date })
  until!: Date;

  @Field(() => String)
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => ExtensionStatus)
  @Property({ type: 'string', length: 10 })
  status: ExtensionStatus = ExtensionStatus.PENDING;

  @Property({ type: 'integer', nullable: true })
  decidedById: number | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  decidedByName: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: Date, nullable: true })
  decidedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Ý kiến khi chấp thuận hoặc lý do từ chối.' })
  @Property({ type: 'text', nullable: true })
  decisionNote: string | null = null;

  @Field(() => Date, { nullable: true, description: 'Hạn được chấp thuận (có thể khác hạn đề nghị).' })
  @Property({ type: Date, nullable: true })
  grantedUntil: Date | null = null;
}
