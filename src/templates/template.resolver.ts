import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { HubContext } from '../context';
import { requireActor, requireRole } from '../auth/actor';
import { Role } from '../auth/user.entity';
import { ReportTemplate } from './template.entity';
import { TemplateType } from './template.types';

export function toTemplateType(template: ReportTemplate): TemplateType {
  const d = template.definition;
  return {
    code: template.code,
    version: template.version,
    name: template.name,
    description: d.description ?? null,
    status: template.status,
    builtIn: template.builtIn,
    publishedAt: template.publishedAt,
    sections: d.sections.map((s) => ({ ...s, note: s.note ?? null })),
    columnSets: (d.columnSets ?? []).map((c) => ({ ...c, label: c.label ?? null })),
    indicators: d.indicators.map((i) => ({
      ...i,
      row: i.row ?? null,
      columns: i.columns ?? null,
      formula: i.formula ?? null,
      condition: i.condition ?? null,
      countLevel: i.countLevel ?? null,
      targetOf: i.targetOf ?? null,
      levels: i.levels ?? null,
      required: i.required ?? false,
    })),
    rules: d.rules,
    definitionJson: JSON.stringify(d),
  };
}

@Resolver(() => TemplateType)
export class TemplateResolver {
  @Query(() => [TemplateType], { description: 'Các biểu mẫu (phiên bản mới nhất của mỗi mẫu); `includeDrafts` (quản trị) gồm cả bản nháp.' })
  async templates(@Ctx() ctx: HubContext, @Arg('includeDrafts', () => Boolean, { defaultValue: false }) includeDrafts: boolean) {
    const actor = requireActor(ctx);
    if (includeDrafts) requireRole(ctx, Role.ADMIN);
    return (await ctx.services.templates.list(ctx.em, includeDrafts && actor.role === Role.ADMIN)).map(toTemplateType);
  }

  @Query(() => TemplateType, { description: 'Một biểu mẫu: phiên bản `version`, hoặc phiên bản ban hành mới nhất.' })
  async template(@Ctx() ctx: HubContext, @Arg('code', () => String) code: string, @Arg('version', () => Int, { nullable: true }) version: number | null) {
    const actor = requireActor(ctx);
    const template = version != null ? await ctx.services.templates.get(ctx.em, code.trim(), version) : await ctx.services.templates.forCampaign(ctx.em, code.trim());
    if (template.status === 'DRAFT' && actor.role !== Role.ADMIN) requireRole(ctx, Role.ADMIN);
    return toTemplateType(template);
  }

  @Mutation(() => TemplateType, {
    description:
      'Tạo biểu mẫu mới (hoặc phiên bản mới của biểu mẫu do quản trị tạo) từ định nghĩa JSON, ở trạng thái bản nháp. Mọi lỗi của định nghĩa được báo cùng lúc.',
  })
  async createTemplate(@Ctx() ctx: HubContext, @Arg('definition', () => GraphQLJSONObject) definition: Record<string, unknown>) {
    requireRole(ctx, Role.ADMIN);
    return toTemplateType(await ctx.services.templates.create(ctx.em, ctx.clock, definition));
  }

  @Mutation(() => TemplateType, { description: 'Sửa một phiên bản còn là bản nháp, hoặc đã ban hành nhưng chưa đợt báo cáo nào dùng.' })
  async updateTemplate(
    @Ctx() ctx: HubContext,
    @Arg('code', () => String) code: string,
    @Arg('version', () => Int) version: number,
    @Arg('definition', () => GraphQLJSONObject) definition: Record<string, unknown>,
  ) {
    requireRole(ctx, Role.ADMIN);
    return toTemplateType(await ctx.services.templates.update(ctx.em, ctx.clock, code.trim(), version, definition));
  }

  @Mutation(() => TemplateType, { description: 'Ban hành một phiên bản: từ đó dùng được cho đợt báo cáo; khi đã có đợt dùng thì không sửa được nữa.' })
  async publishTemplate(@Ctx() ctx: HubContext, @Arg('code', () => String) code: string, @Arg('version', () => Int) version: number) {
    requireRole(ctx, Role.ADMIN);
    return toTemplateType(await ctx.services.templates.publish(ctx.em, ctx.clock, code.trim(), version));
  }
}
