import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { GraphQLErrorShape, GraphQLResult } from './harness';

const ROOT = join(__dirname, '..', '..');

/** A hub running as a server process of its own (src/main.ts), as it runs in production. */
export interface HubProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Lines the process wrote, for a failing test to show. */
  output: string[];
  /** Ends it at once, with no chance to finish anything (a power cut, an OOM kill). */
  kill(): Promise<void>;
  /** Asks it to stop (SIGTERM) and waits until it has. */
  stop(): Promise<void>;
}

/**
 * Starts `node src/main.ts` (compiled on the fly) with the given environment and waits until it listens. The
 * port is chosen by the system (PORT=0) and read from the start-up log line.
 */
export async function startHubProcess(env: Record<string, string>, timeoutMs = 60_000): Promise<HubProcess> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', TEST_DATABASE: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = once(child, 'exit');
  exited.catch(() => undefined); // a failure to spawn is reported by the start-up wait below
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the hub process did not start in time:\n${output.join('\n')}`)), timeoutMs);
    const read = (line: string) => {
      output.push(line);
      if (output.length > 2000) output.shift();
      const match = /"port":(\d+)/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    createInterface({ input: child.stdout! }).on('line', read);
    createInterface({ input: child.stderr! }).on('line', read);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the hub process ended at start (${code ?? signal}):\n${output.join('\n')}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    child,
    output,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A GraphQL client for a hub at a URL: typed operations over HTTP, as any client sends them. */
export class HubClient {
  constructor(public url: string) {}

  async request<T, V>(doc: TypedDocumentNode<T, V>, variables?: V, token?: string | null): Promise<GraphQLResult<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const response = await fetch(this.url, { method: 'POST', headers, body: JSON.stringify({ query: print(doc), variables }) });
    const body = (await response.json()) as { data?: T; errors?: GraphQLErrorShape[] };
    return { ...body, status: response.status };
  }

  async ok<T, V>(doc: TypedDocumentNode<T, V>, variables?: V, token?: string | null): Promise<T> {
    const result = await this.request(doc, variables, token);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  async metrics(): Promise<string> {
    return (await fetch(this.url.replace(/\/graphql$/, '/metrics'))).text();
  }
}

/** Runs `work` over the items with at most `concurrency` in flight, as that many clients would. */
export async function inParallel<T>(items: T[], concurrency: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}
