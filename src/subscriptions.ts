import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { GraphQLError, GraphQLFormattedError, GraphQLSchema, specifiedRules, validate, ValidationRule } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { Caller } from './auth/actor';

export interface SubscriptionServerOptions<C extends object> {
  httpServer: http.Server;
  path: string;
  schema: GraphQLSchema;
  /** Checked besides the spec's rules, as over HTTP (depth, cost, introspection…). */
  validationRules?: readonly ValidationRule[];
  /** Checks an "Authorization" value ("Bearer <token>") the way HTTP requests are checked. */
  authenticate(authorization: string | undefined): Promise<Caller>;
  /**
   * The context of one subscription, for the caller it was opened by; `end` closes the connection (4403, with the
   * reason in the close frame), which ends every subscription on it.
   */
  context(caller: Caller, end: (reason: string) => void): C | Promise<C>;
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
}

export interface SubscriptionServer {
  close(): Promise<void>;
}

const NOT_SIGNED_IN = 'Cần đăng nhập: gửi connectionParams { "authorization": "Bearer <token>" }.';
/** Clients that do not answer the closing handshake in this time are cut off. */
const CLOSE_GRACE_MS = 1000;

/** The credentials a client sent when connecting: `authorization: "Bearer …"` as over HTTP, or a bare `token`. */
function authorizationOf(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const value = params?.authorization ?? params?.Authorization;
  if (typeof value === 'string') return value;
  if (typeof params?.token === 'string') return `Bearer ${params.token}`;
  return undefined;
}

/**
 * Queries and mutations go over HTTP, where every limit applies (the login's per-address count needs the
 * caller's address, which a WebSocket message does not carry); the WebSocket is for subscriptions only.
 */
const onlySubscriptions: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation !== 'subscription') {
      context.reportError(
        new GraphQLError('Qua WebSocket chỉ nhận đăng ký nhận thông báo (subscription); truy vấn và thao tác hãy gửi bằng HTTP POST tới /graphql.', {
          nodes: node,
          extensions: { code: 'BAD_REQUEST' },
        }),
      );
    }
  },
});

/** A WebSocket close reason holds at most 123 bytes of UTF-8; cut on a character boundary. */
function closeReason(text: string): string {
  let out = text;
  while (Buffer.byteLength(out, 'utf8') > 123) out = out.slice(0, -1);
  return out;
}

/**
 * GraphQL subscriptions over WebSocket (the graphql-ws protocol) on the HTTP server's own port and path. The
 * connection is authenticated once when it opens, with the same token check as HTTP requests: a connection
 * without a valid token is closed with code 4401 and the reason in its close frame. Each subscription then
 * gets a context of its own, for the caller as they are at that moment; a subscription that finds the caller's
 * session ended later (logged out everywhere, password changed) closes the connection with code 4403.
 */
export function serveSubscriptions<C extends object>(options: SubscriptionServerOptions<C>): SubscriptionServer {
  // Upgrades are taken from the HTTP server by hand, so that its own errors (a port in use) stay its own.
  const wss = new WebSocketServer({ noServer: true });
  const onUpgrade = (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== options.path) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(request, socket, head, (client) => wss.emit('connection', client, request));
  };
  options.httpServer.on('upgrade', onUpgrade);
  const server = useServer<Record<string, unknown> | undefined>(
    {
      schema: options.schema,
      validate: (schema, document) => validate(schema, document, [...specifiedRules, onlySubscriptions, ...(options.validationRules ?? [])]),
      // Coded refusals (the hub's validation rules) leave formatted as over HTTP; the spec's own errors as they are.
      onError: (_ctx, _id, _payload, errors) =>
        errors.map((e) => (typeof e.extensions?.code === 'string' ? options.formatError(e.toJSON(), e) : e.toJSON())),
      onConnect: async (ctx) => {
        const caller = await options.authenticate(authorizationOf(ctx.connectionParams));
        if (caller.actor) return true;
        ctx.extra.socket.close(CloseCode.Unauthorized, closeReason(caller.authError?.message ?? NOT_SIGNED_IN));
        return false;
      },
      context: async (ctx) =>
        options.context(await options.authenticate(authorizationOf(ctx.connectionParams)), (reason) =>
          ctx.extra.socket.close(CloseCode.Forbidden, closeReason(reason)),
        ),
      // Errors leave the server the same way as over HTTP: coded, Vietnamese, nothing internal.
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors?.length
          ? { ...result, errors: result.errors.map((e) => options.formatError(e instanceof GraphQLError ? e.toJSON() : (e as GraphQLFormattedError), e)) }
          : result,
    },
    wss,
  );
  let closing: Promise<void> | null = null;
  return {
    close() {
      closing ??= (async () => {
        options.httpServer.off('upgrade', onUpgrade);
        const cutOff = setTimeout(() => {
          for (const client of wss.clients) client.terminate();
        }, CLOSE_GRACE_MS);
        try {
          await server.dispose();
        } finally {
          clearTimeout(cutOff);
        }
      })();
      return closing;
    },
  };
}
