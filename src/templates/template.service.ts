import { EntityManager } from '@mikro-orm/knex';
import { Clock } from '../common/clock';
import { notFound } from '../common/errors';
import { TemplateDefinition } from './template.definition';
import { CompiledTemplate } from './template.engine';
import { ReportTemplate } from './template.entity';
import bhytCoverage from './builtin/bhyt-coverage.template.json';

export const BUILT_IN_TEMPLATES: TemplateDefinition[] = [bhytCoverage as TemplateDefinition];

export class TemplateService {
  /**
   * Stores each built-in form; when its definition changed since the stored latest version, a new
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
        createdAt: clock.now(),
      });
    }
    await em.flush();
  }

  /** The latest version of every form. */
  async list(em: EntityManager): Promise<ReportTemplate[]> {
    const all = await em.find(ReportTemplate, {}, { orderBy: { code: 'asc', version: 'desc' } });
    const seen = new Set<string>();
    return all.filter((t) => !seen.has(t.code) && seen.add(t.code));
  }

  async latest(em: EntityManager, code: string): Promise<ReportTemplate> {
    const template = await em.findOne(ReportTemplate, { code }, { orderBy: { version: 'desc' } });
    if (!template) throw notFound(`Không có biểu mẫu mã "${code}".`);
    return template;
  }
}
