import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReportDocument, SaveReportValuesDocument, SubmitReportDocument } from './generated/graphql';
import { createPostgresDatabase, onPostgres } from './support/database';
import { ADMIN } from './support/harness';
import { HubClient, HubProcess, inParallel, startHubProcess } from './support/process';
import { ProcessRound, setUpProcessRound } from './support/process-round';

const DISTRICTS = 3;
const COMMUNES = 20;

/**
 * A server process killed with SIGKILL in the middle of a burst of submissions, then started again on the same
 * database (a SQLite file, or PostgreSQL when the suite runs there): every submission it acknowledged is there,
 * and no report is half-saved.
 */
describe(`a hub killed in the middle of a burst of submissions (${onPostgres ? 'PostgreSQL' : 'SQLite file'})`, () => {
  let url: string;
  let cleanup: () => Promise<void>;
  let hub: HubProcess | null = null;
  let round: ProcessRound;
  const env = () => ({
    SEED_DEMO: 'false',
    DATABASE_URL: url,
    JWT_SECRET: 'y'.repeat(24) + 'secret-of-the-crash-test',
    ADMIN_USERNAME: ADMIN.username,
    ADMIN_PASSWORD: ADMIN.password,
    SCHEDULER_INTERVAL_SECONDS: '0',
    ACCESS_TOKEN_TTL_SECONDS: '86400',
    HUB_CLOCK_START: '2019-04-12T09:00:00+07:00',
  });

  beforeAll(async () => {
    if (onPostgres) {
      const database = await createPostgresDatabase('hub_crash');
      url = database.url;
      cleanup = database.drop;
    } else {
      const folder = mkdtempSync(join(tmpdir(), 'bhyt-crash-'));
      url = join(folder, 'hub.sqlite');
      cleanup = async () => rmSync(folder, { recursive: true, force: true });
    }
    hub = await startHubProcess(env());
    round = await setUpProcessRound(new HubClient(hub.url), DISTRICTS, COMMUNES);
  }, 180_000);

  afterAll(async () => {
    await hub?.kill();
    await cleanup?.();
  });

  it('keeps every acknowledged submission and nothing half-done after SIGKILL and a restart', async () => {
    const client = new HubClient(hub!.url);
    const communes = [...round.byDistrict.values()].flat();
    const acknowledged = new Map<string, number>();
    let killed = false;
    // 16 clients save and submit; the process is killed once a third of the submissions are acknowledged,
    // whatever is in flight at that moment.
    await inParallel(communes, 16, async (code) => {
      if (killed) return;
      const token = round.tokens.get(`nl.${code}`)!;
      try {
        const saved = await client.request(SaveReportValuesDocument, { reportId: round.reportIds.get(code)!, values: round.figures(code), expectedVersion: 1 }, token);
        if (saved.errors?.length || !saved.data) return;
        const sent = await client.request(SubmitReportDocument, { reportId: saved.data.saveReportValues.id, expectedVersion: saved.data.saveReportValues.version }, token);
        if (sent.errors?.length || !sent.data) return;
        acknowledged.set(code, sent.data.submitReport.version);
        if (acknowledged.size === Math.floor(communes.length / 3) && !killed) {
          killed = true;
          await hub!.kill();
        }
      } catch {
        // no answer: the process is gone
      }
    });
    expect(killed).toBe(true);
    expect(hub!.child.signalCode).toBe('SIGKILL');

    hub = await startHubProcess(env());
    const after = new HubClient(hub.url);
    let submitted = 0;
    for (const code of communes) {
      const { report } = await after.ok(ReportDocument, { id: round.reportIds.get(code)!, codes: ['POP'] }, round.adminToken);
      const history = report.history.map((h) => h.action);
      const pop = report.values.find((v) => v.code === 'POP')?.value ?? null;
      if (acknowledged.has(code)) {
        // acknowledged: submitted, at the version the client was told, with its figures
        expect([code, report.status, report.version]).toEqual([code, 'SUBMITTED', acknowledged.get(code)]);
      }
      // every report is in one of the three whole states a request leaves behind
      if (report.status === 'SUBMITTED') {
        submitted++;
        expect([code, history]).toEqual([code, ['CREATE', 'SAVE', 'SUBMIT']]);
        expect(pop).toBe(round.population(code));
      } else if (history.includes('SAVE')) {
        expect([code, report.status, history, pop]).toEqual([code, 'DRAFT', ['CREATE', 'SAVE'], round.population(code)]);
      } else {
        expect([code, report.status, history, pop, report.version]).toEqual([code, 'DRAFT', ['CREATE'], null, 1]);
      }
    }
    expect(submitted).toBeGreaterThanOrEqual(acknowledged.size);
  }, 180_000);
});
