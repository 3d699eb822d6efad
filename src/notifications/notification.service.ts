import { EntityManager } from '@mikro-orm/knex';
import { Role, User } from '../auth/user.entity';
import { Cursor, decodeCursor, pageSize, toConnection } from '../common/pagination';
import { Notification, NotificationKind } from './notification.entity';

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

export class NotificationService {
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
    let inserted = 0;
    for (let i = 0; i < notices.length; i += CHUNK) {
      const rows = notices.slice(i, i + CHUNK).map((n) => ({
        user: n.userId,
        kind: n.kind,
        report: n.reportId ?? null,
        campaign: n.campaignId ?? null,
        title: n.title,
        body: n.body,
        createdAt: at,
        dedupeKey: n.dedupeKey,
      }));
      const result = await em.createQueryBuilder(Notification).insert(rows).onConflict('dedupeKey').ignore().execute('run');
      inserted += (result as { affectedRows?: number }).affectedRows ?? 0;
    }
    return inserted;
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

  async unreadCount(em: EntityManager, userId: number): Promise<number> {
    return em.count(Notification, { user: userId, readAt: null });
  }

  /** Marks the caller's own notices read; ids of other people's notices are ignored. */
  async markRead(em: EntityManager, userId: number, ids: number[], at: Date): Promise<number> {
    if (ids.length === 0) return 0;
    return em.nativeUpdate(Notification, { id: { $in: ids }, user: userId, readAt: null }, { readAt: at });
  }
}
