import 'reflect-metadata';
import { isStoredId } from './common/ids';
import { localDay } from './deadlines/deadline-rules';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { MikroORM, OptimisticLockError } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import { HubConfig, introspectionEnabled } from './config';
import { Clock, systemClock } from './common/clock';
import { AppError, ErrorCode, STALE_VERSION_MESSAGE } from './common/errors';
import { dialectOf, openDatabase, poolSizeOf, QueryCounter } from './db/orm';
import { HubLock, withSessionLock } from './db/locks';
import { hubSchema } from './schema';
import { createServices, Services } from './services';
import { HubContext } from './context';
import { Loaders } from './loaders';
import { lineage } from './units/unit.service';
import { Actor, Caller } from './auth/actor';
import { assertCurrentToken, verifyAccessToken } from './auth/token';
import { User, Role } from './auth/user.entity';
import { unauthenticated } from './common/errors';
import { seedDemo } from './demo/demo.seed';
import { PassSummary } from './deadlines/deadline.scheduler';
import { AdministrativeUnit } from './units/unit.entity';
import { Campaign } from './campaigns/campaign.entity';
import { DeliverySummary } from './outbox/outbox.service';
import { serveSubscriptions } from './subscriptions';
import { workbookDownload } from './excel/workbook.http';
import { Admission, DEFAULT_MAX_WAITING, SQLITE_MAX_ACTIVE } from './security/admission';
import { LimitError } from './security/errors';
import { QUERY_LIMITS } from './security/limits';
import { hubValidationRules } from './security/query-rules';
import { refuseBatches } from './security/batching';
import { ClientAddress } from './auth/client-address';
import { callbackLogger, createLogger, Logger } from './observability/logger';
import { HubMetrics } from './observability/metrics';
import { metricsEndpoint, observeRequests, ObservedRequest, operationMetricsPlugin, requestInfoOf } from './observability/http';
import { currentRequest } from './observability/request-context';

export interface Hub {
  url: string;
  /** Runs one deadline scheduler pass now, at the hub's clock (the timer calls the same). */
  runSchedulerPass(): Promise<PassSummary>;
  /** Sends the e-mail notices due now (the timer does after each pass when SMTP is configured). */
  deliverOutbox(): Promise<DeliverySummary>;
  port: number;
  orm: MikroORM;
  /** This hub's Prometheus metrics (served on GET /metrics). */
  metrics: HubMetrics;
  /** The turn-taking of GraphQL and workbook requests (how many are in progress and waiting now). */
  admission: Admission;
  services: Services;
  config: HubConfig;
  close(): Promise<void>;
}

export interface HubOptions {
  config: HubConfig;
  clock?: Clock;
  /** Counts SQL statements (tests and benchmarks). */
  counter?: QueryCounter;
  /**
   * The JSON logger: one line per HTTP request, unexpected errors with their request id, and the hub's messages.
   * Absent: with `log`, warnings and errors go to that callback as plain lines (no request lines); without
   * either, a logger on standard output at `config.logLevel`.
   */
  logger?: Logger;
  /** Where the hub's messages go (seeding, schedules that could not open); absent: the logger at level info. */
  log?: (message: string) => void;
}

/** Errors Apollo itself raises for malformed requests; passed on as they are (without stack). */
const PASS_THROUGH = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE']);

/** The single place where what went wrong becomes what the client is told. */
export function formatError(formatted: GraphQLFormattedError, error: unknown, log: (m: string) => void): GraphQLFormattedError {
  let original = unwrapResolverError(error);
  // A refusal from a validation rule comes wrapped (Apollo's GRAPHQL_VALIDATION_FAILED, without a path): its own
  // code is what the client is told.
  if (original instanceof GraphQLError && (original.originalError instanceof AppError || original.originalError instanceof LimitError)) {
    original = original.originalError;
  }
  if (original instanceof AppError || original instanceof LimitError) {
    return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: { ...original.extensions } };
  }
  if (original instanceof OptimisticLockError) {
    return { message: STALE_VERSION_MESSAGE, path: formatted.path, extensions: { code: ErrorCode.CONFLICT } };
  }
  const code = formatted.extensions?.code;
  if (code === 'BAD_REQUEST' && /Cross-Site Request Forgery/.test(formatted.message)) {
    return {
      message: 'Yêu cầu bị chặn để chống giả mạo yêu cầu từ trang khác (CSRF): hãy gửi POST với Content-Type: application/json, hoặc kèm header apollo-require-preflight.',
      extensions: { code },
    };
  }
  if (typeof code === 'string' && PASS_THROUGH.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  log(`Lỗi không lường trước: ${original instanceof Error ? (original.stack ?? original.message) : String(original)}`);
  return { message: 'Hệ thống gặp lỗi ngoài dự kiến; thao tác chưa được ghi nhận. Vui lòng thử lại hoặc báo quản trị.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

interface CallerRow {
  id: number;
  full_name: string;
  role: Role;
  token_version: number | null;
  unit_id: number | null;
  unit_path: string | null;
  unit_valid_from: string | null;
  campaigns: number | string;
}

async function resolveCaller(em: EntityManager, config: HubConfig, clock: Clock, header: string | undefined): Promise<Caller> {
  if (!header) return { actor: null, authError: null };
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  try {
    if (!match) throw unauthenticated('Header Authorization phải có dạng "Bearer <token>".');
    const claims = verifyAccessToken(config.jwt, clock, match[1]);
    const id = Number(claims.sub);
    // Every request reads its caller: one plain row (account and unit), not two entities to build and track.
    const rows: CallerRow[] = isStoredId(id)
      ? await em.execute(
          `select u.id, u.full_name, u.role, u.token_version, u.unit_id, n.path as unit_path, n.valid_from as unit_valid_from,
                  (select count(*) from campaign) as campaigns
           from app_user u left join administrative_unit n on n.id = u.unit_id where u.id = ?`,
          [id],
        )
      : [];
    const user = rows[0];
    if (!user) throw unauthenticated('Tài khoản không còn tồn tại. Vui lòng đăng nhập lại.');
    assertCurrentToken({ tokenVersion: Number(user.token_version ?? 0) }, claims);
    const actor: Actor = {
      userId: Number(user.id),
      name: user.full_name,
      role: user.role,
      unitId: user.unit_id == null ? null : Number(user.unit_id),
      unitPath: user.unit_path ?? null,
      tokenVersion: Number(user.token_version ?? 0),
      campaignsSeen: Number(user.campaigns),
    };
    // Units made by a reorganisation continue older ones, whose reports their officers still read.
    if (user.unit_id != null && user.unit_valid_from != null) {
      const continued = await lineage(em, Number(user.unit_id));
      actor.scopePaths = continued.paths;
      actor.lineageUnitIds = continued.ids;
    }
    return { actor, authError: null };
  } catch (error) {
    if (error instanceof AppError) return { actor: null, authError: error };
    throw error;
  }
}

/** No units, no campaigns, and no account but a configured admin: the only database the demo may fill. */
async function isEmpty(em: EntityManager): Promise<boolean> {
  const [units, campaigns, others] = await Promise.all([
    em.count(AdministrativeUnit, {}),
    em.count(Campaign, {}),
    em.count(User, { role: { $ne: Role.ADMIN } }),
  ]);
  return units === 0 && campaigns === 0 && others === 0;
}

/**
 * Opens the database, prepares it (forms, first admin, demo) and serves GraphQL on /graphql (queries and
 * mutations over HTTP, subscriptions over WebSocket) and GET /health. A start that fails part-way stops
 * whatever it had started and closes the database before the error goes on.
 */
export async function startHub(options: HubOptions): Promise<Hub> {
  const orm = await openDatabase({ url: options.config.databaseUrl, counter: options.counter });
  const started: (() => unknown)[] = [];
  try {
    return await serve(orm, options, started);
  } catch (error) {
    for (const stop of started.reverse()) await Promise.resolve().then(stop).catch(() => undefined);
    await orm.close(true);
    throw error;
  }
}

/** Everything after opening the database; each thing started is pushed on `started` to be stopped on failure. */
async function serve(orm: MikroORM, options: HubOptions, started: (() => unknown)[]): Promise<Hub> {
  const { config } = options;
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? (options.log ? callbackLogger(options.log) : createLogger(config.logLevel));
  const log = options.log ?? ((m: string) => logger.info(m));
  /** Unexpected errors, with the id of the request they happened in (none in scheduler passes). */
  const logError = (m: string) => logger.error({ requestId: currentRequest()?.id }, m);
  const metrics = new HubMetrics(
    async () => {
      const rows: { status: string; count: number }[] = await orm.em.fork().getConnection().execute('select status, count(*) as count from report group by status');
      return rows.map((r) => ({ status: r.status, count: Number(r.count) }));
    },
    (error) => logError(`Không đếm được báo cáo theo trạng thái cho /metrics: ${error instanceof Error ? error.message : String(error)}`),
  );
  const services = createServices(config, log);
  started.push(() => services.notificationBus.close());
  await services.notificationBus.ready;
  orm.em.getEventManager().registerSubscriber(services.afterCommit);
  // Instances starting together on one PostgreSQL database take turns here, so each thing is set up once.
  await withSessionLock(orm, HubLock.START_UP, async () => {
    const setupEm = orm.em.fork() as EntityManager;
    await services.templates.installBuiltIns(setupEm, clock);
    await services.holidays.installBuiltIns(setupEm, clock);
    if (config.admin && (await setupEm.count(User, { role: Role.ADMIN })) === 0) {
      await services.auth.createUser(setupEm, clock, { ...config.admin, fullName: 'Quản trị hệ thống', role: Role.ADMIN });
      log(`Đã tạo tài khoản quản trị "${config.admin.username}".`);
    }
    if (config.seedDemo && (await isEmpty(setupEm))) {
      await seedDemo(orm.em.fork() as EntityManager, services, log, clock.now());
    }
  });

  // Depth, aliases, root fields, cost and (in production) introspection, checked before anything is executed.
  const validationRules = hubValidationRules(QUERY_LIMITS, introspectionEnabled(config));
  const contextFor = (em: EntityManager, caller: Caller): HubContext => ({
    em,
    ...caller,
    clock,
    config,
    services,
    loaders: new Loaders(em, localDay(clock.now()), services.reports.facts, caller.actor?.campaignsSeen ?? null),
  });
  const app = express();
  app.set('trust proxy', config.trustProxy ?? 'loopback');
  app.use(observeRequests(logger, metrics));
  const admission = new Admission({
    maxActive: config.admission?.maxActive ?? (dialectOf(config.databaseUrl) === 'postgresql' ? poolSizeOf(orm) : SQLITE_MAX_ACTIVE),
    maxWaiting: config.admission?.maxWaiting ?? DEFAULT_MAX_WAITING,
  });
  metrics.observeAdmission(admission);
  const httpServer = http.createServer(app);
  const subscriptions = serveSubscriptions<HubContext>({
    httpServer,
    path: '/graphql',
    schema: hubSchema(),
    validationRules,
    authenticate: (authorization) => resolveCaller(orm.em.fork() as EntityManager, config, clock, authorization),
    context: (caller, end) => ({ ...contextFor(orm.em.fork() as EntityManager, caller), endConnection: end }),
    formatError: (formatted, error) => formatError(formatted, error, logError),
  });
  started.push(() => subscriptions.close());
  const apollo = new ApolloServer<HubContext>({
    schema: hubSchema(),
    includeStacktraceInErrorResponses: false,
    // Apollo's default, stated: a request a browser could send cross-site without a preflight (GET, or a POST
    // that is not JSON) must carry a custom header, so a page elsewhere cannot act with a user's cookies.
    csrfPrevention: true,
    validationRules,
    // When introspection is off, `validationRules` refuses it (in Vietnamese, over WebSocket too); Apollo's own
    // English refusal would only answer twice.
    introspection: true,
    allowBatchedHttpRequests: QUERY_LIMITS.maxOperationsPerRequest > 1,
    formatError: (formatted, error) => formatError(formatted, error, logError),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Answers are per caller and never cached by a CDN; Apollo's default cache-control plugin would otherwise put
      // a hook around every field of every answer to collect hints nobody reads.
      ApolloServerPluginCacheControlDisabled(),
      operationMetricsPlugin<HubContext>(metrics),
      // WebSocket clients get a proper close frame ("going away") rather than a cut connection.
      { serverWillStart: async () => ({ drainServer: () => subscriptions.close() }) },
    ],
  });
  await apollo.start();
  started.push(() => apollo.stop());

  app.get('/metrics', metricsEndpoint(metrics, config.metricsToken));
  app.get('/health', async (_req, res) => {
    try {
      await orm.em.fork().getConnection().execute('select 1');
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });
  // The report as an .xlsx download, with the same bearer token and the same checks as the reportWorkbook query.
  app.get(
    '/reports/:id/workbook.xlsx',
    admission.middleware,
    workbookDownload(async (req) => {
      const em = orm.em.fork() as EntityManager;
      const caller = await resolveCaller(em, config, clock, req.headers.authorization);
      const info = requestInfoOf(req.res);
      if (info && caller.actor) info.userId = caller.actor.userId;
      return contextFor(em, caller);
    }, logError),
  );
  app.use(
    '/graphql',
    // Answers hold one official's view of reports and accounts: no browser or proxy keeps a copy.
    (_req: express.Request, res: express.Response, next: express.NextFunction) => {
      res.setHeader('Cache-Control', 'no-store');
      next();
    },
    express.json({ limit: '5mb' }),
    refuseBatches(QUERY_LIMITS.maxOperationsPerRequest),
    // In turn under load: first come, first served, and refused at once when too many already wait.
    admission.middleware,
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<HubContext> => {
        const em = orm.em.fork() as EntityManager;
        const caller = await resolveCaller(em, config, clock, req.headers.authorization);
        const info = requestInfoOf(res);
        if (info && caller.actor) info.userId = caller.actor.userId;
        const context = contextFor(em, caller);
        return Object.assign(context, { clientAddress: req.ip ?? null } satisfies ClientAddress, { request: info } satisfies ObservedRequest);
      },
    }),
  );

  // Requests that never reach GraphQL (unreadable JSON, too large) still get a coded answer and no stack.
  app.use((error: { status?: number; type?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const tooLarge = error.type === 'entity.too.large' || error.status === 413;
    res.status(tooLarge ? 413 : (error.status ?? 500) < 500 ? (error.status as number) : 400).json({
      errors: [
        {
          message: tooLarge ? 'Yêu cầu quá lớn (tối đa 5 MB).' : 'Yêu cầu không đọc được: nội dung phải là JSON hợp lệ.',
          extensions: { code: tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' },
        },
      ],
    });
  });

  // Timed for /metrics (duration, end, outcome), whether the timer or a caller runs it.
  const runSchedulerPass = () =>
    metrics.timeSchedulerPass(async () => {
      await services.schedules.openDueRounds(orm.em.fork() as EntityManager, clock, log);
      return services.scheduler.runPass(orm.em.fork() as EntityManager, clock.now());
    });
  const deliverOutbox = () => services.outbox.deliver(orm.em.fork() as EntityManager, clock.now());
  const reportError = (what: string) => (error: unknown) => logger.error({ err: error }, what);
  // Catch up at start on whatever fell due while the hub was down, then keep passing on a timer; each tick
  // sends the e-mail that is due after its pass. A tick still running when the next is due is not doubled.
  await runSchedulerPass();
  let timer: NodeJS.Timeout | null = null;
  let ticking: Promise<void> | null = null;
  if (config.schedulerIntervalSeconds > 0) {
    timer = setInterval(() => {
      ticking ??= (async () => {
        await runSchedulerPass().catch(reportError('Lỗi khi chạy bộ lập lịch hạn nộp'));
        if (services.outbox.enabled) await deliverOutbox().catch(reportError('Lỗi khi gửi thư thông báo'));
      })().finally(() => {
        ticking = null;
      });
    }, config.schedulerIntervalSeconds * 1000);
    timer.unref();
    started.push(() => clearInterval(timer!));
  }

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, '127.0.0.1', () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const port = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    orm,
    metrics,
    admission,
    services,
    config,
    runSchedulerPass,
    deliverOutbox,
    async close() {
      if (timer) clearInterval(timer);
      await ticking;
      await apollo.stop(); // closes the WebSocket clients, then drains HTTP
      await services.notificationBus.close();
      await orm.close(true);
    },
  };
}
