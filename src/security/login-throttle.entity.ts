import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * Wrong-password counts of one username or one client address, kept in the database so that every hub instance
 * counts the same guesses and a restart forgets none. Read and written only by LoginThrottle.
 */
@Entity({ tableName: 'login_throttle' })
@Unique({ properties: ['scope', 'key'] })
export class LoginThrottleEntry {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  /** USER (a username as login reads it) or CLIENT (an address). */
  @Property({ type: 'string', length: 8 })
  scope!: string;

  @Property({ type: 'string', length: 128 })
  key!: string;

  /** When the failures still inside the window happened (epoch milliseconds). */
  @Property({ type: 'json' })
  failures: number[] = [];

  @Property({ type: Date, nullable: true })
  lockedUntil: Date | null = null;

  @Index()
  @Property({ type: Date })
  updatedAt!: Date;
}
