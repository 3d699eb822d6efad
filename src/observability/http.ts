import { timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Logger } from 'pino';
import { HubMetrics } from './metrics';
import { RequestInfo, requestIdFrom, runInRequest } from './request-context';

/** Where a GraphQL context keeps its HTTP request's record, for the plugin below. */
export interface ObservedRequest {
  request?: RequestInfo;
}

/** The request's record, kept on `res.locals` for handlers that only see the request (e.g. the Excel download). */
export function requestInfoOf(res: Response | undefined): RequestInfo | undefined {
  return res?.locals.request as RequestInfo | undefined;
}

/**
 * First middleware: gives the request its id (the caller's `x-request-id` when it is a sane short token, else a
 * UUID), answers it in `x-request-id`, and when the answer is finished (or the connection dropped) writes one log
 * line and records the HTTP metrics. The rest of the request runs with the record as its async context, so that
 * an unexpected error logged on the way carries the id.
 */
export function observeRequests(logger: Logger, metrics: HubMetrics): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = performance.now();
    const info: RequestInfo = { id: requestIdFrom(req.headers['x-request-id']) };
    res.locals.request = info;
    res.setHeader('x-request-id', info.id);
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      const seconds = (performance.now() - started) / 1000;
      // The path only: a query string may carry a GraphQL query's variables.
      const path = pathOf(req.originalUrl);
      const status = res.writableFinished ? res.statusCode : 499;
      metrics.recordHttp(req.method, path, status, seconds);
      // Probes and scrapes that succeed come every few seconds: they are logged at debug only.
      const routine = (path === '/health' || path === '/metrics') && status < 400;
      logger[routine ? 'debug' : 'info'](
        {
          requestId: info.id,
          method: req.method,
          path,
          status,
          durationMs: Math.round(seconds * 10_000) / 10,
          ...(info.userId !== undefined && { userId: info.userId }),
          ...(info.operationName && { operation: info.operationName }),
        },
        'request',
      );
    };
    res.once('finish', finish);
    res.once('close', finish);
    runInRequest(info, next);
  };
}

function pathOf(url: string): string {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

/** Counts GraphQL operations by name and outcome, and names the operation in its request's log line. */
export function operationMetricsPlugin<C extends BaseContext>(metrics: HubMetrics): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operationName, request, response }) {
          const name = operationName ?? request.operationName ?? null;
          const info = (contextValue as ObservedRequest).request;
          if (info && name) info.operationName = name.slice(0, 100);
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const code = errors?.length ? (errors[0].extensions?.code as string | undefined) ?? 'UNKNOWN' : null;
          metrics.recordOperation(name, code);
        },
      };
    },
  };
}

/**
 * GET /metrics in Prometheus's text format. With a token configured, only a request bearing it is served; the
 * answer holds only counts by route, status, operation name, error code and report state.
 */
export function metricsEndpoint(metrics: HubMetrics, token: string | null | undefined): RequestHandler {
  const expected = token ? Buffer.from(`Bearer ${token}`) : null;
  return async (req: Request, res: Response) => {
    if (expected) {
      const given = Buffer.from(req.headers.authorization ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        res.status(401).setHeader('www-authenticate', 'Bearer realm="metrics"').type('text/plain').send('Unauthorized\n');
        return;
      }
    }
    res.setHeader('cache-control', 'no-store');
    res.type(metrics.contentType).send(await metrics.render());
  };
}
