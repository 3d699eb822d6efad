import { HubConfig } from './config';
import { AuthService } from './auth/auth.service';
import { CampaignService } from './campaigns/campaign.service';
import { ProgressService } from './progress/progress.service';
import { NotificationService } from './notifications/notification.service';
import { DeadlineScheduler } from './deadlines/deadline.scheduler';
import { ExtensionService } from './extensions/extension.service';
import { ReportService } from './reports/report.service';
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
  progress: ProgressService;
  holidays: HolidayService;
  notifications: NotificationService;
  scheduler: DeadlineScheduler;
  extensions: ExtensionService;
}

export function createServices(config: HubConfig): Services {
  const units = new UnitService();
  const templates = new TemplateService();
  const notifications = new NotificationService();
  const holidays = new HolidayService();
  const reports = new ReportService(notifications);
  return {
    units,
    templates,
    auth: new AuthService(config.jwt, units),
    campaigns: new CampaignService(units, templates, holidays),
    reports,
    extensions: new ExtensionService(reports, notifications),
    progress: new ProgressService(units),
    holidays,
    notifications,
    scheduler: new DeadlineScheduler(notifications),
  };
}
