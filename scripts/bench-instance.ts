/**
 * One more hub instance for `npm run bench -- --instances N` on PostgreSQL: a separate process serving the same
 * database beside the benchmark's own hub, as several stateless instances behind a balancer would in production.
 *
 * Started by bench-national.ts with `fork()`; it is told the database, the hub's key and the time in its first
 * message, answers with its URL, and then takes orders over the IPC channel: `clock` (move its clock, as the
 * benchmark moves its own between phases), `stats` (its CPU time and statements since the last `stats`), `stop`.
 */
import { fork } from 'node:child_process';
import { ManualClock } from '../src/common/clock';
import { QueryCounter } from '../src/db/orm';
import { Hub, startHub } from '../src/app';
import { BENCH_ADMIN } from './bench-setup';

export interface InstanceStart {
  databaseUrl: string;
  jwt: { secret: string; issuer: string; audience: string; ttlSeconds: number };
  at: string;
}

export type InstanceOrder = { type: 'clock'; at: string } | { type: 'stats' } | { type: 'stop' };

export interface InstanceStats {
  /** CPU time of the whole process (user + system), ms, since the previous `stats`. */
  cpuMs: number;
  /** SQL statements since the previous `stats`. */
  statements: number;
}

async function serveInstance(start: InstanceStart): Promise<void> {
  const clock = new ManualClock(start.at);
  const counter = new QueryCounter();
  const hub: Hub = await startHub({
    config: { port: 0, databaseUrl: start.databaseUrl, jwt: start.jwt, seedDemo: false, schedulerIntervalSeconds: 0, admin: BENCH_ADMIN },
    clock,
    counter,
    log: () => undefined,
  });
  let cpu = process.cpuUsage();
  counter.reset();
  const send = (message: unknown) => process.send!(message);
  process.on('message', (order: InstanceOrder) => {
    if (order.type === 'clock') {
      clock.set(order.at);
      send({ type: 'clock' });
    } else if (order.type === 'stats') {
      const used = process.cpuUsage(cpu);
      cpu = process.cpuUsage();
      const stats: InstanceStats = { cpuMs: (used.user + used.system) / 1000, statements: counter.reset() };
      send({ type: 'stats', stats });
    } else if (order.type === 'stop') {
      void hub.close().finally(() => process.exit(0));
    }
  });
  send({ type: 'ready', url: hub.url });
}

if (require.main === module && process.send) {
  process.once('message', (start: InstanceStart) => {
    serveInstance(start).catch((error: unknown) => {
      process.send!({ type: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      process.exit(1);
    });
  });
}

/** The extra instances of one benchmark target, as seen from the benchmark's process. */
export interface Instances {
  urls: string[];
  /** Moves every instance's clock (the benchmark moves its own hub's clock itself). */
  setClock(at: string): Promise<void>;
  /** Each instance's CPU time and statements since the previous call. */
  stats(): Promise<InstanceStats[]>;
  stop(): Promise<void>;
}

/** Starts `count` instances on the database of `start` (each its own process, compiled on the fly like this file). */
export async function startInstances(count: number, start: InstanceStart): Promise<Instances> {
  const execArgv = __filename.endsWith('.ts') ? ['-r', 'ts-node/register/transpile-only'] : [];
  const children = Array.from({ length: count }, () => fork(__filename, [], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
  const next = (child: (typeof children)[number], type: string) =>
    new Promise<Record<string, unknown>>((done, fail) => {
      const onMessage = (message: Record<string, unknown>) => {
        if (message.type === 'failed') fail(new Error(`bench instance: ${String(message.error)}`));
        else if (message.type === type) done(message);
        else return;
        child.off('message', onMessage);
        child.off('exit', onExit);
      };
      const onExit = (code: number | null) => fail(new Error(`bench instance ended (exit ${code}) before answering "${type}"`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  const all = async (order: InstanceOrder, type: string) => {
    const answers = children.map((c) => next(c, type));
    for (const c of children) c.send(order);
    return Promise.all(answers);
  };
  try {
    const ready = children.map((c) => next(c, 'ready'));
    for (const c of children) c.send(start);
    const urls = (await Promise.all(ready)).map((m) => String(m.url));
    return {
      urls,
      setClock: async (at) => void (await all({ type: 'clock', at }, 'clock')),
      stats: async () => (await all({ type: 'stats' }, 'stats')).map((m) => m.stats as InstanceStats),
      stop: async () => {
        await Promise.all(children.map((c) => (c.exitCode != null ? Promise.resolve() : new Promise<void>((done) => {
          c.once('exit', () => done());
          c.send({ type: 'stop' } satisfies InstanceOrder);
        }))));
      },
    };
  } catch (error) {
    for (const c of children) c.kill('SIGKILL');
    throw error;
  }
}
