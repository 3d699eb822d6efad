import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** How many requests the hub works on at once, and how many may wait for their turn. */
export interface AdmissionLimits {
  /** Requests worked on at the same time. */
  maxActive: number;
  /** Requests waiting for a turn; one more is refused at once with 503 SERVER_BUSY. */
  maxWaiting: number;
}

/** SQLite runs every statement on the event loop's own thread: two at a time keep it busy without crowding it. */
export const SQLITE_MAX_ACTIVE = 2;
export const DEFAULT_MAX_WAITING = 1000;
/** Seconds a refused client is asked to wait before trying again. */
export const RETRY_AFTER_SECONDS = 2;

export const SERVER_BUSY_MESSAGE = 'Hệ thống đang phục vụ quá nhiều yêu cầu cùng lúc. Vui lòng thử lại sau ít giây; dữ liệu chưa được ghi.';

interface Waiting {
  admit: () => void;
  /** The client went away before its turn: it is skipped, not worked on. */
  gone: boolean;
}

/**
 * First come, first served under load. Without it, every request Node reads in one turn of its event loop is
 * worked on before the loop reads the sockets again; with the database on the same thread (SQLite) a request
 * finishes within that turn, so whoever arrived just after a read waits for the whole next batch as well, and one
 * client in thirty-two got twice the latency of the others (measured: BENCHMARKS.md, sixth pass).
 *
 * Every request joins a queue in the order it was read. Admissions happen on the loop's check phase
 * (setImmediate), after it has read what arrived meanwhile, and at most `maxActive` requests are in progress.
 * A request leaves its slot when its answer is finished or its connection closes. Past `maxWaiting` waiting
 * requests, a new one is answered 503 with Retry-After at once rather than queued without bound.
 */
export class Admission {
  private active = 0;
  private readonly queue: Waiting[] = [];
  /** Index of the queue's first entry (the array is compacted now and then, not shifted on each admission). */
  private head = 0;
  private scheduled = false;
  private shedCount = 0;

  constructor(private readonly limits: AdmissionLimits) {
    if (!Number.isInteger(limits.maxActive) || limits.maxActive < 1) throw new Error(`maxActive must be a whole number ≥ 1: ${limits.maxActive}`);
    if (!Number.isInteger(limits.maxWaiting) || limits.maxWaiting < 1) throw new Error(`maxWaiting must be a whole number ≥ 1: ${limits.maxWaiting}`);
  }

  /** Requests in progress now. */
  get activeCount(): number {
    return this.active;
  }

  /** Requests waiting for their turn now (those whose client has gone are still counted until their turn). */
  get waitingCount(): number {
    return this.queue.length - this.head;
  }

  /** Requests refused because the queue was full, since the hub started. */
  get shed(): number {
    return this.shedCount;
  }

  readonly middleware: RequestHandler = (_req: Request, res: Response, next: NextFunction) => {
    // Those about to take a free slot on the next turn are not counted as waiting.
    if (this.waitingCount - Math.max(0, this.limits.maxActive - this.active) >= this.limits.maxWaiting) {
      this.shedCount++;
      res.status(503).setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      res.json({ errors: [{ message: SERVER_BUSY_MESSAGE, extensions: { code: 'SERVER_BUSY' } }] });
      return;
    }
    // Closed while waiting (the client timed out or went away): skipped when its turn comes.
    const leftEarly = () => {
      entry.gone = true;
    };
    const entry: Waiting = {
      gone: false,
      admit: () => {
        res.removeListener('close', leftEarly);
        let released = false;
        const release = () => {
          if (released) return;
          released = true;
          this.active--;
          this.schedule();
        };
        res.once('finish', release);
        res.once('close', release);
        next();
      },
    };
    res.once('close', leftEarly);
    this.queue.push(entry);
    this.schedule();
  };

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(this.pump);
  }

  /**
   * Lets in as many as there are free slots now. Slots freed while these run (an answer finished at once) are
   * filled on the next turn, after the loop has read the sockets again.
   */
  private readonly pump = () => {
    this.scheduled = false;
    let room = this.limits.maxActive - this.active;
    while (room > 0 && this.head < this.queue.length) {
      const entry = this.queue[this.head++];
      if (entry.gone) continue;
      room--;
      this.active++;
      entry.admit();
    }
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
    if (this.head === this.queue.length) {
      this.queue.length = 0;
      this.head = 0;
    }
  };
}
