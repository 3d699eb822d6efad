import { HubConfig } from './config';
import { AuthService } from './auth/auth.service';
import { CampaignService } from './campaigns/campaign.service';
import { ProgressService } from './progress/progress.service';
import { NotificationService } from './notifications/notification.service';
import { InProcessNotificationBus, LiveNoticeChannel, NotificationBus } from './notifications/notification.bus';
import { PostgresNotificationBus } from './notifications/pg-notification.bus';
import { OutboxService } from './outbox/outbox.service';
import { dialectOf } from './db/dialect';
import { AfterCommit } from './common/after-commit';
import { DeadlineScheduler } from './deadlines/deadline.scheduler';
import { ExtensionService } from './extensions/extension.service';
import { ScheduleService } from './campaigns/schedule.service';
import { ReportService } from './reports/report.service';
import { WorkbookService } from './excel/workbook.service';
import { ConsolidationService } from './consolidation/consolidation.service';
import { TargetService } from './targets/target.service';
import { TemplateService } from './templates/template.service';
import { UnitService } from './units/unit.service';
import { HolidayService } from './deadlines/holiday.service';

/** The hub's services, created once per server. */
export interface Services {
  units: UnitService;
  auth: AuthService;
  templates: TemplateService;
  campaigns: CampaignService;
  reports: ReportService;
  /** Reports to and from Excel workbooks. */
  workbooks: WorkbookService;
  consolidation: ConsolidationService;
  targets: TargetService;
  progress: ProgressService;
  holidays: HolidayService;
  notifications: NotificationService;
  /** E-mail copies of notices: queued with them, sent by `deliver`. */
  outbox: OutboxService;
  /** Carries new notices to live subscriptions. */
  notificationBus: NotificationBus;
  /** Work that waits for a transaction's commit; registered on the ORM's event manager at start. */
  afterCommit: AfterCommit;
  scheduler: DeadlineScheduler;
  extensions: ExtensionService;
  schedules: ScheduleService;
}

export function createServices(config: HubConfig, log: (message: string) => void = () => undefined): Services {
  const units = new UnitService();
  const templates = new TemplateService();
  const outbox = new OutboxService(config.smtp ?? null);
  // Several instances share one PostgreSQL database, so live notices travel through it; SQLite has one process.
  const notificationBus: NotificationBus =
    dialectOf(config.databaseUrl) === 'postgresql' ? new PostgresNotificationBus(config.databaseUrl, log) : new InProcessNotificationBus();
  const afterCommit = new AfterCommit((error) => log(`Lỗi sau khi lưu giao dịch: ${error instanceof Error ? error.message : error}`));
  const notifications = new NotificationService([outbox, new LiveNoticeChannel(notificationBus, afterCommit)], notificationBus);
  const holidays = new HolidayService();
  const consolidation = new ConsolidationService();
  const reports = new ReportService(notifications, consolidation);
  const campaigns = new CampaignService(units, templates, holidays);
  return {
    units,
    templates,
    auth: new AuthService(config.jwt, units),
    campaigns,
    schedules: new ScheduleService(campaigns, units, templates),
    reports,
    workbooks: new WorkbookService(reports),
    consolidation,
    targets: new TargetService(campaigns, templates, units),
    extensions: new ExtensionService(reports, notifications),
    progress: new ProgressService(units),
    holidays,
    notifications,
    outbox,
    notificationBus,
    afterCommit,
    scheduler: new DeadlineScheduler(notifications),
  };
}
