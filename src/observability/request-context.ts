import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What the hub learns about one HTTP request while serving it; written to its log line at the end. */
export interface RequestInfo {
  id: string;
  /** The caller's account, once its token has been checked. */
  userId?: number;
  /** The GraphQL operation's name, once Apollo has resolved it. */
  operationName?: string;
}

const current = new AsyncLocalStorage<RequestInfo>();

/** The request being served here, if any (absent in scheduler passes and WebSocket messages). */
export function currentRequest(): RequestInfo | undefined {
  return current.getStore();
}

export function runInRequest<T>(info: RequestInfo, fn: () => T): T {
  return current.run(info, fn);
}

/** A short token of letters, digits and `-_.:` is taken as the caller's id; anything else gets a fresh UUID. */
const SANE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export function requestIdFrom(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given && SANE_ID.test(given) ? given : randomUUID();
}
