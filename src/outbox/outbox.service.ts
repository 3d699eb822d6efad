import nodemailer, { type Transporter } from 'nodemailer';
import { EntityManager } from '@mikro-orm/knex';
import { SmtpSettings } from '../config';
import { Cursor, decodeCursor, pageSize, toConnection } from '../common/pagination';
import { sqlTime } from '../db/orm';
import { skipLocked } from '../db/locks';
import { NoticeChannel, StoredNotice } from '../notifications/notification.service';
import { OutboxMessage, OutboxStatus } from './outbox.entity';

/** Attempts before a message is given up as FAILED. */
export const MAX_ATTEMPTS = 5;
/** Wait before the 2nd, 3rd, 4th and 5th attempt, in minutes. */
export const RETRY_DELAYS_MINUTES = [1, 5, 30, 120];
/**
 * How long an attempt holds its claim. A worker that dies while sending leaves the message PENDING with this
 * due time, so another pass retries it then; it must outlast the SMTP time-outs below.
 */
const CLAIM_MS = 10 * 60_000;
const BATCH = 100;
/** Parallel SMTP connections of one delivery pass. */
const CONNECTIONS = 3;
const CHUNK = 400;

const SUBJECT_PREFIX = '[BHYT] ';
const GREETING = 'Kính gửi ';
const FOOTER =
  '\n\n-- \nThư này được gửi tự động từ Hệ thống báo cáo BHYT, vui lòng không trả lời. ' +
  'Xem đầy đủ và đánh dấu đã đọc trong mục Thông báo của hệ thống.';

export interface DeliverySummary {
  sent: number;
  /** Failed this time, another attempt is scheduled. */
  retried: number;
  /** Failed for the last time. */
  failed: number;
}

interface Claimed {
  id: number;
  to_address: string;
  subject: string;
  body: string;
  attempts: number;
}

/** When the attempt after `attempts` failed ones is due. */
export function nextAttemptAt(now: Date, attempts: number): Date {
  const minutes = RETRY_DELAYS_MINUTES[Math.min(attempts, RETRY_DELAYS_MINUTES.length) - 1];
  return new Date(now.getTime() + minutes * 60_000);
}

function failureText(error: unknown): string {
  const e = error as { code?: string; responseCode?: number; response?: string; message?: string };
  const text = e?.response ?? e?.message ?? String(error);
  return (e?.code ? `${e.code}: ${text}` : text).slice(0, 1000);
}

/**
 * E-mail for notices, through an outbox. `stored` queues one message per new notice whose recipient has an
 * address, in the transaction that stores the notices; `deliver` sends what is due, outside any transaction,
 * and records each outcome. Without SMTP settings nothing is queued and nothing is sent.
 */
export class OutboxService implements NoticeChannel {
  constructor(private readonly smtp: SmtpSettings | null) {}

  get enabled(): boolean {
    return this.smtp != null;
  }

  /** One INSERT … SELECT per chunk of notices, whatever the number of recipients. */
  async stored(em: EntityManager, notices: StoredNotice[], at: Date): Promise<void> {
    if (!this.smtp) return;
    for (let i = 0; i < notices.length; i += CHUNK) {
      const ids = notices.slice(i, i + CHUNK).map((n) => n.id);
      await em.execute(
        `insert into outbox_message (notification_id, to_address, subject, body, status, attempts, next_attempt_at, created_at)
         select n.id, u.email, ? || n.title, ? || u.full_name || ? || n.body || ?, ?, 0, ?, ?
         from notification n join app_user u on u.id = n.user_id
         where n.id in (${ids.map(() => '?').join(',')}) and u.email is not null
           and not exists (select 1 from outbox_message o where o.notification_id = n.id)`,
        [SUBJECT_PREFIX, GREETING, ',\n\n', FOOTER, OutboxStatus.PENDING, sqlTime(em, at), sqlTime(em, at), ...ids],
        'run',
      );
    }
  }

  /**
   * Sends every message due at `now`. Each batch is claimed by one conditional UPDATE (still PENDING, still
   * due), so two workers running at once never take the same message; the claim counts the attempt and moves
   * the due time past the attempt, and the outcome then makes it SENT, due again after a back-off, or FAILED.
   */
  async deliver(em: EntityManager, now: Date): Promise<DeliverySummary> {
    const summary: DeliverySummary = { sent: 0, retried: 0, failed: 0 };
    if (!this.smtp) return summary;
    let transport: Transporter | null = null;
    try {
      for (;;) {
        const batch = await this.claim(em, now);
        if (batch.length === 0) break;
        transport ??= this.transport(this.smtp);
        const queue = [...batch];
        const worker = async () => {
          for (let m = queue.shift(); m; m = queue.shift()) await this.attempt(em, transport!, m, now, summary);
        };
        await Promise.all(Array.from({ length: Math.min(CONNECTIONS, batch.length) }, worker));
        if (batch.length < BATCH) break;
      }
    } finally {
      transport?.close();
    }
    return summary;
  }

  async list(em: EntityManager, status: OutboxStatus | null | undefined, first: number | null | undefined, after: string | null | undefined) {
    const limit = pageSize(first);
    const cursor = decodeCursor(after);
    const where = status ? { status } : {};
    const [rows, total] = await Promise.all([
      em.find(OutboxMessage, cursor ? { ...where, id: { $lt: cursor.id } } : where, { orderBy: { id: 'desc' }, limit: limit + 1, populate: ['notification'] }),
      em.count(OutboxMessage, where),
    ]);
    return toConnection(rows, limit, total, (m): Cursor => ({ key: '', id: m.id }));
  }

  private async claim(em: EntityManager, now: Date): Promise<Claimed[]> {
    const due = `status = '${OutboxStatus.PENDING}' and next_attempt_at <= ?`;
    const rows: Claimed[] = await em.execute(
      `update outbox_message set attempts = attempts + 1, next_attempt_at = ?
       where ${due} and id in (select id from outbox_message where ${due} order by next_attempt_at, id limit ?${skipLocked(em)})
       returning id, to_address, subject, body, attempts`,
      [sqlTime(em, new Date(now.getTime() + CLAIM_MS)), sqlTime(em, now), sqlTime(em, now), BATCH],
      'all',
    );
    return rows.map((r) => ({ ...r, id: Number(r.id), attempts: Number(r.attempts) }));
  }

  private async attempt(em: EntityManager, transport: Transporter, message: Claimed, now: Date, summary: DeliverySummary) {
    let failure: string | null = null;
    try {
      await transport.sendMail({ from: this.smtp!.from, to: message.to_address, subject: message.subject, text: message.body });
    } catch (error) {
      failure = failureText(error);
    }
    // The outcome is written apart from the sending: a failed write must never pass for a failed send.
    if (failure === null) {
      summary.sent++;
      await em.execute(`update outbox_message set status = ?, sent_at = ?, last_error = null where id = ?`, [OutboxStatus.SENT, sqlTime(em, now), message.id], 'run');
    } else if (message.attempts >= MAX_ATTEMPTS) {
      summary.failed++;
      await em.execute(`update outbox_message set status = ?, last_error = ? where id = ?`, [OutboxStatus.FAILED, failure, message.id], 'run');
    } else {
      summary.retried++;
      await em.execute(`update outbox_message set next_attempt_at = ?, last_error = ? where id = ?`, [sqlTime(em, nextAttemptAt(now, message.attempts)), failure, message.id], 'run');
    }
  }

  /** A pooled transport for one pass: connections are reused within it and closed after it. */
  private transport(smtp: SmtpSettings) {
    return nodemailer.createTransport({
      url: smtp.url,
      pool: true,
      maxConnections: CONNECTIONS,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 60_000,
    });
  }
}
