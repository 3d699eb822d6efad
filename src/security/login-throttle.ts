import { DateTime } from 'luxon';
import { LimitError } from './errors';
import { LOGIN_LIMITS, LoginLimits } from './limits';

interface Failures {
  /** Times (ms) of the failures still inside the window. */
  times: number[];
  /** Locked until this time (ms), when it is in the future. */
  lockedUntil: number;
}

/** Keys kept before expired ones are swept out, so that a flood of made-up usernames cannot grow memory for ever. */
const SWEEP_ABOVE = 10_000;

/**
 * Counts wrong passwords per username and per client address, and locks either for a while once it has too
 * many: `maxFailuresPerUsername` within `windowMs` lock the username for `lockMs`, whether or not such an account
 * exists (the answer must not tell); `maxFailuresPerClient` lock the address likewise. A successful login clears
 * its username's count (not the address's: one good account must not buy more guesses at others). All times come
 * from the hub's clock.
 *
 * The counters live in this process's memory: they start empty when the hub restarts, and several hub instances
 * behind one address would each count on their own. Running more than one instance needs them in the database.
 */
export class LoginThrottle {
  private readonly usernames = new Map<string, Failures>();
  private readonly clients = new Map<string, Failures>();

  constructor(private readonly limits: LoginLimits = LOGIN_LIMITS) {}

  /** Throws TOO_MANY_ATTEMPTS while the username or the address is locked; call before checking the password. */
  check(username: string, client: string | null, now: Date): void {
    const at = now.getTime();
    const until = Math.max(this.lockedUntil(this.usernames, keyOf(username), at), client ? this.lockedUntil(this.clients, client, at) : 0);
    if (until > at) throw tooManyAttempts(new Date(until));
  }

  /** Records a wrong password (or unknown username); the failure that reaches a limit starts the lock. */
  failed(username: string, client: string | null, now: Date): void {
    const at = now.getTime();
    this.count(this.usernames, keyOf(username), at, this.limits.maxFailuresPerUsername);
    if (client) this.count(this.clients, client, at, this.limits.maxFailuresPerClient);
  }

  succeeded(username: string): void {
    this.usernames.delete(keyOf(username));
  }

  private lockedUntil(map: Map<string, Failures>, key: string, at: number): number {
    const entry = map.get(key);
    return entry && entry.lockedUntil > at ? entry.lockedUntil : 0;
  }

  private count(map: Map<string, Failures>, key: string, at: number, max: number): void {
    if (map.size > SWEEP_ABOVE) this.sweep(map, at);
    const entry = map.get(key) ?? { times: [], lockedUntil: 0 };
    entry.times = entry.times.filter((t) => t > at - this.limits.windowMs);
    entry.times.push(at);
    if (entry.times.length >= max) {
      entry.lockedUntil = at + this.limits.lockMs;
      entry.times = [];
    }
    map.set(key, entry);
  }

  private sweep(map: Map<string, Failures>, at: number): void {
    for (const [key, entry] of map) {
      if (entry.lockedUntil <= at && entry.times.every((t) => t <= at - this.limits.windowMs)) map.delete(key);
    }
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
