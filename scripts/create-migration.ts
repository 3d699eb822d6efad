/**
 * Writes the next PostgreSQL migration: the difference between what the entities describe and the schema the
 * existing migrations build. Needs an empty scratch database (MIGRATION_DATABASE_URL, or a throw-away one made on
 * the server of TEST_POSTGRES_URL); the existing migrations are applied to it first, then the difference is
 * written to src/db/migrations and the list in src/db/migrations/index.ts is rewritten.
 *
 *   scripts/with-postgres.sh npm run migration:create -- [name]
 */
import 'reflect-metadata';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../src/db/orm';

async function scratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (process.env.MIGRATION_DATABASE_URL) return { url: process.env.MIGRATION_DATABASE_URL, drop: async () => undefined };
  const server = process.env.TEST_POSTGRES_URL;
  if (!server) throw new Error('Set MIGRATION_DATABASE_URL, or run under scripts/with-postgres.sh.');
  const name = `migration_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const again = new pg.Client({ connectionString: server });
      await again.connect();
      await again.query(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}

function writeIndex(folder: string): string[] {
  const names = readdirSync(folder)
    .filter((f) => /^Migration\d{14}.*\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
  const lines = [
    '// Written by `npm run migration:create`: every migration of src/db/migrations, in the order they apply.',
    "import type { MigrationObject } from '@mikro-orm/core';",
    ...names.map((n) => `import { ${n} } from './${n}';`),
    '',
    'export const MIGRATIONS: MigrationObject[] = [',
    ...names.map((n) => `  { name: '${n}', class: ${n} },`),
    '];',
    '',
  ];
  writeFileSync(join(folder, 'index.ts'), lines.join('\n'));
  return names;
}

async function main() {
  const { url, drop } = await scratchDatabase();
  try {
    const orm = await openDatabase({ url });
    try {
      const result = await orm.getMigrator().createMigration(undefined, false, false, process.argv[2]);
      if (!result.fileName) {
        console.log('The migrations already build the schema the entities describe: nothing written.');
        return;
      }
      console.log(`Written: src/db/migrations/${result.fileName}`);
      for (const line of result.diff.up) console.log(`  ${line}`);
    } finally {
      await orm.close(true);
    }
    console.log(`Listed: ${writeIndex('src/db/migrations').join(', ')}`);
  } finally {
    await drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
