import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * Which database the suite runs on: SQLite unless TEST_DATABASE=postgresql (npm test runs the suite once on each).
 * On PostgreSQL, TEST_POSTGRES_URL names a server (scripts/with-postgres.sh starts one); every test database is
 * made fresh there and dropped when the test is done.
 */
export const onPostgres = process.env.TEST_DATABASE === 'postgresql';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

async function withServer<T>(action: (client: pg.Client) => Promise<T>): Promise<T> {
  const server = process.env.TEST_POSTGRES_URL;
  if (!server) throw new Error('TEST_DATABASE=postgresql needs TEST_POSTGRES_URL (run under scripts/with-postgres.sh).');
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    return await action(client);
  } finally {
    await client.end();
  }
}

/** A new, empty PostgreSQL database on the test server; its URL and how to drop it. */
export async function createPostgresDatabase(prefix = 'hub_test'): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await withServer((client) => client.query(`create database ${name}`));
  const url = new URL(process.env.TEST_POSTGRES_URL!);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withServer((client) => client.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}

/**
 * The database of one test hub: an in-memory SQLite database, a SQLite file in a temporary folder (`file`, for
 * tests that restart on the same data), or on PostgreSQL always a database of its own (it outlives a restart).
 */
export async function createTestDatabase(file: boolean): Promise<TestDatabase> {
  if (onPostgres) {
    const database = await createPostgresDatabase();
    return { url: database.url, drop: database.drop };
  }
  if (!file) return { url: ':memory:', drop: async () => undefined };
  const folder = mkdtempSync(join(tmpdir(), 'bhyt-hub-'));
  return { url: join(folder, 'hub.sqlite'), drop: async () => rmSync(folder, { recursive: true, force: true }) };
}
