import { Configuration, Utils } from '@mikro-orm/core';
import { AbstractSqlConnection, AbstractSqlDriver, Knex } from '@mikro-orm/knex';
import { BetterSqliteConnection, BetterSqlitePlatform } from '@mikro-orm/better-sqlite';
import { PostgreSqlConnection, PostgreSqlPlatform } from '@mikro-orm/postgresql';

type ExecuteArgs = Parameters<AbstractSqlConnection['execute']>;
type Method = 'all' | 'get' | 'run';

/** What MikroORM's connection keeps to itself but a subclass may call. */
interface ConnectionInternals {
  ensureConnection(): Promise<void>;
  config: Configuration;
  getSql(query: string, formatted: string, context?: unknown): string;
  executeQuery<T>(query: string, cb: () => Promise<T>, context?: unknown): Promise<T>;
  transformRawResult<T>(res: unknown, method: Method): T;
}

/** More values than this in one statement go into its text (a roll-up of a form of thousands of cells binds two a cell). */
const MAX_BOUND_VALUES = 10_000;

/** A value both drivers bind as it is (better-sqlite3 through knex turns dates and booleans into numbers). */
function isPlainValue(value: unknown): boolean {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean' || value instanceof Date || Buffer.isBuffer(value);
}

/**
 * Runs a statement with its values bound as parameters. MikroORM 6 writes the values into the SQL text instead
 * (`platform.formatQuery`) and sends that text as it is: every statement of every request is then new text to the
 * database. SQLite compiles it again each time (the connection's cache of compiled statements, keyed by text,
 * never hit for a statement with values in it, and the constant stream of new texts pushed out the ones it did
 * keep), and the values were escaped into strings on the way. Bound, a statement's text is the same for every
 * report and user, so it is compiled once per connection; the database sees the same values, typed by the driver
 * (better-sqlite3, pg) rather than quoted by hand. Everything else is MikroORM's own path: the transaction the
 * statement belongs to, the query logging (hence the statement counts), errors and the shape of results. A
 * statement with anything but plain values (a SQL fragment such as `raw('token_version + 1')`, a JSON object) goes
 * MikroORM's way, values written into the text.
 */
async function executeBound(connection: AbstractSqlConnection, args: ExecuteArgs, asWritten: () => Promise<unknown>, direct: DirectRunner): Promise<unknown> {
  const self = connection as unknown as ConnectionInternals;
  let [queryOrKnex, params = [], method = 'all', ctx, loggerContext] = args;
  let sql: string;
  let builtByOrm = false;
  if (Utils.isObject<Knex.QueryBuilder | Knex.Raw>(queryOrKnex)) {
    const native = queryOrKnex.toSQL();
    sql = native.sql;
    params = (native.bindings ?? []) as unknown[];
    if (!params.every(isPlainValue)) return asWritten();
    ctx ??= (queryOrKnex as unknown as { client: { transacting?: boolean } }).client.transacting ? (queryOrKnex as unknown as Knex.Transaction) : undefined;
    builtByOrm = true;
  } else {
    sql = queryOrKnex;
    // SQL fragments (raw('x + 1')), JSON objects and the like are written into the text by MikroORM, as before.
    if (!params.every(isPlainValue)) return asWritten();
  }
  // Past the databases' limits on bound values (SQLite 32,766, PostgreSQL 65,535): written into the text, as before.
  if (params.length > MAX_BOUND_VALUES) return asWritten();
  await self.ensureConnection();
  sql = self.config.get('onQuery')(sql, params);
  const bindings = params as Knex.RawBinding[];
  // The logged text: values are written into it only when a logger asks for them ('query-params').
  const withValues = self.config.getLogger().isEnabled('query-params', loggerContext as never) ? connection.getPlatform().formatQuery(sql, params) : sql;
  const logged = self.getSql(sql, withValues, loggerContext);
  const transaction = isTransaction(ctx) ? ctx : null;
  // A statement given as text (the hub's own SQL, and what MikroORM's query builder sends) with placeholders only
  // ('?'; no '??' identifiers, no escaped '\?') runs straight on its connection; one given as a knex builder, or
  // with a context that is not a transaction, goes through knex.
  const straight = !builtByOrm && (ctx == null || transaction != null) && !sql.includes('??') && !sql.includes('\\?');
  return self.executeQuery(
    logged,
    async () => {
      if (straight) return self.transformRawResult(await runStraight(connection, transaction, direct, sql, bindings), method as Method);
      // Without values the text goes as it is (a '?' inside it is then not taken for a placeholder).
      const query = bindings.length ? connection.getKnex().raw(sql, bindings) : connection.getKnex().raw(sql);
      if (ctx) query.transacting(ctx as Knex.Transaction);
      return self.transformRawResult(await query, method as Method);
    },
    { query: sql, params, ...loggerContext },
  );
}

function isTransaction(ctx: unknown): ctx is Knex.Transaction {
  return ctx != null && typeof (ctx as Knex.Transaction).isCompleted === 'function' && typeof (ctx as Knex.Transaction).commit === 'function';
}

/**
 * Runs a statement on the connection it belongs to: inside a transaction, the one knex holds for it (as knex's
 * transaction client would, refusing a finished transaction); outside, one taken from the pool for the statement
 * and given back, so that it never runs inside another request's transaction on a shared connection.
 */
async function runStraight(connection: AbstractSqlConnection, transaction: Knex.Transaction | null, direct: DirectRunner, sql: string, bindings: unknown[]): Promise<unknown> {
  if (transaction) {
    if (transaction.isCompleted()) throw new Error('Transaction query already complete');
    const client = (transaction as unknown as { client: KnexClient }).client;
    return direct(await client.acquireConnection(), sql, bindings);
  }
  const client = connection.getKnex().client as KnexClient;
  const raw = await client.acquireConnection();
  try {
    return await direct(raw, sql, bindings);
  } finally {
    await client.releaseConnection(raw);
  }
}

interface KnexClient {
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): Promise<unknown>;
}

/** Runs one statement with its values on a driver's own connection; returns what that driver answers. */
type DirectRunner = (connection: unknown, sql: string, bindings: unknown[]) => Promise<unknown>;

interface SqliteStatement {
  reader: boolean;
  all(bindings: unknown[]): unknown[];
  run(bindings: unknown[]): unknown;
}

/** better-sqlite3: dates and booleans bound as numbers, as knex binds them (times are epoch milliseconds here). */
function sqliteValues(bindings: unknown[]): unknown[] {
  return bindings.map((v) => (v instanceof Date ? v.valueOf() : typeof v === 'boolean' ? Number(v) : v));
}

const runOnSqlite: DirectRunner = async (connection, sql, bindings) => {
  const statement = (connection as { prepare(sql: string): SqliteStatement }).prepare(sql);
  const values = sqliteValues(bindings);
  return statement.reader ? statement.all(values) : statement.run(values);
};

/** A statement run in a SQLite batch: the rows it changed. */
export interface BatchResult {
  changes: number;
}

/** Runs one statement of a batch with its values. */
export type BatchRun = (sql: string, params: unknown[]) => BatchResult;

interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
  readonly inTransaction: boolean;
}

/**
 * SQLite: runs `work` as one transaction of its own on the hub's connection, its statements issued through `run`
 * one after the other with no await in between. The connection is taken from the pool as for any statement
 * outside a transaction, so the batch never runs inside another request's transaction; once it has it, nothing
 * else can run on it until the batch commits or is rolled back (better-sqlite3 is synchronous). A throw from
 * `work` rolls everything back and is passed on; a database error is passed on as MikroORM's exception for it, as
 * from any other statement. Each statement, BEGIN and COMMIT included, is logged (and counted) as MikroORM logs
 * its own, once it has run.
 *
 * What this saves over a knex transaction: the transaction object knex builds for each one (a third of the bytes
 * a step's request kept alive past a young-generation collection, BENCHMARKS.md), and an await per statement.
 */
export async function inSqliteBatch<T>(em: { getConnection(): unknown; getDriver(): { convertException(error: Error): Error } }, work: (run: BatchRun) => T): Promise<T> {
  const connection = em.getConnection() as HubSqliteConnection;
  const self = connection as unknown as ConnectionInternals & { logQuery(query: string, context?: unknown): void };
  await self.ensureConnection();
  const client = connection.getKnex().client as KnexClient;
  const db = (await client.acquireConnection()) as SqliteDatabase;
  const run: BatchRun = (sql, params) => {
    const started = Date.now();
    try {
      const result = db.prepare(sql).run(sqliteValues(params)) as BatchResult;
      self.logQuery(sql, { params, took: Date.now() - started, affected: result.changes });
      return result;
    } catch (error) {
      self.logQuery(sql, { params, took: Date.now() - started, level: 'error' });
      throw error;
    }
  };
  try {
    run('begin immediate', []);
    try {
      const result = work(run);
      // Statements awaited inside `work` would run after COMMIT, outside the batch.
      if (result instanceof Promise) throw new Error('inSqliteBatch: work must be synchronous');
      run('commit', []);
      return result;
    } catch (error) {
      // The refusal or error is what the caller hears, even if the rollback fails too; SQLite has already rolled
      // back by itself after some errors.
      if (db.inTransaction) {
        try {
          run('rollback', []);
        } catch {
          // a connection still in a transaction would refuse every later BEGIN: released below, the next batch
          // says so at once rather than writing into this one
        }
      }
      throw error;
    }
  } catch (error) {
    throw isSqliteError(error) ? em.getDriver().convertException(error) : error;
  } finally {
    await client.releaseConnection(db);
  }
}

function isSqliteError(error: unknown): error is Error {
  // Not `instanceof Error`: better-sqlite3's native part keeps the error class of the context that loaded it first
  // (under jest, another test file's).
  const code = (error as { code?: unknown } | null)?.code;
  return typeof error === 'object' && typeof code === 'string' && code.startsWith('SQLITE_');
}

/** How many statement texts are kept with their numbered form and name, per process. */
const KNOWN_TEXTS_MAX = 2000;
/** Statements with more values than this are not named: inserts of many rows at once, rare and each its own text. */
const NAMED_VALUES_MAX = 1000;
const pgTexts = new Map<string, { text: string; name: string | undefined }>();
/** How many PostgreSQL statement texts this process has numbered (and named): a statement whose text varied with its values would keep adding. */
export const postgresTexts = {
  get count(): number {
    return pgTexts.size;
  },
};

/**
 * A statement that returns whole rows (`select *`, `r.*`) is not named: a prepared statement refuses to run once
 * its result's columns change ("cached plan must not change result type"), as when an instance of a newer version
 * adds a column while this one is still serving. Statements naming their columns keep working through that.
 */
const WHOLE_ROWS = /\.\*|select\s+\*/i;

/** pg: '?' placeholders numbered ($1, $2, …), and the statement's name when it gets one. */
function postgresText(sql: string, values: number): { text: string; name: string | undefined } {
  const known = pgTexts.get(sql);
  if (known) return known;
  let n = 0;
  const text = sql.replace(/\?/g, () => `$${++n}`);
  const named = values <= NAMED_VALUES_MAX && !WHOLE_ROWS.test(sql);
  const made = { text, name: named ? `hub_${pgTexts.size + 1}` : undefined };
  if (pgTexts.size < KNOWN_TEXTS_MAX) pgTexts.set(sql, made);
  else made.name = undefined;
  return made;
}

type PgConnection = { query(config: string | { name?: string; text: string; values: unknown[] }): Promise<unknown> };

/**
 * pg. A statement without values goes as plain text, as it always did (several statements in one text, a '?' in
 * a literal). One with values is sent with them; named, each connection of the pool parses and plans it once and
 * then only binds and executes it (see WHOLE_ROWS, NAMED_VALUES_MAX, KNOWN_TEXTS_MAX for those left unnamed).
 */
function runOnPostgres(named: boolean): DirectRunner {
  return (connection, sql, bindings) => {
    if (bindings.length === 0) return (connection as PgConnection).query(sql);
    const { text, name } = postgresText(sql, bindings.length);
    return (connection as PgConnection).query({ name: named ? name : undefined, text, values: bindings });
  };
}
const runOnPostgresNamed = runOnPostgres(true);
const runOnPostgresUnnamed = runOnPostgres(false);

class HubSqliteConnection extends BetterSqliteConnection {
  override execute<T>(...args: ExecuteArgs): Promise<T> {
    return executeBound(this, args, () => super.execute(...args), runOnSqlite) as Promise<T>;
  }
}

class HubPostgresConnection extends PostgreSqlConnection {
  override execute<T>(...args: ExecuteArgs): Promise<T> {
    const named = this.config.get(NAMED_STATEMENTS_OPTION as never) !== false;
    return executeBound(this, args, () => super.execute(...args), named ? runOnPostgresNamed : runOnPostgresUnnamed) as Promise<T>;
  }
}

/**
 * The MikroORM option (given to MikroORM.init with the others) that turns named statements off: `false` sends every
 * statement unnamed. Named statements live on a server connection; a pooler between the hub and PostgreSQL that
 * hands one client's statements to different server connections (PgBouncer in transaction mode before 1.21, or
 * without max_prepared_statements) loses them. Read from the first statement on, the ORM's own start included.
 */
export const NAMED_STATEMENTS_OPTION = 'hubNamedStatements';

/** MikroORM's better-sqlite3 driver, its statements sent with bound values (see executeBound). */
export class HubSqliteDriver extends AbstractSqlDriver<HubSqliteConnection, BetterSqlitePlatform> {
  constructor(config: Configuration) {
    super(config, new BetterSqlitePlatform(), HubSqliteConnection, ['knex', 'better-sqlite3']);
  }
}

/** MikroORM's PostgreSQL driver, its statements sent with bound values (see executeBound). */
export class HubPostgresDriver extends AbstractSqlDriver<HubPostgresConnection, PostgreSqlPlatform> {
  constructor(config: Configuration) {
    super(config, new PostgreSqlPlatform(), HubPostgresConnection, ['knex', 'pg']);
  }
}
