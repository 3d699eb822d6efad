import { rowLock } from '../db/locks';
import { EntityManager } from '@mikro-orm/knex';
import { Clock } from '../common/clock';
import { badInput, conflict, notFound } from '../common/errors';
import { inTransaction } from '../common/transaction';
import { Campaign } from '../campaigns/campaign.entity';
import { TemplateDefinition } from './template.definition';
import { CompiledTemplate, TemplateDefinitionError } from './template.engine';
import { ReportTemplate, TemplateStatus } from './template.entity';
import { parseDefinition } from './template.parse';
import bhytCoverage from './builtin/bhyt-coverage.template.json';
import ct38Review from './builtin/ct38-review.template.json';

export const BUILT_IN_TEMPLATES: TemplateDefinition[] = [bhytCoverage as TemplateDefinition, ct38Review as unknown as TemplateDefinition];

/** At most this many problems are spelled out; the count says how many there are in all. */
const PROBLEMS_SHOWN = 200;

/** A definition an admin sent, read and checked in full; every problem is reported at once. */
function checkedDefinition(raw: unknown): TemplateDefinition {
  try {
    const definition = parseDefinition(raw);
    new CompiledTemplate(definition);
    return definition;
  } catch (error) {
    if (error instanceof TemplateDefinitionError) {
      // A definition with thousands of broken indicators would otherwise answer megabytes of the same problems.
      const shown = error.problems.slice(0, PROBLEMS_SHOWN);
      const more = error.problems.length - shown.length;
      throw badInput(
        `Định nghĩa biểu mẫu chưa hợp lệ (${error.problems.length} lỗi): ${shown.join('; ')}${more > 0 ? `; và ${more} lỗi khác` : ''}.`,
        { problems: shown },
      );
    }
    throw error;
  }
}

export class TemplateService {
  /**
   * Stores each built-in form, published; when its definition changed since the stored latest version, a new
   * version is added and the old one stays for the campaigns that use it.
   */
  async installBuiltIns(em: EntityManager, clock: Clock): Promise<void> {
    for (const definition of BUILT_IN_TEMPLATES) {
      new CompiledTemplate(definition); // refuses a broken definition before anything is stored
      const latest = await em.findOne(ReportTemplate, { code: definition.code }, { orderBy: { version: 'desc' } });
      if (latest && JSON.stringify(latest.definition) === JSON.stringify(definition)) continue;
      em.create(ReportTemplate, {
        code: definition.code,
        version: (latest?.version ?? 0) + 1,
        name: definition.name,
        definition,
        builtIn: true,
        status: TemplateStatus.PUBLISHED,
        publishedAt: clock.now(),
        createdAt: clock.now(),
      });
    }
    await em.flush();
  }

  /** The latest version of every form; drafts only when asked (admins). */
  async list(em: EntityManager, includeDrafts = false): Promise<ReportTemplate[]> {
    const all = await em.find(ReportTemplate, includeDrafts ? {} : { status: TemplateStatus.PUBLISHED }, { orderBy: { code: 'asc', version: 'desc' } });
    const seen = new Set<string>();
    return all.filter((t) => !seen.has(t.code) && seen.add(t.code));
  }

  async versions(em: EntityManager, code: string): Promise<ReportTemplate[]> {
    return em.find(ReportTemplate, { code }, { orderBy: { version: 'desc' } });
  }

  async get(em: EntityManager, code: string, version: number): Promise<ReportTemplate> {
    const template = await em.findOne(ReportTemplate, { code, version });
    if (!template) throw notFound(`Không có biểu mẫu "${code}" phiên bản ${version}.`);
    return template;
  }

  /** What a new campaign uses: the given version, or the latest published one. */
  async forCampaign(em: EntityManager, code: string, version?: number | null): Promise<ReportTemplate> {
    if (version != null) {
      const template = await this.get(em, code, version);
      if (template.status !== TemplateStatus.PUBLISHED) {
        throw badInput(`Biểu mẫu "${code}" phiên bản ${version} chưa được ban hành (publishTemplate), chưa dùng được cho đợt báo cáo.`);
      }
      return template;
    }
    const template = await em.findOne(ReportTemplate, { code, status: TemplateStatus.PUBLISHED }, { orderBy: { version: 'desc' } });
    if (template) return template;
    if (await em.count(ReportTemplate, { code })) throw badInput(`Biểu mẫu "${code}" chưa có phiên bản nào được ban hành.`);
    throw notFound(`Không có biểu mẫu mã "${code}".`);
  }

  /** A new form, or a new draft version of an existing one (at most one draft at a time). */
  create(em: EntityManager, clock: Clock, raw: unknown): Promise<ReportTemplate> {
    const definition = checkedDefinition(raw);
    return inTransaction(em, async (tem) => {
      const latest = await tem.findOne(ReportTemplate, { code: definition.code }, { orderBy: { version: 'desc' } });
      if (latest?.status === TemplateStatus.DRAFT) {
        throw conflict(`Biểu mẫu "${definition.code}" đang có bản nháp phiên bản ${latest.version}; hãy sửa bản nháp đó (updateTemplate) hoặc ban hành nó trước.`, {
          version: latest.version,
        });
      }
      if (latest?.builtIn || BUILT_IN_TEMPLATES.some((b) => b.code === definition.code)) {
        throw conflict(`"${definition.code}" là mã của biểu mẫu có sẵn trong hệ thống; hãy đặt mã khác cho biểu mẫu mới.`);
      }
      return tem.create(ReportTemplate, {
        code: definition.code,
        version: (latest?.version ?? 0) + 1,
        name: definition.name,
        definition,
        status: TemplateStatus.DRAFT,
        createdAt: clock.now(),
        updatedAt: clock.now(),
      });
    });
  }

  /** Replaces a version's definition: a draft, or a published version no campaign has used yet. */
  update(em: EntityManager, clock: Clock, code: string, version: number, raw: unknown): Promise<ReportTemplate> {
    const definition = checkedDefinition(raw);
    if (definition.code !== code) throw badInput(`Mã trong định nghĩa (${definition.code}) khác mã biểu mẫu đang sửa (${code}).`);
    return inTransaction(em, async (tem) => {
      const template = await this.get(tem, code, version);
      if (template.builtIn) throw conflict(`Biểu mẫu "${code}" là mẫu có sẵn của hệ thống; hãy tạo phiên bản mới (createTemplate) thay vì sửa.`);
      await this.refuseIfUsed(tem, template);
      template.definition = definition;
      template.name = definition.name;
      template.updatedAt = clock.now();
      return template;
    });
  }

  publish(em: EntityManager, clock: Clock, code: string, version: number): Promise<ReportTemplate> {
    return inTransaction(em, async (tem) => {
      const template = await this.get(tem, code, version);
      if (template.status === TemplateStatus.PUBLISHED) throw conflict(`Biểu mẫu "${code}" phiên bản ${version} đã được ban hành.`);
      template.status = TemplateStatus.PUBLISHED;
      template.publishedAt = clock.now();
      return template;
    });
  }

  async usedBy(em: EntityManager, template: ReportTemplate): Promise<number> {
    return em.count(Campaign, { template: template.id });
  }

  /**
   * A campaign about to use a form holds its row (FOR SHARE, to commit) and a change to a form holds it FOR UPDATE
   * while it counts the campaigns using it: so a form can never change once a committed campaign uses it, which
   * the hubs' kept campaign facts rely on. (SQLite runs one writing transaction at a time anyway.)
   */
  async holdForUse(em: EntityManager, template: ReportTemplate): Promise<ReportTemplate> {
    await em.execute(`select id from report_template where id = ?${rowLock(em, 'share')}`, [template.id]);
    return template;
  }

  private async refuseIfUsed(em: EntityManager, template: ReportTemplate): Promise<void> {
    await em.execute(`select id from report_template where id = ?${rowLock(em, 'update')}`, [template.id]);
    const used = await this.usedBy(em, template);
    if (used > 0) {
      throw conflict(
        `Biểu mẫu "${template.code}" phiên bản ${template.version} đã được ${used} đợt báo cáo sử dụng nên không được sửa; hãy tạo phiên bản mới (createTemplate).`,
        { usedBy: used },
      );
    }
  }
}
