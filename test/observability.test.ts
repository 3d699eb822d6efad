import pino from 'pino';
import { print } from 'graphql';
import { startHub, Hub } from '../src/app';
import { LoginDocument, MeDocument } from './generated/graphql';
import { ADMIN, startTestHub, TestHub } from './support/harness';

/** The value of one sample in a Prometheus text exposition, or undefined when it is absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => found[k] === v) && Object.keys(found).length === Object.keys(labels).length) return Number(match[3]);
  }
  return undefined;
}

async function scrape(base: string, headers: Record<string, string> = {}): Promise<{ status: number; type: string | null; text: string }> {
  const response = await fetch(`${base}/metrics`, { headers });
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

const baseOf = (url: string) => url.replace(/\/graphql$/, '');

describe('request ids and metrics on the demo', () => {
  let t: TestHub;
  let base: string;
  beforeAll(async () => {
    t = await startTestHub({ seedDemo: true, now: '2021-01-15T02:00:00Z' });
    base = baseOf(t.hub.url);
  });
  afterAll(() => t.close());

  it('echoes a sane x-request-id and makes one up otherwise', async () => {
    const given = await fetch(`${base}/health`, { headers: { 'x-request-id': 'lb-7f3a.2021:01' } });
    expect(given.status).toBe(200);
    expect(given.headers.get('x-request-id')).toBe('lb-7f3a.2021:01');

    const none = await fetch(`${base}/health`);
    expect(none.headers.get('x-request-id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    for (const bad of ['<script>', 'a b', 'x'.repeat(200)]) {
      const response = await fetch(`${base}/health`, { headers: { 'x-request-id': bad } });
      const id = response.headers.get('x-request-id');
      expect(id).not.toBe(bad);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }

    const graphql = await fetch(t.hub.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'req-42' }, body: JSON.stringify({ query: print(MeDocument) }) });
    expect(graphql.headers.get('x-request-id')).toBe('req-42');
  });

  it('serves Prometheus text whose counters move after a GraphQL request', async () => {
    const before = await scrape(base);
    expect(before.status).toBe(200);
    expect(before.type).toMatch(/^text\/plain/);
    const logins = (text: string, outcome: string) => sample(text, 'graphql_operations_total', { operation: 'Login', outcome }) ?? 0;
    const posts = (text: string) => sample(text, 'http_requests_total', { method: 'POST', route: '/graphql', status: '200' }) ?? 0;

    await t.login('sonduong.duyet', 'demo-bhyt-2020');
    const wrong = await t.request(LoginDocument, { username: 'sonduong.duyet', password: 'sai-mat-khau' });
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const after = await scrape(base);
    expect(logins(after.text, 'ok') - logins(before.text, 'ok')).toBe(1);
    expect(logins(after.text, 'UNAUTHENTICATED') - logins(before.text, 'UNAUTHENTICATED')).toBe(1);
    expect(posts(after.text) - posts(before.text)).toBe(2);
    expect(sample(after.text, 'http_request_duration_seconds_count', { method: 'POST', route: '/graphql', status: '200' })).toBe(posts(after.text));
    // The previous scrape was answered, and counted under its own route.
    expect(sample(after.text, 'http_requests_total', { method: 'GET', route: '/metrics', status: '200' })).toBeGreaterThanOrEqual(1);
    // Process metrics come along.
    expect(after.text).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect(after.text).toMatch(/^nodejs_heap_size_used_bytes \d/m);
  });

  it('counts the demo reports by state, as the database has them', async () => {
    const { text } = await scrape(base);
    const rows: { status: string; n: number }[] = await t.hub.orm.em.fork().getConnection().execute('select status, count(*) as n from report group by status');
    const expected = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    const shown = Object.fromEntries(['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'FINALIZED'].map((s) => [s, sample(text, 'hub_reports', { status: s })]));
    for (const [status, count] of Object.entries(expected)) expect(shown[status]).toBe(count);
    expect(Object.values(shown).reduce((a, b) => a! + b!, 0)).toBe(48);
    // Sơn Dương: 26 communes approved, 3 waiting, Tân Trào returned, the district not sent yet; Thành phố Tuyên
    // Quang: 5 approved, 4 waiting, 6 never sent, the city itself not sent; the province not sent.
    expect(shown).toEqual({ DRAFT: 9, SUBMITTED: 7, RETURNED: 1, APPROVED: 31, FINALIZED: 0 });
  });

  it('times scheduler passes', async () => {
    const before = await scrape(base);
    // One pass ran at start.
    expect(sample(before.text, 'hub_scheduler_passes_total', { outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    await t.hub.runSchedulerPass();
    const { text } = await scrape(base);
    expect(sample(text, 'hub_scheduler_passes_total', { outcome: 'ok' })).toBe(sample(before.text, 'hub_scheduler_passes_total', { outcome: 'ok' })! + 1);
    expect(sample(text, 'hub_scheduler_passes_total', { outcome: 'error' })).toBe(0);
    const lag = sample(text, 'hub_scheduler_lag_seconds')!;
    expect(lag).toBeGreaterThanOrEqual(0);
    expect(lag).toBeLessThan(30);
    expect(sample(text, 'hub_scheduler_last_pass_duration_seconds')).toBeGreaterThan(0);
    expect(Math.abs(sample(text, 'hub_scheduler_last_pass_timestamp_seconds')! - Date.now() / 1000)).toBeLessThan(30);
  });

  it('names no user, unit or report in /metrics', async () => {
    const { text } = await scrape(base);
    expect(text).not.toMatch(/sonduong|quantri|userId|unit_?code|report_?id/i);
  });
});

describe('JSON request log and a protected /metrics', () => {
  let t: TestHub;
  let hub: Hub;
  let base: string;
  const lines: Record<string, unknown>[] = [];
  beforeAll(async () => {
    t = await startTestHub();
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    // One request at a time, so that the error-log test below has requests let in by another's end.
    hub = await startHub({ config: { ...t.config, port: 0, metricsToken: 'bi-mat-so-do-2021', admission: { maxActive: 1, maxWaiting: 100 } }, clock: t.clock, logger, log: () => undefined });
    base = baseOf(hub.url);
  });
  afterAll(async () => {
    await hub.close();
    await t.close();
  });

  it('writes one line per request with its id, status, duration, user and operation', async () => {
    const login = await fetch(hub.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'dang-nhap-1' }, body: JSON.stringify({ query: print(LoginDocument), variables: ADMIN }) });
    const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
    await fetch(hub.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'toi-la-ai', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: print(MeDocument), operationName: 'Me' }) });
    await new Promise((resolve) => setImmediate(resolve));

    const loginLine = lines.filter((l) => l.requestId === 'dang-nhap-1');
    expect(loginLine).toHaveLength(1);
    expect(loginLine[0]).toMatchObject({ msg: 'request', method: 'POST', path: '/graphql', status: 200, operation: 'Login', level: 30 });
    expect(loginLine[0].durationMs).toEqual(expect.any(Number));
    expect(loginLine[0]).not.toHaveProperty('userId');

    const meLine = lines.filter((l) => l.requestId === 'toi-la-ai');
    expect(meLine).toHaveLength(1);
    expect(meLine[0]).toMatchObject({ path: '/graphql', status: 200, operation: 'Me', userId: expect.any(Number) });
    // Nothing secret in the log.
    expect(JSON.stringify(lines)).not.toContain(ADMIN.password);
    expect(JSON.stringify(lines)).not.toContain(token);
  });

  it('answers /metrics only with the token when METRICS_TOKEN is set', async () => {
    const none = await scrape(base);
    expect(none.status).toBe(401);
    expect(none.text).not.toMatch(/http_requests_total/);
    expect((await scrape(base, { authorization: 'Bearer sai' })).status).toBe(401);
    const ok = await scrape(base, { authorization: 'Bearer bi-mat-so-do-2021' });
    expect(ok.status).toBe(200);
    expect(ok.text).toMatch(/http_requests_total\{method="GET",route="\/metrics",status="401"\} 2/);
    // The hub started by the harness has no token: its /metrics is open.
    expect((await scrape(baseOf(t.hub.url))).status).toBe(200);
  });

  it('logs an unexpected error with the id of its request, also for requests let in when another ended', async () => {
    await hub.orm.close(true);
    const response = await fetch(hub.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'hong-csdl' }, body: JSON.stringify({ query: print(LoginDocument), variables: ADMIN }) });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    const errors = lines.filter((l) => l.level === 50);
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(errors.every((l) => l.requestId === 'hong-csdl')).toBe(true);
    expect(String(errors[0].msg)).toMatch(/^Lỗi không lường trước/);

    // Requests let in when another ended (one at a time here) log their own ids, not that of the one that ended.
    const before = lines.length;
    const ids = ['luot-1', 'luot-2', 'luot-3', 'luot-4', 'luot-5'];
    await Promise.all(
      ids.map((id) => fetch(hub.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': id }, body: JSON.stringify({ query: print(LoginDocument), variables: ADMIN }) })),
    );
    const turns = lines.slice(before).filter((l) => l.level === 50);
    expect(turns.map((l) => l.requestId).sort()).toEqual(ids);
  });
});
