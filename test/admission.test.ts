import http from 'node:http';
import net, { AddressInfo } from 'node:net';
import express from 'express';
import { print } from 'graphql';
import { loadConfig } from '../src/config';
import { Admission, SERVER_BUSY_MESSAGE } from '../src/security/admission';
import { LoginDocument, MeDocument } from './generated/graphql';
import { ADMIN, startTestHub, TestHub } from './support/harness';
import { EntityManager } from '@mikro-orm/knex';
import { onPostgres } from './support/database';

/** Waits (a millisecond at a time, up to 5 s) until the condition holds. */
async function until(condition: () => boolean, what: string): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > 5000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 1));
  }
}

describe('turn-taking of requests (admission) on a real HTTP server', () => {
  let server: http.Server;
  let base: string;
  let admission: Admission;
  /** Requests that reached the handler, in order, and the ones it still holds. */
  let reached: string[];
  let held: Map<string, () => void>;
  let inHandler: number;
  let mostInHandler: number;

  beforeEach(async () => {
    reached = [];
    held = new Map();
    inHandler = 0;
    mostInHandler = 0;
    admission = new Admission({ maxActive: 2, maxWaiting: 3 });
    const app = express();
    app.get('/work/:name', admission.middleware, (req, res) => {
      const name = String(req.params.name);
      reached.push(name);
      inHandler++;
      mostInHandler = Math.max(mostInHandler, inHandler);
      held.set(name, () => {
        held.delete(name);
        inHandler--;
        res.json({ done: name });
      });
    });
    server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    for (const release of [...held.values()]) release();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  /** Sends a request and waits until the server has taken it in (in progress or queued). */
  async function send(name: string, signal?: AbortSignal): Promise<{ answer: Promise<Response> }> {
    const seen = admission.activeCount + admission.waitingCount;
    const answer = fetch(`${base}/work/${name}`, { signal });
    answer.catch(() => undefined);
    await until(() => admission.activeCount + admission.waitingCount > seen, `${name} to arrive`);
    return { answer };
  }

  it('works on at most maxActive at once, lets the others in by arrival, and refuses past maxWaiting', async () => {
    const answers: Record<string, Promise<Response>> = {};
    for (const name of ['a', 'b', 'c', 'd', 'e']) answers[name] = (await send(name)).answer;
    await until(() => reached.length === 2, 'two in progress');
    expect(reached).toEqual(['a', 'b']);
    expect(admission.waitingCount).toBe(3);

    // A sixth while three wait: refused at once, nothing of it worked on.
    const refused = await fetch(`${base}/work/f`);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('2');
    expect(await refused.json()).toEqual({ errors: [{ message: SERVER_BUSY_MESSAGE, extensions: { code: 'SERVER_BUSY' } }] });
    expect(admission.shed).toBe(1);

    // Finishing b lets c in, not d or e; then a lets d in.
    held.get('b')!();
    expect(await (await answers.b).json()).toEqual({ done: 'b' });
    await until(() => reached.length === 3, 'c in progress');
    expect(reached).toEqual(['a', 'b', 'c']);
    held.get('a')!();
    await until(() => reached.length === 4, 'd in progress');
    expect(reached).toEqual(['a', 'b', 'c', 'd']);
    held.get('c')!();
    held.get('d')!();
    await until(() => reached.length === 5, 'e in progress');
    held.get('e')!();
    expect(await (await answers.e).json()).toEqual({ done: 'e' });
    expect(reached).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(mostInHandler).toBe(2);
    await until(() => admission.activeCount === 0 && admission.waitingCount === 0, 'an empty queue');
  });

  it('skips a request whose client went away while it waited', async () => {
    await send('a');
    await send('b');
    const leaving = new AbortController();
    await send('gone', leaving.signal);
    const last = await send('c');
    await until(() => reached.length === 2, 'two in progress');
    leaving.abort();
    await new Promise((r) => setTimeout(r, 20));
    held.get('a')!();
    held.get('b')!();
    await until(() => reached.length === 3, 'c in progress');
    held.get('c')!();
    expect((await last.answer).status).toBe(200);
    expect(reached).toEqual(['a', 'b', 'c']);
    await until(() => admission.activeCount === 0, 'no request in progress');
  });

  it('gives the slots back when a connection with pipelined requests closes before their answers', async () => {
    const port = Number(new URL(base).port);
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    // Three requests at once on one connection: Node answers them in order, so the second and third have no
    // response of their own on the socket yet; only the socket's end tells the queue that they are gone.
    socket.write(['p1', 'p2', 'p3'].map((name) => `GET /work/${name} HTTP/1.1\r\nHost: hub\r\n\r\n`).join(''));
    await until(() => reached.length === 2 && admission.waitingCount === 1, 'two in progress, one waiting');
    socket.destroy();
    await until(() => admission.activeCount === 0 && admission.waitingCount === 0, 'both slots given back');
    expect(reached).toEqual(['p1', 'p2']);
    const after = await send('after');
    await until(() => reached.length === 3, 'the next request in progress');
    held.get('after')!();
    expect((await after.answer).status).toBe(200);
  });

  it('refuses limits that would stop every request', () => {
    expect(() => new Admission({ maxActive: 0, maxWaiting: 10 })).toThrow(/maxActive/);
    expect(() => new Admission({ maxActive: 2, maxWaiting: 0 })).toThrow(/maxWaiting/);
  });
});

describe('turn-taking in the hub', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub({ admission: { maxActive: 1, maxWaiting: 1 } });
  });
  afterAll(() => t.close());

  it('answers SERVER_BUSY with Retry-After, in Vietnamese, once the queue is full, and serves the others', async () => {
    const post = (query: string, variables: object = {}) =>
      fetch(t.hub.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const { admission } = t.hub;
    // A login holds the only slot until the test lets it read the accounts: on SQLite the test's transaction holds
    // the one connection, on PostgreSQL it locks the accounts' table. (Left to the Argon2id check's own time, a
    // busy machine could finish the login before the third request arrives.)
    let letGo!: () => void;
    let holding!: () => void;
    const gate = new Promise<void>((resolve) => (letGo = resolve));
    const held = new Promise<void>((resolve) => (holding = resolve));
    const hold = (t.hub.orm.em.fork() as EntityManager).transactional(async (tem) => {
      if (onPostgres) await tem.execute('lock table app_user in access exclusive mode');
      holding();
      await gate;
    });
    await held;
    const login = post(print(LoginDocument), ADMIN);
    await until(() => admission.activeCount === 1, 'the login in progress');
    const waiting = post(print(MeDocument));
    await until(() => admission.waitingCount === 1, 'a request waiting');
    const refused = await post(print(MeDocument));
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('2');
    const body = (await refused.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions.code).toBe('SERVER_BUSY');
    expect(body.errors[0].message).toMatch(/thử lại sau/);
    expect(JSON.stringify(body)).not.toMatch(/\bat \w+ \(|stack/i);

    letGo();
    await hold;
    expect((await login).status).toBe(200);
    // Served in its turn: no token, so the resolver refuses it, not the queue.
    const served = await waiting;
    expect(served.status).not.toBe(503);
    const me = (await served.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(me.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    const metrics = await (await fetch(t.hub.url.replace(/\/graphql$/, '/metrics'))).text();
    expect(metrics).toMatch(/^hub_requests_refused_busy_total 1$/m);
    expect(metrics).toMatch(/^hub_requests_waiting 0$/m);
  });

  it('reads its limits from MAX_ACTIVE_REQUESTS and MAX_WAITING_REQUESTS and refuses nonsense', () => {
    const base = { DATABASE_URL: ':memory:' };
    expect(loadConfig(base).admission).toEqual({ maxActive: undefined, maxWaiting: undefined });
    expect(loadConfig({ ...base, MAX_ACTIVE_REQUESTS: '8', MAX_WAITING_REQUESTS: '200' }).admission).toEqual({ maxActive: 8, maxWaiting: 200 });
    for (const bad of ['0', '-1', '2.5', 'many']) {
      expect(() => loadConfig({ ...base, MAX_ACTIVE_REQUESTS: bad })).toThrow(/MAX_ACTIVE_REQUESTS/);
      expect(() => loadConfig({ ...base, MAX_WAITING_REQUESTS: bad })).toThrow(/MAX_WAITING_REQUESTS/);
    }
  });
});
