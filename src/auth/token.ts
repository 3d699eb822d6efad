import jwt from 'jsonwebtoken';
import { JwtSettings } from '../config';
import { unauthenticated } from '../common/errors';
import { Clock } from '../common/clock';

/** The only algorithm accepted; tokens signed any other way (or not at all) are refused. */
const ALGORITHM = 'HS256' as const;

export interface TokenClaims {
  sub: string;
  role: string;
}

export function signAccessToken(settings: JwtSettings, clock: Clock, userId: number, role: string): string {
  const iat = Math.floor(clock.now().getTime() / 1000);
  return jwt.sign({ role, iat, exp: iat + settings.ttlSeconds }, settings.secret, {
    algorithm: ALGORITHM,
    issuer: settings.issuer,
    audience: settings.audience,
    subject: String(userId),
  });
}

/** Verifies signature, algorithm, issuer, audience and expiry (against the hub's clock). */
export function verifyAccessToken(settings: JwtSettings, clock: Clock, token: string): TokenClaims {
  try {
    const payload = jwt.verify(token, settings.secret, {
      algorithms: [ALGORITHM],
      issuer: settings.issuer,
      audience: settings.audience,
      clockTimestamp: Math.floor(clock.now().getTime() / 1000),
    });
    if (typeof payload === 'string' || typeof payload.sub !== 'string' || typeof payload.exp !== 'number') {
      throw new Error('malformed');
    }
    return { sub: payload.sub, role: String(payload.role ?? '') };
  } catch (error) {
    if (error instanceof jwt.TokenExpiredError) {
      throw unauthenticated('Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.');
    }
    throw unauthenticated('Mã đăng nhập (token) không hợp lệ. Vui lòng đăng nhập lại.');
  }
}
