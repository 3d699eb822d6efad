import { Ctx, Query, Resolver } from 'type-graphql';
import { HubContext } from '../context';
import { requireActor } from '../auth/actor';
import { ReportTemplate } from './template.entity';
import { TemplateType } from './template.types';

export function toTemplateType(template: ReportTemplate): TemplateType {
  const d = template.definition;
  return {
    code: template.code,
    version: template.version,
    name: template.name,
    description: d.description ?? null,
    sections: d.sections,
    indicators: d.indicators.map((i) => ({ ...i, formula: i.formula ?? null, required: i.required ?? false })),
    rules: d.rules,
  };
}

@Resolver(() => TemplateType)
export class TemplateResolver {
  @Query(() => [TemplateType], { description: 'Các biểu mẫu báo cáo (phiên bản mới nhất của mỗi mẫu).' })
  async templates(@Ctx() ctx: HubContext) {
    requireActor(ctx);
    return (await ctx.services.templates.list(ctx.em)).map(toTemplateType);
  }
}
