import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import {
  ApproveReportDocument,
  ApproveReportOnceDocument,
  LoginDocument,
  NotificationAddedDocument,
  NotificationAddedSubscription,
  ReportsDocument,
  ReportVersionDocument,
  ReturnReportDocument,
  SaveReportValuesDocument,
  SubmitReportDocument,
} from './generated/graphql';
import { createPostgresDatabase, onPostgres } from './support/database';
import { PASSWORD } from './support/fixture';
import { ADMIN, startTestHub } from './support/harness';
import { EntityManager } from '@mikro-orm/knex';
import { inTransaction } from '../src/common/transaction';
import { HubLock, tryTransactionLock } from '../src/db/locks';
import { HubClient, HubProcess, inParallel, startHubProcess } from './support/process';
import { ProcessRound, setUpProcessRound } from './support/process-round';

/**
 * Two real server processes on one PostgreSQL database, as production runs behind a load balancer. Only on
 * PostgreSQL: an embedded SQLite file belongs to one process.
 */
const describeOnPostgres = onPostgres ? describe : describe.skip;

async function waitUntil(condition: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const SECRET = 'x'.repeat(24) + 'secret-shared-by-all-instances';
const DISTRICTS = 4;
const COMMUNES = 10;

describeOnPostgres('several instances on one PostgreSQL database', () => {
  let database: { url: string; drop: () => Promise<void> };
  let sql: pg.Client;
  let a: HubProcess | null = null;
  let b: HubProcess | null = null;
  let round: ProcessRound;
  const env = () => ({ SEED_DEMO: 'false', DATABASE_URL: database.url, JWT_SECRET: SECRET, ADMIN_USERNAME: ADMIN.username, ADMIN_PASSWORD: ADMIN.password, ACCESS_TOKEN_TTL_SECONDS: '2592000' });
  const count = async (query: string, params: unknown[] = []) => Number((await sql.query(query, params)).rows[0].n);

  beforeAll(async () => {
    database = await createPostgresDatabase('hub_instances');
    sql = new pg.Client({ connectionString: database.url });
    // Set-up on one instance, five days before the communes' deadline: accounts, the round, half the communes send.
    const setup = await startHubProcess({ ...env(), SCHEDULER_INTERVAL_SECONDS: '0', HUB_CLOCK_START: '2019-04-15T09:00:00+07:00' });
    try {
      const client = new HubClient(setup.url);
      round = await setUpProcessRound(client, DISTRICTS, COMMUNES);
      const early = [...round.byDistrict.values()].flatMap((codes) => codes.slice(0, COMMUNES / 2));
      await inParallel(early, 8, async (code) => {
        const token = round.tokens.get(`nl.${code}`)!;
        const saved = await client.ok(SaveReportValuesDocument, { reportId: round.reportIds.get(code)!, values: round.figures(code), expectedVersion: 1 }, token);
        await client.ok(SubmitReportDocument, { reportId: saved.saveReportValues.id, expectedVersion: saved.saveReportValues.version }, token);
      });
    } finally {
      await setup.stop();
    }
    await sql.connect();
  }, 180_000);

  afterAll(async () => {
    await Promise.all([a?.kill(), b?.kill()]);
    await sql?.end().catch(() => undefined);
    await database?.drop();
  });

  it('both start at once after the deadline; every overdue report, escalation and digest happens exactly once', async () => {
    // Both wake up two seconds past 20/4/2019 00:00 (+07), start together and pass every second: their catch-up
    // passes race for the same work from the first instant.
    const late = { ...env(), SCHEDULER_INTERVAL_SECONDS: '1', HUB_CLOCK_START: '2019-04-20T00:00:02+07:00' };
    [a, b] = await Promise.all([startHubProcess(late), startHubProcess(late)]);
    const unsent = DISTRICTS * (COMMUNES / 2);
    const deadline = Date.now() + 60_000;
    while ((await count(`select count(*) as n from report where level = 'COMMUNE' and timeliness = 'OVERDUE'`)) < unsent && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
    }
    // a few more passes on both, which must find nothing left to do
    await new Promise((r) => setTimeout(r, 3_000));

    expect(await count(`select count(*) as n from report where level = 'COMMUNE' and timeliness = 'OVERDUE'`)).toBe(unsent);
    const overdueEvents = await sql.query(
      `select report_id, count(*) as n from report_event where action = 'DEADLINE' and details::jsonb ->> 'timeliness' = 'OVERDUE' group by report_id`,
    );
    expect(overdueEvents.rows).toHaveLength(unsent);
    expect(overdueEvents.rows.every((r) => Number(r.n) === 1)).toBe(true);
    const perKind = async (kind: string) =>
      (await sql.query(`select user_id, count(*) as n from notification where kind = $1 group by user_id`, [kind])).rows.map((r) => Number(r.n));
    // each late commune's reporter told once; each district approver once, naming its five late communes; each
    // monitor (province and four districts) one digest of the communes' deadline
    expect(await perKind('OVERDUE')).toEqual(Array(unsent).fill(1));
    expect(await perKind('CHILD_OVERDUE')).toEqual(Array(DISTRICTS).fill(1));
    expect(await perKind('DIGEST')).toEqual(Array(DISTRICTS + 1).fill(1));
    const escalation = await sql.query(`select body from notification where kind = 'CHILD_OVERDUE'`);
    for (const { body } of escalation.rows) expect((body as string).match(/\b2\d{4}\b/g)?.length).toBe(COMMUNES / 2);

    // both instances ran passes (one skips while the other holds the pass lock)
    for (const instance of [a, b]) {
      const metrics = await new HubClient(instance.url).metrics();
      const passes = [...metrics.matchAll(/^hub_scheduler_passes_total\{outcome="(ok|skipped)"\} (\d+)/gm)].reduce((n, m) => n + Number(m[2]), 0);
      expect(passes).toBeGreaterThan(1);
      expect(metrics).not.toMatch(/^hub_scheduler_passes_total\{outcome="error"\} [1-9]/m);
    }
  }, 120_000);

  it('a notice stored by one instance reaches a subscription open on the other (LISTEN/NOTIFY)', async () => {
    const code = round.byDistrict.get('700')![0]; // sent before the deadline, waiting for review
    const reporter = round.tokens.get(`nl.${code}`)!;
    const received: NotificationAddedSubscription['notificationAdded'][] = [];
    let connected = false;
    const ws = createClient({ url: a!.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${reporter}` }, retryAttempts: 0, on: { connected: () => (connected = true) } });
    const stop = ws.subscribe<NotificationAddedSubscription>(
      { query: print(NotificationAddedDocument) },
      { next: (result) => void (result.data && received.push(result.data.notificationAdded)), error: () => undefined, complete: () => undefined },
    );
    try {
      await waitUntil(() => connected, 10_000);
      await new Promise((r) => setTimeout(r, 500)); // the subscribe message follows the acknowledgement
      const clientB = new HubClient(b!.url);
      const { report } = await clientB.ok(ReportVersionDocument, { id: round.reportIds.get(code)! }, round.adminToken);
      await clientB.ok(ReturnReportDocument, { reportId: round.reportIds.get(code)!, reason: 'Số thẻ BHYT chưa khớp danh sách, đề nghị rà soát.', expectedVersion: report.version }, round.tokens.get('duyet.700')!);
      await waitUntil(() => received.length > 0, 10_000);
      expect(received).toEqual([expect.objectContaining({ kind: 'RETURNED', report: expect.objectContaining({ unitCode: code }) })]);
      expect(received[0].body).toContain('Số thẻ BHYT chưa khớp');
      // the commune corrects nothing and sends again, through A, so the round goes on as before
      const again = await new HubClient(a!.url).ok(ReportVersionDocument, { id: round.reportIds.get(code)! }, round.adminToken);
      await new HubClient(a!.url).ok(SubmitReportDocument, { reportId: round.reportIds.get(code)!, expectedVersion: again.report.version }, reporter);
    } finally {
      stop();
      await ws.dispose();
    }
  }, 60_000);

  it('wrong passwords count across instances: five spread over both lock the username on both', async () => {
    const [clientA, clientB] = [new HubClient(a!.url), new HubClient(b!.url)];
    const username = 'nl.20301';
    const tries = await Promise.all([0, 1, 2, 3, 4].map((i) => (i % 2 ? clientB : clientA).request(LoginDocument, { username, password: `sai-${i}` })));
    expect(tries.map((r) => r.errors?.[0]?.extensions?.code)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    for (const client of [clientA, clientB]) {
      const locked = await client.request(LoginDocument, { username, password: PASSWORD });
      expect(locked.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    }
  }, 60_000);

  it('approvals sent to both instances, one of them killed mid-run: none lost, none doubled, sums exact', async () => {
    const [clientA, clientB] = [new HubClient(a!.url), new HubClient(b!.url)];
    const communes = [...round.byDistrict.values()].flat();
    const versions = new Map<string, number>();
    // the late half sends now (late, allowed), through either instance
    const lateOnes = [...round.byDistrict.values()].flatMap((codes) => codes.slice(COMMUNES / 2));
    await inParallel(lateOnes, 8, async (code, i) => {
      const client = i % 2 ? clientB : clientA;
      const token = round.tokens.get(`nl.${code}`)!;
      const saved = await client.ok(SaveReportValuesDocument, { reportId: round.reportIds.get(code)!, values: round.figures(code), expectedVersion: 1 }, token);
      await client.ok(SubmitReportDocument, { reportId: saved.saveReportValues.id, expectedVersion: saved.saveReportValues.version }, token);
    });
    const listed = await clientA.ok(ReportsDocument, { campaignId: round.campaignId, first: 500 }, round.adminToken);
    for (const edge of listed.reports.edges) versions.set(edge.node.unitCode, edge.node.version);
    const approverOf = (code: string) => round.tokens.get(`duyet.${[...round.byDistrict].find(([, codes]) => codes.includes(code))![0]}`)!;

    // 1. The same approval sent to both instances at the same moment: exactly one wins.
    const twice = communes.filter((_, i) => i % 10 === 0);
    for (const code of twice) {
      const variables = { reportId: round.reportIds.get(code)!, expectedVersion: versions.get(code)! };
      const results = await Promise.all([clientA, clientB].map((c) => c.request(ApproveReportDocument, variables, approverOf(code))));
      const won = results.filter((r) => !r.errors?.length);
      expect(won).toHaveLength(1);
      const lost = results.find((r) => r.errors?.length)!;
      expect(['CONFLICT', 'INVALID_TRANSITION']).toContain(lost.errors![0].extensions?.code);
    }

    // 2. The rest, half to each instance, siblings in parallel; B is killed once a few of its approvals are in.
    //    A client whose request to B got no answer retries on A with the same idempotency key.
    const rest = communes.filter((code) => !twice.includes(code));
    let answeredByB = 0;
    const acknowledged = new Set<string>(twice);
    await inParallel(rest, 8, async (code, i) => {
      const variables = { reportId: round.reportIds.get(code)!, expectedVersion: versions.get(code)!, idempotencyKey: `approve-${code}` };
      if (i % 2 === 1 && b) {
        try {
          const result = await clientB.request(ApproveReportOnceDocument, variables, approverOf(code));
          if (!result.errors?.length) {
            acknowledged.add(code);
            if (++answeredByB === 5) await b.kill();
            return;
          }
        } catch {
          // no answer: B is gone; whether it stored the approval or not, the retry below settles it
        }
      }
      const result = await clientA.ok(ApproveReportOnceDocument, variables, approverOf(code));
      expect(result.approveReport.status).toBe('APPROVED');
      acknowledged.add(code);
    });
    expect(b!.child.signalCode).toBe('SIGKILL');
    expect(acknowledged.size).toBe(communes.length);

    // every commune approved once; every district holds exactly the sums of its communes
    expect(await count(`select count(*) as n from report where level = 'COMMUNE' and status = 'APPROVED'`)).toBe(communes.length);
    const approvals = await sql.query(`select e.report_id, count(*) as n from report_event e join report r on r.id = e.report_id where r.level = 'COMMUNE' and e.action = 'APPROVE' group by e.report_id`);
    expect(approvals.rows).toHaveLength(communes.length);
    expect(approvals.rows.every((r) => Number(r.n) === 1)).toBe(true);
    for (const [district, codes] of round.byDistrict) {
      const stored = await sql.query(`select v.num from report_value v join report r on r.id = v.report_id where r.unit_code = $1 and r.level = 'DISTRICT' and v.code = 'POP'`, [district]);
      expect(Number(stored.rows[0]?.num)).toBe(codes.reduce((sum, code) => sum + round.population(code), 0));
    }
  }, 120_000);
});

describeOnPostgres('the deadline pass lock', () => {
  it("a pass that finds another instance's pass running skips, and runs once that one has ended", async () => {
    const t = await startTestHub();
    try {
      const other = t.hub.orm.em.fork() as EntityManager;
      await inTransaction(other, async (tem) => {
        expect(await tryTransactionLock(tem, HubLock.DEADLINE_PASS)).toBe(true);
        expect(await t.hub.runSchedulerPass()).toEqual(expect.objectContaining({ skipped: true }));
      });
      expect((await t.hub.runSchedulerPass()).skipped).toBeUndefined();
      expect(await t.hub.metrics.render()).toMatch(/^hub_scheduler_passes_total\{outcome="skipped"\} 1$/m);
    } finally {
      await t.close();
    }
  });
});
