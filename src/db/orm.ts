import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DefaultLogger, EntityManager, LoggerNamespace, LogContext, MikroORM } from '@mikro-orm/core';
import { HubPostgresDriver, HubSqliteDriver, NAMED_STATEMENTS_OPTION } from './drivers';
import { Migrator } from '@mikro-orm/migrations';
import pg from 'pg';
import { MIGRATIONS } from './migrations';
import { dialectOf, dialectOfEm } from './dialect';
import { wholeNumberSetting } from '../common/settings';
import { HubLock, withSessionLock } from './locks';

export { dialectOf, dialectOfEm } from './dialect';
export type { Dialect } from './dialect';
import { AdministrativeUnit } from '../units/unit.entity';
import { UnitSuccession } from '../units/unit-succession.entity';
import { User } from '../auth/user.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { ReportTemplate } from '../templates/template.entity';
import { Campaign, CampaignLevel } from '../campaigns/campaign.entity';
import { Report, ReportEvent, ReportValue } from '../reports/report.entity';
import { PublicHoliday } from '../deadlines/holiday.entity';
import { Notification } from '../notifications/notification.entity';
import { OutboxMessage } from '../outbox/outbox.entity';
import { ExtensionRequest } from '../extensions/extension.entity';
import { CampaignSchedule } from '../campaigns/schedule.entity';
import { Target } from '../targets/target.entity';
import { IdempotencyRecord } from '../reports/idempotency.entity';
import { LoginThrottleEntry } from '../security/login-throttle.entity';

export const ENTITIES = [AdministrativeUnit, UnitSuccession, User, ReportTemplate, Campaign, CampaignLevel, Report, ReportValue, ReportEvent, Notification, OutboxMessage, PublicHoliday, ExtensionRequest, CampaignSchedule, Target, IdempotencyRecord, RefreshToken, LoginThrottleEntry];

/** Counts SQL statements, so tests and benchmarks can show that a request's statements do not grow with data. */
export class QueryCounter {
  count = 0;
  reset(): number {
    const seen = this.count;
    this.count = 0;
    return seen;
  }
}

class CountingLogger extends DefaultLogger {
  constructor(
    options: ConstructorParameters<typeof DefaultLogger>[0],
    private readonly counter: QueryCounter,
  ) {
    super(options);
  }

  override isEnabled(namespace: LoggerNamespace): boolean {
    return namespace === 'query';
  }

  override log(namespace: LoggerNamespace, _message: string, _context?: LogContext): void {
    if (namespace === 'query') this.counter.count++;
  }
}

export interface DatabaseOptions {
  /** A SQLite file path or ":memory:", or a PostgreSQL URL (postgres:// or postgresql://). */
  url: string;
  counter?: QueryCounter;
}

// PostgreSQL sends 64-bit integers (count(*), sum(int), bigint ids) and numerics as strings, so that no digit can
// be lost. The hub's counts and ids stay far below 2^53, and its figures are doubles, so numbers are safe to hand
// to JavaScript as numbers; raw statements then read alike on both databases.
pg.types.setTypeParser(pg.types.builtins.INT8, (text: string) => Number(text));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (text: string) => Number(text));

function commonOptions(counter: QueryCounter | undefined) {
  return {
    entities: ENTITIES,
    allowGlobalContext: false,
    forceUtcTimezone: true,
    ignoreUndefinedInQuery: true,
    debug: counter ? (['query'] as LoggerNamespace[]) : false,
    loggerFactory: counter ? (opts: ConstructorParameters<typeof DefaultLogger>[0]) => new CountingLogger(opts, counter) : undefined,
  };
}

/**
 * PostgreSQL, for production: the schema comes from the versioned migrations in src/db/migrations, applied in
 * order (each in its own transaction) before the hub serves anything; several instances starting at once take
 * turns on an advisory lock, so each migration runs once.
 */
async function openPostgres(url: string, counter: QueryCounter | undefined): Promise<MikroORM> {
  const orm = await MikroORM.init<HubPostgresDriver>({
    driver: HubPostgresDriver,
    clientUrl: url,
    ...commonOptions(counter),
    pool: { min: 0, max: wholeNumberSetting(process.env, 'DATABASE_POOL_MAX', 2, 500) ?? 10 },
    extensions: [Migrator],
    migrations: { ...MIGRATION_OPTIONS },
    // The hub's own option, read by its PostgreSQL connection (MikroORM keeps options it does not know).
    ...({ [NAMED_STATEMENTS_OPTION]: onOff(process.env.DATABASE_PREPARED_STATEMENTS, 'DATABASE_PREPARED_STATEMENTS') } as object),
  });
  try {
    await migrateToLatest(orm);
  } catch (error) {
    await orm.close(true);
    throw error;
  }
  return orm;
}

/** An on/off setting, on when unset. */
function onOff(value: string | undefined, name: string): boolean {
  const v = value?.trim().toLowerCase();
  if (v == null || v === '' || ['on', 'true', '1', 'yes'].includes(v)) return true;
  if (['off', 'false', '0', 'no'].includes(v)) return false;
  throw new Error(`${name} phải là on hoặc off: ${value}`);
}

/** Connections an instance may open to PostgreSQL (DATABASE_POOL_MAX, else 10). */
export function poolSizeOf(orm: MikroORM): number {
  return orm.config.get('pool')?.max ?? 10;
}


/** Options shared by the hub and the script that writes a new migration. */
export const MIGRATION_OPTIONS = {
  tableName: 'mikro_orm_migrations',
  silent: true,
  transactional: true,
  allOrNothing: true,
  snapshot: false,
  emit: 'ts' as const,
  path: 'src/db/migrations',
  pathTs: 'src/db/migrations',
  migrationsList: MIGRATIONS,
};

export async function migrateToLatest(orm: MikroORM): Promise<void> {
  await withSessionLock(orm, HubLock.MIGRATIONS, () => orm.getMigrator().up());
}

/**
 * SQLite, the embedded database of a single instance (demo, a district's own machine, tests): the schema is
 * brought up to the entities with MikroORM's safe update, which only adds tables, columns and indexes.
 */
/**
 * How many statements SQLite connections of this process have compiled (cache misses): with values bound, a
 * request of a kind already served compiles nothing (tests).
 */
export const sqliteCompilations = { count: 0 };

/** How many compiled statements each SQLite connection keeps, most recently used first. */
const PREPARED_STATEMENTS_KEPT = 400;

/**
 * Keeps a connection's compiled statements by SQL text. The query builder asks better-sqlite3 to prepare every
 * statement again on every call, and compiling costs as much as running the short statements a request makes; the
 * ORM's statements are few and parameterised, so a small cache serves almost all of them. A statement whose table
 * changed shape is recompiled by SQLite itself, so a cached one never runs against a stale schema.
 */
function keepPreparedStatements(connection: { prepare(sql: string): unknown }): void {
  const prepare = connection.prepare.bind(connection);
  const kept = new Map<string, unknown>();
  connection.prepare = (sql: string) => {
    let statement = kept.get(sql);
    if (statement) {
      kept.delete(sql); // re-inserted below: a Map iterates oldest first
    } else {
      statement = prepare(sql);
      sqliteCompilations.count++;
      if (kept.size >= PREPARED_STATEMENTS_KEPT) kept.delete(kept.keys().next().value!);
    }
    kept.set(sql, statement);
    return statement;
  };
}

async function openSqlite(url: string, counter: QueryCounter | undefined): Promise<MikroORM> {
  if (url !== ':memory:') mkdirSync(dirname(url), { recursive: true });
  const orm = await MikroORM.init<HubSqliteDriver>({
    driver: HubSqliteDriver,
    dbName: url,
    ...commonOptions(counter),
    pool: {
      afterCreate: (connection: { prepare(sql: string): unknown }, done: (error: Error | null, connection: unknown) => void) => {
        keepPreparedStatements(connection);
        done(null, connection);
      },
    },
  });
  const connection = orm.em.getConnection();
  await connection.execute('pragma journal_mode = WAL');
  await connection.execute('pragma foreign_keys = ON');
  await orm.schema.updateSchema({ safe: true });
  return orm;
}

export async function openDatabase(options: DatabaseOptions): Promise<MikroORM> {
  return dialectOf(options.url) === 'postgresql' ? openPostgres(options.url, options.counter) : openSqlite(options.url, options.counter);
}

/**
 * A time as a bound parameter of hand-written SQL, in the form the database stores `datetime` columns: epoch
 * milliseconds on SQLite (how MikroORM writes them there), a timestamptz on PostgreSQL. Raw statements compare
 * stored times only through this.
 */
export function sqlTime(em: EntityManager, at: Date): number | Date {
  return dialectOfEm(em) === 'postgresql' ? at : at.getTime();
}

/** A stored time as hand-written SQL returns it (epoch milliseconds on SQLite, a Date on PostgreSQL), as a Date. */
export function fromSqlTime(value: unknown): Date | null {
  if (value == null) return null;
  if (value instanceof Date) return value;
  return new Date(typeof value === 'string' && !/^\d+$/.test(value) ? value : Number(value));
}

/** A stored time as epoch milliseconds inside a hand-written SQL expression, for arithmetic on instants. */
export function sqlEpochMs(em: EntityManager, column: string): string {
  return dialectOfEm(em) === 'postgresql' ? `(extract(epoch from ${column}) * 1000)` : column;
}
