import { createPubSub } from '@graphql-yoga/subscription';
import pg from 'pg';
import type { NotificationBus } from './notification.bus';
import type { StoredNotice } from './notification.service';

/** The channel every hub instance on one database listens to. */
export const NOTICE_CHANNEL = 'hub_notification_added';
/** PostgreSQL refuses payloads of 8,000 bytes or more; a pair "[id,userId]" takes at most ~25 bytes. */
const PAIRS_PER_MESSAGE = 250;
const RECONNECT_MS = [500, 1_000, 2_000, 5_000];

/**
 * Several hub processes on one PostgreSQL database: a stored notice is announced with NOTIFY, and every
 * instance (the one that stored it included) hears it on its own LISTEN connection and hands it to the
 * subscriptions open on that instance. Messages carry ids only; the rows are the truth, so a client that was
 * disconnected, or an instance whose listening connection dropped for a moment, still finds every notice in
 * `notifications`.
 */
export class PostgresNotificationBus implements NotificationBus {
  private readonly pubSub = createPubSub<{ notificationAdded: [userId: number, notice: StoredNotice] }>();
  private readonly pool: pg.Pool;
  private listener: pg.Client | null = null;
  private closed = false;
  private attempt = 0;
  /** Resolves once the first LISTEN is in place, so that nothing published after start-up is missed. */
  readonly ready: Promise<void>;

  constructor(
    private readonly url: string,
    private readonly log: (message: string) => void = () => undefined,
  ) {
    this.pool = new pg.Pool({ connectionString: url, max: 2, keepAlive: true });
    // An idle connection the server drops (a restart, a failover) is reported here; unheard, it would end the process.
    this.pool.on('error', (error) => this.log(`Mất một kết nối gửi thông báo trực tiếp: ${error.message}`));
    this.ready = this.listen();
  }

  private async listen(): Promise<void> {
    // keepAlive: a connection cut half-way (no FIN) is noticed by TCP, and the bus reconnects.
    const client = new pg.Client({ connectionString: this.url, keepAlive: true });
    client.on('notification', (message) => this.deliver(message.payload));
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, null));
    try {
      await client.connect();
      await client.query(`listen ${NOTICE_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) {
      await client.end();
      return;
    }
    this.listener = client;
    this.attempt = 0;
  }

  /** The listening connection dropped: reconnect with a growing pause until the bus is closed. */
  private lost(client: pg.Client, error: Error | null): void {
    if (this.closed || this.listener !== client) return;
    this.listener = null;
    this.log(`Mất kết nối nhận thông báo trực tiếp${error ? `: ${error.message}` : ''}; đang kết nối lại.`);
    const retry = () => {
      if (this.closed) return;
      const pause = RECONNECT_MS[Math.min(this.attempt++, RECONNECT_MS.length - 1)];
      setTimeout(() => this.listen().catch(retry), pause).unref();
    };
    client.end().catch(() => undefined);
    retry();
  }

  private deliver(payload: string | undefined): void {
    if (!payload) return;
    let pairs: unknown;
    try {
      pairs = JSON.parse(payload);
    } catch {
      return; // not ours
    }
    if (!Array.isArray(pairs)) return;
    for (const pair of pairs) {
      if (Array.isArray(pair) && Number.isSafeInteger(pair[0]) && Number.isSafeInteger(pair[1])) {
        this.pubSub.publish('notificationAdded', pair[1], { id: pair[0], userId: pair[1] });
      }
    }
  }

  async publish(notices: StoredNotice[]): Promise<void> {
    if (notices.length === 0 || this.closed) return;
    await this.ready;
    for (let i = 0; i < notices.length; i += PAIRS_PER_MESSAGE) {
      const payload = JSON.stringify(notices.slice(i, i + PAIRS_PER_MESSAGE).map((n) => [n.id, n.userId]));
      await this.pool.query('select pg_notify($1, $2)', [NOTICE_CHANNEL, payload]);
    }
  }

  subscribe(userId: number): AsyncIterable<StoredNotice> {
    return this.pubSub.subscribe('notificationAdded', userId);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
    await this.pool.end();
  }
}
