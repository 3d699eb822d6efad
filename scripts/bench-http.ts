import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

interface GqlError {
  message: string;
  extensions?: { code?: string };
}

/**
 * A plain GraphQL-over-HTTP client for the benchmark scripts: a new connection per request (a kept-alive one
 * can be closed by the server during a long scheduler pass); GraphQL errors become thrown errors with their codes.
 */
export function graphqlClient(url: string) {
  const gql = async <T>(query: string, variables: Record<string, unknown>, token: string | null): Promise<T> => {
    const payload = JSON.stringify({ query, variables });
    const headers: Record<string, string | number> = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) };
    if (token) headers.authorization = `Bearer ${token}`;
    const text = await new Promise<string>((done, fail) => {
      const req = http.request(url, { method: 'POST', headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
        res.on('error', fail);
      });
      req.on('error', fail);
      req.end(payload);
    });
    const body = JSON.parse(text) as { data?: T; errors?: GqlError[] };
    if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('; ')}`);
    return body.data as T;
  };
  const login = async (username: string, password: string) =>
    (await gql<{ login: { token: string } }>('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: password }, null)).login.token;
  return { gql, login };
}

// ---------------------------------------------------------------------------------------------------------------
// Concurrent load: C clients, each working through a shared queue of jobs one request at a time.
// ---------------------------------------------------------------------------------------------------------------

/** One request of a job; `versionFrom` names an earlier step whose answer's `version` becomes `expectedVersion`. */
export interface LoadStep {
  /** Key into the operations table sent with the run (the GraphQL text, named, so it is sent once per run). */
  op: string;
  variables: Record<string, unknown>;
  versionFrom?: number;
}

/** What one user does in a row, with one token (a commune's officer saving then submitting its report). */
export interface LoadJob {
  token: string | null;
  steps: LoadStep[];
}

export interface LoadRun {
  url: string;
  /**
   * Several instances of the hub: client i sends all its requests to urls[i % urls.length] (a balancer that keeps
   * each user's connection on one instance). Absent: every client uses `url`.
   */
  urls?: string[];
  clients: number;
  /** Request label → GraphQL document text (labels tell scopes apart; several may share one text). */
  operations: Record<string, string>;
  jobs: LoadJob[];
  /** Return each job's last answer (`data`), for checks after the run; off for large runs. */
  keepAnswers?: boolean;
  /** CONFLICT answers retried per request (concurrent approvals of siblings race on their parent's version). */
  conflictRetries?: number;
}

export interface LoadResult {
  /**
   * Time from the first request sent to the last answer read, measured where the clients run; the connections are
   * opened before it starts.
   */
  wallMs: number;
  requests: number;
  /** Latency of every answered request (ms), by operation. */
  latencies: Record<string, number[]>;
  retries: number;
  /** The first few failures (a failed job stops at its failing step). */
  errors: string[];
  failedJobs: number;
  /** The `version` in each job's last answer (null when it failed or had none). */
  versions: (number | null)[];
  answers: unknown[] | null;
  /** The first raw answer body of each operation: the bare-HTTP floor serves these back. */
  samples: Record<string, string>;
  /** The slowest requests, with when they were sent (ms after the run started), to tell a stall from a queue. */
  slowest: { op: string; ms: number; sentAtMs: number }[];
}

/** How many of the slowest requests a run reports. */
const SLOWEST_KEPT = 5;

interface WorkerRequest {
  id: number;
  run: LoadRun;
}

/** Answers above this many bytes are not kept as samples (the floor should answer like the hub, not copy a page). */
const SAMPLE_LIMIT = 64 * 1024;

/**
 * The client side of a run. Each client sends its job's steps in order over its own kept-alive connection (a
 * browser keeps one too), so what is measured is the server, not connection set-up; the latency of a request is
 * from writing it to having read and parsed its answer.
 */
async function executeRun(run: LoadRun): Promise<LoadResult> {
  // One agent of one socket per client: a request never waits for another client's connection to be free.
  const agents = Array.from({ length: run.clients }, () => new http.Agent({ keepAlive: true, maxSockets: 1 }));
  const targets = (run.urls?.length ? run.urls : [run.url]).map((u) => new URL(u));
  const latencies: Record<string, number[]> = {};
  const samples: Record<string, string> = {};
  const errors: string[] = [];
  const versions: (number | null)[] = new Array(run.jobs.length).fill(null);
  const answers: unknown[] | null = run.keepAnswers ? new Array(run.jobs.length).fill(null) : null;
  const names = new Map(Object.entries(run.operations).map(([op, text]) => [op, /^\s*(?:query|mutation)\s+(\w+)/.exec(text)?.[1] ?? null]));
  let slowest: { op: string; ms: number; sentAtMs: number }[] = [];
  let requests = 0;
  let retries = 0;
  let failedJobs = 0;
  let next = 0;
  let started = performance.now();

  const post = (payload: string, token: string | null, target: URL, agent: http.Agent) =>
    new Promise<{ status: number; text: string }>((done, fail) => {
      const headers: Record<string, string | number> = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) };
      if (token) headers.authorization = `Bearer ${token}`;
      const req = http.request({ host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', fail);
      });
      req.on('error', fail);
      req.end(payload);
    });

  const runJob = async (index: number, target: URL, agent: http.Agent) => {
    const job = run.jobs[index];
    const stepVersions: (number | null)[] = [];
    for (const step of job.steps) {
      const variables = step.versionFrom == null ? step.variables : { ...step.variables, expectedVersion: stepVersions[step.versionFrom] };
      const payload = JSON.stringify({ operationName: names.get(step.op), query: run.operations[step.op], variables });
      for (let attempt = 0; ; attempt++) {
        const t0 = performance.now();
        let answer: { status: number; text: string };
        try {
          answer = await post(payload, job.token, target, agent);
        } catch (error) {
          failedJobs++;
          if (errors.length < 10) errors.push(`${step.op}: ${error instanceof Error ? error.message : String(error)}`);
          return;
        }
        const body = JSON.parse(answer.text) as { data?: Record<string, unknown> | null; errors?: GqlError[] };
        const ms = performance.now() - t0;
        requests++;
        (latencies[step.op] ??= []).push(ms);
        if (slowest.length < SLOWEST_KEPT || ms > slowest[slowest.length - 1].ms) {
          slowest = [...slowest, { op: step.op, ms, sentAtMs: t0 - started }].sort((a, b) => b.ms - a.ms).slice(0, SLOWEST_KEPT);
        }
        if (!(step.op in samples) && answer.text.length <= SAMPLE_LIMIT && !body.errors) samples[step.op] = answer.text;
        if (body.errors?.length) {
          const conflictOnly = body.errors.every((e) => e.extensions?.code === 'CONFLICT');
          if (conflictOnly && attempt < (run.conflictRetries ?? 0)) {
            retries++;
            continue;
          }
          failedJobs++;
          if (errors.length < 10) errors.push(`${step.op}: ${body.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('; ')}`);
          return;
        }
        const root = body.data ? (Object.values(body.data)[0] as { version?: unknown } | null) : null;
        stepVersions.push(typeof root?.version === 'number' ? root.version : null);
        if (answers) answers[index] = body.data;
        break;
      }
    }
    versions[index] = stepVersions[stepVersions.length - 1] ?? null;
  };

  const client = async (c: number) => {
    const target = targets[c % targets.length];
    while (next < run.jobs.length) await runJob(next++, target, agents[c]);
  };
  const clients = Math.min(run.clients, run.jobs.length);
  // Each client opens its connection first, with a request that reads nothing: a browser's connection is already
  // open when its user clicks. Otherwise the timed run would start with every client connecting at once to a
  // busy server, whose event loop takes new connections only between the requests already in progress (the first
  // requests of a run then waited seconds before the server read them).
  await Promise.all(Array.from({ length: clients }, (_, c) => post(JSON.stringify({ query: '{ __typename }' }), null, targets[c % targets.length], agents[c])));
  started = performance.now();
  await Promise.all(Array.from({ length: clients }, (_, c) => client(c)));
  const wallMs = performance.now() - started;
  for (const agent of agents) agent.destroy();
  return { wallMs, requests, latencies, retries, errors, failedJobs, versions, answers, samples, slowest };
}

/**
 * The clients run in a worker thread, on the second core, so that preparing requests and parsing answers does
 * not queue on the event loop of the server being measured (which runs in the main thread).
 */
export class LoadGenerator {
  private pending = new Map<number, { done: (r: LoadResult) => void; fail: (e: Error) => void }>();
  private nextId = 1;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (message: { id: number; result?: LoadResult; error?: string }) => {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.result) waiting?.done(message.result);
      else waiting?.fail(new Error(message.error ?? 'load run failed'));
    });
    worker.on('error', (error) => {
      for (const waiting of this.pending.values()) waiting.fail(error);
      this.pending.clear();
    });
  }

  /** Starts the worker (this same file, compiled on the fly when run from TypeScript) and waits until it is ready. */
  static async start(): Promise<LoadGenerator> {
    const register = __filename.endsWith('.ts') ? `require('ts-node').register({ transpileOnly: true });` : '';
    const worker = new Worker(`${register} require(${JSON.stringify(__filename)});`, { eval: true, workerData: { benchLoadWorker: true } });
    await new Promise<void>((ready, fail) => {
      worker.once('message', () => ready());
      worker.once('error', fail);
    });
    return new LoadGenerator(worker);
  }

  run(run: LoadRun): Promise<LoadResult> {
    const id = this.nextId++;
    return new Promise<LoadResult>((done, fail) => {
      this.pending.set(id, { done, fail });
      this.worker.postMessage({ id, run } satisfies WorkerRequest);
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

if (!isMainThread && (workerData as { benchLoadWorker?: boolean } | null)?.benchLoadWorker) {
  parentPort!.on('message', (request: WorkerRequest) => {
    executeRun(request.run).then(
      (result) => parentPort!.postMessage({ id: request.id, result }),
      (error: unknown) => parentPort!.postMessage({ id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    );
  });
  parentPort!.postMessage('ready');
}
