import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from './user.entity';

/** Why a refresh token was revoked (stored as text). */
export enum RevokedReason {
  /** Signed out of this device (the whole family of the token). */
  LOGOUT = 'LOGOUT',
  /** Signed out of every device. */
  LOGOUT_ALL = 'LOGOUT_ALL',
  /** The password changed: every session of the account ends. */
  PASSWORD_CHANGED = 'PASSWORD_CHANGED',
  /** A token already rotated was presented again: someone else may hold a copy, so the family ends. */
  REUSE_DETECTED = 'REUSE_DETECTED',
}

/**
 * One refresh token. The token itself is never stored, only its SHA-256 hash: a copy of the database does not
 * let anyone sign in. A login starts a family; each refresh marks the token used and issues its successor in the
 * same family, with the family's expiry (a session lasts at most the configured days after its login, however
 * often it is refreshed). A used token presented again is a theft signal and ends the whole family.
 * Rows stay until they expire, so that reuse is still recognised; expired rows of an account are removed when it
 * next signs in.
 */
@Entity({ tableName: 'refresh_token' })
@Index({ properties: ['familyId'] })
@Index({ properties: ['user', 'revokedAt'] })
export class RefreshToken {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => User)
  user!: User;

  /** SHA-256 of the token, hexadecimal. */
  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  /** Shared by the tokens of one sign-in (the login and its rotations). */
  @Property({ type: 'string', length: 36 })
  familyId!: string;

  @Property({ type: Date })
  createdAt!: Date;

  @Property({ type: Date })
  expiresAt!: Date;

  /** When it was exchanged for its successor; a token is exchanged once. */
  @Property({ type: Date, nullable: true })
  usedAt?: Date | null;

  @Property({ type: Date, nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'string', length: 24, nullable: true })
  revokedReason?: RevokedReason | null;

  /** Id of the token issued in exchange for this one. */
  @Property({ type: 'integer', nullable: true })
  replacedBy?: number | null;
}
