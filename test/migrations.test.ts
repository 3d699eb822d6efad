import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/core';
import { openDatabase } from '../src/db/orm';
import { MIGRATIONS } from '../src/db/migrations';
import { createPostgresDatabase, onPostgres } from './support/database';

/**
 * Production runs on PostgreSQL with the versioned migrations of src/db/migrations (SQLite files are brought up
 * to the entities by MikroORM's safe update instead). These checks fail when an entity changes without a
 * migration: run `scripts/with-postgres.sh npm run migration:create -- <name>` and commit what it writes.
 */
(onPostgres ? describe : describe.skip)('PostgreSQL migrations', () => {
  let orm: MikroORM;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const database = await createPostgresDatabase('hub_migrations');
    drop = database.drop;
    orm = await openDatabase({ url: database.url });
  });
  afterAll(async () => {
    await orm?.close(true);
    await drop?.();
  });

  it('build exactly the schema the entities describe', async () => {
    const executed = await orm.getMigrator().getExecutedMigrations();
    expect(executed.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => m.name));
    const missing = await orm.schema.getUpdateSchemaSQL({ wrap: false, safe: false, dropTables: true });
    expect(missing.trim()).toBe('');
  });

  it('are listed in order, with unique names', () => {
    const names = MIGRATIONS.map((m) => m.name);
    expect([...names].sort()).toEqual(names);
    expect(new Set(names).size).toBe(names.length);
  });

  it('can be rolled back to nothing and applied again', async () => {
    const migrator = orm.getMigrator();
    await migrator.down({ to: 0 });
    const tables = await orm.em.fork().getConnection().execute(`select count(*) as n from information_schema.tables where table_schema = 'public' and table_name <> 'mikro_orm_migrations'`);
    expect(Number(tables[0].n)).toBe(0);
    await migrator.up();
    expect((await orm.schema.getUpdateSchemaSQL({ wrap: false })).trim()).toBe('');
  });

  it('instances starting together on an empty database apply each migration once', async () => {
    const fresh = await createPostgresDatabase('hub_migrations');
    const opened = await Promise.all([openDatabase({ url: fresh.url }), openDatabase({ url: fresh.url }), openDatabase({ url: fresh.url })]);
    try {
      const rows = await opened[0].em.fork().getConnection().execute('select name from mikro_orm_migrations order by id');
      expect(rows.map((r: { name: string }) => r.name)).toEqual(MIGRATIONS.map((m) => m.name));
      for (const orm of opened) expect(await orm.getMigrator().getPendingMigrations()).toHaveLength(0);
    } finally {
      await Promise.all(opened.map((orm) => orm.close(true)));
      await fresh.drop();
    }
  });
});
