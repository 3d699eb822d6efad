import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DefaultLogger, LoggerNamespace, LogContext, MikroORM, Options } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { AdministrativeUnit } from '../units/unit.entity';
import { UnitSuccession } from '../units/unit-succession.entity';
import { User } from '../auth/user.entity';
import { ReportTemplate } from '../templates/template.entity';
import { Campaign, CampaignLevel } from '../campaigns/campaign.entity';
import { Report, ReportEvent, ReportValue } from '../reports/report.entity';
import { PublicHoliday } from '../deadlines/holiday.entity';
import { Notification } from '../notifications/notification.entity';
import { OutboxMessage } from '../outbox/outbox.entity';
import { ExtensionRequest } from '../extensions/extension.entity';
import { CampaignSchedule } from '../campaigns/schedule.entity';
import { Target } from '../targets/target.entity';
import { IdempotencyRecord } from '../reports/idempotency.entity';

export const ENTITIES = [AdministrativeUnit, UnitSuccession, User, ReportTemplate, Campaign, CampaignLevel, Report, ReportValue, ReportEvent, Notification, OutboxMessage, PublicHoliday, ExtensionRequest, CampaignSchedule, Target, IdempotencyRecord];

/** Counts SQL statements, so tests and benchmarks can show that a request's statements do not grow with data. */
export class QueryCounter {
  count = 0;
  reset(): number {
    const seen = this.count;
    this.count = 0;
    return seen;
  }
}

class CountingLogger extends DefaultLogger {
  constructor(
    options: ConstructorParameters<typeof DefaultLogger>[0],
    private readonly counter: QueryCounter,
  ) {
    super(options);
  }

  override isEnabled(namespace: LoggerNamespace): boolean {
    return namespace === 'query';
  }

  override log(namespace: LoggerNamespace, _message: string, _context?: LogContext): void {
    if (namespace === 'query') this.counter.count++;
  }
}

export interface DatabaseOptions {
  /** A SQLite file path, or ":memory:". */
  url: string;
  counter?: QueryCounter;
}

export async function openDatabase(options: DatabaseOptions): Promise<MikroORM> {
  if (/^postgres(ql)?:\/\//.test(options.url)) {
    throw new Error('DATABASE_URL trỏ tới PostgreSQL; bản này mới hỗ trợ tệp SQLite nhúng.');
  }
  if (options.url !== ':memory:') mkdirSync(dirname(options.url), { recursive: true });
  const counter = options.counter;
  const config: Options<BetterSqliteDriver> = {
    driver: BetterSqliteDriver,
    dbName: options.url,
    entities: ENTITIES,
    allowGlobalContext: false,
    forceUtcTimezone: true,
    ignoreUndefinedInQuery: true,
    debug: counter ? ['query'] : false,
    loggerFactory: counter ? (opts) => new CountingLogger(opts, counter) : undefined,
  };
  const orm = await MikroORM.init(config);
  const connection = orm.em.getConnection();
  await connection.execute('pragma journal_mode = WAL');
  await connection.execute('pragma foreign_keys = ON');
  await orm.schema.updateSchema({ safe: true });
  return orm;
}

/**
 * A time as a bound parameter of hand-written SQL, in the form MikroORM stores `datetime` columns on SQLite
 * (milliseconds since 1970). Raw statements compare stored times only through this.
 */
export function sqlTime(at: Date): number {
  return at.getTime();
}
