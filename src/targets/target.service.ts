import { EntityManager } from '@mikro-orm/knex';
import { Actor, canRead, isReviewerAt } from '../auth/actor';
import { Role } from '../auth/user.entity';
import { Clock } from '../common/clock';
import { badInput, conflict, forbidden, notFound } from '../common/errors';
import { ReportStatus } from '../../workflows/report.machine';
import { inTransaction } from '../common/transaction';
import { CampaignService } from '../campaigns/campaign.service';
import { Report } from '../reports/report.entity';
import { TemplateService } from '../templates/template.service';
import { CompiledTemplate } from '../templates/template.engine';
import { UnitService } from '../units/unit.service';
import { AdministrativeUnit } from '../units/unit.entity';
import { Target } from './target.entity';

export interface TargetEntry {
  unitCode: string;
  code: string;
  value: number;
}

export interface AssignTargets {
  campaignId?: number | null;
  year?: number | null;
  templateCode?: string | null;
  targets: TargetEntry[];
}

const MAX_ENTRIES = 5000;

export class TargetService {
  constructor(
    private readonly campaigns: CampaignService,
    private readonly templates: TemplateService,
    private readonly units: UnitService,
  ) {}

  /**
   * Stores targets given by the level above: for a campaign (the unit's report must be in it, and the caller
   * must be an approver of the unit that reviews that report) or for a year (the caller approves at the unit's
   * parent on 31/12 of that year). All or nothing.
   */
  assign(em: EntityManager, clock: Clock, actor: Actor, input: AssignTargets): Promise<Target[]> {
    if ((input.campaignId == null) === (input.year == null)) throw badInput('Cần chọn đúng một trong hai: đợt báo cáo (campaignId) hoặc năm (year).');
    if (input.targets.length === 0) throw badInput('Chưa có chỉ tiêu nào để giao.');
    if (input.targets.length > MAX_ENTRIES) throw badInput(`Mỗi lần giao tối đa ${MAX_ENTRIES} chỉ tiêu.`);
    if (input.year != null && (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100)) throw badInput('Năm không hợp lệ.');
    return inTransaction(em, async (tem) => {
      const now = clock.now();
      let template: CompiledTemplate;
      let templateCode: string;
      let scope: string;
      /** For each unit code: the unit and the unit whose approvers may set its target (null: admins only). */
      let resolveUnit: (code: string) => Promise<{ unit: AdministrativeUnit; assignerUnitId: number | null }>;
      if (input.campaignId != null) {
        const campaign = await this.campaigns.getVisible(tem, actor, input.campaignId);
        template = campaign.template.compiled;
        templateCode = campaign.template.code;
        scope = `C:${campaign.id}`;
        const reports = await tem.find(Report, { campaign: campaign.id, unitCode: { $in: [...new Set(input.targets.map((t) => t.unitCode.trim()))] } }, { populate: ['unit', 'parent'] });
        const byCode = new Map(reports.map((r) => [r.unitCode, r]));
        resolveUnit = async (code) => {
          const report = byCode.get(code);
          if (!report || !canRead(actor, report.unitPath)) throw notFound(`Đơn vị "${code}" không có báo cáo trong đợt này hoặc ngoài phạm vi của bạn.`);
          if (report.status === ReportStatus.APPROVED || report.status === ReportStatus.FINALIZED) {
            throw conflict(`Báo cáo của ${report.unit.name} đã được duyệt; không đổi chỉ tiêu được giao sau khi đã đánh giá kết quả. Hủy duyệt báo cáo trước nếu thật cần.`);
          }
          return { unit: report.unit, assignerUnitId: report.parent ? report.parent.unit.id : null };
        };
      } else {
        if (!input.templateCode?.trim()) throw badInput('Giao chỉ tiêu theo năm cần mã biểu mẫu (templateCode).');
        const t = await this.templates.forCampaign(tem, input.templateCode.trim());
        template = t.compiled;
        templateCode = t.code;
        scope = `Y:${input.year}:${t.code}`;
        const day = `${input.year}-12-31`;
        resolveUnit = async (code) => {
          const unit = await this.units.getByCode(tem, code, day);
          if (!canRead(actor, unit.path)) throw notFound(`Không tìm thấy đơn vị "${code}" trong phạm vi của bạn.`);
          return { unit, assignerUnitId: unit.parent?.id ?? null };
        };
      }
      const problems: string[] = [];
      const seen = new Set<string>();
      const resolved: { entry: TargetEntry; unit: AdministrativeUnit }[] = [];
      for (const entry of input.targets) {
        const code = entry.code.trim();
        const unitCode = entry.unitCode.trim();
        const cell = template.byCode.get(code);
        if (!cell || cell.kind !== 'ASSIGNED') {
          problems.push(`"${code}" không phải chỉ tiêu được giao của biểu mẫu ${templateCode}.`);
          continue;
        }
        const key = `${unitCode}|${code}`;
        if (seen.has(key)) problems.push(`Chỉ tiêu ${code} của đơn vị ${unitCode} được gửi hai lần.`);
        seen.add(key);
        const v = entry.value;
        if (!Number.isFinite(v) || v < 0) problems.push(`Chỉ tiêu ${code} của đơn vị ${unitCode} phải là số không âm.`);
        else if (cell.valueType === 'PERCENT' && v > 100) problems.push(`Chỉ tiêu ${code} của đơn vị ${unitCode} là tỷ lệ %, không vượt quá 100.`);
        else if (cell.valueType === 'INTEGER' && !Number.isInteger(v)) problems.push(`Chỉ tiêu ${code} của đơn vị ${unitCode} phải là số nguyên.`);
        const { unit, assignerUnitId } = await resolveUnit(unitCode);
        if (actor.role !== Role.ADMIN && !isReviewerAt(actor, assignerUnitId)) {
          throw forbidden(`Chỉ lãnh đạo duyệt của cấp trên trực tiếp mới được giao chỉ tiêu cho ${unit.name}.`);
        }
        resolved.push({ entry: { unitCode, code, value: v }, unit });
      }
      if (problems.length) throw badInput(problems.join(' '), { problems });
      const existing = await tem.find(Target, { scope, unit: { $in: resolved.map((r) => r.unit.id) } });
      const byKey = new Map(existing.map((t) => [`${t.unit.id}|${t.code}`, t]));
      const out: Target[] = [];
      for (const { entry, unit } of resolved) {
        let target = byKey.get(`${unit.id}|${entry.code}`);
        if (target) {
          if (target.value !== entry.value) {
            target.value = entry.value;
            target.version += 1;
            target.assignedById = actor.userId;
            target.assignedByName = actor.name;
            target.assignedAt = now;
          }
        } else {
          target = tem.create(Target, {
            scope,
            campaignId: input.campaignId ?? null,
            year: input.year ?? null,
            templateCode,
            unit,
            code: entry.code,
            value: entry.value,
            assignedById: actor.userId,
            assignedByName: actor.name,
            assignedAt: now,
          });
        }
        out.push(target);
      }
      await tem.flush();
      return out;
    });
  }

  /**
   * The targets given in a campaign (or a year of a form) to `unitCode` and the units below it that the caller
   * may read, by unit code then cell code.
   */
  async list(em: EntityManager, actor: Actor, filter: { campaignId?: number | null; year?: number | null; templateCode?: string | null; unitCode: string }): Promise<Target[]> {
    if ((filter.campaignId == null) === (filter.year == null)) throw badInput('Cần chọn đúng một trong hai: đợt báo cáo (campaignId) hoặc năm (year).');
    let scope: string;
    let day: string;
    if (filter.campaignId != null) {
      const campaign = await this.campaigns.getVisible(em, actor, filter.campaignId);
      scope = `C:${campaign.id}`;
      day = campaign.periodEnd;
    } else {
      if (!filter.templateCode?.trim()) throw badInput('Xem chỉ tiêu theo năm cần mã biểu mẫu (templateCode).');
      scope = `Y:${filter.year}:${filter.templateCode.trim()}`;
      day = `${filter.year}-12-31`;
    }
    const unit = await this.units.getByCode(em, filter.unitCode.trim(), day);
    if (!canRead(actor, unit.path)) throw notFound(`Không tìm thấy đơn vị "${filter.unitCode}" trong phạm vi của bạn.`);
    const rows = await em.find(Target, { scope, unit: { path: { $like: `${unit.path}%` } } }, { populate: ['unit'] });
    return rows.filter((t) => canRead(actor, t.unit.path)).sort((a, b) => a.unit.code.localeCompare(b.unit.code) || a.code.localeCompare(b.code));
  }
}
