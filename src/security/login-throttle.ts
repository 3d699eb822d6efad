import { DateTime } from 'luxon';
import { EntityManager } from '@mikro-orm/knex';
import { inTransaction } from '../common/transaction';
import { fromSqlTime, sqlTime } from '../db/orm';
import { skipLocked } from '../db/locks';
import { LimitError } from './errors';
import { LOGIN_LIMITS, LoginLimits } from './limits';

type Scope = 'USER' | 'CLIENT';

/** One login attempt counted by `begin`: what `failed` or `succeeded` then settles. */
export interface LoginAttempt {
  readonly keys: readonly (readonly [Scope, string])[];
  /** When it was counted (epoch ms): the entry it added to each key's list. */
  readonly at: number;
}

interface ThrottleRow {
  id: number;
  failures: unknown;
  locked_until: unknown;
}

/**
 * Counts wrong passwords per username and per client address, and locks either for a while once it has too
 * many: `maxFailuresPerUsername` within `windowMs` lock the username for `lockMs`, whether or not such an account
 * exists (the answer must not tell); `maxFailuresPerClient` lock the address likewise. A successful login clears
 * its username's count (not the address's: one good account must not buy more guesses at others). All times come
 * from the hub's clock.
 *
 * An attempt is counted before its password is checked (`begin`), as if it were wrong, and taken back once it
 * turns out right (`succeeded`). Otherwise guesses sent all at once would each pass the check while the others
 * were still hashing, and a burst of a hundred would all be tried: now only as many as the limit leaves are
 * checked, the rest are refused at once. An attempt whose outcome never comes (the process died while hashing)
 * stays counted as wrong, which errs on the safe side.
 *
 * The counts are rows of `login_throttle`, so several instances behind one balancer share them and a restart
 * keeps them. Each step runs in a transaction of its own on its rows, locked by the upsert until commit, so
 * guesses sent at once to several instances are counted one after the other.
 */
export class LoginThrottle {
  constructor(private readonly limits: LoginLimits = LOGIN_LIMITS) {}

  /**
   * Counts an attempt, or throws TOO_MANY_ATTEMPTS while the username or the address is locked or already has as
   * many attempts as it may (some may still be hashing). Call before checking the password.
   */
  async begin(em: EntityManager, username: string, client: string | null, now: Date): Promise<LoginAttempt> {
    const keys: [Scope, string][] = [['USER', keyOf(username)]];
    if (client) keys.push(['CLIENT', client]);
    const at = now.getTime();
    await inTransaction(em.fork() as EntityManager, async (tem) => {
      const counted: { row: ThrottleRow; failures: number[] }[] = [];
      for (const [scope, key] of keys) {
        const row = await this.lockRow(tem, scope, key, now);
        const lockedUntil = fromSqlTime(row.locked_until)?.getTime() ?? 0;
        if (lockedUntil > at) throw tooManyAttempts(new Date(lockedUntil));
        const failures = this.recent(row, at);
        // Full: the next attempt may come when the oldest one counted is forgotten (or, if the ones still
        // hashing turn out wrong, when the lock they start ends).
        if (failures.length >= this.maxFor(scope)) throw tooManyAttempts(new Date(Math.min(...failures) + this.limits.windowMs));
        counted.push({ row, failures });
      }
      for (const { row, failures } of counted) await this.store(tem, row.id, [...failures, at], fromSqlTime(row.locked_until), now);
    });
    return { keys, at };
  }

  /** The password was wrong: it stays counted, and the attempt that reaches a limit starts the lock. */
  async failed(em: EntityManager, attempt: LoginAttempt, now: Date): Promise<void> {
    await inTransaction(em.fork() as EntityManager, async (tem) => {
      for (const [scope, key] of attempt.keys) {
        const row = await this.lockRow(tem, scope, key, now);
        const failures = this.recent(row, now.getTime());
        if (failures.length >= this.maxFor(scope)) await this.store(tem, row.id, [], new Date(now.getTime() + this.limits.lockMs), now);
      }
    });
    // Rows with nothing left to remember go, so made-up usernames cannot pile up. Apart from the count, and
    // skipping rows another login is counting on, so that two failures never wait on each other's rows.
    await em.execute(
      `delete from login_throttle where id in (select id from login_throttle where updated_at < ? and (locked_until is null or locked_until < ?)${skipLocked(em)})`,
      [sqlTime(em, new Date(now.getTime() - this.limits.windowMs)), sqlTime(em, now)],
    );
  }

  /** The password was right: the username's count is cleared, and the address's loses this attempt again. */
  async succeeded(em: EntityManager, attempt: LoginAttempt, now: Date): Promise<void> {
    await inTransaction(em.fork() as EntityManager, async (tem) => {
      for (const [scope, key] of attempt.keys) {
        if (scope === 'USER') {
          await tem.execute(`delete from login_throttle where scope = 'USER' and key = ?`, [key]);
          continue;
        }
        const row = await this.lockRow(tem, scope, key, now);
        const failures = this.recent(row, now.getTime());
        const mine = failures.indexOf(attempt.at);
        if (mine >= 0) failures.splice(mine, 1);
        await this.store(tem, row.id, failures, fromSqlTime(row.locked_until), now);
      }
    });
  }

  private maxFor(scope: Scope): number {
    return scope === 'USER' ? this.limits.maxFailuresPerUsername : this.limits.maxFailuresPerClient;
  }

  /** Creates the row or touches it, and returns it locked for the rest of the transaction, in one statement. */
  private async lockRow(em: EntityManager, scope: Scope, key: string, now: Date): Promise<ThrottleRow> {
    const [row]: ThrottleRow[] = await em.execute(
      `insert into login_throttle (scope, key, failures, updated_at) values (?, ?, '[]', ?)
       on conflict (scope, key) do update set updated_at = excluded.updated_at returning id, failures, locked_until`,
      [scope, key, sqlTime(em, now)],
    );
    return row;
  }

  /** The attempts of the row still within the window (epoch ms). */
  private recent(row: ThrottleRow, at: number): number[] {
    const stored = (typeof row.failures === 'string' ? JSON.parse(row.failures) : row.failures) as unknown;
    return (Array.isArray(stored) ? stored : []).filter((t): t is number => typeof t === 'number' && t > at - this.limits.windowMs);
  }

  private async store(em: EntityManager, id: number, failures: number[], lockedUntil: Date | null, now: Date): Promise<void> {
    await em.execute(`update login_throttle set failures = ?, locked_until = ?, updated_at = ? where id = ?`, [
      JSON.stringify(failures),
      lockedUntil === null ? null : sqlTime(em, lockedUntil),
      sqlTime(em, now),
      id,
    ]);
  }
}

/** Usernames are compared as login finds them (trimmed, lower case); the length is capped so keys stay small. */
const keyOf = (username: string) => username.trim().toLowerCase().slice(0, 128);

/** The same answer for every locked username, existing or not: only the time to retry differs. */
export function tooManyAttempts(retryAt: Date): LimitError {
  const local = DateTime.fromJSDate(retryAt, { zone: 'Asia/Ho_Chi_Minh' }).toFormat('HH:mm dd/MM/yyyy');
  return new LimitError(
    'TOO_MANY_ATTEMPTS',
    `Đăng nhập sai quá nhiều lần nên tạm thời bị khóa. Vui lòng thử lại sau ${local} (giờ Việt Nam).`,
    { retryAt: retryAt.toISOString() },
  );
}
