import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { ReportStatus } from '../../workflows/report.machine';

/** Every label value below comes from a short fixed list or is capped: nothing names a user, a unit or a report. */
const METHODS = new Set(['GET', 'POST', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'DELETE']);
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** Operation names are chosen by clients: past this many distinct ones, new names count as "other". */
const MAX_OPERATION_NAMES = 200;
const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

export type Route = '/graphql' | '/health' | '/metrics' | '/reports/workbook' | 'other';

export function routeOf(path: string): Route {
  if (path === '/graphql' || path.startsWith('/graphql/')) return '/graphql';
  if (path === '/health') return '/health';
  if (path === '/metrics') return '/metrics';
  if (/^\/reports\/[^/]+\/workbook\.xlsx$/.test(path)) return '/reports/workbook';
  return 'other';
}

/**
 * The Prometheus metrics of one hub, in a registry of its own (several hubs can run in one process, as in the
 * tests). Process metrics (CPU, memory, event loop, GC) belong to the process, so they live in one shared registry
 * that every hub's /metrics appends.
 */
export class HubMetrics {
  readonly registry = new Registry();
  private readonly httpRequests: Counter<'method' | 'route' | 'status'>;
  private readonly httpDuration: Histogram<'method' | 'route' | 'status'>;
  private readonly operations: Counter<'operation' | 'outcome'>;
  private readonly schedulerPasses: Counter<'outcome'>;
  private readonly schedulerLastPass: Gauge;
  private readonly schedulerDuration: Gauge;
  private readonly operationNames = new Set<string>();
  private lastPassEndedAt: number | null = null;

  /** `reportsByStatus` runs on each scrape (one GROUP BY); `wallClock` is real time, not the hub's clock. */
  constructor(
    reportsByStatus: () => Promise<{ status: string; count: number }[]>,
    onCollectError: (error: unknown) => void,
    private readonly wallClock: () => number = Date.now,
  ) {
    const registers = [this.registry];
    this.httpRequests = new Counter({ name: 'http_requests_total', help: 'HTTP requests answered, by method, route and status.', labelNames: ['method', 'route', 'status'], registers });
    this.httpDuration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time from receiving an HTTP request to the end of its answer, by method, route and status.',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    this.operations = new Counter({
      name: 'graphql_operations_total',
      help: 'GraphQL operations over HTTP, by operation name and outcome ("ok" or the first error code).',
      labelNames: ['operation', 'outcome'],
      registers,
    });
    new Gauge({
      name: 'hub_reports',
      help: 'Reports by review state, counted when scraped.',
      labelNames: ['status'],
      registers,
      async collect() {
        this.reset();
        for (const status of Object.values(ReportStatus)) this.set({ status }, 0);
        try {
          for (const row of await reportsByStatus()) this.set({ status: row.status }, row.count);
        } catch (error) {
          this.reset();
          onCollectError(error);
        }
      },
    });
    this.schedulerPasses = new Counter({ name: 'hub_scheduler_passes_total', help: 'Deadline scheduler passes, by outcome (ok, skipped while another instance ran one, error).', labelNames: ['outcome'], registers });
    this.schedulerLastPass = new Gauge({ name: 'hub_scheduler_last_pass_timestamp_seconds', help: 'When the last successful scheduler pass ended (Unix time).', registers });
    this.schedulerDuration = new Gauge({ name: 'hub_scheduler_last_pass_duration_seconds', help: 'How long the last scheduler pass took.', registers });
    const metrics = this;
    new Gauge({
      name: 'hub_scheduler_lag_seconds',
      help: 'Seconds since the last successful scheduler pass ended; absent before the first one.',
      registers,
      collect() {
        this.reset();
        if (metrics.lastPassEndedAt !== null) this.set((metrics.wallClock() - metrics.lastPassEndedAt) / 1000);
      },
    });
    for (const outcome of ['ok', 'error']) this.schedulerPasses.inc({ outcome }, 0);
  }

  /** The admission queue's state, read when scraped (src/security/admission.ts). */
  observeAdmission(admission: { activeCount: number; waitingCount: number; shed: number }): void {
    const registers = [this.registry];
    new Gauge({ name: 'hub_requests_active', help: 'GraphQL and workbook requests being worked on now.', registers, collect() { this.set(admission.activeCount); } });
    new Gauge({ name: 'hub_requests_waiting', help: 'GraphQL and workbook requests waiting for their turn now.', registers, collect() { this.set(admission.waitingCount); } });
    new Counter({
      name: 'hub_requests_refused_busy_total',
      help: 'Requests answered 503 SERVER_BUSY because the waiting queue was full.',
      registers,
      collect() {
        this.reset();
        this.inc(admission.shed);
      },
    });
  }

  recordHttp(method: string, path: string, status: number, seconds: number): void {
    const labels = { method: METHODS.has(method) ? method : 'other', route: routeOf(path), status: String(status) };
    this.httpRequests.inc(labels);
    this.httpDuration.observe(labels, seconds);
  }

  recordOperation(name: string | null | undefined, errorCode: string | null | undefined): void {
    this.operations.inc({ operation: this.operationLabel(name), outcome: errorCode == null ? 'ok' : ERROR_CODE.test(errorCode) ? errorCode : 'OTHER_ERROR' });
  }

  private operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(name);
    return name;
  }

  /** Times a scheduler pass and records its end and outcome; the pass's result or error goes on unchanged. */
  async timeSchedulerPass<T>(pass: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      const result = await pass();
      this.lastPassEndedAt = this.wallClock();
      this.schedulerLastPass.set(this.lastPassEndedAt / 1000);
      // A pass that found another instance at work did nothing: counted apart, so each instance shows it ran.
      const skipped = (result as { skipped?: boolean } | undefined)?.skipped === true;
      this.schedulerPasses.inc({ outcome: skipped ? 'skipped' : 'ok' });
      return result;
    } catch (error) {
      this.schedulerPasses.inc({ outcome: 'error' });
      throw error;
    } finally {
      this.schedulerDuration.set((performance.now() - started) / 1000);
    }
  }

  /** The text exposition: this hub's metrics, then the process's. */
  async render(): Promise<string> {
    return (await this.registry.metrics()) + '\n' + (await processRegistry().metrics());
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}

let shared: Registry | null = null;

/** CPU, memory, event loop and GC of this process, collected once per process whatever the number of hubs. */
function processRegistry(): Registry {
  if (!shared) {
    shared = new Registry();
    collectDefaultMetrics({ register: shared });
  }
  return shared;
}
