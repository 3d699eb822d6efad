import { EntityManager } from '@mikro-orm/knex';
import { MikroORM } from '@mikro-orm/core';
import { openDatabase } from '../src/db/orm';
import { createTestDatabase, onPostgres, TestDatabase } from './support/database';

/**
 * How the hub's hand-written statements reach the database: values bound (never written into the text), in the
 * transaction they belong to, and on PostgreSQL as named statements unless DATABASE_PREPARED_STATEMENTS=off.
 */
describe('statements written by hand', () => {
  let database: TestDatabase;
  let orm: MikroORM;

  beforeAll(async () => {
    database = await createTestDatabase(false);
    orm = await openDatabase({ url: database.url });
  });
  afterAll(async () => {
    await orm.close(true);
    await database.drop();
  });

  const em = () => orm.em.fork() as EntityManager;

  it('carry their values unchanged: a quote, question marks inside a value and a time come back as they were sent', async () => {
    const at = new Date('2025-04-20T00:00:00+07:00');
    const [row] = await em().execute<{ a: string; b: string; c: number }[]>(
      `select ? as a, ? as b, ? as c`,
      ["Xã Tân Trào' OR '1'='1", 'Có ? không ??', at.getTime()],
    );
    expect(row.a).toBe("Xã Tân Trào' OR '1'='1");
    expect(row.b).toBe('Có ? không ??');
    expect(Number(row.c)).toBe(at.getTime());
  });

  it('run in their transaction: what it wrote is seen inside it and gone after a rollback', async () => {
    await em().execute('create table if not exists scratch_note (id integer primary key, note text)');
    const seen = await em()
      .transactional(async (tem) => {
        await tem.execute('insert into scratch_note (id, note) values (?, ?)', [1, 'trong giao dịch']);
        const rows = await tem.execute<{ note: string }[]>('select note from scratch_note where id = ?', [1]);
        throw Object.assign(new Error('rollback'), { rows });
      })
      .catch((error: { rows?: { note: string }[] }) => error.rows);
    expect(seen).toEqual([{ note: 'trong giao dịch' }]);
    expect(await em().execute('select note from scratch_note where id = ?', [1])).toEqual([]);
  });

  it('with more values than a database binds in one statement (a roll-up of a very large form) still run', async () => {
    const ids = Array.from({ length: 70_000 }, (_, i) => i + 1);
    const rows = await em().execute<{ n: number }[]>(`select count(*) as n from scratch_note where id in (${ids.map(() => '?').join(',')})`, ids);
    expect(Number(rows[0].n)).toBe(0);
  });

  (onPostgres ? it : it.skip)('are named on PostgreSQL (prepared once per connection), and unnamed when switched off', async () => {
    const prepared = (tem: EntityManager) =>
      tem.execute<{ n: number }[]>(`select count(*) as n from pg_prepared_statements where name like 'hub\\_%' and statement like ?`, ['%scratch_marker%']);
    const named = await em().transactional(async (tem) => {
      await tem.execute(`select ? as scratch_marker`, [1]);
      return prepared(tem as EntityManager);
    });
    expect(Number(named[0].n)).toBe(1);

    // Whole rows are not named (a column added by a newer instance would make the statement refuse to run), and a
    // statement without values goes as plain text.
    const wholeRows = await em().transactional(async (tem) => {
      await tem.execute(`select * from scratch_note where id = ? and note <> 'scratch_whole'`, [1]);
      await tem.execute(`select 'scratch_plain' as x`);
      return tem.execute<{ n: number }[]>(`select count(*) as n from pg_prepared_statements where statement like ? or statement like ?`, ['%scratch_whole%', '%scratch_plain%']);
    });
    expect(Number(wholeRows[0].n)).toBe(0);

    const previous = process.env.DATABASE_PREPARED_STATEMENTS;
    process.env.DATABASE_PREPARED_STATEMENTS = 'off';
    const unnamedOrm = await openDatabase({ url: database.url });
    try {
      const unnamed = await (unnamedOrm.em.fork() as EntityManager).transactional(async (tem) => {
        await tem.execute(`select ? as scratch_marker_off`, [1]);
        return tem.execute<{ n: number }[]>(`select count(*) as n from pg_prepared_statements where name like ?`, ['hub%']);
      });
      expect(Number(unnamed[0].n)).toBe(0);
    } finally {
      if (previous === undefined) delete process.env.DATABASE_PREPARED_STATEMENTS;
      else process.env.DATABASE_PREPARED_STATEMENTS = previous;
      await unnamedOrm.close(true);
    }
  });
});
