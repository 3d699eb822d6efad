/** Where the hub reads the time. Injected everywhere so that tests and the demo can move it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until told to move; for tests and for replaying a reporting round. */
export class ManualClock implements Clock {
  private current: number;

  constructor(start: Date | string) {
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(at: Date | string): void {
    this.current = new Date(at).getTime();
  }

  advance(ms: number): void {
    this.current += ms;
  }
}

/**
 * The system clock shifted so that it read `start` when it was made, then running at the normal pace. A whole
 * process can so be started inside a reporting round of another year (HUB_CLOCK_START, for rehearsals and for
 * tests that run several real server processes); never in production.
 */
export class ShiftedClock implements Clock {
  private readonly shiftMs: number;

  constructor(
    start: Date | string,
    private readonly realNow: () => number = Date.now,
  ) {
    this.shiftMs = new Date(start).getTime() - realNow();
  }

  now(): Date {
    return new Date(this.realNow() + this.shiftMs);
  }
}

/** The clock of a server process: the system clock, or a shifted one when HUB_CLOCK_START names an instant. */
export function clockFromEnv(env: NodeJS.ProcessEnv = process.env): Clock {
  const start = env.HUB_CLOCK_START?.trim();
  if (!start) return systemClock;
  if (env.NODE_ENV === 'production') throw new Error('HUB_CLOCK_START không được dùng khi NODE_ENV=production.');
  if (Number.isNaN(new Date(start).getTime())) throw new Error(`HUB_CLOCK_START không phải thời điểm hợp lệ: ${start}`);
  return new ShiftedClock(start);
}
