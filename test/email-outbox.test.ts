import { DEFAULT_MAIL_FROM } from '../src/config';
import { CreateUserWithEmailDocument, NotificationsDocument, OutboxDocument, OutboxStatus } from './generated/graphql';
import { Fixture, loadFixture } from './support/fixture';
import { CheckedClient, startTestHub, TestHub } from './support/harness';
import { openRound, Round } from './support/round';
import { startTestSmtp, TestSmtp } from './support/smtp';

const PASSWORD = 'mat-khau-nhan-thu-2019';
const MINUTE = 60_000;

async function outbox(t: TestHub, adminToken: string, status?: OutboxStatus) {
  return (await t.ok(OutboxDocument, { status, first: 100 }, adminToken)).outbox;
}

/**
 * E-mail copies of notices, through a real SMTP server on 127.0.0.1: queued in the notices' transaction,
 * sent by the delivery worker, retried with back-off and given up after five attempts.
 */
describe('e-mail notices through the outbox', () => {
  let smtp: TestSmtp;
  let t: TestHub;
  let f: Fixture;
  let round: Round;
  let checked: CheckedClient;
  let mailReader: string;
  const EMAIL = 'Can.Bo@xa-sonduong.vn';
  const deliver = () => t.hub.deliverOutbox();
  const nothing = { sent: 0, retried: 0, failed: 0 };

  /** A new RETURNED notice for 02536: the reporter sends the report again and the district returns it. */
  async function returnAgain(reason: string) {
    await round.submit('02536', f.tokens.communeSonDuong);
    await round.giveBack('02536', reason, f.tokens.districtSonDuongApprover);
  }

  beforeAll(async () => {
    smtp = await startTestSmtp();
    t = await startTestHub({ file: true, now: '2019-04-10T02:00:00Z', tokenTtlSeconds: 30 * 86_400, smtp: { url: smtp.url, from: DEFAULT_MAIL_FROM } });
    f = await loadFixture(t);
    checked = new CheckedClient(t);
    round = await openRound(t, f);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  it('accepts an e-mail address on a new account, and refuses a malformed one in Vietnamese', async () => {
    for (const bad of ['khong-phai-thu', 'a@b', 'can bo@xa.vn', 'a@b.vn\r\nBcc: x@y.vn']) {
      const refused = await checked.refused(
        CreateUserWithEmailDocument,
        { input: { username: 'thu.sai', password: PASSWORD, role: 'REPORTER', unitCode: '02536', email: bad } },
        f.adminToken,
        'BAD_USER_INPUT',
        'createUser',
      );
      expect(refused.errors![0].message).toContain('Địa chỉ thư điện tử');
    }
    const created = await t.ok(
      CreateUserWithEmailDocument,
      { input: { username: 'thu.02536', password: PASSWORD, fullName: 'Nguyễn Thị Thu', role: 'REPORTER', unitCode: '02536', email: '  Can.Bo@XA-SonDuong.VN ' } },
      f.adminToken,
    );
    expect(created.createUser.email).toBe(EMAIL); // trimmed, domain in lower case
    mailReader = await t.login('thu.02536', PASSWORD);
    expect((await t.ok(OutboxDocument, {}, f.adminToken)).outbox.totalCount).toBe(0);
    await checked.refused(OutboxDocument, {}, mailReader, 'FORBIDDEN', 'outbox');
  });

  it('a returned report e-mails the reporter who has an address, once, with the reason in Vietnamese', async () => {
    await round.submit('02536', f.tokens.communeSonDuong);
    t.clock.set('2019-04-11T03:00:00Z');
    await round.giveBack('02536', 'Bổ sung số liệu trẻ em dưới 6 tuổi.', f.tokens.districtSonDuongApprover);

    // both reporters of the commune have the notice in the hub; only the one with an address gets e-mail
    expect((await t.ok(NotificationsDocument, {}, f.tokens.communeSonDuong)).notifications.edges.map((e) => e.node.kind)).toEqual(['RETURNED']);
    expect((await t.ok(NotificationsDocument, {}, mailReader)).notifications.edges.map((e) => e.node.kind)).toEqual(['RETURNED']);
    const queued = await outbox(t, f.adminToken);
    expect(queued.totalCount).toBe(1);
    expect(queued.edges[0].node).toMatchObject({ to: EMAIL, status: 'PENDING', attempts: 0, nextAttemptAt: '2019-04-11T03:00:00.000Z', lastError: null, sentAt: null });
    expect(queued.edges[0].node.notification.kind).toBe('RETURNED');
    expect(smtp.received).toHaveLength(0); // nothing leaves before the worker runs

    expect(await deliver()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0];
    expect(mail.envelopeTo).toEqual([EMAIL]);
    expect(mail.envelopeFrom).toBe('no-reply@localhost');
    expect(mail.from).toContain('Hệ thống báo cáo BHYT');
    expect(mail.subject).toBe('[BHYT] Báo cáo của Thị trấn Sơn Dương bị trả lại');
    expect(mail.raw).toMatch(/charset=utf-8/i);
    expect(mail.text).toMatch(/^Kính gửi Nguyễn Thị Thu,\n\n/);
    expect(mail.text).toContain('Lý do: Bổ sung số liệu trẻ em dưới 6 tuổi.');
    expect(mail.text).toContain('Hạn nộp: 20/04/2019 00:00');

    const sent = (await outbox(t, f.adminToken)).edges[0].node;
    expect(sent).toMatchObject({ status: 'SENT', attempts: 1, sentAt: '2019-04-11T03:00:00.000Z', nextAttemptAt: null, lastError: null });

    // later passes and deliveries send nothing again
    t.clock.advance(60 * MINUTE);
    await t.hub.runSchedulerPass();
    expect(await deliver()).toEqual(nothing);
    expect(smtp.received).toHaveLength(1);
  });

  it('a server that refuses: retried after 1, 5, 30 and 120 minutes, FAILED after the fifth attempt, never resent', async () => {
    smtp.refuse = true;
    await returnAgain('Số thẻ nhóm hộ gia đình (G5) chưa khớp danh sách BHXH.');
    const start = t.clock.now().getTime();
    const at = (minutes: number) => new Date(start + minutes * MINUTE).toISOString();
    const current = async () => (await outbox(t, f.adminToken)).edges[0].node;

    expect(await deliver()).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect(await current()).toMatchObject({ status: 'PENDING', attempts: 1, nextAttemptAt: at(1) });
    expect((await current()).lastError).toContain('451');

    // attempt n+1 is due at the given minute; after it fails, the next is due at the following one
    for (const [due, next, attempts] of [
      [1, 6, 2],
      [6, 36, 3],
      [36, 156, 4],
    ]) {
      t.clock.set(new Date(start + due * MINUTE - 1000));
      expect(await deliver()).toEqual(nothing); // a second early: not yet
      t.clock.set(at(due));
      expect(await deliver()).toEqual({ sent: 0, retried: 1, failed: 0 });
      expect(await current()).toMatchObject({ status: 'PENDING', attempts, nextAttemptAt: at(next) });
    }
    t.clock.set(at(156));
    expect(await deliver()).toEqual({ sent: 0, retried: 0, failed: 1 });
    const failed = await current();
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 5, nextAttemptAt: null, sentAt: null });
    expect(failed.lastError).toContain('451');
    expect(failed.lastError).toContain('Mailbox temporarily unavailable');

    // the server works again: neither the failed message nor the sent one goes out again
    smtp.refuse = false;
    t.clock.advance(24 * 60 * MINUTE);
    expect(await deliver()).toEqual(nothing);
    expect(smtp.received).toHaveLength(1);
    expect((await outbox(t, f.adminToken, 'FAILED')).totalCount).toBe(1);
    expect((await outbox(t, f.adminToken, 'SENT')).totalCount).toBe(1);
  });

  it('a server that is down: retried, and sent once it is back', async () => {
    await smtp.stop();
    await returnAgain('Thiếu chữ ký của lãnh đạo xã.');
    expect(await deliver()).toEqual({ sent: 0, retried: 1, failed: 0 });
    const waiting = (await outbox(t, f.adminToken, 'PENDING')).edges[0].node;
    expect(waiting.attempts).toBe(1);
    expect(waiting.lastError).toMatch(/ECONNECTION|ECONNREFUSED/);

    await smtp.start(); // same port
    t.clock.advance(30_000);
    expect(await deliver()).toEqual(nothing); // its retry is not due yet
    t.clock.advance(30_000);
    expect(await deliver()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(smtp.received).toHaveLength(2);
    expect(smtp.received[1].text).toContain('Lý do: Thiếu chữ ký của lãnh đạo xã.');
    expect((await outbox(t, f.adminToken, 'PENDING')).totalCount).toBe(0);
    expect((await outbox(t, f.adminToken, 'SENT')).totalCount).toBe(2);
  });

  it('two delivery workers at once send each message exactly once', async () => {
    const addresses = ['thu2@xa-sonduong.vn', 'thu3@xa-sonduong.vn', 'thu4@xa-sonduong.vn'];
    for (const [i, email] of addresses.entries()) {
      await t.ok(CreateUserWithEmailDocument, { input: { username: `thu${i + 2}.02536`, password: PASSWORD, role: 'REPORTER', unitCode: '02536', email } }, f.adminToken);
    }
    await returnAgain('Đề nghị ghi rõ nguồn số liệu dân số.');
    const before = smtp.received.length;
    const [a, b] = await Promise.all([deliver(), deliver()]);
    expect(a.sent + b.sent).toBe(4);
    const fresh = smtp.received.slice(before).flatMap((m) => m.envelopeTo).sort();
    expect(fresh).toEqual([EMAIL, ...addresses].sort());
    expect(await deliver()).toEqual(nothing);
    expect(smtp.received.length).toBe(before + 4);
  });

  it('with SMTP configured, the scheduler timer delivers after its pass', async () => {
    t.config.schedulerIntervalSeconds = 1;
    try {
      await t.restart();
      const before = smtp.received.length;
      await returnAgain('Đề nghị bổ sung thuyết minh.');
      const deadline = Date.now() + 10_000;
      while (smtp.received.length < before + 4 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(smtp.received.length).toBe(before + 4);
      expect(smtp.received.slice(before).every((m) => m.text.includes('Đề nghị bổ sung thuyết minh.'))).toBe(true);
    } finally {
      t.config.schedulerIntervalSeconds = 0;
    }
  });
});

describe('without SMTP settings', () => {
  let smtp: TestSmtp;
  let t: TestHub;
  let f: Fixture;

  beforeAll(async () => {
    smtp = await startTestSmtp(); // running, but the hub is not told of it
    t = await startTestHub({ now: '2019-04-10T02:00:00Z' });
    f = await loadFixture(t);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  it('notices stay in the hub: nothing is queued or sent', async () => {
    await t.ok(CreateUserWithEmailDocument, { input: { username: 'thu.02536', password: PASSWORD, role: 'REPORTER', unitCode: '02536', email: 'can.bo@xa-sonduong.vn' } }, f.adminToken);
    const round = await openRound(t, f);
    await round.submit('02536', f.tokens.communeSonDuong);
    await round.giveBack('02536', 'Bổ sung số liệu.', f.tokens.districtSonDuongApprover);
    const reader = await t.login('thu.02536', PASSWORD);
    expect((await t.ok(NotificationsDocument, {}, reader)).notifications.edges.map((e) => e.node.kind)).toEqual(['RETURNED']);
    expect((await outbox(t, f.adminToken)).totalCount).toBe(0);
    expect(await t.hub.deliverOutbox()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(smtp.received).toHaveLength(0);
  });
});
