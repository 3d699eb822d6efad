import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { ADMIN, GraphQLErrorShape, startTestHub, TestHub } from './support/harness';
import { EntityManager } from '@mikro-orm/knex';
import { QUERY_LIMITS } from '../src/security/limits';

interface Answer {
  status: number;
  text: string;
  data?: Record<string, unknown> | null;
  errors?: GraphQLErrorShape[];
}

/** Posts a raw body, as an attacker would, and keeps the raw text to look for leaks. */
async function post(t: TestHub, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(t.hub.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, text, ...(JSON.parse(text) as { data?: Record<string, unknown>; errors?: GraphQLErrorShape[] }) };
}

const codesOf = (answer: Answer) => (answer.errors ?? []).map((e) => e.extensions?.code);

function expectNoInternals(answer: Answer) {
  expect(answer.text).not.toMatch(/stacktrace|node_modules|\bat \S+ \(|\.ts:\d+/);
}

/** `parent { parent { … id } }` n levels deep. */
const nested = (field: string, levels: number, leaf: string) => `${field} { `.repeat(levels) + leaf + ' }'.repeat(levels);

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const login = (t: TestHub, username: string, password: string, ip: string) =>
  post(t, { query: LOGIN, variables: { u: username, p: password } }, { 'x-forwarded-for': ip });

describe('limits on what one request may ask', () => {
  let t: TestHub;
  let adminToken: string;
  beforeAll(async () => {
    t = await startTestHub();
    adminToken = await t.login(ADMIN.username, ADMIN.password);
  });
  afterAll(() => t.close());

  it('a depth bomb is refused with QUERY_TOO_COMPLEX before anything runs, and no stack', async () => {
    const query = `{ reports(campaignId: "1") { edges { node { ${nested('parent', 20, 'id')} } } } }`;
    const answer = await post(t, { query }, { authorization: `Bearer ${adminToken}` });
    expect(answer.status).toBe(400);
    expect(codesOf(answer)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(answer.errors![0].message).toMatch(/lồng nhau 24 cấp, tối đa 12 cấp/);
    expect(answer.data ?? null).toBeNull();
    expectNoInternals(answer);
  });

  it('depth is counted through fragments', async () => {
    const query = `
      query { me { unit { ...A } } }
      fragment A on AdministrativeUnit { parent { parent { parent { ...B } } } }
      fragment B on AdministrativeUnit { parent { parent { parent { ...C } } } }
      fragment C on AdministrativeUnit { parent { parent { parent { parent { code } } } } }`;
    const answer = await post(t, { query }, { authorization: `Bearer ${adminToken}` });
    expect(codesOf(answer)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(answer.errors![0].extensions).toMatchObject({ limit: 'depth', actual: 13, max: 12 });
  });

  it('an alias flood is refused', async () => {
    const fields = Array.from({ length: 40 }, (_, i) => `a${i}: __typename`).join(' ');
    const answer = await post(t, { query: `{ me { ${fields} } }` });
    expect(codesOf(answer)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(answer.errors![0].message).toMatch(/40 bí danh \(alias\), tối đa 30/);
    expectNoInternals(answer);
  });

  it('too many root fields are refused', async () => {
    const answer = await post(t, { query: `{ ${'__typename '.repeat(QUERY_LIMITS.maxRootFields + 1)} }` });
    expect(codesOf(answer)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(answer.errors![0].extensions).toMatchObject({ limit: 'rootFields' });
  });

  it('a cost bomb (big pages of nested lists) is refused, a fair page of the same is served', async () => {
    const bomb = `{ reports(campaignId: "1", first: 100) { edges { node { ${nested('children', 4, 'id values { code value display }')} } } } }`;
    const refused = await post(t, { query: bomb }, { authorization: `Bearer ${adminToken}` });
    expect(codesOf(refused)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(refused.errors![0].extensions).toMatchObject({ limit: 'cost', max: QUERY_LIMITS.maxCost });
    expect(refused.errors![0].message).toMatch(/tối đa 200\.000/);
    expectNoInternals(refused);

    const fair = `{ reports(campaignId: "1", first: 20) { edges { node { ${nested('children', 2, 'id values { code value display }')} } } } }`;
    const served = await post(t, { query: fair }, { authorization: `Bearer ${adminToken}` });
    expect(codesOf(served)).not.toContain('QUERY_TOO_COMPLEX');
  });

  it('fragments spread into fragments cannot make the check itself slow', async () => {
    // Each fragment spreads the next one twice: 2^40 fields once expanded, in a query of 2 kB.
    const fragments = Array.from({ length: 40 }, (_, i) => (i < 39 ? `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }` : `fragment F${i} on Query { __typename }`));
    const started = Date.now();
    const answer = await post(t, { query: `{ ...F0 }\n${fragments.join('\n')}` });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(codesOf(answer)).toContain('QUERY_TOO_COMPLEX');
    expectNoInternals(answer);
  });

  it('an array of operations (batching) is refused with BAD_REQUEST', async () => {
    const answer = await post(t, [{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(answer.status).toBe(400);
    expect(codesOf(answer)).toEqual(['BAD_REQUEST']);
    expect(answer.errors![0].message).toMatch(/một thao tác GraphQL/);
    const single = await post(t, [{ query: '{ __typename }' }]);
    expect(codesOf(single)).toEqual(['BAD_REQUEST']);
  });

  it('introspection is answered outside production', async () => {
    const answer = await post(t, { query: '{ __schema { queryType { name } } }' });
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('the same limits hold over WebSocket', async () => {
    const client = createClient({ url: t.hub.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${adminToken}` }, retryAttempts: 0 });
    try {
      const errors = await new Promise<unknown>((resolve) => {
        client.subscribe(
          { query: `subscription { notificationAdded { ${Array.from({ length: 40 }, (_, i) => `a${i}: __typename`).join(' ')} } }` },
          { next: () => undefined, error: resolve, complete: () => resolve(null) },
        );
      });
      expect(errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/40 bí danh/), extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX' }) })]);
    } finally {
      await client.dispose();
    }
  });

  it('over WebSocket only subscriptions are taken: a query or a login is refused (the login limits need HTTP)', async () => {
    const client = createClient({ url: t.hub.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${adminToken}` }, retryAttempts: 0 });
    const send = (query: string) =>
      new Promise<unknown>((resolve) => {
        client.subscribe({ query }, { next: (value) => resolve(value), error: resolve, complete: () => resolve(null) });
      });
    try {
      for (const query of ['{ me { id } }', `mutation { login(username: "${ADMIN.username}", password: "sai-mat-khau") { token } }`]) {
        expect(await send(query)).toEqual([
          expect.objectContaining({
            message: 'Qua WebSocket chỉ nhận đăng ký nhận thông báo (subscription); truy vấn và thao tác hãy gửi bằng HTTP POST tới /graphql.',
            extensions: expect.objectContaining({ code: 'BAD_REQUEST' }),
          }),
        ]);
      }
    } finally {
      await client.dispose();
    }
    // the refused login was never tried, so it counted nothing: five wrong passwords over HTTP are still answered as such
    for (let i = 0; i < 5; i++) expect(codesOf(await login(t, ADMIN.username, `sai-${i}`, '192.0.2.7'))).toEqual(['UNAUTHENTICATED']);
    t.clock.advance(15 * 60 * 1000);
  });
});

describe('introspection in production', () => {
  let t: TestHub;
  beforeAll(async () => {
    const before = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      t = await startTestHub();
    } finally {
      process.env.NODE_ENV = before;
    }
  });
  afterAll(() => t.close());

  it('is refused with INTROSPECTION_DISABLED; __typename still works', async () => {
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Report") { name } }']) {
      const answer = await post(t, { query });
      expect(answer.status).toBe(400);
      expect(codesOf(answer)).toEqual(['INTROSPECTION_DISABLED']);
      expect(answer.errors![0].message).toMatch(/không công bố lược đồ/);
      expectNoInternals(answer);
    }
    expect((await post(t, { query: '{ __typename }' })).data).toEqual({ __typename: 'Query' });
  });
});

describe('login throttling', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub();
  });
  afterAll(() => t.close());

  it('5 wrong passwords lock the username for 15 minutes, even for the right password; then it opens again', async () => {
    for (let i = 0; i < 5; i++) {
      expect(codesOf(await login(t, ADMIN.username, `sai-mat-khau-${i}`, '198.51.100.1'))).toEqual(['UNAUTHENTICATED']);
    }
    const locked = await login(t, ADMIN.username, ADMIN.password, '198.51.100.2'); // another address: the username is locked
    expect(codesOf(locked)).toEqual(['TOO_MANY_ATTEMPTS']);
    expect(locked.errors![0].message).toBe('Đăng nhập sai quá nhiều lần nên tạm thời bị khóa. Vui lòng thử lại sau 09:15 05/01/2021 (giờ Việt Nam).');
    expect(locked.errors![0].extensions?.retryAt).toBe('2021-01-05T02:15:00.000Z');
    expect(locked.data?.login ?? null).toBeNull();
    expectNoInternals(locked);

    t.clock.advance(14 * 60 * 1000);
    expect(codesOf(await login(t, ` ${ADMIN.username.toUpperCase()} `, ADMIN.password, '198.51.100.2'))).toEqual(['TOO_MANY_ATTEMPTS']);
    t.clock.advance(60 * 1000);
    const open = await login(t, ADMIN.username, ADMIN.password, '198.51.100.2');
    expect(open.errors).toBeUndefined();
    expect(open.data?.login).toEqual({ token: expect.any(String) });
  });

  it('failures older than 15 minutes are forgotten, and a successful login clears the count', async () => {
    for (let i = 0; i < 4; i++) await login(t, ADMIN.username, 'sai-mat-khau', '198.51.100.3');
    t.clock.advance(16 * 60 * 1000);
    for (let i = 0; i < 4; i++) await login(t, ADMIN.username, 'sai-mat-khau', '198.51.100.3');
    expect((await login(t, ADMIN.username, ADMIN.password, '198.51.100.3')).errors).toBeUndefined();
    for (let i = 0; i < 4; i++) await login(t, ADMIN.username, 'sai-mat-khau', '198.51.100.3');
    expect((await login(t, ADMIN.username, ADMIN.password, '198.51.100.3')).errors).toBeUndefined();
    t.clock.advance(16 * 60 * 1000);
  });

  it('an unknown username is answered exactly like a known one, before and after the lock', async () => {
    const known: Answer[] = [];
    const unknown: Answer[] = [];
    for (let i = 0; i < 6; i++) {
      known.push(await login(t, ADMIN.username, 'sai-mat-khau', '198.51.100.4'));
      unknown.push(await login(t, 'khong.ton.tai', 'sai-mat-khau', '198.51.100.5'));
    }
    const shape = (a: Answer) => ({ status: a.status, data: a.data, errors: a.errors });
    expect(unknown.map(shape)).toEqual(known.map(shape));
    expect(codesOf(known[4])).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(known[5])).toEqual(['TOO_MANY_ATTEMPTS']);
    t.clock.advance(15 * 60 * 1000);
  });

  it('guesses sent all at once: only as many as the limit leaves are checked, the others are refused at once', async () => {
    const tries = await Promise.all(Array.from({ length: 12 }, (_, i) => login(t, ADMIN.username, `doan-cung-luc-${i}`, `198.51.100.${20 + i}`)));
    const codes = tries.map((a) => codesOf(a)[0]);
    // Five wrong passwords were checked; seven never reached the password (refused while the five were hashing, or
    // by the lock they started), so none of them could have been the right one.
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS')).toHaveLength(7);
    for (const refused of tries.filter((a) => codesOf(a)[0] === 'TOO_MANY_ATTEMPTS')) {
      expect(refused.errors![0].message).toMatch(/^Đăng nhập sai quá nhiều lần nên tạm thời bị khóa\. Vui lòng thử lại sau \d\d:\d\d \d\d\/\d\d\/\d{4} \(giờ Việt Nam\)\.$/);
      expectNoInternals(refused);
    }
    expect(codesOf(await login(t, ADMIN.username, ADMIN.password, '198.51.100.40'))).toEqual(['TOO_MANY_ATTEMPTS']);
    t.clock.advance(15 * 60 * 1000);
    expect((await login(t, ADMIN.username, ADMIN.password, '198.51.100.40')).errors).toBeUndefined();
  });

  it('the same from one address over many usernames: exactly the 20 the address may try are checked', async () => {
    const tries = await Promise.all(Array.from({ length: 30 }, (_, i) => login(t, `doan.cung.luc.${i}`, 'sai-mat-khau', '203.0.113.50')));
    const codes = tries.map((a) => codesOf(a)[0]);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(20);
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS')).toHaveLength(10);
    expect(codesOf(await login(t, ADMIN.username, ADMIN.password, '203.0.113.50'))).toEqual(['TOO_MANY_ATTEMPTS']);
    t.clock.advance(15 * 60 * 1000);
  });

  it('logins that succeed are not counted against their address: a whole office can sign in from one address', async () => {
    for (let i = 0; i < 25; i++) {
      expect((await login(t, ADMIN.username, ADMIN.password, '203.0.113.60')).errors).toBeUndefined();
    }
    // and the address still has all its 20 tries for wrong passwords
    for (let i = 0; i < 19; i++) expect(codesOf(await login(t, `van.phong.${i}`, 'sai-mat-khau', '203.0.113.60'))).toEqual(['UNAUTHENTICATED']);
    expect((await login(t, ADMIN.username, ADMIN.password, '203.0.113.60')).errors).toBeUndefined();
    expect(codesOf(await login(t, 'van.phong.cuoi', 'sai-mat-khau', '203.0.113.60'))).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(await login(t, ADMIN.username, ADMIN.password, '203.0.113.60'))).toEqual(['TOO_MANY_ATTEMPTS']);
    t.clock.advance(15 * 60 * 1000);
  });

  it("right passwords still being checked do not lock an office's address when a wrong one settles first", async () => {
    // The throttle itself, on the hub's database, so that the order in which attempts settle is the test's.
    const throttle = t.hub.services.auth.throttle;
    const em = () => t.hub.orm.em.fork() as EntityManager;
    const now = () => t.clock.now();
    const office = '203.0.113.70';
    for (let i = 0; i < 10; i++) await throttle.failed(em(), await throttle.begin(em(), `go.nham.${i}`, office, now()), now());
    const right = [];
    for (let i = 0; i < 9; i++) right.push(await throttle.begin(em(), `nguoi.${i}`, office, now()));
    const wrong = await throttle.begin(em(), 'go.nham.cuoi', office, now());
    // ten wrong and ten under way: no place for another until some settle (a refusal, not a lock)
    await expect(throttle.begin(em(), 'nguoi.muon', office, now())).rejects.toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    await throttle.failed(em(), wrong, now()); // eleven wrong: no lock
    for (const attempt of right) await throttle.succeeded(em(), attempt, now());
    expect((await login(t, ADMIN.username, ADMIN.password, office)).errors).toBeUndefined();
    // the nine wrong passwords the address has left, then its lock
    for (let i = 0; i < 9; i++) expect(codesOf(await login(t, `go.nham.them.${i}`, 'sai-mat-khau', office))).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(await login(t, ADMIN.username, ADMIN.password, office))).toEqual(['TOO_MANY_ATTEMPTS']);
    t.clock.advance(15 * 60 * 1000);
  });

  it("the owner's right password clears the wrong ones settled, not the guesses still being checked", async () => {
    const throttle = t.hub.services.auth.throttle;
    const em = () => t.hub.orm.em.fork() as EntityManager;
    const now = () => t.clock.now();
    const mine = await throttle.begin(em(), ADMIN.username, '198.51.100.80', now());
    const guesses = [];
    for (let i = 0; i < 4; i++) guesses.push(await throttle.begin(em(), ADMIN.username, `198.51.100.${81 + i}`, now()));
    // five under way: a sixth waits for them
    await expect(throttle.begin(em(), ADMIN.username, '198.51.100.85', now())).rejects.toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    await throttle.succeeded(em(), mine, now());
    for (const guess of guesses) await throttle.failed(em(), guess, now()); // wrong, settled after the success: they count
    expect(codesOf(await login(t, ADMIN.username, 'sai-mat-khau', '198.51.100.86'))).toEqual(['UNAUTHENTICATED']); // the fifth
    expect(codesOf(await login(t, ADMIN.username, ADMIN.password, '198.51.100.87'))).toEqual(['TOO_MANY_ATTEMPTS']);
    t.clock.advance(15 * 60 * 1000);
    expect((await login(t, ADMIN.username, ADMIN.password, '198.51.100.87')).errors).toBeUndefined();
  });

  it('20 failures from one address lock that address, whatever the usernames; other addresses go on', async () => {
    for (let i = 0; i < 20; i++) {
      expect(codesOf(await login(t, `doan.${i}`, 'sai-mat-khau', '203.0.113.9'))).toEqual(['UNAUTHENTICATED']);
    }
    expect(codesOf(await login(t, ADMIN.username, ADMIN.password, '203.0.113.9'))).toEqual(['TOO_MANY_ATTEMPTS']);
    expect((await login(t, ADMIN.username, ADMIN.password, '203.0.113.10')).errors).toBeUndefined();
    t.clock.advance(15 * 60 * 1000);
    expect((await login(t, ADMIN.username, ADMIN.password, '203.0.113.9')).errors).toBeUndefined();
  });
});

describe('cross-site request forgery', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub();
  });
  afterAll(() => t.close());

  // What a page on another site can make a browser send without a preflight: a form post, a text/plain post, a GET.
  it.each([
    ['a form post', 'POST', { 'content-type': 'application/x-www-form-urlencoded' }, 'query=mutation%20%7B%20logout(allDevices%3A%20true)%20%7D', ''],
    ['a text/plain post', 'POST', { 'content-type': 'text/plain' }, JSON.stringify({ query: 'mutation { logout(allDevices: true) }' }), ''],
    ['a plain GET', 'GET', {}, undefined, `?query=${encodeURIComponent('{ me { id } }')}`],
  ])('refuses %s before running anything (400 BAD_REQUEST, in Vietnamese)', async (_what, method, headers, body, query) => {
    const response = await fetch(t.hub.url + query, { method, headers, body });
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { errors: { message: string; extensions: { code: string } }[]; data?: unknown };
    expect(answer.errors.map((e) => e.extensions.code)).toEqual(['BAD_REQUEST']);
    expect(answer.errors[0].message).toMatch(/CSRF/);
    expect(answer.data).toBeUndefined();
  });

  it('lets a GET through with the preflight header, as a non-browser client sends it', async () => {
    const response = await fetch(`${t.hub.url}?query=${encodeURIComponent('{ me { id } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    const answer = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(answer.errors.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
  });
});
