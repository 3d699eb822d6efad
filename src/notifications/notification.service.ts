import { EntityManager } from '@mikro-orm/knex';
import { Role, User } from '../auth/user.entity';
import { Cursor, decodeCursor, pageSize, toConnection } from '../common/pagination';
import { sqlTime } from '../db/orm';
import { filter, map, pipe } from '@graphql-yoga/subscription';
import { Notification, NotificationKind } from './notification.entity';
import type { NotificationBus } from './notification.bus';

export interface NewNotice {
  userId: number;
  kind: NotificationKind;
  reportId?: number | null;
  campaignId?: number | null;
  title: string;
  body: string;
  /** Same key, same notice: a second attempt to send it is ignored. */
  dedupeKey: string;
}

const CHUNK = 400;

/**
 * Who hears about a unit's own report: its reporters; where it has none, its approvers, who then fill the
 * report in themselves. `staff` holds the unit's REPORTER and APPROVER accounts.
 */
export function unitEditors<U extends { role: Role }>(staff: U[]): U[] {
  const reporters = staff.filter((u) => u.role === Role.REPORTER);
  return reporters.length ? reporters : staff;
}

/** A notice as stored, for the channels that carry it beyond the in-app list. */
export interface StoredNotice {
  id: number;
  userId: number;
}

/**
 * A way notices leave the hub besides the in-app list (e-mail, live updates). It hears of the notices a
 * `send` really inserted, inside the same transaction, and must not make a statement per notice.
 */
export interface NoticeChannel {
  stored(em: EntityManager, notices: StoredNotice[], at: Date): Promise<void>;
}

export class NotificationService {
  constructor(
    private readonly channels: NoticeChannel[] = [],
    private readonly bus: NotificationBus | null = null,
  ) {}

  /** Users of the given units holding one of the roles, grouped by unit id. */
  async usersOfUnits(em: EntityManager, unitIds: number[], roles: Role[]): Promise<Map<number, User[]>> {
    const out = new Map<number, User[]>();
    if (unitIds.length === 0) return out;
    for (let i = 0; i < unitIds.length; i += CHUNK) {
      const users = await em.find(User, { unit: { $in: unitIds.slice(i, i + CHUNK) }, role: { $in: roles } }, { orderBy: { id: 'asc' } });
      for (const user of users) {
        const list = out.get(user.unit!.id) ?? [];
        list.push(user);
        out.set(user.unit!.id, list);
      }
    }
    return out;
  }

  /**
   * Stores notices in multi-row inserts inside the caller's transaction; a notice whose key already exists is
   * skipped, so a pass that runs again (after a crash, on another instance) sends nothing twice.
   */
  async send(em: EntityManager, notices: NewNotice[], at: Date): Promise<number> {
    const inserted: StoredNotice[] = [];
    for (let i = 0; i < notices.length; i += CHUNK) {
      const chunk = notices.slice(i, i + CHUNK);
      // Written as plain SQL: for the 10,000 notices of a national deadline, building the same statements
      // through the query builder took longer than running them. RETURNING gives only the rows inserted, not
      // those skipped as duplicates.
      const result: { id: number; user_id: number }[] = await em.execute(
        `insert into notification (user_id, kind, report_id, campaign_id, title, body, created_at, dedupe_key)
         values ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}
         on conflict (dedupe_key) do nothing returning id, user_id`,
        chunk.flatMap((n) => [n.userId, n.kind, n.reportId ?? null, n.campaignId ?? null, n.title, n.body, sqlTime(em, at), n.dedupeKey]),
      );
      for (const row of result) inserted.push({ id: Number(row.id), userId: Number(row.user_id) });
    }
    if (inserted.length) {
      for (const channel of this.channels) await channel.stored(em, inserted, at);
    }
    return inserted.length;
  }

  async list(em: EntityManager, userId: number, unreadOnly: boolean, first: number | null | undefined, after: string | null | undefined) {
    const limit = pageSize(first);
    const cursor = decodeCursor(after);
    const where = { user: userId, ...(unreadOnly ? { readAt: null } : {}) };
    const [rows, total] = await Promise.all([
      em.find(Notification, cursor ? { ...where, id: { $lt: cursor.id } } : where, { orderBy: { id: 'desc' }, limit: limit + 1 }),
      em.count(Notification, where),
    ]);
    return toConnection(rows, limit, total, (n): Cursor => ({ key: '', id: n.id }));
  }

  /**
   * The user's notices as they are stored from now on, each read afresh by id (an event whose row is not
   * there, or is someone else's, is skipped). Before each one the account is read again: once its session has
   * ended (token version raised by "log out everywhere" or a password change, or the account gone), nothing
   * more is delivered and `ended` is called, which closes the connection.
   */
  live(em: EntityManager, userId: number, tokenVersion: number, ended: () => void): AsyncIterable<Notification> {
    if (!this.bus) throw new Error('Live notices need a notification bus.');
    const load = async (notice: StoredNotice): Promise<Notification | null> => {
      const fresh = em.fork();
      const [account]: { token_version: number | null }[] = await fresh.execute('select token_version from app_user where id = ?', [userId]);
      if (!account || Number(account.token_version ?? 0) !== tokenVersion) {
        ended();
        return null;
      }
      return fresh.findOne(Notification, { id: notice.id, user: userId });
    };
    return pipe(
      this.bus.subscribe(userId),
      map(load),
      filter((n): n is Notification => n != null),
    );
  }

  async unreadCount(em: EntityManager, userId: number): Promise<number> {
    return em.count(Notification, { user: userId, readAt: null });
  }

  /** Marks the caller's own notices read; ids of other people's notices are ignored. */
  async markRead(em: EntityManager, userId: number, ids: number[], at: Date): Promise<number> {
    if (ids.length === 0) return 0;
    return em.nativeUpdate(Notification, { id: { $in: ids }, user: userId, readAt: null }, { readAt: at });
  }
}
