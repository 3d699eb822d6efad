import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * A submission or approval already carried out under a client's idempotency key: a retried request (the answer
 * was lost on a bad connection) gets the report as it now is instead of a second action or a CONFLICT.
 * Keys are per user: two people cannot collide.
 */
@Entity({ tableName: 'idempotency_record' })
@Unique({ properties: ['userId', 'key'] })
export class IdempotencyRecord {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'integer' })
  userId!: number;

  @Property({ type: 'string', length: 100 })
  key!: string;

  /** SUBMIT or APPROVE. */
  @Property({ type: 'string', length: 16 })
  operation!: string;

  @Property({ type: 'integer' })
  reportId!: number;

  /** The report's version right after the action. */
  @Property({ type: 'integer' })
  resultVersion!: number;

  @Property({ type: Date })
  createdAt!: Date;
}
