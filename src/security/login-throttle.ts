import { DateTime } from 'luxon';
import { EntityManager } from '@mikro-orm/knex';
import { inTransaction } from '../common/transaction';
import { fromSqlTime, sqlTime } from '../db/orm';
import { skipLocked } from '../db/locks';
import { LimitError } from './errors';
import { LOGIN_LIMITS, LoginLimits } from './limits';

type Scope = 'USER' | 'CLIENT';

/**
 * Counts wrong passwords per username and per client address, and locks either for a while once it has too
 * many: `maxFailuresPerUsername` within `windowMs` lock the username for `lockMs`, whether or not such an account
 * exists (the answer must not tell); `maxFailuresPerClient` lock the address likewise. A successful login clears
 * its username's count (not the address's: one good account must not buy more guesses at others). All times come
 * from the hub's clock.
 *
 * The counts are rows of `login_throttle`, so several instances behind one balancer share them and a restart
 * keeps them. A failure is counted in a transaction of its own (the login itself fails and writes nothing else),
 * on its row, locked by the upsert until commit, so guesses sent at once to several instances all count.
 */
export class LoginThrottle {
  constructor(private readonly limits: LoginLimits = LOGIN_LIMITS) {}

  /** Throws TOO_MANY_ATTEMPTS while the username or the address is locked; call before checking the password. */
  async check(em: EntityManager, username: string, client: string | null, now: Date): Promise<void> {
    const keys: [Scope, string][] = [['USER', keyOf(username)]];
    if (client) keys.push(['CLIENT', client]);
    const rows: { locked_until: unknown }[] = await em.execute(
      `select locked_until from login_throttle where locked_until > ? and (${keys.map(() => '(scope = ? and key = ?)').join(' or ')})`,
      [sqlTime(em, now), ...keys.flat()],
    );
    const until = Math.max(0, ...rows.map((r) => fromSqlTime(r.locked_until)?.getTime() ?? 0));
    if (until > now.getTime()) throw tooManyAttempts(new Date(until));
  }

  /** Records a wrong password (or unknown username); the failure that reaches a limit starts the lock. */
  async failed(em: EntityManager, username: string, client: string | null, now: Date): Promise<void> {
    await inTransaction(em.fork() as EntityManager, async (tem) => {
      await this.count(tem, 'USER', keyOf(username), now, this.limits.maxFailuresPerUsername);
      if (client) await this.count(tem, 'CLIENT', client, now, this.limits.maxFailuresPerClient);
    });
    // Rows with nothing left to remember go, so made-up usernames cannot pile up. Apart from the count, and
    // skipping rows another login is counting on, so that two failures never wait on each other's rows.
    await em.execute(
      `delete from login_throttle where id in (select id from login_throttle where updated_at < ? and (locked_until is null or locked_until < ?)${skipLocked(em)})`,
      [sqlTime(em, new Date(now.getTime() - this.limits.windowMs)), sqlTime(em, now)],
    );
  }

  async succeeded(em: EntityManager, username: string): Promise<void> {
    await em.execute(`delete from login_throttle where scope = 'USER' and key = ?`, [keyOf(username)]);
  }

  private async count(em: EntityManager, scope: Scope, key: string, now: Date, max: number): Promise<void> {
    const at = now.getTime();
    // One statement creates the row or touches it, and returns it locked for the rest of the transaction.
    const [row]: { id: number; failures: unknown; locked_until: unknown }[] = await em.execute(
      `insert into login_throttle (scope, key, failures, updated_at) values (?, ?, '[]', ?)
       on conflict (scope, key) do update set updated_at = excluded.updated_at returning id, failures, locked_until`,
      [scope, key, sqlTime(em, now)],
    );
    const stored = (typeof row.failures === 'string' ? JSON.parse(row.failures) : row.failures) as unknown;
    let failures = (Array.isArray(stored) ? stored : []).filter((t): t is number => typeof t === 'number' && t > at - this.limits.windowMs);
    failures.push(at);
    let lockedUntil = fromSqlTime(row.locked_until)?.getTime() ?? null;
    if (failures.length >= max) {
      lockedUntil = at + this.limits.lockMs;
      failures = [];
    }
    await em.execute(`update login_throttle set failures = ?, locked_until = ?, updated_at = ? where id = ?`, [
      JSON.stringify(failures),
      lockedUntil === null ? null : sqlTime(em, new Date(lockedUntil)),
      sqlTime(em, now),
      row.id,
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
