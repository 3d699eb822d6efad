import { HubConfig } from './config';
import { AuthService } from './auth/auth.service';
import { CampaignService } from './campaigns/campaign.service';
import { ProgressService } from './progress/progress.service';
import { ReportService } from './reports/report.service';
import { TemplateService } from './templates/template.service';
import { UnitService } from './units/unit.service';

/** The hub's services, created once per server. */
export interface Services {
  units: UnitService;
  auth: AuthService;
  templates: TemplateService;
  campaigns: CampaignService;
  reports: ReportService;
  progress: ProgressService;
}

export function createServices(config: HubConfig): Services {
  const units = new UnitService();
  const templates = new TemplateService();
  return {
    units,
    templates,
    auth: new AuthService(config.jwt, units),
    campaigns: new CampaignService(units, templates),
    reports: new ReportService(),
    progress: new ProgressService(units),
  };
}
