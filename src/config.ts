import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LogLevel, parseLogLevel } from './observability/logger';
import { dialectOf } from './db/orm';
import { wholeNumberSetting } from './common/settings';

export interface JwtSettings {
  secret: string;
  issuer: string;
  audience: string;
  /** Lifetime of an access token, in seconds (short: a stolen one is useful for minutes, not days). */
  ttlSeconds: number;
  /**
   * Lifetime of a sign-in session, in days: a refresh token and those it is rotated into all expire this long
   * after the login that started them. Absent: 30.
   */
  refreshTtlDays?: number;
}

/** Where e-mail notices go out; absent, no e-mail is queued or sent. */
export interface SmtpSettings {
  /** e.g. smtp://user:pass@mail.example.vn:587 (STARTTLS when offered) or smtps://…:465 */
  url: string;
  /** The From header of every notice. */
  from: string;
}

export const DEFAULT_MAIL_FROM = 'Hệ thống báo cáo BHYT <no-reply@localhost>';

export interface HubConfig {
  port: number;
  databaseUrl: string;
  jwt: JwtSettings;
  seedDemo: boolean;
  /** Seconds between deadline scheduler passes; 0 runs none on a timer (tests drive passes themselves). */
  schedulerIntervalSeconds: number;
  admin: { username: string; password: string } | null;
  /** E-mail delivery of notices; null or absent: in-app notices only. */
  smtp?: SmtpSettings | null;
  /** Answer __schema / __type queries. Absent: on, except when NODE_ENV is production. */
  introspection?: boolean;
  /**
   * Which proxies' X-Forwarded-For to believe for the client's address (express's "trust proxy": false, a hop
   * count, or names such as "loopback"). Absent: "loopback", since the hub listens on 127.0.0.1 only and is reached
   * through a local reverse proxy; the address feeds the per-client login limit.
   */
  trustProxy?: boolean | number | string;
  /** Level of the JSON logs (LOG_LEVEL); absent: "info". */
  logLevel?: LogLevel;
  /** When set, GET /metrics answers only a request with `Authorization: Bearer <token>`. */
  metricsToken?: string | null;
  /**
   * Requests worked on at once (MAX_ACTIVE_REQUESTS) and allowed to wait (MAX_WAITING_REQUESTS); see
   * src/security/admission.ts. Absent: 2 at once on SQLite, the connection pool's size on PostgreSQL; 1000 waiting.
   */
  admission?: { maxActive?: number; maxWaiting?: number };
}

/** Introspection unless configured otherwise or running in production. */
export function introspectionEnabled(config: HubConfig, env: NodeJS.ProcessEnv = process.env): boolean {
  return config.introspection ?? env.NODE_ENV !== 'production';
}

function trustProxy(value: string | undefined): boolean | number | string {
  const text = value?.trim();
  if (!text) return 'loopback';
  if (['false', '0', 'no', 'off'].includes(text.toLowerCase())) return false;
  if (/^\d+$/.test(text)) return Number(text);
  return text;
}

export const JWT_ISSUER = 'bhyt-reporting-hub';
export const JWT_AUDIENCE = 'bhyt-reporting-hub/graphql';
const DEFAULT_TTL_SECONDS = 15 * 60;
export const DEFAULT_REFRESH_TTL_DAYS = 30;

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return !['false', '0', 'no', 'off'].includes(value.trim().toLowerCase());
}

/** The secret from JWT_SECRET, or one generated once and kept beside the database file (mode 600). */
function jwtSecret(env: NodeJS.ProcessEnv, databaseUrl: string): string {
  if (env.JWT_SECRET) {
    if (env.JWT_SECRET.length < 32) throw new Error('JWT_SECRET phải dài ít nhất 32 ký tự.');
    return env.JWT_SECRET;
  }
  if (databaseUrl === ':memory:') return randomBytes(48).toString('base64url');
  // On PostgreSQL several instances serve one database: they must all sign with the one secret given to them.
  if (dialectOf(databaseUrl) === 'postgresql') throw new Error('Khi dùng PostgreSQL (DATABASE_URL) phải đặt JWT_SECRET chung cho mọi máy chủ.');
  const file = join(dirname(databaseUrl), 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): HubConfig {
  const port = env.PORT ? Number(env.PORT) : 4000;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT không hợp lệ: ${env.PORT}`);
  const databaseUrl = env.DATABASE_URL || './data/hub.sqlite';
  // JWT_TTL_SECONDS is the older name of ACCESS_TOKEN_TTL_SECONDS, still read so existing setups keep their value.
  const ttlVariable = env.ACCESS_TOKEN_TTL_SECONDS ? 'ACCESS_TOKEN_TTL_SECONDS' : 'JWT_TTL_SECONDS';
  const ttlText = env[ttlVariable];
  const ttlSeconds = ttlText ? Number(ttlText) : DEFAULT_TTL_SECONDS;
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < 60) throw new Error(`${ttlVariable} phải là số giây (≥ 60): ${ttlText}`);
  const refreshTtlDays = env.REFRESH_TOKEN_TTL_DAYS ? Number(env.REFRESH_TOKEN_TTL_DAYS) : DEFAULT_REFRESH_TTL_DAYS;
  if (!Number.isInteger(refreshTtlDays) || refreshTtlDays < 1 || refreshTtlDays > 365) {
    throw new Error(`REFRESH_TOKEN_TTL_DAYS phải là số ngày (1–365): ${env.REFRESH_TOKEN_TTL_DAYS}`);
  }
  const admin =
    env.ADMIN_USERNAME && env.ADMIN_PASSWORD ? { username: env.ADMIN_USERNAME, password: env.ADMIN_PASSWORD } : null;
  return {
    port,
    databaseUrl,
    jwt: {
      secret: jwtSecret(env, databaseUrl),
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      ttlSeconds,
      refreshTtlDays,
    },
    seedDemo: flag(env.SEED_DEMO, true),
    schedulerIntervalSeconds: env.SCHEDULER_INTERVAL_SECONDS ? Number(env.SCHEDULER_INTERVAL_SECONDS) : 60,
    admin,
    smtp: smtpSettings(env),
    introspection: flag(env.INTROSPECTION, env.NODE_ENV !== 'production'),
    trustProxy: trustProxy(env.TRUST_PROXY),
    logLevel: parseLogLevel(env.LOG_LEVEL),
    metricsToken: env.METRICS_TOKEN?.trim() || null,
    admission: {
      maxActive: wholeNumberSetting(env, 'MAX_ACTIVE_REQUESTS', 1, 1000),
      maxWaiting: wholeNumberSetting(env, 'MAX_WAITING_REQUESTS', 1, 100_000),
    },
  };
}

function smtpSettings(env: NodeJS.ProcessEnv): SmtpSettings | null {
  const url = env.SMTP_URL?.trim();
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('SMTP_URL không hợp lệ: cần dạng smtp://user:pass@host:587 hoặc smtps://user:pass@host:465.');
  }
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') {
    throw new Error(`SMTP_URL phải bắt đầu bằng smtp:// hoặc smtps:// (đang là ${parsed.protocol}//).`);
  }
  return { url, from: env.MAIL_FROM?.trim() || DEFAULT_MAIL_FROM };
}
