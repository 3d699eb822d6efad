/**
 * Deadlines at national scale: the statistics office's list of 01/03/2025 (63 provinces, 691 districts, 10,047
 * communes) in one national round of three levels, on a fresh SQLite file.
 *
 *   npm run bench:deadlines
 *
 * BENCH_KEEP=1 keeps the database file and prints where it is; BENCH_SAMPLE_EVERY=n sends every n-th commune's
 * report on time before the deadline (default 25, about 400 reports).
 *
 * Prints, for three scheduler passes (first reminder of every commune, the communes' deadline, a pass with
 * nothing due), the wall time, the SQL statements and the notices; then the statements and latency of the
 * tracking queries for a district, a small and a large province and, where the API offers it, the country.
 *
 * Benchmark set-up only (not product code): the reporters and approvers of every unit are inserted through the
 * ORM with one precomputed Argon2id hash, because hashing 11,000 passwords one by one would take half an hour
 * and measure nothing about deadlines. The monitors are created through the createUser mutation like any
 * account, and the sample of reports sent on time goes through the report service (the same code the
 * submitReport mutation calls).
 */
import 'reflect-metadata';
import { graphqlClient } from './bench-http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { EntityManager } from '@mikro-orm/knex';
import { Hub } from '../src/app';
import { ManualClock } from '../src/common/clock';
import { QueryCounter } from '../src/db/orm';
import { Role, User } from '../src/auth/user.entity';
import { actorOf } from '../src/auth/actor';
import { Report } from '../src/reports/report.entity';
import { UnitLevel } from '../src/units/unit.entity';
import { PassSummary } from '../src/deadlines/deadline.scheduler';
import {
  BENCH_ADMIN as ADMIN,
  BENCH_PASSWORD as PASSWORD,
  chainAccounts,
  coverageFigures,
  createNationalRound,
  fmt,
  importUnits,
  insertAccounts,
  loadUnits,
  median,
  readUnitsCsv,
  scratchDir,
  startBenchHub,
} from './bench-setup';

/** Every SAMPLE_EVERY-th commune (in code order) sends its report on time; a few more send late. */
const SAMPLE_EVERY = Number(process.env.BENCH_SAMPLE_EVERY ?? 25);
const LATE_EVERY = 100;
/** Each tracking request is sent this many times; the median latency is reported. */
const REPEAT = 7;

// The round: quarter I/2025; communes before 20/4, districts before 5/5, provinces before 20/5 (Vietnam time).
const DUE = {
  COMMUNE: '2025-04-20T00:00:00+07:00',
  DISTRICT: '2025-05-05T00:00:00+07:00',
  PROVINCE: '2025-05-20T00:00:00+07:00',
};
const DAY_MS = 86_400_000;

/** A commune's ten core figures as the saveReportValues input. */
function figures(pop: number) {
  return Object.entries(coverageFigures(pop)).map(([code, value]) => ({ code, value }));
}

async function main(): Promise<void> {
  const csv = readUnitsCsv();
  const started = performance.now();
  const scratch = scratchDir();
  const clock = new ManualClock('2025-04-01T01:00:00Z');
  const counter = new QueryCounter();
  const hub: Hub = await startBenchHub({
    databaseUrl: join(scratch.dir, 'hub.sqlite'),
    clock,
    counter,
    ttlSeconds: 400 * 86_400,
    log: (m) => (m.startsWith('Đã tạo') ? undefined : console.error(m)),
  });

  const { gql, login } = graphqlClient(hub.url);
  const timed = async <T>(work: () => Promise<T>) => {
    counter.reset();
    const t0 = performance.now();
    const result = await work();
    return { result, ms: performance.now() - t0, statements: counter.reset() };
  };

  try {
    const admin = await login(ADMIN.username, ADMIN.password);

    // 1. The list of units, over HTTP as an administrator would send it.
    const imported = await timed(() => importUnits(gql, admin, csv));
    const { provinces, districts, communes } = imported.result;
    console.log(`Imported ${fmt(provinces)} provinces, ${fmt(districts)} districts, ${fmt(communes)} communes in ${fmt(imported.ms)} ms.`);

    // 2. Accounts. Benchmark set-up: reporters of every commune, approvers of every district and province,
    // inserted with one precomputed hash (see the header). Monitors through createUser.
    const units = await loadUnits(hub.orm.em.fork() as EntityManager);
    const byLevel = (level: UnitLevel) => units.filter((u) => u.level === level);
    const t0 = performance.now();
    const rows = chainAccounts(units);
    await insertAccounts(hub.orm.em.fork() as EntityManager, clock, rows);
    const bulkMs = performance.now() - t0;
    const t1 = performance.now();
    for (const p of byLevel(UnitLevel.PROVINCE)) {
      await gql(
        'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
        { input: { username: `tinh${p.code}.theodoi`, fullName: `Theo dõi ${p.name}`, password: PASSWORD, role: 'MONITOR', unitCode: p.code } },
        admin,
      );
    }
    // A district monitor too, to compare a district's tracking figures with a province's.
    const sampleDistrict = byLevel(UnitLevel.DISTRICT).find((d) => d.code === '076') ?? byLevel(UnitLevel.DISTRICT)[0];
    await gql(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { username: `huyen${sampleDistrict.code}.theodoi`, fullName: `Theo dõi ${sampleDistrict.name}`, password: PASSWORD, role: 'MONITOR', unitCode: sampleDistrict.code } },
      admin,
    );
    // And a national monitor: a MONITOR without a unit follows the whole country.
    await gql(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { username: 'trunguong.theodoi', fullName: 'Theo dõi toàn quốc', password: PASSWORD, role: 'MONITOR' } },
      admin,
    );
    console.log(
      `Accounts: ${fmt(rows.length)} reporters and approvers inserted directly with one precomputed hash (${fmt(bulkMs)} ms, benchmark set-up); ` +
        `${byLevel(UnitLevel.PROVINCE).length + 2} monitors (63 provinces, one district, one national) through createUser (${fmt(performance.now() - t1)} ms, one Argon2id hash each).`,
    );

    // 3. One national round (no root unit), three levels.
    const created = await timed(() =>
      createNationalRound(gql, admin, {
        name: 'Báo cáo kết quả thực hiện BHYT quý I năm 2025',
        periodStart: '2025-01-01',
        periodEnd: '2025-03-31',
        deadlines: DUE,
        reminderDays: [7, 3, 1],
      }),
    );
    const campaignId = created.result;
    const reportCount = await (hub.orm.em.fork() as EntityManager).count(Report, { campaign: campaignId });
    const communeReports = await (hub.orm.em.fork() as EntityManager).count(Report, { campaign: campaignId, level: UnitLevel.COMMUNE });
    console.log(`createCampaign: ${fmt(reportCount)} reports (${fmt(communeReports)} communes) in ${fmt(created.ms)} ms, ${fmt(created.statements)} statements.`);

    // 4. Scheduler passes.
    const passes: { name: string; ms: number; statements: number; summary: PassSummary }[] = [];
    const pass = async (name: string) => {
      const run = await timed(() => hub.runSchedulerPass());
      passes.push({ name, ms: run.ms, statements: run.statements, summary: run.result });
      const s = run.result;
      console.log(`${name}: ${fmt(run.ms)} ms, ${fmt(run.statements)} statements — reminded ${fmt(s.reminded)}, overdue ${fmt(s.overdue)}, digests ${s.digests}, notices ${fmt(s.notices)}`);
    };
    const communeDue = new Date(DUE.COMMUNE);
    clock.set(new Date(communeDue.getTime() - 7 * DAY_MS)); // the communes' first reminder (7 days before)
    await pass('Pass 1 (first reminder of every commune)');

    // A sample of communes sends on time, through the report service (what submitReport calls).
    clock.set(new Date(communeDue.getTime() - 4 * DAY_MS));
    const em = hub.orm.em.fork() as EntityManager;
    const communeRows = await em.find(Report, { campaign: campaignId, level: UnitLevel.COMMUNE }, { orderBy: { unitCode: 'asc' } });
    const onTime = communeRows.filter((_, i) => i % SAMPLE_EVERY === 0);
    const late = communeRows.filter((_, i) => i % LATE_EVERY === 7);
    const reporters = new Map(
      (await em.find(User, { role: Role.REPORTER, unit: { $in: [...onTime, ...late].map((r) => r.unit.id) } }, { populate: ['unit'] })).map((u) => [u.unit!.id, u]),
    );
    const send = async (reports: Report[]) => {
      let n = 0;
      for (const r of reports) {
        const actor = actorOf(reporters.get(r.unit.id)!);
        const saved = await hub.services.reports.saveValues(hub.orm.em.fork() as EntityManager, clock, actor, r.id, figures(2000 + (n % 500) * 37), r.version);
        await hub.services.reports.submit(hub.orm.em.fork() as EntityManager, clock, actor, r.id, saved.version, null, false);
        n++;
      }
    };
    const sent = await timed(() => send(onTime));
    console.log(`${fmt(onTime.length)} commune reports saved and sent on time through the report service (${fmt(sent.ms)} ms, ${fmt(sent.statements / onTime.length, 1)} statements each).`);

    clock.set(communeDue); // the communes' deadline instant: every commune report not sent becomes overdue
    await pass('Pass 2 (communes\' deadline: overdue, escalation, digests)');
    const kinds: { kind: string; n: number }[] = await (hub.orm.em.fork() as EntityManager).execute(
      'select kind, count(*) as n from notification where created_at = ? group by kind order by kind',
      [communeDue.getTime()],
    );
    console.log(`  notices of pass 2 by kind: ${kinds.map((k) => `${k.kind} ${fmt(Number(k.n))}`).join(', ')}`);
    clock.advance(3_600_000);
    await pass('Pass 3 (nothing due: baseline)');

    // A few more communes send late, so that the tracking queries have on-time, late and overdue rows.
    clock.set(new Date(communeDue.getTime() + 2 * DAY_MS + 3 * 3_600_000));
    await send(late);
    console.log(`${fmt(late.length)} commune reports sent late (2 days after the deadline).`);

    // 5. Tracking queries over HTTP.
    const provinceSizes = new Map<string, number>();
    for (const c of byLevel(UnitLevel.COMMUNE)) {
      const provinceId = Number(c.path.split('/').filter(Boolean)[0]);
      const code = units.find((u) => u.id === provinceId)!.code;
      provinceSizes.set(code, (provinceSizes.get(code) ?? 0) + 1);
    }
    const sizes = [...provinceSizes.entries()].sort((a, b) => a[1] - b[1]);
    const [smallCode, smallN] = sizes[0];
    const [largeCode, largeN] = sizes[sizes.length - 1];
    const districtN = units.filter((u) => u.level === UnitLevel.COMMUNE && u.path.startsWith(sampleDistrict.path)).length;
    const tokens = {
      district: await login(`huyen${sampleDistrict.code}.theodoi`, PASSWORD),
      small: await login(`tinh${smallCode}.theodoi`, PASSWORD),
      large: await login(`tinh${largeCode}.theodoi`, PASSWORD),
      national: await login('trunguong.theodoi', PASSWORD),
    };
    const sampleCommune = late[0].unitCode;
    const sampleCommuneProvince = units.find((u) => u.id === Number(late[0].unitPath.split('/').filter(Boolean)[0]))!.code;

    // Does the API offer a national view of progress (campaignProgress without a unit)?
    const args = await gql<{ __type: { fields: { name: string; args: { name: string; type: { kind: string } }[] }[] } }>(
      '{ __type(name: "Query") { fields { name args { name type { kind } } } } }',
      {},
      admin,
    );
    const field = (name: string) => args.__type.fields.find((f) => f.name === name);
    const progressFields = await gql<{ __type: { fields: { name: string }[] } | null }>('{ __type(name: "CampaignProgress") { fields { name } } }', {}, admin);
    const hasUnitRows = (progressFields.__type?.fields ?? []).some((f) => f.name === 'units');
    const unitOptional = (name: string) => field(name)?.args.find((a) => a.name === 'unitCode')?.type.kind !== 'NON_NULL';

    const PROGRESS = `query($campaignId: ID!, $unitCode: String${unitOptional('campaignProgress') ? '' : '!'}) {
      campaignProgress(campaignId: $campaignId, unitCode: $unitCode) {
        report { id status }
        levels { level expected notStarted draft submitted returned approved finalized onTime submittedLate overdue reportingRate onTimeRate averageHoursToApproval }
        children { id unitCode status }
        ${hasUnitRows ? 'units { unit { code name } status dueAt firstSubmittedAt timeliness daysLate childCounts { expected submitted approved } }' : ''}
      }
    }`;
    const OVERDUE = `query($campaignId: ID!, $unitCode: String${unitOptional('overdueReports') ? '' : '!'}) {
      overdueReports(campaignId: $campaignId, unitCode: $unitCode, first: 50) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node { unit { code name } report { id } level status dueAt firstSubmittedAt timeliness daysLate } }
      }
    }`;
    const TIMELINESS = `query($unitCode: String!) {
      unitTimeliness(unitCode: $unitCode) {
        unit { code name } reports { campaign { id name } report { id } status dueAt firstSubmittedAt timeliness daysLate }
        totals { campaigns onTime late overdue notDue }
      }
    }`;
    const REPORTS = `query($campaignId: ID!, $unitCode: String) {
      reports(campaignId: $campaignId, unitCode: $unitCode, first: 50) {
        totalCount edges { node { id unitCode status unit { code name } parent { unitCode } } }
      }
    }`;

    type Row = { query: string; scope: string; units: number; statements: number; ms: number; detail: string };
    const table: Row[] = [];
    const measure = async (query: string, scope: string, unitsUnder: number, doc: string, variables: Record<string, unknown>, token: string, detail: (data: never) => string) => {
      const statements: number[] = [];
      const ms: number[] = [];
      let data: unknown;
      for (let i = 0; i < REPEAT; i++) {
        const run = await timed(() => gql(doc, variables, token));
        statements.push(run.statements);
        ms.push(run.ms);
        data = run.result;
      }
      const varying = new Set(statements).size > 1 ? ` (varied: ${[...new Set(statements)].join('/')})` : '';
      table.push({ query, scope, units: unitsUnder, statements: median(statements), ms: median(ms), detail: detail(data as never) + varying });
    };
    const progressDetail = (d: { campaignProgress: { levels: { level: string; expected: number; overdue: number; onTime: number; submittedLate: number }[]; children: unknown[] } }) =>
      d.campaignProgress.levels.map((l) => `${l.level.toLowerCase()} ${l.expected}: ${l.onTime} on time, ${l.submittedLate} late, ${l.overdue} overdue`).join('; ') +
      `; ${d.campaignProgress.children.length} rows below`;
    const overdueDetail = (d: { overdueReports: { totalCount: number } }) => `${d.overdueReports.totalCount} late or overdue, first 50 listed`;
    const reportsDetail = (d: { reports: { totalCount: number } }) => `${d.reports.totalCount} reports, first 50 listed`;
    const cid = String(campaignId);
    const scopes = [
      { scope: `district ${sampleDistrict.code} (monitor)`, code: sampleDistrict.code, n: districtN, token: tokens.district },
      { scope: `province ${smallCode}, smallest (monitor)`, code: smallCode, n: smallN, token: tokens.small },
      { scope: `province ${largeCode}, largest (monitor)`, code: largeCode, n: largeN, token: tokens.large },
      { scope: `province ${largeCode} (admin)`, code: largeCode, n: largeN, token: admin },
    ];
    for (const s of scopes) await measure('campaignProgress', s.scope, s.n, PROGRESS, { campaignId: cid, unitCode: s.code }, s.token, progressDetail);
    if (unitOptional('campaignProgress')) {
      await measure('campaignProgress', 'country (national monitor)', communes, PROGRESS, { campaignId: cid, unitCode: null }, tokens.national, progressDetail);
    }
    if (field('overdueReports')) {
      for (const s of scopes) await measure('overdueReports', s.scope, s.n, OVERDUE, { campaignId: cid, unitCode: s.code }, s.token, overdueDetail);
      if (unitOptional('overdueReports')) await measure('overdueReports', 'country (national monitor)', communes, OVERDUE, { campaignId: cid, unitCode: null }, tokens.national, overdueDetail);
    }
    if (field('unitTimeliness')) {
      const provinceToken = sampleCommuneProvince === largeCode ? tokens.large : sampleCommuneProvince === smallCode ? tokens.small : admin;
      await measure('unitTimeliness', `commune ${sampleCommune}`, 1, TIMELINESS, { unitCode: sampleCommune }, provinceToken, (d: { unitTimeliness: { totals: { late: number } } }) => `late in ${d.unitTimeliness.totals.late} round(s)`);
      await measure('unitTimeliness', `province ${largeCode}`, largeN, TIMELINESS, { unitCode: largeCode }, tokens.large, (d: { unitTimeliness: { totals: { overdue: number } } }) => `overdue in ${d.unitTimeliness.totals.overdue} round(s)`);
    }
    await measure('reports', `province ${largeCode} (monitor)`, largeN, REPORTS, { campaignId: cid, unitCode: largeCode }, tokens.large, reportsDetail);
    await measure('reports', 'country (national monitor)', communes, REPORTS, { campaignId: cid }, tokens.national, reportsDetail);

    // 6. Summary.
    const line = (cells: (string | number)[], widths: number[]) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
    console.log('\nScheduler passes over a national round of ' + fmt(reportCount) + ' reports');
    const pw = [58, 9, 11, 9, 8, 8, 9];
    console.log(line(['pass', 'ms', 'statements', 'reminded', 'overdue', 'digests', 'notices'], pw));
    for (const p of passes) console.log(line([p.name, fmt(p.ms), fmt(p.statements), fmt(p.summary.reminded), fmt(p.summary.overdue), p.summary.digests, fmt(p.summary.notices)], pw));
    for (const p of passes.slice(0, 2)) {
      const acted = Math.max(p.summary.reminded + p.summary.overdue, 1);
      console.log(`  ${p.name.split(' (')[0]}: ${fmt((p.ms / acted) * 1000, 1)} ms and ${fmt((p.statements / acted) * 1000, 1)} statements per 1,000 reports acted on; ${fmt(p.summary.notices / (p.ms / 1000))} notices/s`);
    }

    console.log(`\nTracking queries over HTTP (median of ${REPEAT}; statements include loading the caller's account)`);
    const tw = [18, 36, 8, 11, 8];
    console.log(line(['query', 'scope', 'communes', 'statements', 'ms'], tw) + '  figures');
    for (const r of table) console.log(line([r.query, r.scope, fmt(r.units), r.statements, fmt(r.ms, 1)], tw) + '  ' + r.detail);
    const ratios = (query: string) => {
      const rows = table.filter((r) => r.query === query);
      const small = rows.find((r) => r.scope.includes('smallest'));
      const wide = rows.find((r) => r.scope.startsWith('country')) ?? rows.find((r) => r.scope.includes('largest'));
      if (!small || !wide) return;
      console.log(
        `  ${query}: statements ${wide.scope} / ${small.scope} = ${wide.statements}/${small.statements} = ${(wide.statements / small.statements).toFixed(2)} ` +
          `for ${fmt(wide.units / small.units, 1)}× the communes; latency ${(wide.ms / small.ms).toFixed(2)}×`,
      );
    };
    for (const q of ['campaignProgress', 'overdueReports', 'reports']) ratios(q);
    if (!unitOptional('campaignProgress')) {
      console.log('  (campaignProgress and overdueReports take a unit: no unit stands above the provinces, so the country is compared through reports.)');
    }
    console.log(`\nTotal ${fmt((performance.now() - started) / 1000, 1)} s.`);
  } finally {
    await hub.close();
    scratch.remove();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
