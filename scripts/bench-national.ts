/**
 * The national round over HTTP, on the statistics office's list of 01/03/2025 (63 provinces, 691 districts,
 * 10,047 communes), one BHYT_COVERAGE round of three levels from the communes' first save to the national figures.
 *
 *   npm run bench                                   # SQLite; PostgreSQL too when BENCH_POSTGRES_URL is set
 *   npm run bench -- --clients 32 --communes 500 --db sqlite|postgres|both
 *
 * Each database target gets a real hub (startHub, HTTP on 127.0.0.1, JWTs checked on every request) on a scratch
 * database: a temporary SQLite file, or a fresh database `bench_<random>` on the PostgreSQL server of
 * BENCH_POSTGRES_URL (or TEST_POSTGRES_URL), dropped afterwards. A target that fails prints why and the next runs.
 *
 * Set-up, not timed: the list imported and the round created through the admin mutations; one account per commune
 * (authorisation demands it: only the commune's own officers may fill in and submit its report), per district
 * and per province, the province monitors and a national monitor, inserted in bulk with one precomputed hash.
 * The first C commune officers and the national monitor log in over HTTP; the other tokens are signed with the
 * hub's key by the function the login mutation uses, because 10,000 Argon2id checks would take eight minutes of
 * the two cores and say nothing about the round.
 *
 * `npm run bench` compiles the scripts and the hub with tsc (tsconfig.bench.json) and runs the compiled JavaScript,
 * as `npm start` runs the hub: under ts-node the process also loads node:repl, and with it node:domain, which puts
 * a wrapper around every event the hub emits.
 *
 * Warm-up, not timed: a practice round (the year 2019) on the first WARM_UP_COMMUNES communes is saved, submitted
 * and approved by the same clients, so that the round is measured on a hub whose code V8 has already compiled, as
 * it has in service; its own latency and CPU are printed on one line beside the round's.
 *
 * The round, each phase timed, C concurrent clients (in a worker thread; each client one kept-alive connection,
 * opened before the step as a browser's already is):
 *   1. every commune officer saves the form (20 figures, 2 texts) and submits it; one in fifty after the deadline,
 *      one in ninety-seven with a warning explained in a note;
 *   2. district approvers approve their communes, submit their district's report and province approvers approve
 *      it; province approvers submit and finalize their province's report;
 *   3. roll-up: the national consolidated figures (national monitor) and each province's (its monitor);
 *   4. tracking: campaignProgress and overdueReports for the country and three provinces.
 * Beside them, measured in the same run: (a) the same values inserted with plain SQL into a bare table, (b) the
 * hand-written GROUP BY over the communes' stored values, (c) a bare node:http JSON endpoint answering the phase-1
 * requests with the hub's own answers, driven by the same clients, (d) the hub's HTTP and GraphQL stack (Express,
 * Apollo, graphql-js on the emitted schema) giving those answers with no work behind them. BENCH_KEEP=1 keeps the
 * databases.
 */
import 'reflect-metadata';
import http from 'node:http';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import inspector from 'node:inspector';
import { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { EntityManager } from '@mikro-orm/knex';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { buildSchema } from 'graphql';
import { Client } from 'pg';
import { Hub } from '../src/app';
import { groupBy } from '../src/common/group';
import { ManualClock } from '../src/common/clock';
import { Instances, startInstances } from './bench-instance';
import { QueryCounter } from '../src/db/orm';
import { signAccessToken } from '../src/auth/token';
import { Role, User } from '../src/auth/user.entity';
import { AdministrativeUnit, UnitLevel } from '../src/units/unit.entity';
import { graphqlClient, LoadGenerator, LoadJob, LoadResult } from './bench-http';
import {
  AccountRow,
  BENCH_ADMIN,
  BENCH_PASSWORD,
  chainAccounts,
  createNationalRound,
  createScratchDatabase,
  fmt,
  groupByRollUp,
  importUnits,
  insertAccounts,
  loadUnits,
  median,
  percentile,
  PROJECT_ROOT,
  readUnitsCsv,
  scratchDir,
  startBenchHub,
  suiteOperation,
} from './bench-setup';

// ---------------------------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------------------------

interface Options {
  clients: number;
  communes: number | null;
  db: 'sqlite' | 'postgres' | 'both' | null;
  /** A folder to write one V8 CPU profile of the hub's thread per step into (open in Chrome's DevTools). */
  profile: string | null;
  /** Hub instances serving the round (PostgreSQL only above 1): the benchmark's own hub and N − 1 processes. */
  instances: number;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { clients: 32, communes: null, db: null, profile: null, instances: 1 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--clients') options.clients = Number(value());
    else if (flag === '--communes') options.communes = Number(value());
    else if (flag === '--db') options.db = value() as Options['db'];
    else if (flag === '--profile') options.profile = value();
    else if (flag === '--instances') options.instances = Number(value());
    else throw new Error(`Unknown option ${argv[i]} (options: --clients N, --communes N, --db sqlite|postgres|both, --instances N, --profile DIR)`);
  }
  if (!Number.isInteger(options.clients) || options.clients < 1) throw new Error('--clients takes a whole number ≥ 1');
  if (!Number.isInteger(options.instances) || options.instances < 1 || options.instances > 8) throw new Error('--instances takes a whole number from 1 to 8');
  if (options.communes != null && (!Number.isInteger(options.communes) || options.communes < 1)) throw new Error('--communes takes a whole number ≥ 1');
  if (options.db != null && !['sqlite', 'postgres', 'both'].includes(options.db)) throw new Error('--db takes sqlite, postgres or both');
  return options;
}

const POSTGRES_URL = process.env.BENCH_POSTGRES_URL || process.env.TEST_POSTGRES_URL || null;
/** Repetitions of each tracking query in phase 4, and of the roll-up and the GROUP BY for their medians. */
const REPEAT = 5;
/** A CONFLICT on a concurrent approval (siblings moving their parent's version) is retried this many times. */
const CONFLICT_RETRIES = 8;
/** Communes of the practice round that warms the hub up before the timed round (see runTarget). */
const WARM_UP_COMMUNES = 2000;

// The round: the year 2024; communes before 20/4/2025, districts before 5/5, provinces before 20/5 (Vietnam time).
const DEADLINES = { COMMUNE: '2025-04-20T00:00:00+07:00', DISTRICT: '2025-05-05T00:00:00+07:00', PROVINCE: '2025-05-20T00:00:00+07:00' };
const AT = {
  setUp: '2025-04-01T01:00:00Z',
  communesOnTime: '2025-04-15T02:00:00Z',
  communesLate: '2025-04-22T02:00:00Z',
  review: '2025-04-28T02:00:00Z',
  afterRound: '2025-05-25T02:00:00Z',
};
const LATE_EVERY = 50;
const WARNING_EVERY = 97;

/** A V8 CPU profile of this (the hub's) thread, through the inspector; written as a .cpuprofile file. */
async function startProfile(): Promise<{ stopInto(file: string): Promise<void> }> {
  const session = new inspector.Session();
  session.connect();
  const post = <T>(method: string, params?: object) =>
    new Promise<T>((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))));
  await post('Profiler.enable');
  await post('Profiler.start');
  return {
    async stopInto(file: string) {
      const { profile } = await post<{ profile: object }>('Profiler.stop');
      session.disconnect();
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(profile));
      console.log(`CPU profile: ${file}`);
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The communes' forms
// ---------------------------------------------------------------------------------------------------------------

interface ValueInput {
  code: string;
  value?: number;
  text?: string;
}

/** A small deterministic generator, so every run (and both databases) get the same figures. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STRENGTHS = [
  'Cấp ủy, chính quyền quan tâm chỉ đạo; tuyên truyền chính sách BHYT đến từng hộ gia đình.',
  'Phối hợp tốt giữa UBND xã, trạm y tế và đại lý thu BHXH; rà soát danh sách hộ gia đình kịp thời.',
  'Ngân sách địa phương hỗ trợ thêm mức đóng cho hộ cận nghèo và hộ làm nông nghiệp có mức sống trung bình.',
];
const DIFFICULTIES = [
  'Một bộ phận người dân tham gia BHYT theo hộ gia đình chưa liên tục; lao động đi làm ăn xa khó vận động.',
  'Thu nhập của người dân còn thấp; mức đóng BHYT hộ gia đình còn là gánh nặng với hộ đông con.',
  'Dữ liệu dân cư và dữ liệu thẻ BHYT chưa khớp hoàn toàn, còn trùng thẻ phải rà soát.',
];

/**
 * Commune `i`'s form: population 1,500–30,000 (about 95 million for the country), coverage 86–99 %, the cards split
 * by who issued them and by the five groups (both equality rules hold), the five target groups with fewer
 * insured than people, and two short texts. One commune in WARNING_EVERY has more insured than residents (cards
 * of people registered elsewhere), which is a warning its officer explains in a note.
 */
function communeForm(i: number): { values: ValueInput[]; warning: boolean } {
  const r = random(i * 2654435761 + 1);
  const between = (lo: number, hi: number) => lo + (hi - lo) * r();
  let pop = Math.round(1500 * Math.pow(20, r()));
  const insured = Math.round(pop * between(0.86, 0.99));
  const armed = Math.round(insured * between(0.003, 0.012));
  const elsewhere = Math.round(insured * between(0.05, 0.2));
  const local = insured - armed - elsewhere;
  const g1 = Math.round(local * between(0.03, 0.2));
  const g2 = Math.round(local * between(0.02, 0.05));
  const g3 = Math.round(local * between(0.25, 0.5));
  const g4 = Math.round(local * between(0.05, 0.2));
  const g5 = local - g1 - g2 - g3 - g4;
  const pair = (share: [number, number], insuredShare: [number, number]) => {
    const total = Math.round(pop * between(...share));
    return [total, Math.round(total * between(...insuredShare))];
  };
  const [nearPoor, nearPoorIns] = pair([0.01, 0.06], [0.6, 1]);
  const [poor, poorIns] = pair([0.01, 0.08], [0.95, 1]);
  const [child, childIns] = pair([0.07, 0.1], [0.97, 1]);
  const [elder, elderIns] = pair([0.015, 0.03], [0.9, 1]);
  const [student, studentIns] = pair([0.15, 0.22], [0.85, 1]);
  const warning = i % WARNING_EVERY === 13;
  if (warning) pop = Math.floor(insured * 0.995);
  const numbers: Record<string, number> = {
    POP: pop,
    INSURED: insured,
    CARDS_LOCAL: local,
    G1_EMPLOYMENT: g1,
    G2_SOCIAL_INSURANCE: g2,
    G3_STATE_BUDGET: g3,
    G4_BUDGET_SUBSIDISED: g4,
    G5_HOUSEHOLD: g5,
    CARDS_ELSEWHERE: elsewhere,
    CARDS_ARMED_FORCES: armed,
    NEAR_POOR_TOTAL: nearPoor,
    NEAR_POOR_INSURED: nearPoorIns,
    POOR_TOTAL: poor,
    POOR_INSURED: poorIns,
    CHILD_U6_TOTAL: child,
    CHILD_U6_INSURED: childIns,
    ELDER_80_TOTAL: elder,
    ELDER_80_INSURED: elderIns,
    STUDENT_TOTAL: student,
    STUDENT_INSURED: studentIns,
  };
  return {
    values: [
      ...Object.entries(numbers).map(([code, value]) => ({ code, value })),
      { code: 'STRENGTHS', text: STRENGTHS[i % STRENGTHS.length] },
      { code: 'DIFFICULTIES', text: DIFFICULTIES[(i >> 2) % DIFFICULTIES.length] },
    ],
    warning,
  };
}

/** The codes the roll-up adds up (every numeric figure a commune enters). */
const SUM_CODES = communeForm(0).values.filter((v) => v.value != null).map((v) => v.code);

// ---------------------------------------------------------------------------------------------------------------
// Targets
// ---------------------------------------------------------------------------------------------------------------

/** The part of a `Consolidated` answer (test/operations/templates.graphql) the roll-up check reads. */
interface ConsolidatedAnswer {
  consolidated: { unitCode?: string | null; values: { code: string; value?: number | null }[] };
}

interface PlainRow {
  reportId: number;
  code: string;
  num: number | null;
  text: string | null;
}

interface Database {
  databaseUrl: string;
  /** Baseline (a): the rows inserted with plain SQL into a bare table in one transaction; returns the ms it took. */
  plainInserts(rows: PlainRow[]): Promise<number>;
  dispose(): Promise<void>;
}

interface Target {
  name: string;
  open(): Promise<Database>;
}

/** better-sqlite3 (MikroORM's SQLite driver) used bare; typed here for the few calls the baseline makes. */
interface BareSqlite {
  pragma(source: string): unknown;
  exec(sql: string): void;
  prepare(sql: string): { run(...params: unknown[]): unknown };
  transaction(fn: (rows: PlainRow[]) => void): (rows: PlainRow[]) => void;
  close(): void;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const BetterSqlite = require('better-sqlite3') as new (file: string) => BareSqlite;

const sqliteTarget: Target = {
  name: 'SQLite',
  async open() {
    const scratch = scratchDir();
    return {
      databaseUrl: join(scratch.dir, 'hub.sqlite'),
      async plainInserts(rows) {
        // Its own file, in the same folder and journal mode as the hub's, so it measures SQLite and nothing else.
        const db = new BetterSqlite(join(scratch.dir, 'plain.sqlite'));
        try {
          db.pragma('journal_mode = WAL');
          db.exec('create table plain_value (report_id integer not null, code text not null, num real, text text)');
          const insert = db.prepare('insert into plain_value (report_id, code, num, text) values (?, ?, ?, ?)');
          const all = db.transaction((list: PlainRow[]) => {
            for (const row of list) insert.run(row.reportId, row.code, row.num, row.text);
          });
          const t0 = performance.now();
          all(rows);
          return performance.now() - t0;
        } finally {
          db.close();
        }
      },
      async dispose() {
        scratch.remove();
      },
    };
  },
};

function postgresTarget(serverUrl: string): Target {
  return {
    name: 'PostgreSQL',
    async open() {
      const scratch = await createScratchDatabase(serverUrl);
      return {
        databaseUrl: scratch.url,
        async plainInserts(rows) {
          const client = new Client({ connectionString: scratch.url });
          await client.connect();
          try {
            await client.query('create table plain_value (report_id integer not null, code text not null, num double precision, text text)');
            // Multi-row inserts of a fixed size through one named (prepared) statement: the fastest plain SQL short of COPY.
            const PER = 500;
            const statement = (n: number) =>
              `insert into plain_value (report_id, code, num, text) values ${Array.from({ length: n }, (_, i) => `($${i * 4 + 1}, $${i * 4 + 2}, $${i * 4 + 3}, $${i * 4 + 4})`).join(', ')}`;
            const full = statement(PER);
            const t0 = performance.now();
            await client.query('begin');
            for (let i = 0; i < rows.length; i += PER) {
              const chunk = rows.slice(i, i + PER);
              const values = chunk.flatMap((r) => [r.reportId, r.code, r.num, r.text]);
              if (chunk.length === PER) await client.query({ name: 'plain_insert', text: full, values });
              else await client.query(statement(chunk.length), values);
            }
            await client.query('commit');
            return performance.now() - t0;
          } finally {
            await client.query('drop table if exists plain_value').catch(() => undefined);
            await client.end();
          }
        },
        dispose: () => scratch.drop(),
      };
    },
  };
}

function chooseTargets(db: Options['db']): Target[] {
  const wanted = db ?? (POSTGRES_URL ? 'both' : 'sqlite');
  const targets: Target[] = [];
  if (wanted === 'sqlite' || wanted === 'both') targets.push(sqliteTarget);
  if (wanted === 'postgres' || wanted === 'both') {
    if (!POSTGRES_URL) throw new Error('--db postgres needs BENCH_POSTGRES_URL (or TEST_POSTGRES_URL), e.g. postgresql://postgres@127.0.0.1:5432/postgres');
    targets.push(postgresTarget(POSTGRES_URL));
  }
  return targets;
}

// ---------------------------------------------------------------------------------------------------------------
// Measuring
// ---------------------------------------------------------------------------------------------------------------

/** One load run (or two of one kind, merged) with what the server did for it. */
interface Step {
  label: string;
  /** Reports moved on by the step (for reports/s); null when the step only reads. */
  reports: number | null;
  wallMs: number;
  requests: number;
  statements: number;
  /** CPU time the hub's thread spent during the step (null where /proc is not available). */
  cpuMs: number | null;
  /**
   * Where the rest of the two cores went (null where /proc is not available): the database server's processes
   * (PostgreSQL on this machine; SQLite runs inside the hub's thread), and this process's other threads (the
   * clients' worker, garbage collection, libuv).
   */
  databaseCpuMs: number | null;
  otherThreadsCpuMs: number | null;
  latencies: Record<string, number[]>;
  retries: number;
  slowest: LoadResult['slowest'];
}

interface Phase {
  label: string;
  steps: Step[];
}

interface StepOutcome {
  step: Step;
  result: LoadResult;
}

/** Peak resident set size, sampled; the main thread can be busy in SQLite, so the sampler is only a lower bound. */
class RssSampler {
  peak = process.memoryUsage().rss;
  private timer: NodeJS.Timeout | null = null;
  start() {
    this.timer = setInterval(() => {
      this.peak = Math.max(this.peak, process.memoryUsage().rss);
    }, 50);
    this.timer.unref();
  }
  stop() {
    if (this.timer) clearInterval(this.timer);
    this.peak = Math.max(this.peak, process.memoryUsage().rss);
  }
}

const MB = 1024 * 1024;

/** USER_HZ, the unit of the CPU times in /proc: 100 on every Linux the hub runs on. */
const CLOCK_TICKS = 100;

/**
 * CPU time of the main thread (where the hub runs) in ms, from /proc on Linux (the clients' worker thread is a
 * different task); null elsewhere. Unlike latency it hardly grows when other work shares the cores.
 */
/** utime + stime of one /proc stat file, in ms; null when it cannot be read (the task or process ended). */
function statCpuMs(path: string): number | null {
  try {
    const stat = readFileSync(path, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/** CPU time of every process of the PostgreSQL server on this machine (postmaster and backends), ms. */
function postgresCpuMs(): number | null {
  try {
    let total = 0;
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      let comm = '';
      try {
        comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      } catch {
        continue;
      }
      if (comm === 'postgres') total += statCpuMs(`/proc/${pid}/stat`) ?? 0;
    }
    return total;
  } catch {
    return null;
  }
}

/** CPU time of this process's threads other than the main one (the clients' worker, GC, libuv), ms. */
function otherThreadsCpuMs(): number | null {
  try {
    let total = 0;
    for (const tid of readdirSync('/proc/self/task')) if (Number(tid) !== process.pid) total += statCpuMs(`/proc/self/task/${tid}/stat`) ?? 0;
    return total;
  } catch {
    return null;
  }
}

function serverCpuMs(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at the last ')'; utime and stime are 14th and 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// One target
// ---------------------------------------------------------------------------------------------------------------

interface ReportRow {
  id: number;
  unit_id: number;
  unit_code: string;
  unit_path: string;
  level: UnitLevel;
  parent_id: number | null;
  version: number;
}

async function runTarget(target: Target, options: Options, csv: string, load: LoadGenerator): Promise<void> {
  const database = await target.open();
  const clock = new ManualClock(AT.setUp);
  const counter = new QueryCounter();
  let hub: Hub | null = null;
  let instances: Instances | null = null;
  try {
    const setupStarted = performance.now();
    hub = await startBenchHub({ databaseUrl: database.databaseUrl, clock, counter, ttlSeconds: 400 * 86_400 });
    const h = hub;
    const onPostgres = /^postgres(ql)?:/.test(database.databaseUrl);
    const fork = () => h.orm.em.fork() as EntityManager;
    const { gql, login } = graphqlClient(h.url);
    const admin = await login(BENCH_ADMIN.username, BENCH_ADMIN.password);

    // ---- Set-up (not timed as part of the round) ----
    const imported = await importUnits(gql, admin, csv);
    const units = await loadUnits(fork());
    const unitById = new Map(units.map((u) => [u.id, u]));
    const provinces = units.filter((u) => u.level === UnitLevel.PROVINCE);
    const accounts: AccountRow[] = [
      ...chainAccounts(units),
      ...provinces.map((p) => ({ username: `tinh${p.code}.theodoi`, fullName: `Theo dõi ${p.name}`, role: Role.MONITOR, unit: p.id })),
      { username: 'trunguong.theodoi', fullName: 'Theo dõi toàn quốc', role: Role.MONITOR, unit: null },
    ];
    const ids = await insertAccounts(fork(), clock, accounts);
    const campaignId = await createNationalRound(gql, admin, {
      name: 'Báo cáo kết quả thực hiện BHYT năm 2024 (toàn quốc)',
      periodStart: '2024-01-01',
      periodEnd: '2024-12-31',
      deadlines: DEADLINES,
    });
    const rawReports = (await fork().execute(
      `select id, unit_id, unit_code, unit_path, level, parent_id, version from report where campaign_id = ? order by unit_code`,
      [campaignId],
    )) as ReportRow[];
    const reports: ReportRow[] = rawReports.map((r) => ({ ...r, id: Number(r.id), unit_id: Number(r.unit_id), parent_id: r.parent_id == null ? null : Number(r.parent_id), version: Number(r.version) }));
    const reportById = new Map(reports.map((r) => [r.id, r]));
    const byLevel = (level: UnitLevel) => reports.filter((r) => r.level === level);
    const communes = byLevel(UnitLevel.COMMUNE);
    const districts = byLevel(UnitLevel.DISTRICT);
    const provinceReports = byLevel(UnitLevel.PROVINCE);

    // Tokens: signed with the hub's key as its login does; the first C commune officers and the national monitor
    // log in for real over HTTP, and their tokens are the ones used.
    const tokens = new Map<string, string>();
    for (const user of await fork().find(User, {})) tokens.set(user.username, signAccessToken(h.config.jwt, clock, user.id, user.role, user.tokenVersion));
    const realLogins = [...communes.slice(0, options.clients).map((r) => `xa${r.unit_code}.nhaplieu`), 'trunguong.theodoi'];
    const loginMs: number[] = [];
    for (let i = 0; i < realLogins.length; i += 4) {
      await Promise.all(
        realLogins.slice(i, i + 4).map(async (username) => {
          const t0 = performance.now();
          tokens.set(username, await login(username, BENCH_PASSWORD));
          loginMs.push(performance.now() - t0);
        }),
      );
    }
    const token = (username: string) => {
      const t = tokens.get(username);
      if (!t) throw new Error(`No account ${username}`);
      return t;
    };
    /** The approver of a report's unit (who reviews the reports of the units below it). */
    const approverOf = (parent: ReportRow) => (parent.level === UnitLevel.DISTRICT ? `huyen${parent.unit_code}.duyet` : `tinh${parent.unit_code}.duyet`);
    const reviewerOf = (r: ReportRow) => approverOf(reportById.get(r.parent_id!)!);
    console.log(
      `\n== ${target.name}: ${fmt(imported.provinces)} provinces, ${fmt(imported.districts)} districts, ${fmt(imported.communes)} communes; ` +
        `round ${campaignId} has ${fmt(reports.length)} reports; ${options.clients} clients`,
    );
    console.log(
      `Set-up ${fmt((performance.now() - setupStarted) / 1000, 1)} s (import, ${fmt(accounts.length)} accounts in bulk, createCampaign); ` +
        `${realLogins.length} logins over HTTP (Argon2id): p50 ${fmt(median(loginMs))} ms, the other ${fmt(ids.size - realLogins.length)} tokens signed with the hub's key.`,
    );

    // ---- The operations, as the contract tests write them ----
    const operations = {
      save: suiteOperation('reports.graphql', 'SaveReportValues'),
      submit: suiteOperation('reports.graphql', 'SubmitReport'),
      approve: suiteOperation('reports.graphql', 'ApproveReport'),
      open: suiteOperation('reports.graphql', 'ReportVersion'),
      consolidated: suiteOperation('templates.graphql', 'Consolidated'),
      // The dashboard's own selections; the unit made optional so that the same text asks for the whole country.
      progress: suiteOperation('progress.graphql', 'TrackingProgress').replace('$unitCode: String!', '$unitCode: String'),
      overdue: suiteOperation('progress.graphql', 'OverdueReports').replace('$unitCode: String!', '$unitCode: String'),
    };
    type Op = keyof typeof operations;
    /** Requests are labelled per operation and scope; each label names its operation's text. */
    const labelled = (labels: Record<string, Op>) => Object.fromEntries(Object.entries(labels).map(([label, op]) => [label, operations[op]]));

    const run = async (label: string, reportsMoved: number | null, ops: Record<string, Op>, jobs: LoadJob[], keepAnswers = false): Promise<StepOutcome> => {
      counter.reset();
      await instances?.stats();
      const profiler = options.profile ? await startProfile() : null;
      const cpu0 = serverCpuMs();
      const db0 = onPostgres ? postgresCpuMs() : 0;
      const threads0 = otherThreadsCpuMs();
      const urls = instances ? [h.url, ...instances.urls] : undefined;
      const result = await load.run({ url: h.url, urls, clients: options.clients, operations: labelled(ops), jobs, keepAnswers, conflictRetries: CONFLICT_RETRIES });
      const wallMs = result.wallMs;
      const cpu1 = serverCpuMs();
      const db1 = onPostgres ? postgresCpuMs() : 0;
      const threads1 = otherThreadsCpuMs();
      const databaseCpuMs = db0 != null && db1 != null ? db1 - db0 : null;
      const otherThreadsMs = threads0 != null && threads1 != null ? threads1 - threads0 : null;
      if (profiler) await profiler.stopInto(join(options.profile!, `${target.name}-${label.replace(/[^A-Za-z0-9]+/g, '-')}.cpuprofile`));
      // With several instances: the CPU time and statements of all of them (each other instance's whole process).
      const others = instances ? await instances.stats() : [];
      const cpuMs = cpu0 != null && cpu1 != null ? cpu1 - cpu0 + others.reduce((a, o) => a + o.cpuMs, 0) : null;
      const statements = counter.reset() + others.reduce((a, o) => a + o.statements, 0);
      if (result.failedJobs > 0) {
        throw new Error(`${label}: ${result.failedJobs} of ${jobs.length} jobs failed, e.g.\n  ${result.errors.join('\n  ')}`);
      }
      return { step: { label, reports: reportsMoved, wallMs, requests: result.requests, statements, cpuMs, databaseCpuMs, otherThreadsCpuMs: otherThreadsMs, latencies: result.latencies, retries: result.retries, slowest: result.slowest }, result };
    };
    const merge = (label: string, parts: StepOutcome[]): Step => {
      const latencies: Record<string, number[]> = {};
      for (const p of parts) for (const [op, xs] of Object.entries(p.step.latencies)) (latencies[op] ??= []).push(...xs);
      const sum = (f: (s: Step) => number) => parts.reduce((a, p) => a + f(p.step), 0);
      const cpuMs = parts.every((p) => p.step.cpuMs != null) ? sum((s) => s.cpuMs!) : null;
      const databaseCpuMs = parts.every((p) => p.step.databaseCpuMs != null) ? sum((s) => s.databaseCpuMs!) : null;
      const otherThreadsCpuMs = parts.every((p) => p.step.otherThreadsCpuMs != null) ? sum((s) => s.otherThreadsCpuMs!) : null;
      // Each part's send times are shifted by the parts before it, so that they read as times within the step.
      let offset = 0;
      const slowest = parts
        .flatMap((p) => {
          const shifted = p.step.slowest.map((x) => ({ ...x, sentAtMs: x.sentAtMs + offset }));
          offset += p.step.wallMs;
          return shifted;
        })
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 5);
      return { label, reports: sum((s) => s.reports ?? 0), wallMs: sum((s) => s.wallMs), requests: sum((s) => s.requests), statements: sum((s) => s.statements), cpuMs, databaseCpuMs, otherThreadsCpuMs, latencies, retries: sum((s) => s.retries), slowest };
    };
    /** Jobs reordered round-robin over their groups, so concurrent clients work for different reviewers as in life. */
    const interleave = <T>(items: T[], groupOf: (item: T) => number): T[] => {
      const lists = [...groupBy(items, groupOf).values()];
      const out: T[] = [];
      for (let i = 0; out.length < items.length; i++) for (const list of lists) if (i < list.length) out.push(list[i]);
      return out;
    };

    const forms = communes.map((_, i) => communeForm(i));
    const communeJob = (r: ReportRow, i: number): LoadJob => ({
      token: token(`xa${r.unit_code}.nhaplieu`),
      steps: [
        { op: 'saveReportValues', variables: { reportId: String(r.id), values: forms[i].values, expectedVersion: r.version } },
        {
          op: 'submitReport',
          variables: { reportId: String(r.id), note: forms[i].warning ? 'Có người có hộ khẩu nơi khác tham gia BHYT tại xã (lao động, học sinh tạm trú).' : null, allowIncomplete: false },
          versionFrom: 0,
        },
      ],
    });
    const phase1Ops: Record<string, Op> = { saveReportValues: 'save', submitReport: 'submit' };
    const allCommuneJobs = communes.map(communeJob);

    // Further instances on the same database, started once the round exists, each with the hub's key.
    // SQLite is the embedded, one-process database: several instances need PostgreSQL.
    if (options.instances > 1 && !onPostgres) console.log('One hub instance on SQLite (--instances applies to PostgreSQL).');
    if (options.instances > 1 && onPostgres) {
      instances = await startInstances(options.instances - 1, { databaseUrl: database.databaseUrl, jwt: h.config.jwt, at: clock.now().toISOString() });
      console.log(`${options.instances} hub instances on one database (this process and ${options.instances - 1} more); client i uses instance i mod ${options.instances}.`);
    }
    const setClock = async (at: string) => {
      clock.set(at);
      await instances?.setClock(at);
    };

    // ---- Warm-up: a practice round, not part of the figures ----
    // A hub in service has run these code paths many thousand times before a deadline week; a fresh process runs
    // them interpreted, then compiled as V8 finds them hot (its first few thousand requests took twice as long per
    // request). So the same clients first save, submit and approve the forms of a practice round (the year 2019,
    // on the first WARM_UP_COMMUNES communes: other reports, the same code), and its figures are printed apart.
    const warmUpCommunes = Math.min(communes.length, WARM_UP_COMMUNES);
    if (warmUpCommunes > 0) {
      const warmUpId = await createNationalRound(gql, admin, { name: 'Diễn tập: báo cáo BHYT năm 2019', periodStart: '2019-01-01', periodEnd: '2019-12-31', deadlines: DEADLINES });
      const warmRows = (
        (await fork().execute(`select id, unit_id, unit_code, unit_path, level, parent_id, version from report where campaign_id = ? order by unit_code`, [warmUpId])) as ReportRow[]
      ).map((r) => ({ ...r, id: Number(r.id), parent_id: r.parent_id == null ? null : Number(r.parent_id), version: Number(r.version) }));
      const warmById = new Map(warmRows.map((r) => [r.id, r]));
      const warmCommunes = warmRows.filter((r) => r.level === UnitLevel.COMMUNE).slice(0, warmUpCommunes);
      await setClock(AT.communesOnTime);
      const urls = instances ? [h.url, ...instances.urls] : undefined;
      const warmStarted = performance.now();
      const cpu0 = serverCpuMs();
      const saved = await load.run({ url: h.url, urls, clients: options.clients, operations: labelled(phase1Ops), jobs: warmCommunes.map(communeJob), conflictRetries: CONFLICT_RETRIES });
      const submittedVersion = new Map(warmCommunes.map((r, i) => [r.id, saved.versions[i]]));
      // Approved at the same moment (the clock only moves forward, from here to the round's own times).
      const approved = await load.run({
        url: h.url,
        urls,
        clients: options.clients,
        operations: labelled({ approveReport: 'approve' }),
        jobs: interleave(warmCommunes, (r) => r.parent_id!).map((r) => ({
          token: token(approverOf(warmById.get(r.parent_id!)!)),
          steps: [{ op: 'approveReport', variables: { reportId: String(r.id), comment: null, expectedVersion: submittedVersion.get(r.id) } }],
        })),
        conflictRetries: CONFLICT_RETRIES,
      });
      const cpu1 = serverCpuMs();
      const failed = saved.failedJobs + approved.failedJobs;
      if (failed > 0) throw new Error(`Warm-up: ${failed} jobs failed, e.g.\n  ${[...saved.errors, ...approved.errors].join('\n  ')}`);
      const all = [...Object.values(saved.latencies), ...Object.values(approved.latencies)].flat();
      const first = Object.values(saved.latencies).flat();
      console.log(
        `Warm-up (not in the figures below): a practice round, ${fmt(warmUpCommunes)} communes saved, submitted and approved, ${fmt(all.length)} requests in ` +
          `${fmt((performance.now() - warmStarted) / 1000, 1)} s; save + submit p50/p99 ${fmt(median(first), 1)}/${fmt(percentile(first, 0.99), 1)} ms` +
          (cpu0 != null && cpu1 != null ? `, hub CPU ${fmt((cpu1 - cpu0) / all.length, 2)} ms per request` : '') +
          '.',
      );
    }

    // ---- The national round ----
    const rss = new RssSampler();
    rss.start();
    const phases: Phase[] = [];
    const roundStarted = performance.now();

    // 1. Save and submit every commune's report: most before the deadline, one in fifty after it.
    await setClock(AT.communesOnTime);
    const onTime = allCommuneJobs.filter((_, i) => i % LATE_EVERY !== LATE_EVERY - 1);
    const lateJobs = allCommuneJobs.filter((_, i) => i % LATE_EVERY === LATE_EVERY - 1);
    const lateReports = communes.filter((_, i) => i % LATE_EVERY === LATE_EVERY - 1);
    const onTimeReports = communes.filter((_, i) => i % LATE_EVERY !== LATE_EVERY - 1);
    const p1a = await run('on time', onTime.length, phase1Ops, onTime);
    await setClock(AT.communesLate);
    const p1b = lateJobs.length ? await run('late', lateJobs.length, phase1Ops, lateJobs) : null;
    const p1parts = p1b ? [p1a, p1b] : [p1a];
    phases.push({ label: '1. communes save + submit', steps: [merge('save + submit', p1parts)] });
    const submitted = new Map<number, number>();
    onTimeReports.forEach((r, i) => submitted.set(r.id, p1a.result.versions[i]!));
    lateReports.forEach((r, i) => submitted.set(r.id, p1b!.result.versions[i]!));

    // 2. Review up the chain.
    await setClock(AT.review);
    const approveJob = (r: ReportRow, version: number, reviewer: string): LoadJob => ({
      token: token(reviewer),
      steps: [{ op: 'approveReport', variables: { reportId: String(r.id), comment: null, expectedVersion: version } }],
    });
    const openAndSubmit = (r: ReportRow, officer: string, note: string): LoadJob => ({
      token: token(officer),
      steps: [
        { op: 'report', variables: { id: String(r.id) } },
        { op: 'submitReport', variables: { reportId: String(r.id), note, allowIncomplete: false }, versionFrom: 0 },
      ],
    });
    const p2a = await run(
      'district approves communes',
      communes.length,
      { approveReport: 'approve' },
      interleave(communes, (r) => r.parent_id!).map((r) => approveJob(r, submitted.get(r.id)!, reviewerOf(r))),
    );
    const p2b = await run(
      'district submits',
      districts.length,
      { report: 'open', submitReport: 'submit' },
      districts.map((r) => openAndSubmit(r, `huyen${r.unit_code}.duyet`, `Đã tổng hợp báo cáo của các xã, phường, thị trấn thuộc ${unitById.get(r.unit_id)!.name}.`)),
    );
    const districtVersion = new Map(districts.map((r, i) => [r.id, p2b.result.versions[i]!]));
    const orderedDistricts = interleave(districts, (r) => r.parent_id!);
    const p2c = await run(
      'province approves districts',
      districts.length,
      { approveReport: 'approve' },
      orderedDistricts.map((r) => approveJob(r, districtVersion.get(r.id)!, reviewerOf(r))),
    );
    const p2d = await run(
      'province submits',
      provinceReports.length,
      { report: 'open', submitReport: 'submit' },
      provinceReports.map((r) => openAndSubmit(r, `tinh${r.unit_code}.duyet`, 'Báo cáo tổng hợp của tỉnh.')),
    );
    const p2e = await run(
      'province finalizes',
      provinceReports.length,
      { approveReport: 'approve' },
      provinceReports.map((r, i) => approveJob(r, p2d.result.versions[i]!, `tinh${r.unit_code}.duyet`)),
    );
    phases.push({ label: '2. review up the chain', steps: [p2a.step, p2b.step, p2c.step, p2d.step, p2e.step] });

    // 3. Roll-up: the country, then each province, read by their monitors. On PostgreSQL the tables' statistics are
    // brought up to date first, as autovacuum would have done in the days between a round's reviews and its
    // roll-up: a round of a minute leaves the planner without them, and both the roll-up and the GROUP BY baseline
    // then ran on guessed row counts (the GROUP BY alone took 450 ms in some runs, 100 ms in others).
    if (onPostgres) await fork().execute('analyze');
    await setClock(AT.afterRound);
    const showCodes = ['POP', 'INSURED', 'COVERAGE_RATE'];
    const rollUpJobs: LoadJob[] = [
      { token: token('trunguong.theodoi'), steps: [{ op: 'consolidated (country)', variables: { campaignId: String(campaignId), unitCode: null, codes: showCodes } }] },
      ...provinceReports.map((r) => ({
        token: token(`tinh${r.unit_code}.theodoi`),
        steps: [{ op: 'consolidated (province)', variables: { campaignId: String(campaignId), unitCode: r.unit_code, codes: showCodes } }],
      })),
    ];
    const rollUpOps: Record<string, Op> = { 'consolidated (country)': 'consolidated', 'consolidated (province)': 'consolidated' };
    const p3 = await run('consolidated', null, rollUpOps, rollUpJobs, true);
    phases.push({ label: '3. roll-up', steps: [p3.step] });

    // 4. Tracking: the country, and the smallest, a middle and the largest province by communes.
    const communesIn = new Map<string, number>();
    for (const r of communes) {
      const province = reportById.get(reportById.get(r.parent_id!)!.parent_id!)!.unit_code;
      communesIn.set(province, (communesIn.get(province) ?? 0) + 1);
    }
    const bySize = [...communesIn.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
    const sample = [...new Set([bySize[0], bySize[Math.floor(bySize.length / 2)], bySize[bySize.length - 1]].map(([code]) => code))];
    const trackingJobs: LoadJob[] = [];
    for (let k = 0; k < REPEAT; k++) {
      trackingJobs.push({ token: token('trunguong.theodoi'), steps: [{ op: 'campaignProgress (country)', variables: { campaignId: String(campaignId), unitCode: null } }] });
      trackingJobs.push({ token: token('trunguong.theodoi'), steps: [{ op: 'overdueReports (country)', variables: { campaignId: String(campaignId), unitCode: null, first: 50 } }] });
      for (const code of sample) {
        trackingJobs.push({ token: token(`tinh${code}.theodoi`), steps: [{ op: 'campaignProgress (province)', variables: { campaignId: String(campaignId), unitCode: code } }] });
        trackingJobs.push({ token: token(`tinh${code}.theodoi`), steps: [{ op: 'overdueReports (province)', variables: { campaignId: String(campaignId), unitCode: code, first: 50 } }] });
      }
    }
    const p4 = await run(
      'tracking',
      null,
      { 'campaignProgress (country)': 'progress', 'campaignProgress (province)': 'progress', 'overdueReports (country)': 'overdue', 'overdueReports (province)': 'overdue' },
      trackingJobs,
      true,
    );
    phases.push({ label: '4. tracking', steps: [p4.step] });
    const roundMs = performance.now() - roundStarted;
    rss.stop();

    // ---- Checks: every report where it should be, and the roll-up equal to the GROUP BY ----
    const states: { level: string; status: string; n: number }[] = await fork().execute(
      'select level, status, count(*) as n from report where campaign_id = ? group by level, status order by level, status',
      [campaignId],
    );
    const expectedStates = new Map([
      ['COMMUNE|APPROVED', communes.length],
      ['DISTRICT|APPROVED', districts.length],
      ['PROVINCE|FINALIZED', provinceReports.length],
    ]);
    const actualStates = new Map(states.map((s) => [`${s.level}|${s.status}`, Number(s.n)]));
    if (actualStates.size !== expectedStates.size || [...expectedStates].some(([k, n]) => actualStates.get(k) !== n)) {
      throw new Error(`Reports not where the round should leave them: ${states.map((s) => `${s.level} ${s.status} ${s.n}`).join(', ')}`);
    }
    const rollUp = groupByRollUp(fork, campaignId, SUM_CODES);
    const expectedNation = new Map((await rollUp.byNation()).map((row) => [row.code, Number(row.total)]));
    const expectedProvince = new Map((await rollUp.byProvince()).map((row) => [`${row.province}|${row.code}`, Number(row.total)]));
    const answers = p3.result.answers as ConsolidatedAnswer[];
    for (const answer of answers) {
      const c = answer.consolidated;
      const path = c.unitCode ? unitPathOfCode(units, c.unitCode) : null;
      for (const code of SUM_CODES) {
        const got = c.values.find((v) => v.code === code)?.value ?? null;
        const want = path ? expectedProvince.get(`${path}|${code}`) : expectedNation.get(code);
        if (got !== want) throw new Error(`Roll-up of ${c.unitCode ?? 'the country'} ${code}: ${got}, GROUP BY ${want}`);
      }
    }
    const trackingAnswer = p4.result.answers!.find((a) => (a as { overdueReports?: unknown }).overdueReports) as { overdueReports: { totalCount: number } } | undefined;
    console.log(
      `Checked: ${fmt(communes.length)} communes approved, ${fmt(districts.length)} districts approved, ${provinceReports.length} provinces finalized; ` +
        `${answers.length} roll-ups × ${SUM_CODES.length} figures equal to the GROUP BY's (population ${fmt(expectedNation.get('POP') ?? 0)}); ` +
        `overdueReports lists ${fmt(trackingAnswer?.overdueReports.totalCount ?? 0)} late reports (${fmt(lateReports.length)} communes sent late).`,
    );

    // ---- Baselines, same process, same run ----
    // (a) the same values, plain SQL, one transaction.
    const plainRows: PlainRow[] = communes.flatMap((r, i) => forms[i].values.map((v) => ({ reportId: r.id, code: v.code, num: v.value ?? null, text: v.text ?? null })));
    const plainMs = await database.plainInserts(plainRows);
    // (b) the GROUP BY (provinces, then the country) against the roll-up phase, both repeated for a median.
    const groupByRuns: number[] = [];
    for (let k = 0; k < REPEAT; k++) {
      const t0 = performance.now();
      await rollUp.byProvince();
      await rollUp.byNation();
      groupByRuns.push(performance.now() - t0);
    }
    const rollUpRuns = [p3.step.wallMs];
    for (let k = 1; k < REPEAT; k++) rollUpRuns.push((await run('consolidated', null, rollUpOps, rollUpJobs)).step.wallMs);
    // (c) the phase-1 requests, same clients, against node:http answering with the hub's own first answers.
    const floor = await bareHttpFloor(load, options.clients, labelled(phase1Ops), allCommuneJobs, { ...p1a.result.samples });
    // (d) the same requests through the hub's HTTP and GraphQL stack with nothing behind the resolvers.
    const stackFloor = await graphqlStackFloor(load, options.clients, labelled(phase1Ops), allCommuneJobs, { ...p1a.result.samples });

    // ---- Report ----
    printTable(target.name, phases, roundMs);
    const phase1 = phases[0].steps[0];
    const submitP99 = percentile(phase1.latencies.submitReport, 0.99);
    const groupByMs = median(groupByRuns);
    const rollUpMs = median(rollUpRuns);
    console.log('\nBaselines (same process, same run)');
    const bw = [58, 12, 12, 8];
    console.log(row(['', 'hub', 'baseline', 'ratio'], bw));
    console.log(row([`(a) plain SQL inserts of the same ${fmt(plainRows.length)} values (phase 1)`, `${fmt(phase1.wallMs / 1000, 2)} s`, `${fmt(plainMs / 1000, 3)} s`, `${fmt(phase1.wallMs / plainMs, 1)}×`], bw));
    console.log(row([`(b) GROUP BY provinces + country (roll-up, median of ${REPEAT})`, `${fmt(rollUpMs)} ms`, `${fmt(groupByMs)} ms`, `${fmt(rollUpMs / groupByMs, 2)}×`], bw));
    console.log(row([`(c) bare node:http JSON, ${fmt(floor.requests)} requests (phase 1)`, `${fmt(phase1.wallMs / 1000, 2)} s`, `${fmt(floor.wallMs / 1000, 2)} s`, `${fmt(phase1.wallMs / floor.wallMs, 1)}×`], bw));
    console.log(row([`(d) Express + Apollo + graphql-js, no work behind (phase 1)`, `${fmt(phase1.wallMs / 1000, 2)} s`, `${fmt(stackFloor.wallMs / 1000, 2)} s`, `${fmt(phase1.wallMs / stackFloor.wallMs, 1)}×`], bw));
    const all1 = [...phase1.latencies.saveReportValues, ...phase1.latencies.submitReport];
    const pcts = (xs: number[]) => `${fmt(percentile(xs, 0.5), 1)}/${fmt(percentile(xs, 0.95), 1)}/${fmt(percentile(xs, 0.99), 1)} ms`;
    console.log(`    latency p50/p95/p99: hub ${pcts(all1)}, (c) ${pcts(floor.all)}, (d) ${pcts(stackFloor.all)}; p99 submitReport: hub ${fmt(submitP99, 1)} ms, (d) ${fmt(percentile(stackFloor.submit, 0.99), 1)} ms`);
    for (const part of p1parts) {
      const submits = part.step.latencies.submitReport ?? [];
      console.log(`    phase 1, ${part.step.label} (${fmt(submits.length)} communes): submitReport p50/p95/p99 ${pcts(submits)}, ${fmt(part.step.wallMs / 1000, 2)} s`);
    }
    console.log(
      `    hub thread CPU per request: hub ${fmt(phase1.cpuMs! / phase1.requests, 2)} ms, (c) ${fmt(floor.cpuMs / floor.requests, 2)} ms, (d) ${fmt(stackFloor.cpuMs / stackFloor.requests, 2)} ms`,
    );
    console.log(`\nRoll-up in the round: ${fmt(p3.step.wallMs)} ms; runs ${rollUpRuns.map((x) => fmt(x)).join(', ')} ms; GROUP BY runs ${groupByRuns.map((x) => fmt(x, 1)).join(', ')} ms.`);
    console.log(`Memory: peak RSS sampled during the round ${fmt(rss.peak / MB)} MB; process maxRSS so far ${fmt(process.resourceUsage().maxRSS / 1024)} MB (the clients' worker thread included).`);
    console.log(`National round (phases 1–4): ${fmt(roundMs / 1000, 1)} s.`);

    const goal = (ok: boolean | null, text: string) => console.log(`${ok == null ? 'SKIP' : ok ? 'PASS' : 'FAIL'}  ${text}`);
    console.log('');
    const full = communes.length >= 10_000;
    goal(full ? roundMs <= 60_000 : null, `whole national round ≤ 60 s: ${fmt(roundMs / 1000, 1)} s${full ? '' : ` (only ${fmt(communes.length)} communes)`}`);
    goal(options.clients === 32 ? submitP99 < 50 : null, `p99 submitReport latency < 50 ms at 32 clients: ${fmt(submitP99, 1)} ms${options.clients === 32 ? '' : ` (at ${options.clients} clients)`}`);
    goal(rollUpMs <= 2 * groupByMs, `roll-up ≤ 2× the GROUP BY: ${fmt(rollUpMs)} ms vs ${fmt(groupByMs)} ms (${fmt(rollUpMs / groupByMs, 2)}×)`);
  } finally {
    // The scratch database goes even when the hub fails to close.
    try {
      await instances?.stop();
      if (hub) await hub.close();
    } finally {
      await database.dispose();
    }
  }
}

function unitPathOfCode(units: AdministrativeUnit[], code: string): string | null {
  return units.find((u) => u.code === code && u.level === UnitLevel.PROVINCE)?.path ?? null;
}

/**
 * Baseline (c): a node:http server that reads each request's JSON and answers, as JSON, the hub's first answer to
 * the same operation. Same clients, same jobs, same bytes both ways; no GraphQL, no database.
 */
async function bareHttpFloor(load: LoadGenerator, clients: number, operations: Record<string, string>, jobs: LoadJob[], samples: Record<string, string>) {
  const byName = new Map<string, string>();
  for (const [label, text] of Object.entries(operations)) {
    const name = /^\s*(?:query|mutation)\s+(\w+)/.exec(text)?.[1];
    if (name && samples[label]) byName.set(name, samples[label]);
  }
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { operationName?: string };
      const answer = byName.get(body.operationName ?? '') ?? '{"data":null}';
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(answer) });
      res.end(answer);
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const cpu0 = serverCpuMs() ?? 0;
    const result = await load.run({ url, clients, operations, jobs });
    return { wallMs: result.wallMs, requests: result.requests, all: Object.values(result.latencies).flat(), cpuMs: (serverCpuMs() ?? 0) - cpu0 };
  } finally {
    server.closeAllConnections();
    await new Promise<void>((closed) => server.close(() => closed()));
  }
}

/**
 * Baseline (d): the floor of the hub's own HTTP and GraphQL stack. Express 5 with the same JSON body parser, Apollo
 * Server 5 (CSRF prevention on, cache-control plugin off, as the hub) and graphql-js executing each request against
 * the hub's emitted schema (schema/schema.graphql): parsing, validation, variable coercion and serialisation of the
 * answer all happen, but each mutation field answers the hub's recorded answer, so nothing is read, checked or
 * written. No type-graphql, no token check, no database: what is left of the hub's time above this is its work.
 */
async function graphqlStackFloor(load: LoadGenerator, clients: number, operations: Record<string, string>, jobs: LoadJob[], samples: Record<string, string>) {
  const answers: Record<string, unknown> = {};
  for (const text of Object.values(samples)) Object.assign(answers, (JSON.parse(text) as { data: Record<string, unknown> }).data);
  const rootValue = Object.fromEntries(Object.entries(answers).map(([field, value]) => [field, () => value]));
  const apollo = new ApolloServer({
    schema: buildSchema(readFileSync(join(PROJECT_ROOT, 'schema', 'schema.graphql'), 'utf8')),
    rootValue,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json({ limit: '5mb' }), expressMiddleware(apollo));
  const server = http.createServer(app);
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const cpu0 = serverCpuMs() ?? 0;
    const result = await load.run({ url, clients, operations, jobs });
    if (result.errors.length) throw new Error(`baseline (d) answered with errors: ${result.errors.join("; ")}`);
    return { wallMs: result.wallMs, requests: result.requests, all: Object.values(result.latencies).flat(), submit: result.latencies.submitReport ?? [], cpuMs: (serverCpuMs() ?? 0) - cpu0 };
  } finally {
    server.closeAllConnections();
    await new Promise<void>((closed) => server.close(() => closed()));
    await apollo.stop();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Printing
// ---------------------------------------------------------------------------------------------------------------

const row = (cells: string[], widths: number[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
const WIDTHS = [38, 9, 10, 8, 8, 8, 8, 8, 9];

function printTable(name: string, phases: Phase[], roundMs: number): void {
  console.log(`\nNational round on ${name}`);
  console.log(row(['phase / request', 'requests', 'reports/s', 'p50 ms', 'p95 ms', 'p99 ms', 'SQL/req', 'CPU ms', 'wall s'], WIDTHS));
  const stats = (label: string, latencies: number[], requests: number, reports: number | null, wallMs: number | null, statements: number | null, cpuMs: number | null = null) =>
    row(
      [
        label,
        fmt(requests),
        reports != null && wallMs != null ? fmt(reports / (wallMs / 1000), 1) : '',
        fmt(percentile(latencies, 0.5), 1),
        fmt(percentile(latencies, 0.95), 1),
        fmt(percentile(latencies, 0.99), 1),
        statements != null ? fmt(statements / requests, 1) : '',
        cpuMs != null ? fmt(cpuMs / requests, 1) : '',
        wallMs != null ? fmt(wallMs / 1000, 2) : '',
      ],
      WIDTHS,
    );
  const slow: { step: string; op: string; ms: number; sentAtMs: number }[] = [];
  for (const phase of phases) {
    const all = phase.steps.flatMap((s) => Object.values(s.latencies).flat());
    const sum = (f: (s: Step) => number) => phase.steps.reduce((a, s) => a + f(s), 0);
    const moved = phase.steps.every((s) => s.reports == null) ? null : sum((s) => s.reports ?? 0);
    const cpu = phase.steps.every((s) => s.cpuMs != null) ? sum((s) => s.cpuMs!) : null;
    console.log(stats(phase.label, all, sum((s) => s.requests), moved, sum((s) => s.wallMs), sum((s) => s.statements), cpu));
    for (const step of phase.steps) {
      if (phase.steps.length > 1) {
        console.log(stats(`  ${step.label}`, Object.values(step.latencies).flat(), step.requests, step.reports, step.wallMs, step.statements, step.cpuMs));
      }
      const ops = Object.entries(step.latencies);
      if (ops.length > 1) for (const [op, xs] of ops) console.log(stats(`${phase.steps.length > 1 ? '    ' : '  '}${op}`, xs, xs.length, null, null, null));
    }
    const retries = sum((s) => s.retries);
    if (retries) console.log(`  (${fmt(retries)} approvals retried after a CONFLICT on their parent's version)`);
    slow.push(...phase.steps.map((s) => ({ step: s.label, ...s.slowest[0] })).filter((x) => x.ms != null));
  }
  console.log(row(['National round (1–4)', '', '', '', '', '', '', '', fmt(roundMs / 1000, 2)], WIDTHS));
  console.log('CPU ms: CPU time of the hub\'s thread per request (from /proc; hardly grows when other work shares the cores); with several instances, the sum over all of them, each further instance counted as its whole process.');
  const perRequest = (ms: number | null, requests: number) => (ms == null ? '?' : fmt(ms / requests, 1));
  const shares = phases
    .map((phase) => {
      const req = phase.steps.reduce((a, s) => a + s.requests, 0);
      const part = (f: (s: Step) => number | null) => (phase.steps.every((s) => f(s) != null) ? phase.steps.reduce((a, s) => a + f(s)!, 0) : null);
      return `${phase.label.split(' ')[0]} hub ${perRequest(part((s) => s.cpuMs), req)}, database server ${perRequest(part((s) => s.databaseCpuMs), req)}, other threads ${perRequest(part((s) => s.otherThreadsCpuMs), req)}`;
    })
    .join('; ');
  console.log(`CPU ms per request by where it ran (phase: hub, database server processes, this process's other threads = clients, GC, libuv): ${shares}.`);
  console.log(`Slowest request of each step: ${slow.map((x) => `${x.step} ${x.op} ${fmt(x.ms)} ms (sent at ${fmt(x.sentAtMs / 1000, 1)} s)`).join('; ')}.`);
}

// ---------------------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const targets = chooseTargets(options.db);
  const csv = readUnitsCsv(options.communes ?? undefined);
  const load = await LoadGenerator.start();
  const started = performance.now();
  const failed: string[] = [];
  try {
    for (const target of targets) {
      try {
        await runTarget(target, options, csv, load);
      } catch (error) {
        failed.push(target.name);
        console.error(`\n${target.name}: the run failed, going on with the next target.\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
    }
  } finally {
    await load.close();
  }
  console.log(`\nBenchmark total ${fmt((performance.now() - started) / 1000, 1)} s${failed.length ? `; failed: ${failed.join(', ')}` : ''}.`);
  if (failed.length) process.exitCode = 1;
}

main().then(
  () => process.exit(),
  (error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
