import { createPubSub } from '@graphql-yoga/subscription';
import { EntityManager } from '@mikro-orm/knex';
import { AfterCommit } from '../common/after-commit';
import { NoticeChannel, StoredNotice } from './notification.service';

/**
 * Carries "a notice was stored for user N" from whoever stored it to the user's open subscriptions. Events
 * name stored rows only (ids), so any transport that carries small messages fits behind this interface: the
 * in-process one below, or PostgreSQL LISTEN/NOTIFY when several hub processes share one database.
 */
export interface NotificationBus {
  publish(notices: StoredNotice[]): void | Promise<void>;
  /** Notices for one user from now on; ends when the consumer returns or the bus closes. */
  subscribe(userId: number): AsyncIterable<StoredNotice>;
  close(): void | Promise<void>;
  /** Settles when the bus can carry notices (a connection to open first); absent, it can at once. */
  readonly ready?: Promise<void>;
}

/** One process: an in-memory pub/sub (graphql-yoga's), one topic per user. */
export class InProcessNotificationBus implements NotificationBus {
  private readonly pubSub = createPubSub<{ notificationAdded: [userId: number, notice: StoredNotice] }>();

  publish(notices: StoredNotice[]): void {
    for (const notice of notices) this.pubSub.publish('notificationAdded', notice.userId, notice);
  }

  subscribe(userId: number): AsyncIterable<StoredNotice> {
    return this.pubSub.subscribe('notificationAdded', userId);
  }

  /** Nothing to release: open subscriptions end when their sockets close. */
  close(): void {}
}

/** Hands the notices a transaction stored to the bus once that transaction has committed, never before. */
export class LiveNoticeChannel implements NoticeChannel {
  constructor(
    private readonly bus: NotificationBus,
    private readonly afterCommit: AfterCommit,
  ) {}

  async stored(em: EntityManager, notices: StoredNotice[]): Promise<void> {
    const copy = notices.map((n) => ({ ...n }));
    await this.afterCommit.defer(em, () => this.bus.publish(copy));
  }
}
