/**
 * The national roll-up against a hand-written GROUP BY over the same rows, in the same run, on the statistics
 * office's list of 01/03/2025 (63 provinces, 691 districts, 10,047 communes), on a fresh SQLite file.
 *
 *   npm run bench:consolidation
 *
 * Set-up (benchmark only, not product code): one national BHYT_COVERAGE round of three levels is created
 * through the campaign service; every commune's ten entered figures are inserted in bulk and every report is
 * marked approved (provinces finalized), because sending 10,047 reports one by one is the HTTP benchmark's job.
 *
 * Measured, each the median of REPEAT runs:
 *   1. Roll-up: the consolidation service rebuilds every district from its communes and every province from its
 *      districts (what approvals maintain one parent at a time), then reads the national figures — against a
 *      hand-written SELECT … GROUP BY of the commune rows by province and by code, and the national GROUP BY.
 *   2. Read: the `consolidated` query for the whole country over HTTP (figures kept up to date by approvals)
 *      against the national GROUP BY over the commune rows.
 *   3. One approval: a commune approved through the report service, which rewrites its district's figures in
 *      the same transaction (p50 / p99 over a sample, and its SQL statements).
 * Every figure of the roll-up is checked equal to the GROUP BY's before any time is printed.
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
import { ReportStatus } from '../workflows/report.machine';
import {
  BENCH_ADMIN,
  COVERAGE_CODES,
  coverageFigures,
  createNationalRound,
  fmt,
  groupByRollUp,
  importUnits,
  insertAccounts,
  median,
  percentile,
  readUnitsCsv,
  scratchDir,
  startBenchHub,
} from './bench-setup';

const REPEAT = Number(process.env.BENCH_REPEAT ?? 7);
const APPROVALS = Number(process.env.BENCH_APPROVALS ?? 300);
const CODES = COVERAGE_CODES;

/** Commune i's ten figures in CODES order, from a population spread over 3,000–20,000. */
function figures(i: number): number[] {
  const values = coverageFigures(3000 + ((i * 7919) % 17000));
  return CODES.map((code) => values[code]);
}

async function main(): Promise<void> {
  const csv = readUnitsCsv();
  const scratch = scratchDir();
  const clock = new ManualClock('2025-04-01T01:00:00Z');
  const counter = new QueryCounter();
  const hub: Hub = await startBenchHub({ databaseUrl: join(scratch.dir, 'hub.sqlite'), clock, counter });
  const fork = () => hub.orm.em.fork() as EntityManager;

  const { gql, login } = graphqlClient(hub.url);

  try {
    const admin = await login(BENCH_ADMIN.username, BENCH_ADMIN.password);
    const u = await importUnits(gql, admin, csv);
    const campaignId = await createNationalRound(gql, admin, {
      name: 'Báo cáo BHYT năm 2024 (đo tổng hợp)',
      periodStart: '2024-01-01',
      periodEnd: '2024-12-31',
      deadlines: { COMMUNE: '2025-04-20T00:00:00+07:00', DISTRICT: '2025-05-05T00:00:00+07:00', PROVINCE: '2025-05-20T00:00:00+07:00' },
    });
    const em = fork();
    const communes = await em.find(Report, { campaign: campaignId, level: UnitLevel.COMMUNE }, { orderBy: { unitCode: 'asc' } });
    console.log(`Units: ${fmt(u.provinces)} provinces, ${fmt(u.districts)} districts, ${fmt(u.communes)} communes; round ${campaignId}: ${fmt(communes.length)} commune reports.`);

    // Set-up: the communes' figures and every report approved (see the header).
    await em.transactional(async (tem) => {
      const rows: (number | string)[][] = [];
      communes.forEach((r, i) => figures(i).forEach((num, k) => rows.push([r.id, CODES[k], num])));
      for (let i = 0; i < rows.length; i += 300) {
        const chunk = rows.slice(i, i + 300);
        await tem.execute(`insert into report_value (report_id, code, num) values ${chunk.map(() => '(?, ?, ?)').join(', ')}`, chunk.flat());
      }
      await tem.execute(`update report set status = ? where campaign_id = ? and level <> ?`, [ReportStatus.APPROVED, campaignId, UnitLevel.PROVINCE]);
      await tem.execute(`update report set status = ? where campaign_id = ? and level = ?`, [ReportStatus.FINALIZED, campaignId, UnitLevel.PROVINCE]);
    });
    const template = (await hub.services.campaigns.get(fork(), campaignId)).template.compiled;

    // The hand-written baselines over the same commune rows.
    const { byProvince: groupByProvince, byNation: groupByNation } = groupByRollUp(fork, campaignId, CODES);
    // The hub's roll-up: rebuild districts and provinces level by level, then the national figures.
    const rollUp = async () => {
      const tem = fork();
      await tem.transactional((t) => hub.services.consolidation.rebuildCampaign(t as EntityManager, campaignId, template));
      return hub.services.consolidation.nationalValues(fork(), campaignId, template);
    };

    // Correctness first: every national figure and every province figure equal to the GROUP BY's.
    const national = await rollUp();
    const expected = await groupByNation();
    for (const row of expected) {
      if (national.get(row.code)?.num !== Number(row.total)) throw new Error(`National ${row.code}: roll-up ${national.get(row.code)?.num}, GROUP BY ${row.total}`);
    }
    const perProvince = await groupByProvince();
    const provinceValues: { unit_path: string; code: string; num: number }[] = await fork().execute(
      `select r.unit_path, v.code, v.num from report_value v join report r on r.id = v.report_id where r.campaign_id = ? and r.level = 'PROVINCE'`,
      [campaignId],
    );
    const stored = new Map(provinceValues.map((p) => [`${p.unit_path}|${p.code}`, Number(p.num)]));
    for (const row of perProvince) {
      if (stored.get(`${row.province}|${row.code}`) !== Number(row.total)) throw new Error(`Province ${row.province} ${row.code}: ${stored.get(`${row.province}|${row.code}`)} vs ${row.total}`);
    }
    console.log(`Checked: ${expected.length} national figures and ${perProvince.length} province figures equal the GROUP BY's (POP ${fmt(national.get('POP')!.num!)}).`);

    const time = async (work: () => Promise<unknown>) => {
      const runs: number[] = [];
      let statements = 0;
      for (let i = 0; i < REPEAT; i++) {
        counter.reset();
        const t0 = performance.now();
        await work();
        runs.push(performance.now() - t0);
        statements = counter.reset();
      }
      return { ms: median(runs), statements };
    };
    const baseProvince = await time(groupByProvince);
    const baseNation = await time(groupByNation);
    const roll = await time(rollUp);
    console.log('\n1. Roll-up of the whole country (median of %d runs)', REPEAT);
    console.log(`   hand-written GROUP BY, communes → provinces:   ${fmt(baseProvince.ms, 1)} ms`);
    console.log(`   hand-written GROUP BY, communes → country:     ${fmt(baseNation.ms, 1)} ms`);
    console.log(`   hub rebuild, communes → districts → provinces → country: ${fmt(roll.ms, 1)} ms, ${roll.statements} statements`);
    console.log(`   ratio against the provinces GROUP BY: ${fmt(roll.ms / baseProvince.ms, 2)}×`);

    const query = `query($c: ID!) { consolidated(campaignId: $c) { completeness values { code value } children { unitCode included } } }`;
    const read = await time(() => gql(query, { c: String(campaignId) }, admin));
    console.log('\n2. Reading the national figures kept up to date by approvals');
    console.log(`   consolidated(campaignId) over HTTP, 63 provinces: ${fmt(read.ms, 1)} ms, ${read.statements} statements`);
    console.log(`   ratio against the national GROUP BY over the communes: ${fmt(read.ms / baseNation.ms, 2)}×`);

    // 3. Approvals one at a time: the sample goes back to SUBMITTED, its districts to DRAFT (open), then each
    // commune is approved through the report service by its district's approver.
    const sample = communes.filter((_, i) => i % Math.max(1, Math.floor(communes.length / APPROVALS)) === 0).slice(0, APPROVALS);
    await fork().transactional(async (tem) => {
      await tem.execute(`update report set status = ? where id in (${sample.map(() => '?').join(',')})`, [ReportStatus.SUBMITTED, ...sample.map((r) => r.id)]);
      await tem.execute(`update report set status = ? where campaign_id = ? and level = ?`, [ReportStatus.DRAFT, campaignId, UnitLevel.DISTRICT]);
    });
    const parents = await fork().find(Report, { id: { $in: sample.map((r) => r.parent!.id) } });
    const districtsOfSample = [...new Map(parents.map((p) => [p.unit.id, p])).values()];
    const ids = await insertAccounts(
      fork(),
      clock,
      districtsOfSample.map((p) => ({ username: `duyet.${p.unitCode}`, fullName: `Lãnh đạo ${p.unitCode}`, role: Role.APPROVER, unit: p.unit.id })),
    );
    const approvers = await fork().find(User, { id: { $in: [...ids.values()] } }, { populate: ['unit'] });
    const approverOf = new Map(approvers.map((a) => [a.unit!.id, a]));
    const parentOf = new Map(parents.map((p) => [p.id, p]));
    const latencies: number[] = [];
    const statements: number[] = [];
    for (const r of sample) {
      const approver = approverOf.get(parentOf.get(r.parent!.id)!.unit.id)!;
      const current = await fork().findOneOrFail(Report, r.id);
      counter.reset();
      const t0 = performance.now();
      await hub.services.reports.approve(fork(), clock, actorOf(approver), r.id, null, current.version);
      latencies.push(performance.now() - t0);
      statements.push(counter.reset());
    }
    console.log(`\n3. One approval with its district's consolidation, through the report service (${sample.length} communes)`);
    console.log(`   p50 ${fmt(median(latencies), 2)} ms, p99 ${fmt(percentile(latencies, 0.99), 2)} ms; statements ${Math.min(...statements)}–${Math.max(...statements)}`);
  } finally {
    await hub.close();
    scratch.remove();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
