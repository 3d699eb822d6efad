import { AsyncResource } from 'node:async_hooks';
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
 * Every request joins a queue in the order it was read (after its body: a client sending slowly holds no slot).
 * Admissions happen on the loop's check phase (setImmediate), after it has read what arrived meanwhile, and at
 * most `maxActive` requests are in progress. A request gives its slot back once its answer is handed to the socket
 * (a client reading slowly holds none either), or when its response or connection closes: a pipelined request
 * whose connection closed before its turn never gets a response of its own, so the socket is watched too. Past
 * `maxWaiting` waiting requests, a new one is answered 503 with Retry-After at once rather than queued without
 * bound.
 */
export class Admission {
  private active = 0;
  private readonly queue: (Waiting | undefined)[] = [];
  /** Index of the queue's first entry (the array is compacted now and then, not shifted on each admission). */
  private head = 0;
  /** Entries still in the queue whose client has gone. */
  private goneWaiting = 0;
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

  /** Requests waiting for their turn now (not counting those whose client has gone). */
  get waitingCount(): number {
    return this.queue.length - this.head - this.goneWaiting;
  }

  /** Requests refused because the queue was full, since the hub started. */
  get shed(): number {
    return this.shedCount;
  }

  readonly middleware: RequestHandler = (req: Request, res: Response, next: NextFunction) => {
    // Those about to take a free slot on the next turn are not counted as waiting.
    if (this.waitingCount - Math.max(0, this.limits.maxActive - this.active) >= this.limits.maxWaiting) {
      this.shedCount++;
      res.status(503).setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      res.json({ errors: [{ message: SERVER_BUSY_MESSAGE, extensions: { code: 'SERVER_BUSY' } }] });
      return;
    }
    const socket = req.socket;
    // The request goes on in its own async context (its request id in the logs), not that of whichever request's
    // end happened to schedule the admission. (A resource entered later, not AsyncResource.bind: under Node 20 each
    // bind also builds a deprecated property's wrapper, about 1 % of the hub's time per request.)
    const context = new AsyncResource('hub.request.turn');
    const resume = () => context.runInAsyncScope(next);
    const leftEarly = () => {
      if (entry.gone) return;
      entry.gone = true;
      this.goneWaiting++;
    };
    const entry: Waiting = {
      gone: false,
      admit: () => {
        res.removeListener('close', leftEarly);
        socket.removeListener('close', leftEarly);
        this.active++;
        let released = false;
        const release = () => {
          if (released) return;
          released = true;
          res.removeListener('prefinish', release);
          res.removeListener('close', release);
          socket.removeListener('close', release);
          this.active--;
          this.schedule();
        };
        res.once('prefinish', release);
        res.once('close', release);
        socket.once('close', release);
        if (socket.destroyed) release();
        else resume();
      },
    };
    res.once('close', leftEarly);
    socket.once('close', leftEarly);
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
      const entry = this.queue[this.head]!;
      this.queue[this.head++] = undefined;
      if (entry.gone) {
        this.goneWaiting--;
        continue;
      }
      room--;
      entry.admit();
    }
    if (this.head === this.queue.length) {
      this.queue.length = 0;
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
  };
}
