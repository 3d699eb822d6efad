import { print } from 'graphql';
import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { EntityManager } from '@mikro-orm/knex';
import { inTransaction } from '../src/common/transaction';
import { Notification, NotificationKind } from '../src/notifications/notification.entity';
import { StoredNotice } from '../src/notifications/notification.service';
import { User } from '../src/auth/user.entity';
import { LogoutDocument, NotificationAddedDocument, NotificationAddedSubscription } from './generated/graphql';
import { Fixture, FIXTURE_USERS, loadFixture } from './support/fixture';
import { startTestHub, TestHub } from './support/harness';
import { openRound, Round } from './support/round';

type Received = NotificationAddedSubscription['notificationAdded'];

/** Titles of the notices a test stores to find out that a subscription is live. */
const PROBE = 'Kiểm tra kết nối';

interface Listener {
  client: Client;
  /** Live notices received, probes left out. */
  received: Received[];
  live: boolean;
  errors: unknown[];
  closed: { code: number; reason: string }[];
  stop(): void;
}

async function waitFor(what: string, condition: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Live notices over a GraphQL subscription (graphql-ws over ws:// on the hub's own port), each to its own
 * recipient, published only once the transaction that stored them has committed.
 */
describe('notificationAdded subscription', () => {
  let t: TestHub;
  let f: Fixture;
  let round: Round;
  let wsUrl: string;
  let closed = false;
  const listeners: Listener[] = [];
  let probes = 0;

  const userId = async (username: string) => (await t.hub.orm.em.fork().findOneOrFail(User, { username })).id;

  /** Stores notices for one user in a transaction of their own, as any service does. */
  async function store(username: string, title: string, rollBack = false) {
    const em = t.hub.orm.em.fork() as EntityManager;
    const id = await userId(username);
    const work = inTransaction(em, async (tem) => {
      await t.hub.services.notifications.send(tem, [{ userId: id, kind: NotificationKind.DIGEST, title, body: title, dedupeKey: `TEST:${title}` }], t.clock.now());
      if (rollBack) throw new Error('rolled back on purpose');
    });
    if (rollBack) await expect(work).rejects.toThrow('rolled back on purpose');
    else await work;
  }

  function connect(connectionParams: Record<string, unknown> | undefined): Listener {
    const listener: Listener = {
      client: createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        connectionParams,
        retryAttempts: 0,
        on: { closed: (event) => listener.closed.push({ code: (event as { code: number }).code, reason: String((event as { reason: unknown }).reason) }) },
      }),
      received: [],
      live: false,
      errors: [],
      closed: [],
      stop: () => undefined,
    };
    listener.stop = listener.client.subscribe<Received>(
      { query: print(NotificationAddedDocument) },
      {
        next: (result) => {
          if (result.errors) return void listener.errors.push(result.errors);
          const notice = (result.data as unknown as NotificationAddedSubscription).notificationAdded;
          if (notice.title.startsWith(PROBE)) listener.live = true;
          else listener.received.push(notice);
        },
        error: (error) => listener.errors.push(error),
        complete: () => undefined,
      },
    );
    listeners.push(listener);
    return listener;
  }

  /**
   * Subscribes as a user and waits until the subscription is live: a probe notice stored for them arrives
   * (one is stored every 200 ms until then, since nothing says when the server has set the subscription up).
   */
  async function subscribe(username: string, token: string): Promise<Listener> {
    const listener = connect({ authorization: `Bearer ${token}` });
    for (let i = 0; !listener.live; i++) {
      if (i > 250 || listener.errors.length || listener.closed.length) throw new Error(`subscription did not start: ${JSON.stringify(listener)}`);
      if (i % 10 === 0) await store(username, `${PROBE} ${++probes}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    return listener;
  }

  beforeAll(async () => {
    t = await startTestHub({ now: '2019-04-10T02:00:00Z', tokenTtlSeconds: 30 * 86_400 });
    f = await loadFixture(t);
    round = await openRound(t, f);
    wsUrl = t.hub.url.replace(/^http/, 'ws');
  });
  afterAll(async () => {
    for (const l of listeners) await l.client.dispose();
    if (!closed) await t.close();
  });

  it('a reporter receives the RETURNED notice when their report is returned; another reporter does not', async () => {
    const sonDuong = await subscribe(FIXTURE_USERS.communeSonDuong.username, f.tokens.communeSonDuong);
    const trungYen = await subscribe(FIXTURE_USERS.communeTrungYen.username, f.tokens.communeTrungYen);

    await round.submit('02536', f.tokens.communeSonDuong);
    await round.submit('02539', f.tokens.communeTrungYen);
    await round.giveBack('02536', 'Bổ sung số liệu trẻ em dưới 6 tuổi.', f.tokens.districtSonDuongApprover);
    await waitFor('the RETURNED notice', () => sonDuong.received.length > 0);
    expect(sonDuong.received).toHaveLength(1);
    expect(sonDuong.received[0]).toMatchObject({ kind: 'RETURNED', title: 'Báo cáo của Thị trấn Sơn Dương bị trả lại', readAt: null, report: { unitCode: '02536' } });
    expect(sonDuong.received[0].body).toContain('Lý do: Bổ sung số liệu trẻ em dưới 6 tuổi.');

    // Trung Yên's own return arrives after Sơn Dương's would have: its stream has that one only.
    await round.giveBack('02539', 'Thiếu số liệu nhóm hộ gia đình.', f.tokens.districtSonDuongApprover);
    await waitFor("Trung Yên's own notice", () => trungYen.received.length > 0);
    expect(trungYen.received.map((n) => [n.kind, n.report?.unitCode])).toEqual([['RETURNED', '02539']]);
    expect(sonDuong.received).toHaveLength(1);
    expect([...sonDuong.errors, ...trungYen.errors]).toEqual([]);
  });

  it('a bad token, or none, is refused when connecting, with the reason in the close frame', async () => {
    const bad = connect({ authorization: 'Bearer khong-phai-token' });
    const none = connect(undefined);
    const bare = connect({ token: f.tokens.communeMinhThanh });
    await waitFor('the refusals', () => bad.closed.length > 0 && none.closed.length > 0);
    expect(bad.closed[0]).toEqual({ code: 4401, reason: 'Mã đăng nhập (token) không hợp lệ. Vui lòng đăng nhập lại.' });
    expect(none.closed[0].code).toBe(4401);
    expect(none.closed[0].reason).toContain('Cần đăng nhập');
    expect(bad.received).toEqual([]);
    // a bare token in connectionParams is accepted too
    await round.submit('02542', f.tokens.communeMinhThanh);
    await round.giveBack('02542', 'Xem lại dân số.', f.tokens.districtSonDuongApprover);
    await waitFor('the notice on a bare-token connection', () => bare.received.length > 0);
    expect(bare.received[0].report?.unitCode).toBe('02542');
    expect(bare.closed).toEqual([]);
  });

  it('publishes only after the transaction commits: nothing for a rolled-back one, a savepoint waits for the outer commit', async () => {
    const id = await userId(FIXTURE_USERS.communeHungLoi.username);
    const events: StoredNotice[] = [];
    const iterator = t.hub.services.notificationBus.subscribe(id)[Symbol.asyncIterator]();
    const pump = (async () => {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) events.push(next.value);
    })();
    try {
      await store(FIXTURE_USERS.communeHungLoi.username, 'Không bao giờ được lưu', true);
      const em = t.hub.orm.em.fork() as EntityManager;
      await em.transactional(async (outer) => {
        await outer.transactional(async (inner) => {
          await t.hub.services.notifications.send(
            inner as EntityManager,
            [{ userId: id, kind: NotificationKind.DIGEST, title: 'Trong điểm lưu', body: '…', dedupeKey: 'TEST:savepoint' }],
            t.clock.now(),
          );
        });
        await new Promise((r) => setTimeout(r, 50));
        expect(events).toEqual([]); // the savepoint is released, the transaction still open
      });
      await waitFor('the event after the outer commit', () => events.length > 0);
      const stored = await t.hub.orm.em.fork().findOneOrFail(Notification, { dedupeKey: 'TEST:savepoint' });
      expect(events).toEqual([{ id: stored.id, userId: id }]);
      // the same notice sent again is not inserted, so not published again
      await store(FIXTURE_USERS.communeHungLoi.username, 'Lưu thật');
      await store(FIXTURE_USERS.communeHungLoi.username, 'Lưu thật');
      await waitFor('the committed notice', () => events.length > 1);
      await new Promise((r) => setTimeout(r, 50));
      expect(events).toHaveLength(2);
    } finally {
      await iterator.return?.();
      await pump;
    }
  });

  it("a session ended elsewhere (log out everywhere) closes that user's connection before anything more is delivered", async () => {
    const thanhHa = await subscribe(FIXTURE_USERS.communeThanhHa.username, f.tokens.communeThanhHa);
    const province = await subscribe(FIXTURE_USERS.provinceReporter.username, f.tokens.provinceReporter);
    expect(await t.ok(LogoutDocument, { allDevices: true }, f.tokens.communeThanhHa)).toEqual({ logout: true });
    await store(FIXTURE_USERS.communeThanhHa.username, 'Sau khi đăng xuất');
    await store(FIXTURE_USERS.provinceReporter.username, 'Vẫn nhận được');
    await waitFor('the close frame', () => thanhHa.closed.length > 0);
    expect(thanhHa.closed[0]).toEqual({ code: 4403, reason: 'Phiên đăng nhập đã kết thúc (đăng xuất hoặc đổi mật khẩu). Vui lòng đăng nhập lại.' });
    expect(thanhHa.received).toEqual([]);
    // others' connections go on
    await waitFor("the province's notice", () => province.received.length > 0);
    expect(province.received.map((n) => n.title)).toEqual(['Vẫn nhận được']);
    expect(province.closed).toEqual([]);
    // and the ended session cannot open a new one
    const again = connect({ authorization: `Bearer ${f.tokens.communeThanhHa}` });
    await waitFor('the refusal', () => again.closed.length > 0);
    expect(again.closed[0].code).toBe(4401);
  });

  it('closing the hub closes its live connections', async () => {
    const listener = await subscribe(FIXTURE_USERS.communeTrungSon.username, f.tokens.communeTrungSon);
    closed = true;
    await t.close();
    await waitFor('the close frame', () => listener.closed.length > 0);
    expect(listener.closed[0].code).toBe(1001);
  });
});
