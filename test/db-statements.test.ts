import { EntityManager } from '@mikro-orm/knex';
import { MikroORM } from '@mikro-orm/core';
import { openDatabase, QueryCounter } from '../src/db/orm';
import { inSqliteBatch } from '../src/db/drivers';
import { AppError, conflict } from '../src/common/errors';
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

  // A SQLite batch (a step's claim, history and cells) is a transaction of its own on the hub's one connection.
  (onPostgres ? it.skip : it)('a SQLite batch waits for another open transaction, is not undone by its rollback, and is undone as a whole when it throws', async () => {
    await em().execute('create table if not exists scratch_note (id integer primary key, note text)');
    let entered!: () => void;
    let letGo!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const held = new Promise<void>((resolve) => (letGo = resolve));
    const other = em()
      .transactional(async (tem) => {
        await tem.execute('insert into scratch_note (id, note) values (?, ?)', [10, 'giao dịch khác']);
        entered();
        await held;
        throw new Error('rollback');
      })
      .catch(() => 'rolled back');
    await inside;
    let batchDone = false;
    const batch = inSqliteBatch(em(), (run) => {
      run('insert into scratch_note (id, note) values (?, ?)', [11, 'lô riêng']);
      return run('update scratch_note set note = ? where id = ?', ['lô riêng, đã sửa', 11]).changes;
    }).then((changes) => {
      batchDone = true;
      return changes;
    });
    // The connection is the other transaction's until it ends: the batch has not run (inside it, it would have
    // been rolled back with it, or refused to BEGIN).
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(batchDone).toBe(false);
    letGo();
    expect(await other).toBe('rolled back');
    expect(await batch).toBe(1);
    expect(await em().execute('select id, note from scratch_note where id in (10, 11) order by id')).toEqual([{ id: 11, note: 'lô riêng, đã sửa' }]);

    // A refusal inside the batch (a stale version, say) leaves nothing of it, and the connection is free again.
    const refused = await inSqliteBatch(em(), (run) => {
      run('insert into scratch_note (id, note) values (?, ?)', [12, 'không được lưu']);
      throw conflict('Báo cáo vừa được người khác thay đổi.');
    }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('CONFLICT');
    // A database error comes out as MikroORM's exception for it, as from any statement.
    const duplicate = await inSqliteBatch(em(), (run) => run('insert into scratch_note (id, note) values (?, ?)', [11, 'trùng khóa'])).catch((error: Error) => error);
    expect((duplicate as Error).name).toBe('UniqueConstraintViolationException');
    expect(await em().execute('select id from scratch_note where id >= 10 order by id')).toEqual([{ id: 11 }]);
  });

  (onPostgres ? it.skip : it)('a SQLite batch counts its statements, BEGIN and COMMIT included', async () => {
    const counter = new QueryCounter();
    const counted = await openDatabase({ url: database.url, counter });
    try {
      await counted.em.fork().getConnection().execute('create table if not exists scratch_note (id integer primary key, note text)');
      counter.reset();
      await inSqliteBatch(counted.em.fork(), (run) => run('insert into scratch_note (id, note) values (?, ?)', [20, 'đếm']));
      expect(counter.count).toBe(3);
    } finally {
      await counted.close(true);
    }
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
