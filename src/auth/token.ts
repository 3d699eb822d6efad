import { createSecretKey, KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { JwtSettings } from '../config';
import { unauthenticated } from '../common/errors';
import { Clock } from '../common/clock';

/** The only algorithm accepted; tokens signed any other way (or not at all) are refused. */
const ALGORITHM = 'HS256' as const;

export interface TokenClaims {
  sub: string;
  role: string;
  /** The account's `tokenVersion` when the token was issued. */
  ver: number;
}

export const EXPIRED_ACCESS_MESSAGE = 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.';
const INVALID_ACCESS_MESSAGE = 'Mã đăng nhập (token) không hợp lệ. Vui lòng đăng nhập lại.';
const OUTDATED_ACCESS_MESSAGE = 'Phiên đăng nhập đã kết thúc vì mật khẩu vừa được đổi hoặc tài khoản đã đăng xuất khỏi mọi thiết bị. Vui lòng đăng nhập lại.';

/**
 * The signing key as a KeyObject, built once per settings object. Given a plain string, jsonwebtoken first tries
 * to read it as a PEM public or private key on every call (two failed parses) before treating it as a secret.
 */
const keys = new WeakMap<JwtSettings, { secret: string; key: KeyObject }>();
function keyOf(settings: JwtSettings): KeyObject {
  const known = keys.get(settings);
  if (known && known.secret === settings.secret) return known.key;
  const key = createSecretKey(Buffer.from(settings.secret, 'utf8'));
  keys.set(settings, { secret: settings.secret, key });
  return key;
}

/** How many verified access tokens one hub remembers (a token is used for many requests in its 15 minutes). */
const TOKENS_KEPT = 20_000;

interface VerifiedToken {
  claims: TokenClaims;
  exp: number;
  iat: number;
  secret: string;
}

const verified = new WeakMap<JwtSettings, Map<string, VerifiedToken>>();
function verifiedTokens(settings: JwtSettings): Map<string, VerifiedToken> {
  let tokens = verified.get(settings);
  if (!tokens) verified.set(settings, (tokens = new Map()));
  return tokens;
}
function remember(settings: JwtSettings, token: string, entry: VerifiedToken): void {
  const tokens = verifiedTokens(settings);
  if (tokens.size >= TOKENS_KEPT) tokens.delete(tokens.keys().next().value!); // the oldest verified first
  tokens.set(token, entry);
}

/**
 * A short-lived access token: `sub` (the account id), `role` (informative only: the stored account decides),
 * `ver` (the account's token version), `iat`, `exp`, `iss` and `aud`.
 */
export function signAccessToken(settings: JwtSettings, clock: Clock, userId: number, role: string, tokenVersion: number): string {
  const iat = Math.floor(clock.now().getTime() / 1000);
  return jwt.sign({ role, ver: tokenVersion, iat, exp: iat + settings.ttlSeconds }, keyOf(settings), {
    algorithm: ALGORITHM,
    issuer: settings.issuer,
    audience: settings.audience,
    subject: String(userId),
  });
}

/**
 * Verifies signature, algorithm, issuer, audience and expiry (against the hub's clock). A token must carry `exp`
 * and `iat`, and may not have been issued longer ago than the configured lifetime (so lowering the lifetime
 * shortens tokens already out too). Whether its `ver` is still the account's is checked once the account is
 * loaded (`assertCurrentToken`).
 */
export function verifyAccessToken(settings: JwtSettings, clock: Clock, token: string): TokenClaims {
  const now = Math.floor(clock.now().getTime() / 1000);
  const known = verifiedTokens(settings).get(token);
  // A token already verified with this key is the same bytes under the same signature: only time can have
  // changed its standing, so expiry and lifetime are checked again and the rest is not recomputed.
  if (known && known.secret === settings.secret && now < known.exp && now < known.iat + settings.ttlSeconds) return known.claims;
  try {
    const payload = jwt.verify(token, keyOf(settings), {
      algorithms: [ALGORITHM],
      issuer: settings.issuer,
      audience: settings.audience,
      clockTimestamp: now,
      maxAge: settings.ttlSeconds,
    });
    if (typeof payload === 'string' || typeof payload.sub !== 'string' || typeof payload.exp !== 'number' || typeof payload.iat !== 'number') {
      throw new Error('malformed');
    }
    // Tokens issued before accounts had a token version carry no `ver`: they count as version 0, which a
    // password change or a sign-out from every device leaves behind like any other.
    const ver = payload.ver ?? 0;
    if (!Number.isSafeInteger(ver) || ver < 0) throw new Error('malformed');
    const claims: TokenClaims = { sub: payload.sub, role: String(payload.role ?? ''), ver };
    remember(settings, token, { claims, exp: payload.exp, iat: payload.iat, secret: settings.secret });
    return claims;
  } catch (error) {
    if (error instanceof jwt.TokenExpiredError) throw unauthenticated(EXPIRED_ACCESS_MESSAGE);
    throw unauthenticated(INVALID_ACCESS_MESSAGE);
  }
}

/** Refuses a token issued before the account's credentials last changed (password, sign-out everywhere). */
export function assertCurrentToken(user: { tokenVersion: number }, claims: TokenClaims): void {
  if (claims.ver !== (user.tokenVersion ?? 0)) throw unauthenticated(OUTDATED_ACCESS_MESSAGE);
}
