import { EntityManager } from '@mikro-orm/knex';
import { ENTITIES } from '../src/db/orm';
import { User } from '../src/auth/user.entity';
import { Notification, NotificationKind } from '../src/notifications/notification.entity';
import { OutboxService } from '../src/outbox/outbox.service';
import { startTestHub, TestHub } from './support/harness';
import { LoginDocument } from './generated/graphql';

/**
 * Reading must never write: an entity loaded and left alone must produce no change set, or every request
 * that merely reads a report would raise its version and break optimistic locking for its editor.
 */
describe('persistence', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub({ seedDemo: true });
    // The demo sends no e-mail: queue one for a demo notice, as a hub with SMTP settings would.
    const em = t.hub.orm.em.fork() as EntityManager;
    const notice = await em.findOneOrFail(Notification, { kind: NotificationKind.RETURNED }, { orderBy: { id: 'asc' } });
    await em.nativeUpdate(User, notice.user.id, { email: 'nhap.lieu@xa.example.vn' });
    await new OutboxService({ url: 'smtp://127.0.0.1:25', from: 'BHYT <no-reply@localhost>' }).stored(em, [{ id: notice.id, userId: notice.user.id }], t.clock.now());
    // Nobody has signed in to the demo yet: a login stores a refresh token.
    await t.login('tinh.theodoi', 'demo-bhyt-2020');
    // and a wrong password is counted
    await t.request(LoginDocument, { username: 'tinh.theodoi', password: 'khong-dung' });
  });
  afterAll(() => t.close());

  it.each(ENTITIES.map((entity) => [entity.name, entity] as const))('a loaded %s, left alone, is not written back', async (_name, entity) => {
    const em = t.hub.orm.em.fork() as EntityManager;
    const rows = await em.find(entity as never, {}, { limit: 50 });
    expect(rows.length).toBeGreaterThan(0);
    const uow = em.getUnitOfWork();
    uow.computeChangeSets();
    expect(uow.getChangeSets().map((c) => `${c.name} ${c.type} ${JSON.stringify(c.payload)}`)).toEqual([]);
  });
});
