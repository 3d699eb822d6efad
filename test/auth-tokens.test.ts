import { createHash, createHmac, generateKeyPairSync } from 'node:crypto';
import { print } from 'graphql';
import jwt from 'jsonwebtoken';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { EntityManager } from '@mikro-orm/knex';
import { loadConfig } from '../src/config';
import { RefreshToken } from '../src/auth/refresh-token.entity';
import {
  ChangePasswordDocument,
  CreateUserDocument,
  LoginSessionDocument,
  LoginSessionMutation,
  LogoutDocument,
  MeDocument,
  RefreshSessionDocument,
} from './generated/graphql';
import { ADMIN, CheckedClient, codes, GraphQLErrorShape, GraphQLResult, startTestHub, TestHub } from './support/harness';

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;
const PASSWORD = 'mat-khau-can-bo-2024';
const NEW_PASSWORD = 'mat-khau-moi-sau-khi-doi-2025';

type Session = LoginSessionMutation['login'];

const b64url = (value: object) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
const decode = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('token settings', () => {
  it('access tokens live 15 minutes and sessions 30 days by default; both can be configured', () => {
    const base = { DATABASE_URL: ':memory:', JWT_SECRET: 'x'.repeat(40) };
    expect(loadConfig(base).jwt).toMatchObject({ ttlSeconds: 900, refreshTtlDays: 30 });
    expect(loadConfig({ ...base, ACCESS_TOKEN_TTL_SECONDS: '300', REFRESH_TOKEN_TTL_DAYS: '7' }).jwt).toMatchObject({ ttlSeconds: 300, refreshTtlDays: 7 });
    // the older variable is still read
    expect(loadConfig({ ...base, JWT_TTL_SECONDS: '600' }).jwt.ttlSeconds).toBe(600);
    expect(() => loadConfig({ ...base, ACCESS_TOKEN_TTL_SECONDS: '10' })).toThrow(/ACCESS_TOKEN_TTL_SECONDS/);
    expect(() => loadConfig({ ...base, REFRESH_TOKEN_TTL_DAYS: '0' })).toThrow(/REFRESH_TOKEN_TTL_DAYS/);
  });
});

describe('access and refresh tokens', () => {
  let t: TestHub;
  let client: CheckedClient;
  let users = 0;

  beforeAll(async () => {
    t = await startTestHub({ tokenTtlSeconds: 15 * 60 });
    client = new CheckedClient(t);
  });
  afterAll(() => t.close());

  /** The tests move the clock by weeks: the admin signs in afresh whenever needed. */
  const adminToken = () => t.login(ADMIN.username, ADMIN.password);

  /** A new account of its own for each test (a national monitor: no unit needed), so tests do not share sessions. */
  async function newUser(): Promise<{ username: string; id: string }> {
    const username = `can.bo.${++users}`;
    const created = await t.ok(CreateUserDocument, { input: { username, password: PASSWORD, role: 'MONITOR' } }, await adminToken());
    return { username, id: created.createUser.id };
  }

  async function login(username: string, password = PASSWORD): Promise<Session> {
    return (await t.ok(LoginSessionDocument, { username, password })).login;
  }

  const refresh = (refreshToken: string) => client.send(RefreshSessionDocument, { refreshToken }, null);
  const refreshed = async (refreshToken: string) => {
    const result = await refresh(refreshToken);
    expect(result.errors).toBeUndefined();
    return result.data!.refreshToken;
  };
  const refused = (result: GraphQLResult<unknown>, field: string) => {
    expect(codes(result)).toEqual(['UNAUTHENTICATED']);
    expect((result.data as Record<string, unknown> | null | undefined)?.[field] ?? null).toBeNull();
    return result.errors![0].message;
  };
  const meRefused = (token: string) => client.refused(MeDocument, {}, token, 'UNAUTHENTICATED', 'me');
  const meOk = async (token: string, username: string) => expect((await t.ok(MeDocument, {}, token)).me.username).toBe(username);

  async function familyOf(refreshToken: string): Promise<RefreshToken[]> {
    const em = t.hub.orm.em.fork() as EntityManager;
    const row = await em.findOneOrFail(RefreshToken, { tokenHash: sha256(refreshToken) });
    return em.find(RefreshToken, { familyId: row.familyId }, { orderBy: { id: 'asc' } });
  }

  it('login returns a 15-minute access token and an opaque refresh token, stored only as its hash', async () => {
    const { username, id } = await newUser();
    const now = t.clock.now().getTime();
    const session = await login(username);
    expect(session.user).toMatchObject({ id, username });
    expect(session.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes, base64url
    expect(new Date(session.expiresAt).getTime()).toBe(now + 15 * MINUTE);
    expect(new Date(session.refreshExpiresAt).getTime()).toBe(now + 30 * DAY);
    const claims = decode(session.token);
    expect(claims).toMatchObject({ sub: id, ver: 0, iss: t.config.jwt.issuer, aud: t.config.jwt.audience });
    expect((claims.exp as number) - (claims.iat as number)).toBe(15 * 60);
    expect(JSON.parse(Buffer.from(session.token.split('.')[0], 'base64url').toString())).toMatchObject({ alg: 'HS256' });

    const [row] = await familyOf(session.refreshToken);
    expect(row).toMatchObject({ tokenHash: sha256(session.refreshToken), usedAt: null, revokedAt: null, replacedBy: null });
    expect(JSON.stringify(row)).not.toContain(session.refreshToken);
    // Two logins are two sessions: two families, two different tokens.
    const other = await login(username);
    expect(other.refreshToken).not.toBe(session.refreshToken);
    expect((await familyOf(other.refreshToken))[0].familyId).not.toBe(row.familyId);
  });

  it('the access token expires after 15 minutes on the hub clock; the refresh token then gives a new pair', async () => {
    const { username } = await newUser();
    const session = await login(username);
    t.clock.advance(15 * MINUTE - 1000);
    await meOk(session.token, username);
    t.clock.advance(1000);
    const expired = await meRefused(session.token);
    expect(expired.errors![0].message).toContain('hết hạn');

    const next = await refreshed(session.refreshToken);
    expect(next.token).not.toBe(session.token);
    expect(next.refreshToken).not.toBe(session.refreshToken);
    expect(new Date(next.expiresAt).getTime()).toBe(t.clock.now().getTime() + 15 * MINUTE);
    // Refreshing does not stretch the session: it ends 30 days after the login.
    expect(next.refreshExpiresAt).toBe(session.refreshExpiresAt);
    await meOk(next.token, username);
  });

  it('a refresh token works once; presenting it again ends the whole session (theft signal)', async () => {
    const { username } = await newUser();
    const first = await login(username);
    const elsewhere = await login(username); // another device, another session
    const second = await refreshed(first.refreshToken);
    const third = await refreshed(second.refreshToken);

    const [r1, r2, r3] = await familyOf(third.refreshToken);
    expect(r1.usedAt).toEqual(t.clock.now());
    expect(r1.replacedBy).toBe(r2.id);
    expect(r2.replacedBy).toBe(r3.id);
    expect(r3).toMatchObject({ usedAt: null, revokedAt: null });

    // The old token comes back (a copy someone kept): refused, and the family is revoked.
    const reuse = refused(await refresh(first.refreshToken), 'refreshToken');
    expect(reuse).toMatch(/đã được dùng trước đó.*đăng nhập lại/);
    const revoked = await familyOf(third.refreshToken);
    expect(revoked.map((r) => r.revokedReason)).toEqual(['REUSE_DETECTED', 'REUSE_DETECTED', 'REUSE_DETECTED']);
    // The newest token of that family, which the thief or the owner holds, is dead too.
    refused(await refresh(third.refreshToken), 'refreshToken');
    refused(await refresh(second.refreshToken), 'refreshToken');
    // The other device's session is untouched.
    await refreshed(elsewhere.refreshToken);
  });

  it('a session expires 30 days after its login, however often it was refreshed', async () => {
    const { username } = await newUser();
    const idle = await login(username);
    const active = await login(username);
    t.clock.advance(29 * DAY);
    const late = await refreshed(active.refreshToken);
    t.clock.advance(1 * DAY - 1000);
    const last = await refreshed(late.refreshToken);
    t.clock.advance(1000);
    expect(refused(await refresh(last.refreshToken), 'refreshToken')).toBe('Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại.');
    expect(refused(await refresh(idle.refreshToken), 'refreshToken')).toBe('Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại.');
    // Expired rows go when the account signs in again; the new session works.
    const again = await login(username);
    const em = t.hub.orm.em.fork() as EntityManager;
    expect(await em.count(RefreshToken, { tokenHash: { $in: [idle.refreshToken, last.refreshToken].map(sha256) } })).toBe(0);
    await refreshed(again.refreshToken);
  });

  it('logout ends the session of a refresh token; the short-lived access token runs out on its own', async () => {
    const { username } = await newUser();
    const session = await login(username);
    const other = await login(username);
    expect((await t.ok(LogoutDocument, { refreshToken: session.refreshToken }, session.token)).logout).toBe(true);
    expect(refused(await refresh(session.refreshToken), 'refreshToken')).toContain('đã đăng xuất');
    expect((await familyOf(session.refreshToken))[0].revokedReason).toBe('LOGOUT');
    await meOk(session.token, username); // documented: valid until it expires (≤ 15 minutes)
    // Signing out again, or with an unknown token, is no error and tells nothing.
    expect((await t.ok(LogoutDocument, { refreshToken: session.refreshToken })).logout).toBe(true);
    expect((await t.ok(LogoutDocument, { refreshToken: 'khong-phai-ma-lam-moi' })).logout).toBe(true);
    // Without an access token, the refresh token alone signs its session out (an expired access token does not stop it).
    t.clock.advance(16 * MINUTE);
    expect((await t.ok(LogoutDocument, { refreshToken: other.refreshToken }, other.token)).logout).toBe(true);
    refused(await refresh(other.refreshToken), 'refreshToken');
    // Nothing to sign out of.
    await client.refused(LogoutDocument, {}, null, 'BAD_USER_INPUT', 'logout');
    await client.refused(LogoutDocument, { allDevices: true }, null, 'UNAUTHENTICATED', 'logout');
  });

  it('logout from every device revokes every refresh token and every access token of the account', async () => {
    const { username } = await newUser();
    const laptop = await login(username);
    const phone = await login(username);
    const bystander = await newUser();
    const theirs = await login(bystander.username);
    expect((await t.ok(LogoutDocument, { allDevices: true }, laptop.token)).logout).toBe(true);
    for (const s of [laptop, phone]) {
      await meRefused(s.token);
      expect(refused(await refresh(s.refreshToken), 'refreshToken')).toContain('mọi thiết bị');
    }
    await meOk(theirs.token, bystander.username);
    const theirsNext = await refreshed(theirs.refreshToken);
    // A refresh token still usable stands for its holder without an access token…
    expect((await t.ok(LogoutDocument, { refreshToken: theirsNext.refreshToken, allDevices: true })).logout).toBe(true);
    await meRefused(theirsNext.token);
    // …a used one does not (its session still ends).
    const again1 = await login(bystander.username);
    const again2 = await refreshed(again1.refreshToken);
    await client.refused(LogoutDocument, { refreshToken: again1.refreshToken, allDevices: true }, null, 'UNAUTHENTICATED', 'logout');
    await meOk(again2.token, bystander.username);
    refused(await refresh(again2.refreshToken), 'refreshToken');
    // The account signs in again normally.
    const again = await login(username);
    await meOk(again.token, username);
    expect(decode(again.token).ver).toBe(1);
  });

  it('changing the password ends every session, including access tokens already issued', async () => {
    const { username } = await newUser();
    const laptop = await login(username);
    const phone = await login(username);
    const rotated = await refreshed(phone.refreshToken);

    const wrong = await client.refused(ChangePasswordDocument, { currentPassword: 'sai-mat-khau-hien-tai', newPassword: NEW_PASSWORD }, laptop.token, 'BAD_USER_INPUT', 'changePassword');
    expect(wrong.errors![0].message).toBe('Mật khẩu hiện tại không đúng.');
    await client.refused(ChangePasswordDocument, { currentPassword: PASSWORD, newPassword: 'ngan' }, laptop.token, 'BAD_USER_INPUT', 'changePassword');
    await client.refused(ChangePasswordDocument, { currentPassword: PASSWORD, newPassword: PASSWORD }, laptop.token, 'BAD_USER_INPUT', 'changePassword');
    await client.refused(ChangePasswordDocument, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD }, null, 'UNAUTHENTICATED', 'changePassword');
    // Refusals changed nothing.
    await meOk(laptop.token, username);

    const changed = (await t.ok(ChangePasswordDocument, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD }, laptop.token)).changePassword;
    expect(decode(changed.token).ver).toBe(1);
    for (const token of [laptop.token, phone.token, rotated.token]) {
      const answer = await meRefused(token);
      expect(answer.errors![0].message).toContain('mật khẩu vừa được đổi');
    }
    for (const refreshToken of [laptop.refreshToken, rotated.refreshToken]) {
      expect(refused(await refresh(refreshToken), 'refreshToken')).toContain('mật khẩu vừa được đổi');
    }
    // The device that changed it goes on with its new pair; the old password no longer signs in.
    await meOk(changed.token, username);
    await meOk((await refreshed(changed.refreshToken)).token, username);
    await client.refused(LoginSessionDocument, { username, password: PASSWORD }, null, 'UNAUTHENTICATED', 'login');
    await meOk((await login(username, NEW_PASSWORD)).token, username);
  });

  it('two refreshes racing with one token: exactly one succeeds, the other is the reuse case', async () => {
    const { username } = await newUser();
    for (let round = 0; round < 5; round++) {
      const session = await login(username);
      const results = await Promise.all(Array.from({ length: round === 0 ? 2 : 4 }, () => refresh(session.refreshToken)));
      const winners = results.filter((r) => !r.errors);
      const losers = results.filter((r) => r.errors);
      expect(winners).toHaveLength(1);
      for (const loser of losers) refused(loser, 'refreshToken');
      // One successor was issued, and the family was revoked for the reuse.
      const family = await familyOf(session.refreshToken);
      expect(family).toHaveLength(2);
      expect(family.every((r) => r.revokedReason === 'REUSE_DETECTED')).toBe(true);
      refused(await refresh(winners[0].data!.refreshToken.refreshToken), 'refreshToken');
    }
  });

  describe('forged and broken access tokens are refused with UNAUTHENTICATED, no data and no stack', () => {
    let victim: { username: string; id: string };
    let session: Session;
    let adminId: string;
    const now = () => Math.floor(t.clock.now().getTime() / 1000);
    const claims = (sub: string, extra: Record<string, unknown> = {}) => ({ sub, role: 'ADMIN', ver: 0, iat: now(), exp: now() + 900, iss: t.config.jwt.issuer, aud: t.config.jwt.audience, ...extra });
    /** Signs header and claims with HMAC-SHA256 under `key`, whatever the header says. */
    const hmac = (header: object, payload: object, key: string) => {
      const body = `${b64url(header)}.${b64url(payload)}`;
      return `${body}.${createHmac('sha256', key).update(body).digest('base64url')}`;
    };

    beforeAll(async () => {
      victim = await newUser();
      session = await login(victim.username);
      adminId = (await t.ok(MeDocument, {}, await adminToken())).me.id;
    });

    it('the forging is right: the same claims signed properly pass', async () => {
      await meOk(hmac({ alg: 'HS256', typ: 'JWT' }, claims(victim.id), t.config.jwt.secret), victim.username);
    });

    it('alg none, unsigned', async () => {
      const unsigned = `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(claims(adminId))}`;
      for (const token of [`${unsigned}.`, unsigned, `${b64url({ alg: 'NONE' })}.${b64url(claims(adminId))}.`]) await meRefused(token);
    });

    it('key confusion: RS256 and ES256 tokens, HS256 under another secret, HS512 under the right one', async () => {
      const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
      const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      await meRefused(jwt.sign(claims(adminId), rsa.privateKey, { algorithm: 'RS256' }));
      await meRefused(jwt.sign(claims(adminId), ec.privateKey, { algorithm: 'ES256' }));
      // An asymmetric header over an HMAC made with the hub's own secret (the classic confusion attempt).
      await meRefused(hmac({ alg: 'RS256', typ: 'JWT' }, claims(adminId), t.config.jwt.secret));
      await meRefused(hmac({ alg: 'ES256', typ: 'JWT' }, claims(adminId), t.config.jwt.secret));
      await meRefused(hmac({ alg: 'HS256', typ: 'JWT' }, claims(adminId), 'mot-bi-mat-khac-hoan-toan-0123456789abcdef'));
      await meRefused(jwt.sign(claims(adminId), t.config.jwt.secret, { algorithm: 'HS512' }));
      await meRefused(jwt.sign(claims(adminId), t.config.jwt.secret, { algorithm: 'HS384' }));
    });

    it('expired, wrong audience, wrong issuer, missing exp or iat, issued too long ago, a version not the account’s', async () => {
      const secret = t.config.jwt.secret;
      const sign = (payload: object) => hmac({ alg: 'HS256', typ: 'JWT' }, payload, secret);
      expect((await meRefused(sign(claims(victim.id, { iat: now() - 1000, exp: now() - 100 })))).errors![0].message).toContain('hết hạn');
      await meRefused(sign(claims(victim.id, { aud: 'mot-dich-vu-khac' })));
      await meRefused(sign(claims(victim.id, { iss: 'mot-noi-cap-khac' })));
      const { exp: _exp, ...noExp } = claims(victim.id);
      await meRefused(sign(noExp));
      const { iat: _iat, ...noIat } = claims(victim.id);
      await meRefused(sign(noIat));
      // Signed with the right key but claiming a lifetime of a year, from a year ago.
      await meRefused(sign(claims(victim.id, { iat: now() - 365 * 86_400, exp: now() + 86_400 })));
      await meRefused(sign(claims(victim.id, { ver: 7 })));
      await meRefused(sign(claims(victim.id, { ver: '0' })));
      await meRefused(sign(claims(victim.id, { nbf: now() + 3600 })));
    });

    it('a tampered payload keeps its old signature and fails: role to ADMIN, sub to another account', async () => {
      const [header, payload, signature] = session.token.split('.');
      const original = decode(session.token);
      for (const changed of [{ ...original, role: 'ADMIN' }, { ...original, sub: adminId }, { ...original, exp: (original.exp as number) + 86_400 }, { ...original, ver: 1 }]) {
        await meRefused(`${header}.${b64url(changed)}.${signature}`);
      }
      await meOk(session.token, victim.username); // untouched, it passes
    });

    it('garbage, an empty Bearer, a very long header; a refresh token as access token and the reverse', async () => {
      const garbage = ['abc', 'a.b.c', '..', '...', 'null', '{}', 'Bearer', 'ey.ey.ey', '%00%00', '\u00e9.\u00e8.\u00ea', Buffer.from('x'.repeat(300)).toString('base64'), `${session.token}x`, session.token.split('.').slice(0, 2).join('.')];
      for (const token of garbage) await meRefused(token);
      for (const authorization of ['Bearer', 'Bearer ', 'Bearer  ', `Bearer ${'A'.repeat(12_000)}`, `Bearer ${'eyJ'.repeat(3000)}.${'A'.repeat(2000)}.x`]) {
        const response = await fetch(t.hub.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: JSON.stringify({ query: print(MeDocument) }) });
        const text = await response.text();
        const body = JSON.parse(text) as { data?: { me: unknown } | null; errors?: GraphQLErrorShape[] };
        client.expectCleanErrors(body);
        expect([authorization.slice(0, 20), codes({ ...body, status: response.status })]).toEqual([authorization.slice(0, 20), ['UNAUTHENTICATED']]);
        expect(body.data?.me ?? null).toBeNull();
        expect(text).not.toMatch(/stacktrace|node_modules|\.ts:\d+/);
      }
      // A header beyond what the HTTP server reads at all is cut off before the hub, with no body to leak.
      const huge = await fetch(t.hub.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${'A'.repeat(70_000)}` }, body: JSON.stringify({ query: print(MeDocument) }) });
      expect(huge.status).toBe(431);
      expect(await huge.text()).not.toMatch(/stacktrace|node_modules|\.ts:\d+/);

      const fresh = await login(victim.username);
      await meRefused(fresh.refreshToken);
      refused(await refresh(fresh.token), 'refreshToken');
      refused(await refresh(''), 'refreshToken');
      refused(await refresh('x'.repeat(10_000)), 'refreshToken');
      // Neither mistake spent the real refresh token.
      await refreshed(fresh.refreshToken);
    });

    it('a token from before a password change is refused, over HTTP and over WebSocket', async () => {
      const { username } = await newUser();
      const before = await login(username);
      await t.ok(ChangePasswordDocument, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD }, before.token);
      await meRefused(before.token);
      let ws: ReturnType<typeof createClient> | null = null;
      const closed = await new Promise<{ code: number; reason: string }>((resolve) => {
        ws = createClient({
          url: t.hub.url.replace(/^http/, 'ws'),
          webSocketImpl: WebSocket,
          connectionParams: { authorization: `Bearer ${before.token}` },
          retryAttempts: 0,
          on: { closed: (event) => resolve({ code: (event as { code: number }).code, reason: String((event as { reason: unknown }).reason) }) },
        });
        ws.subscribe({ query: 'subscription { notificationAdded { id } }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
      });
      await ws!.dispose();
      expect(closed.code).toBe(4401);
      expect(closed.reason).toContain('mật khẩu vừa được đổi');
    });
  });
});
