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
 * What a row remembers (its `failures` column, JSON): the attempts that were wrong and those still being checked,
 * as epoch ms. A plain array is a row written before attempts were counted ahead: all wrong.
 */
interface Attempts {
  failed: number[];
  pending: number[];
}

/**
 * How long an attempt may stay unsettled. Checking a password takes a fraction of a second; one older than this
 * never got its answer (the process died while hashing) and counts as wrong.
 */
const PENDING_MS = 2 * 60 * 1000;

/**
 * Counts wrong passwords per username and per client address, and locks either for a while once it has too
 * many: `maxFailuresPerUsername` within `windowMs` lock the username for `lockMs`, whether or not such an account
 * exists (the answer must not tell); `maxFailuresPerClient` lock the address likewise. A successful login clears
 * its username's count (not the address's: one good account must not buy more guesses at others). All times come
 * from the hub's clock.
 *
 * An attempt is counted before its password is checked (`begin`), as pending, and settled once the answer is
 * known: wrong (`failed`), it counts towards the lock; right (`succeeded`), it is taken back. Pending attempts
 * take places under the limit but never start a lock themselves. So guesses sent all at once are checked only
 * as many as the limit leaves (the others are refused at once, not after all of them were hashed), and people
 * signing in correctly from one office at the same moment cannot lock their address.
 *
 * The counts are rows of `login_throttle`, so several instances behind one balancer share them and a restart
 * keeps them. Each step runs in a transaction of its own on its rows, locked by the upsert until commit, so
 * guesses sent at once to several instances are counted one after the other.
 */
export class LoginThrottle {
  constructor(private readonly limits: LoginLimits = LOGIN_LIMITS) {}

  /**
   * Counts an attempt as pending, or throws TOO_MANY_ATTEMPTS while the username or the address is locked or
   * has no place left under its limit; the refusal names the later of the times each will take attempts again.
   * Call before checking the password.
   */
  async begin(em: EntityManager, username: string, client: string | null, now: Date): Promise<LoginAttempt> {
    const keys: [Scope, string][] = [['USER', keyOf(username)]];
    if (client) keys.push(['CLIENT', client]);
    const at = now.getTime();
    await inTransaction(em.fork() as EntityManager, async (tem) => {
      const rows: { row: ThrottleRow; attempts: Attempts }[] = [];
      let retryAt = 0;
      for (const [scope, key] of keys) {
        const row = await this.lockRow(tem, scope, key, now);
        const attempts = this.attemptsOf(row, at);
        const lockedUntil = fromSqlTime(row.locked_until)?.getTime() ?? 0;
        if (lockedUntil > at) retryAt = Math.max(retryAt, lockedUntil);
        else if (attempts.failed.length + attempts.pending.length >= this.maxFor(scope)) {
          // Full: a place frees when the oldest wrong attempt is forgotten, or when one still pending settles.
          retryAt = Math.max(retryAt, Math.min(...attempts.failed.map((t) => t + this.limits.windowMs), ...attempts.pending.map((t) => t + PENDING_MS)));
        }
        rows.push({ row, attempts });
      }
      if (retryAt > 0) throw tooManyAttempts(new Date(retryAt));
      for (const { row, attempts } of rows) {
        await this.store(tem, row.id, { failed: attempts.failed, pending: [...attempts.pending, at] }, fromSqlTime(row.locked_until), now);
      }
    });
    return { keys, at };
  }

  /** The password was wrong: the attempt counts, and the wrong attempt that reaches a limit starts the lock. */
  async failed(em: EntityManager, attempt: LoginAttempt, now: Date): Promise<void> {
    await this.settle(em, attempt, now, (scope, { failed, pending }, lockedUntil) => {
      failed.push(attempt.at);
      return failed.length >= this.maxFor(scope)
        ? { attempts: { failed: [], pending }, lockedUntil: new Date(now.getTime() + this.limits.lockMs) }
        : { attempts: { failed, pending }, lockedUntil };
    });
    // Rows with nothing left to remember go, so made-up usernames cannot pile up. Apart from the count, and
    // skipping rows another login is counting on, so that two failures never wait on each other's rows.
    await em.execute(
      `delete from login_throttle where id in (select id from login_throttle where updated_at < ? and (locked_until is null or locked_until < ?)${skipLocked(em)})`,
      [sqlTime(em, new Date(now.getTime() - this.limits.windowMs)), sqlTime(em, now)],
    );
  }

  /**
   * The password was right: the attempt is taken back, and the username's wrong attempts are forgotten. Other
   * attempts still pending, and a lock that wrong ones started meanwhile, stay.
   */
  async succeeded(em: EntityManager, attempt: LoginAttempt, now: Date): Promise<void> {
    await this.settle(em, attempt, now, (scope, { failed, pending }, lockedUntil) => ({
      attempts: { failed: scope === 'USER' ? [] : failed, pending },
      lockedUntil,
    }));
  }

  /**
   * Takes the attempt off each of its rows' pending ones and stores what `next` makes of the row, all rows
   * locked in one transaction.
   */
  private async settle(
    em: EntityManager,
    attempt: LoginAttempt,
    now: Date,
    next: (scope: Scope, attempts: Attempts, lockedUntil: Date | null) => { attempts: Attempts; lockedUntil: Date | null },
  ): Promise<void> {
    await inTransaction(em.fork() as EntityManager, async (tem) => {
      for (const [scope, key] of attempt.keys) {
        const row = await this.lockRow(tem, scope, key, now);
        const attempts = this.attemptsOf(row, now.getTime());
        const mine = attempts.pending.indexOf(attempt.at); // attempts made in the same millisecond are alike
        if (mine >= 0) attempts.pending.splice(mine, 1);
        const stored = next(scope, attempts, fromSqlTime(row.locked_until));
        await this.store(tem, row.id, stored.attempts, stored.lockedUntil, now);
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

  /** The row's attempts still within the window; pending ones too old to be answered now count as wrong. */
  private attemptsOf(row: ThrottleRow, at: number): Attempts {
    const stored = (typeof row.failures === 'string' ? JSON.parse(row.failures) : row.failures) as unknown;
    const times = (list: unknown) => (Array.isArray(list) ? list : []).filter((t): t is number => typeof t === 'number' && t > at - this.limits.windowMs);
    if (Array.isArray(stored)) return { failed: times(stored), pending: [] };
    const object = (stored ?? {}) as { failed?: unknown; pending?: unknown };
    const pending = times(object.pending);
    return { failed: [...times(object.failed), ...pending.filter((t) => t <= at - PENDING_MS)], pending: pending.filter((t) => t > at - PENDING_MS) };
  }

  private async store(em: EntityManager, id: number, attempts: Attempts, lockedUntil: Date | null, now: Date): Promise<void> {
    await em.execute(`update login_throttle set failures = ?, locked_until = ?, updated_at = ? where id = ?`, [
      JSON.stringify(attempts),
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
