import { randomBytes } from 'node:crypto';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { startHub, Hub } from '../../src/app';
import { HubConfig, JWT_AUDIENCE, JWT_ISSUER, SmtpSettings } from '../../src/config';
import { ManualClock } from '../../src/common/clock';
import { QueryCounter } from '../../src/db/orm';
import { LoginDocument } from '../generated/graphql';
import { createTestDatabase } from './database';

export const ADMIN = { username: 'quantri', password: 'mat-khau-quan-tri-2024' };

export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphQLResult<T> {
  data?: T | null;
  errors?: GraphQLErrorShape[];
  status: number;
}

export interface TestHub {
  hub: Hub;
  clock: ManualClock;
  counter: QueryCounter;
  config: HubConfig;
  /** Sends a typed operation over HTTP, as any client would. */
  request<T, V>(doc: TypedDocumentNode<T, V>, variables?: V, token?: string | null): Promise<GraphQLResult<T>>;
  /** Like request, but fails the test on any GraphQL error. */
  ok<T, V>(doc: TypedDocumentNode<T, V>, variables?: V, token?: string | null): Promise<T>;
  login(username: string, password: string): Promise<string>;
  /** Stops the server and starts a new one on the same database (use with `file: true`), as after a crash. */
  restart(): Promise<void>;
  /** Stops the server and removes its database. */
  close(): Promise<void>;
  /** Removes the database only, for a test that stopped the servers on it itself. */
  dropDatabase(): Promise<void>;
}

export interface TestHubOptions {
  /** Start time of the hub's clock. */
  now?: string;
  seedDemo?: boolean;
  /** On SQLite, a file in a temporary folder instead of an in-memory database (PostgreSQL databases always persist). */
  file?: boolean;
  /** Lifetime of access tokens; tests that move the clock over weeks raise it. */
  tokenTtlSeconds?: number;
  /** E-mail delivery; none by default. */
  smtp?: SmtpSettings | null;
  /** Seconds between timer passes; 0 (the default) leaves passes to the test. */
  schedulerIntervalSeconds?: number;
  /** Requests in progress and waiting at most; the hub's defaults when absent. */
  admission?: HubConfig['admission'];
}

export async function startTestHub(options: TestHubOptions = {}): Promise<TestHub> {
  const clock = new ManualClock(options.now ?? '2021-01-05T02:00:00Z');
  const counter = new QueryCounter();
  const database = await createTestDatabase(options.file ?? false);
  const config: HubConfig = {
    port: 0,
    databaseUrl: database.url,
    jwt: { secret: randomBytes(32).toString('hex'), issuer: JWT_ISSUER, audience: JWT_AUDIENCE, ttlSeconds: options.tokenTtlSeconds ?? 3600 },
    seedDemo: options.seedDemo ?? false,
    schedulerIntervalSeconds: options.schedulerIntervalSeconds ?? 0,
    admin: ADMIN,
    smtp: options.smtp ?? null,
    admission: options.admission,
  };
  // An unexpected error is always printed with its stack (the client only sees INTERNAL_SERVER_ERROR), so a test
  // that fails on one, even once in many runs, shows its cause; HUB_LOG=1 shows everything else the server logs.
  const log = (m: string) => {
    if (m.startsWith('Lỗi không lường trước')) console.error(m);
    else if (process.env.HUB_LOG) console.log(m);
  };
  let hub = await startHub({ config, clock, counter, log });

  async function request<T, V>(doc: TypedDocumentNode<T, V>, variables?: V, token?: string | null): Promise<GraphQLResult<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const response = await fetch(hub.url, { method: 'POST', headers, body: JSON.stringify({ query: print(doc), variables }) });
    const body = (await response.json()) as { data?: T; errors?: GraphQLErrorShape[] };
    return { ...body, status: response.status };
  }

  async function ok<T, V>(doc: TypedDocumentNode<T, V>, variables?: V, token?: string | null): Promise<T> {
    const result = await request(doc, variables, token);
    if (result.errors?.length) {
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    }
    return result.data as T;
  }

  return {
    get hub() {
      return hub;
    },
    clock,
    counter,
    config,
    request,
    ok,
    async login(username: string, password: string) {
      const data = await ok(LoginDocument, { username, password });
      return data.login.token;
    },
    async restart() {
      await hub.close();
      hub = await startHub({ config, clock, counter, log });
    },
    async close() {
      await hub.close();
      await database.drop();
    },
    dropDatabase: () => database.drop(),
  };
}

/** The error codes of a result, for compact assertions. */
export function codes(result: GraphQLResult<unknown>): (string | undefined)[] {
  return (result.errors ?? []).map((e) => e.extensions?.code);
}

/**
 * Sends operations and checks every error that comes back is clean: it carries a code, is not an internal
 * error, and shows no stack. `refused` also demands one exact code and no data for the field.
 */
export class CheckedClient {
  errorsChecked = 0;

  constructor(private readonly t: TestHub) {}

  expectCleanErrors(result: { errors?: GraphQLErrorShape[] }): void {
    for (const error of result.errors ?? []) {
      this.errorsChecked++;
      expect(error.extensions?.code).toEqual(expect.any(String));
      expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
      expect(error.extensions ?? {}).not.toHaveProperty('stacktrace');
      expect(error.extensions ?? {}).not.toHaveProperty('exception');
      expect(JSON.stringify(error)).not.toMatch(/\bat \S+ \(|\bat .*:\d+:\d+|\.ts:\d+/);
    }
  }

  async send<T, V>(doc: TypedDocumentNode<T, V>, variables: V, token: string | null): Promise<GraphQLResult<T>> {
    const result = await this.t.request(doc, variables, token);
    this.expectCleanErrors(result);
    return result;
  }

  async refused<T, V>(doc: TypedDocumentNode<T, V>, variables: V, token: string | null, code: string, field: string) {
    const result = await this.send(doc, variables, token);
    expect(codes(result)).toEqual([code]);
    const data = result.data as Record<string, unknown> | null | undefined;
    expect(data?.[field] ?? null).toBeNull();
    return result;
  }
}
