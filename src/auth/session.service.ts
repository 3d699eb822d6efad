import { rowLock } from '../db/locks';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { raw } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import { Clock } from '../common/clock';
import { AppError, unauthenticated } from '../common/errors';
import { inTransaction } from '../common/transaction';
import { DEFAULT_REFRESH_TTL_DAYS, JwtSettings } from '../config';
import { RefreshToken, RevokedReason } from './refresh-token.entity';
import { signAccessToken } from './token';
import { User } from './user.entity';

/** What a sign-in (login, refresh, password change) hands the client. */
export interface IssuedSession {
  /** The access token (JWT), sent as "Authorization: Bearer …". */
  token: string;
  /** When the access token expires. */
  expiresAt: Date;
  /** The opaque refresh token, exchanged once for the next pair. */
  refreshToken: string;
  /** When the refresh token (and the session it belongs to) expires. */
  refreshExpiresAt: Date;
  user: User;
}

/** 32 random bytes: 256 bits, beyond guessing; base64url (43 characters) travels in JSON and headers as is. */
const REFRESH_TOKEN_BYTES = 32;
/** Longer input is no token of ours; refused before it is hashed or looked up. */
const MAX_PRESENTED_LENGTH = 256;

const EXPIRED = 'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại.';
const INVALID = 'Phiên đăng nhập không hợp lệ hoặc đã kết thúc, vui lòng đăng nhập lại.';
const REUSED =
  'Phiên đăng nhập đã bị khóa vì mã làm mới (refresh token) này đã được dùng trước đó, có thể đã bị người khác sao chép. ' +
  'Vui lòng đăng nhập lại; nếu nghi ngờ lộ mật khẩu, hãy đổi mật khẩu ngay.';
const REVOKED: Record<RevokedReason, string> = {
  [RevokedReason.LOGOUT]: 'Phiên đăng nhập đã kết thúc vì tài khoản đã đăng xuất, vui lòng đăng nhập lại.',
  [RevokedReason.LOGOUT_ALL]: 'Phiên đăng nhập đã kết thúc vì tài khoản đã đăng xuất khỏi mọi thiết bị, vui lòng đăng nhập lại.',
  [RevokedReason.PASSWORD_CHANGED]: 'Phiên đăng nhập đã kết thúc vì mật khẩu vừa được đổi, vui lòng đăng nhập lại bằng mật khẩu mới.',
  [RevokedReason.REUSE_DETECTED]: REUSED,
};

/** Only the hash of a refresh token is stored or looked up. */
export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A known token's row, or null for anything that cannot be one of ours. */
async function findPresented(em: EntityManager, presented: string | null | undefined): Promise<RefreshToken | null> {
  if (typeof presented !== 'string' || presented.length === 0 || presented.length > MAX_PRESENTED_LENGTH) return null;
  return em.findOne(RefreshToken, { tokenHash: hashRefreshToken(presented) }, { populate: ['user'] });
}

/**
 * Access tokens (short-lived JWTs) and rotating refresh tokens. Every method that writes runs inside the
 * caller's transaction, except `rotate`, which is one transaction of its own.
 */
export class SessionService {
  constructor(private readonly jwt: JwtSettings) {}

  private get refreshTtlMs(): number {
    return (this.jwt.refreshTtlDays ?? DEFAULT_REFRESH_TTL_DAYS) * 24 * 60 * 60 * 1000;
  }

  /**
   * Starts a new session (a new family) for the account: a login, or a password change for the device that
   * made it. `tokenVersion` is the account's version as of this transaction. Expired rows of the account are
   * removed on the way, which keeps the table to the sessions still alive.
   */
  async start(em: EntityManager, clock: Clock, user: User, tokenVersion: number = user.tokenVersion): Promise<IssuedSession> {
    const now = clock.now();
    await em.nativeDelete(RefreshToken, { user: user.id, expiresAt: { $lte: now } });
    return this.issue(em, clock, user, tokenVersion, randomUUID(), new Date(now.getTime() + this.refreshTtlMs));
  }

  /**
   * Exchanges a refresh token for a new pair, in one transaction. The token is claimed with one conditional
   * UPDATE (still unused, still not revoked): of two requests presenting the same token at once, exactly one
   * claims it. A token that was already exchanged (or lost that race) is a reuse: someone else may hold a copy,
   * so the whole family is revoked, and the refusal is answered only after that revocation has been committed.
   */
  async rotate(em: EntityManager, clock: Clock, presented: string): Promise<IssuedSession> {
    const outcome = await inTransaction(em, async (tem): Promise<{ issued: IssuedSession } | { refused: AppError }> => {
      const now = clock.now();
      const row = await findPresented(tem, presented);
      if (!row) return { refused: unauthenticated(INVALID) };
      if (row.revokedAt) return { refused: unauthenticated(row.revokedReason ? REVOKED[row.revokedReason] ?? INVALID : INVALID) };
      // The whole family shares this expiry: an expired token's successors are expired too, nothing to revoke.
      if (row.expiresAt.getTime() <= now.getTime()) return { refused: unauthenticated(EXPIRED) };
      // Waits for a password change or sign-out of the account in progress (they write its row), so that their
      // revocation, once committed, also sees the successor issued here.
      await lockAccount(tem, row.user.id, 'share');
      const claimed = row.usedAt == null ? await tem.nativeUpdate(RefreshToken, { id: row.id, usedAt: null, revokedAt: null }, { usedAt: now }) : 0;
      if (claimed === 0) {
        await this.revokeFamily(tem, row.familyId, now, RevokedReason.REUSE_DETECTED);
        return { refused: unauthenticated(REUSED) };
      }
      const user = row.user;
      const issued = await this.issue(tem, clock, user, user.tokenVersion, row.familyId, row.expiresAt, row.id);
      return { issued };
    });
    if ('refused' in outcome) throw outcome.refused;
    return outcome.issued;
  }

  /**
   * Ends the session a presented refresh token belongs to (its family), whatever state the token is in; an
   * unknown token changes nothing. Returns the token's account when the token was still usable (not exchanged,
   * not revoked, not expired), which is what lets it stand for its holder.
   */
  async endSessionOf(em: EntityManager, clock: Clock, presented: string): Promise<number | null> {
    const now = clock.now();
    const row = await findPresented(em, presented);
    if (!row) return null;
    const usable = row.usedAt == null && row.revokedAt == null && row.expiresAt.getTime() > now.getTime();
    // A refresh of this family running now holds the account's row shared: wait for it, then revoke its successor too.
    await lockAccount(em, row.user.id, 'no key update');
    await this.revokeFamily(em, row.familyId, now, RevokedReason.LOGOUT);
    return usable ? row.user.id : null;
  }

  /**
   * Ends every session of the account: its refresh tokens are revoked and its token version raised, so that
   * the access tokens already issued are refused at once.
   */
  async endAllSessions(em: EntityManager, clock: Clock, userId: number, reason: RevokedReason): Promise<void> {
    await em.nativeUpdate(User, { id: userId }, { tokenVersion: raw('token_version + 1') });
    await this.revokeAllRefreshTokens(em, clock, userId, reason);
  }

  /** Revokes every refresh token of the account still alive (the caller raises the token version itself). */
  async revokeAllRefreshTokens(em: EntityManager, clock: Clock, userId: number, reason: RevokedReason): Promise<number> {
    return em.nativeUpdate(RefreshToken, { user: userId, revokedAt: null }, { revokedAt: clock.now(), revokedReason: reason });
  }

  private revokeFamily(em: EntityManager, familyId: string, now: Date, reason: RevokedReason): Promise<number> {
    return em.nativeUpdate(RefreshToken, { familyId, revokedAt: null }, { revokedAt: now, revokedReason: reason });
  }

  /** An access token and a new refresh token in `familyId`; the predecessor, if any, points to it. */
  private async issue(em: EntityManager, clock: Clock, user: User, tokenVersion: number, familyId: string, refreshExpiresAt: Date, predecessorId?: number): Promise<IssuedSession> {
    const now = clock.now();
    const refreshToken = randomBytes(REFRESH_TOKEN_BYTES).toString('base64url');
    const row = em.create(RefreshToken, { user: user.id, tokenHash: hashRefreshToken(refreshToken), familyId, createdAt: now, expiresAt: refreshExpiresAt });
    await em.flush();
    if (predecessorId != null) await em.nativeUpdate(RefreshToken, { id: predecessorId }, { replacedBy: row.id });
    return {
      token: signAccessToken(this.jwt, clock, user.id, user.role, tokenVersion),
      expiresAt: new Date(now.getTime() + this.jwt.ttlSeconds * 1000),
      refreshToken,
      refreshExpiresAt,
      user,
    };
  }
}

/**
 * Locks the account's row for the rest of the transaction (PostgreSQL) and reads what sessions depend on:
 * every change to sessions of one account then happens one after another, on every instance.
 */
export async function lockAccount(em: EntityManager, userId: number, mode: 'share' | 'no key update'): Promise<{ passwordHash: string; tokenVersion: number } | null> {
  const rows: { password_hash: string; token_version: number }[] = await em.execute(
    `select password_hash, token_version from app_user where id = ?${rowLock(em, mode)}`,
    [userId],
  );
  return rows[0] ? { passwordHash: rows[0].password_hash, tokenVersion: Number(rows[0].token_version) } : null;
}
