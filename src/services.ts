import { HubConfig } from './config';
import { AuthService } from './auth/auth.service';
import { CampaignService } from './campaigns/campaign.service';
import { ProgressService } from './progress/progress.service';
import { NotificationService } from './notifications/notification.service';
import { DeadlineScheduler } from './deadlines/deadline.scheduler';
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
}

export function createServices(config: HubConfig): Services {
  const units = new UnitService();
  const templates = new TemplateService();
  const notifications = new NotificationService();
  return {
    units,
    templates,
    auth: new AuthService(config.jwt, units),
    campaigns: new CampaignService(units, templates),
    reports: new ReportService(notifications),
    progress: new ProgressService(units),
    holidays: new HolidayService(),
    notifications,
    scheduler: new DeadlineScheduler(notifications),
  };
}
