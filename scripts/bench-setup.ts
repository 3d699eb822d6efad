/**
 * Set-up shared by the benchmark scripts (not product code): the statistics office's list of 01/03/2025, a hub
 * on a scratch database (a temporary SQLite file, or a fresh PostgreSQL database dropped afterwards), a national
 * round created over HTTP, accounts inserted in bulk, the figures the communes send, the hand-written GROUP BY
 * the roll-up is compared with, and a few statistics helpers.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { EntityManager } from '@mikro-orm/knex';
import { Client } from 'pg';
import { parse, print, visit, DocumentNode, FragmentDefinitionNode, OperationDefinitionNode } from 'graphql';
import { startHub, Hub } from '../src/app';
import { HubConfig, JWT_AUDIENCE, JWT_ISSUER } from '../src/config';
import { Clock } from '../src/common/clock';
import { dialectOfEm, QueryCounter } from '../src/db/orm';
import { hashPassword } from '../src/auth/password';
import { Role, User } from '../src/auth/user.entity';
import { AdministrativeUnit, UnitLevel } from '../src/units/unit.entity';
import { smallCommune } from '../test/support/fixture';

/** The project's top folder, whether this runs from scripts/ (ts-node) or compiled from dist/bench/scripts/. */
export const PROJECT_ROOT = (() => {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})();

export const UNITS_CSV = resolve(PROJECT_ROOT, '..', 'shared', 'data', 'dvhc-2025-03-01.csv');
export const BENCH_ADMIN = { username: 'quantri', password: 'mat-khau-quan-tri-2025' };
export const BENCH_PASSWORD = 'bench-bhyt-2025';

export const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Nearest-rank percentile (p in 0..1) of a non-empty list. */
export const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * p) - 1))];
};

/**
 * The list of 01/03/2025 as CSV text, or an explanation and exit status 2 when it is not beside the repository.
 * `communes` keeps that many commune rows spread evenly over the file (so a quick run still spans the country).
 */
export function readUnitsCsv(communes?: number): string {
  if (!existsSync(UNITS_CSV)) {
    console.error(`Missing ${UNITS_CSV}: the benchmark needs the statistics office's list of 01/03/2025 (../shared/data/dvhc-2025-03-01.csv beside the repository).`);
    process.exit(2);
  }
  const text = readFileSync(UNITS_CSV, 'utf8');
  if (communes == null) return text;
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  const [header, ...rows] = lines;
  if (communes >= rows.length) return text;
  const kept = Array.from({ length: communes }, (_, i) => rows[Math.floor((i * rows.length) / communes)]);
  return [header, ...kept].join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------------------------
// Scratch databases
// ---------------------------------------------------------------------------------------------------------------

/** A temporary folder for a SQLite file; removed afterwards unless BENCH_KEEP is set (then its path is printed). */
export function scratchDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'bhyt-bench-'));
  return {
    dir,
    remove() {
      if (process.env.BENCH_KEEP) console.log(`Database kept in ${dir}`);
      else rmSync(dir, { recursive: true, force: true });
    },
  };
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** Benchmarks talk to this machine only: a PostgreSQL server elsewhere is refused rather than loaded. */
export function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  const socketHost = new URL(url).searchParams.get('host');
  if (!(LOOPBACK.has(host) || (host === '' && socketHost?.startsWith('/')))) {
    throw new Error(`Benchmarks only run against a server on 127.0.0.1; ${host || socketHost} is not (set BENCH_POSTGRES_URL to a local server).`);
  }
}

/**
 * A fresh database `bench_<random>` on the PostgreSQL server at `serverUrl` (any database of it the account may
 * connect to), and a way to drop it again. Its URL differs from `serverUrl` only by the database name.
 */
export async function createScratchDatabase(serverUrl: string): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  assertLoopback(serverUrl);
  const name = `bench_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      if (process.env.BENCH_KEEP) {
        console.log(`Database ${name} kept`);
        return;
      }
      const again = new Client({ connectionString: serverUrl });
      await again.connect();
      try {
        // WITH (FORCE) closes connections a failed run may have left open (PostgreSQL 13 and later).
        await again.query(`drop database if exists ${name} with (force)`);
      } finally {
        await again.end();
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The hub
// ---------------------------------------------------------------------------------------------------------------

export interface BenchHubOptions {
  databaseUrl: string;
  clock: Clock;
  counter: QueryCounter;
  /** Token lifetime: long enough for a round replayed over months of the manual clock. */
  ttlSeconds?: number;
  log?: (message: string) => void;
}

/** A hub as in production but on a scratch database: no demo, no scheduler timer, a known admin, a fresh key. */
export function startBenchHub(options: BenchHubOptions): Promise<Hub> {
  const config: HubConfig = {
    port: 0,
    databaseUrl: options.databaseUrl,
    jwt: { secret: randomBytes(32).toString('hex'), issuer: JWT_ISSUER, audience: JWT_AUDIENCE, ttlSeconds: options.ttlSeconds ?? 86_400 },
    seedDemo: false,
    schedulerIntervalSeconds: 0,
    admin: BENCH_ADMIN,
  };
  return startHub({ config, clock: options.clock, counter: options.counter, log: options.log ?? (() => undefined) });
}

type Gql = <T>(query: string, variables: Record<string, unknown>, token: string | null) => Promise<T>;

export interface ImportedUnits {
  provinces: number;
  districts: number;
  communes: number;
  created: number;
}

/** The list sent over HTTP as an administrator would send it. */
export async function importUnits(gql: Gql, adminToken: string, csv: string): Promise<ImportedUnits> {
  const data = await gql<{ importUnits: ImportedUnits }>(
    'mutation($csv: String!) { importUnits(csv: $csv) { provinces districts communes created } }',
    { csv },
    adminToken,
  );
  return data.importUnits;
}

export interface NationalRound {
  name: string;
  periodStart: string;
  periodEnd: string;
  deadlines: { COMMUNE: string; DISTRICT: string; PROVINCE: string };
  reminderDays?: number[];
}

/** One BHYT_COVERAGE round for the whole country (no root unit: every province heads its chain), three levels. */
export async function createNationalRound(gql: Gql, adminToken: string, round: NationalRound): Promise<number> {
  const created = await gql<{ createCampaign: { id: string } }>(
    'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }',
    {
      input: {
        name: round.name,
        templateCode: 'BHYT_COVERAGE',
        periodStart: round.periodStart,
        periodEnd: round.periodEnd,
        levels: ['COMMUNE', 'DISTRICT', 'PROVINCE'],
        deadlines: Object.entries(round.deadlines).map(([level, dueAt]) => ({ level, dueAt })),
        ...(round.reminderDays ? { reminderDays: round.reminderDays } : {}),
      },
    },
    adminToken,
  );
  return Number(created.createCampaign.id);
}

// ---------------------------------------------------------------------------------------------------------------
// Accounts
// ---------------------------------------------------------------------------------------------------------------

export interface AccountRow {
  username: string;
  fullName: string;
  role: Role;
  unit: number | null;
}

export function loadUnits(em: EntityManager): Promise<AdministrativeUnit[]> {
  return em.find(AdministrativeUnit, {}, { orderBy: { code: 'asc' } });
}

/**
 * The officers of the chain: a reporter for every commune (`xa<code>.nhaplieu`), an approver for every district
 * (`huyen<code>.duyet`) and province (`tinh<code>.duyet`); an approver also fills in and submits its own unit's report.
 */
export function chainAccounts(units: AdministrativeUnit[]): AccountRow[] {
  const of = (level: UnitLevel) => units.filter((u) => u.level === level);
  return [
    ...of(UnitLevel.COMMUNE).map((u) => ({ username: `xa${u.code}.nhaplieu`, fullName: `Cán bộ nhập liệu ${u.name}`, role: Role.REPORTER, unit: u.id })),
    ...of(UnitLevel.DISTRICT).map((u) => ({ username: `huyen${u.code}.duyet`, fullName: `Lãnh đạo ${u.name}`, role: Role.APPROVER, unit: u.id })),
    ...of(UnitLevel.PROVINCE).map((u) => ({ username: `tinh${u.code}.duyet`, fullName: `Lãnh đạo ${u.name}`, role: Role.APPROVER, unit: u.id })),
  ];
}

/**
 * Inserts accounts through the ORM with one precomputed Argon2id hash of BENCH_PASSWORD: hashing eleven thousand
 * passwords one by one would take half an hour and measure nothing the benchmarks are about. Logging in with
 * them goes through the real login (the hash is a real one). Returns the new accounts' ids by username.
 */
export async function insertAccounts(em: EntityManager, clock: Clock, accounts: AccountRow[]): Promise<Map<string, number>> {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const rows = accounts.map((a) => ({ ...a, passwordHash, createdAt: clock.now() }));
  await em.transactional(async (tem) => {
    for (let i = 0; i < rows.length; i += 1000) await tem.insertMany(User, rows.slice(i, i + 1000));
  });
  const inserted = new Set(accounts.map((a) => a.username));
  const ids = (await em.execute('select id, username from app_user')) as { id: number; username: string }[];
  return new Map(ids.filter((r) => inserted.has(r.username)).map((r) => [r.username, Number(r.id)]));
}

// ---------------------------------------------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------------------------------------------

/** The ten core BHYT_COVERAGE figures, in this order, as `coverageFigures` returns them. */
export const COVERAGE_CODES = ['POP', 'INSURED', 'CARDS_LOCAL', 'G1_EMPLOYMENT', 'G2_SOCIAL_INSURANCE', 'G3_STATE_BUDGET', 'G4_BUDGET_SUBSIDISED', 'G5_HOUSEHOLD', 'CARDS_ELSEWHERE', 'CARDS_ARMED_FORCES'];

/** A commune's core figures from its population, with both equality rules of the form holding exactly (the tests' own). */
export const coverageFigures = smallCommune;

// ---------------------------------------------------------------------------------------------------------------
// The hand-written roll-up the hub is compared with
// ---------------------------------------------------------------------------------------------------------------

/** The province part ("/3/") of a unit path ("/3/57/1234/"), in the dialect of `em`. */
function provinceOfPath(em: EntityManager, column: string): string {
  return dialectOfEm(em) === 'postgresql'
    ? `'/' || split_part(${column}, '/', 2) || '/'`
    : `substr(${column}, 1, instr(substr(${column}, 2), '/') + 1)`;
}

/**
 * SELECT … GROUP BY over the communes' stored values: by province and code, and by code for the country. What a
 * person would write by hand to add the round up, without workflow, approvals or consolidated rows.
 */
export function groupByRollUp(fork: () => EntityManager, campaignId: number, codes: string[]) {
  const marks = codes.map(() => '?').join(',');
  return {
    byProvince: async () => {
      const em = fork();
      return (await em.execute(
        `select ${provinceOfPath(em, 'r.unit_path')} as province, v.code, sum(v.num) as total
         from report_value v join report r on r.id = v.report_id
         where r.campaign_id = ? and r.level = 'COMMUNE' and v.code in (${marks})
         group by 1, v.code`,
        [campaignId, ...codes],
      )) as { province: string; code: string; total: number }[];
    },
    byNation: async () =>
      (await fork().execute(
        `select v.code, sum(v.num) as total from report_value v join report r on r.id = v.report_id
         where r.campaign_id = ? and r.level = 'COMMUNE' and v.code in (${marks}) group by v.code`,
        [campaignId, ...codes],
      )) as { code: string; total: number }[],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The suite's GraphQL operations
// ---------------------------------------------------------------------------------------------------------------

const OPERATIONS_DIR = resolve(PROJECT_ROOT, 'test', 'operations');

/**
 * One named operation of test/operations/<file>.graphql, with the fragments it uses, as text: the benchmarks
 * send the same selections the contract tests check against the schema.
 */
export function suiteOperation(file: string, name: string): string {
  const doc: DocumentNode = parse(readFileSync(join(OPERATIONS_DIR, file), 'utf8'));
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && d.name?.value === name);
  if (!operation) throw new Error(`No operation ${name} in test/operations/${file}`);
  const fragments = new Map(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((f) => [f.name.value, f]));
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !used.has(fragment.name.value)) {
          used.set(fragment.name.value, fragment);
          collect(fragment);
        }
      },
    });
  collect(operation);
  return [operation, ...used.values()].map((d) => print(d)).join('\n');
}
