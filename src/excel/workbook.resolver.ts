import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { HubContext } from '../context';
import { requireActor, requireRole } from '../auth/actor';
import { Role } from '../auth/user.entity';
import { parseId } from '../common/ids';
import { TemplateStatus } from '../templates/template.entity';
import { UnitLevel } from '../units/unit.entity';
import { WorkbookFile } from './workbook.service';
import { WorkbookImportResultType, WorkbookType } from './workbook.types';

function asGraphQL(file: WorkbookFile): WorkbookType {
  return { filename: file.filename, contentType: file.contentType, base64: file.content.toString('base64'), bytes: file.content.length };
}

@Resolver()
export class WorkbookResolver {
  @Query(() => WorkbookType, {
    description:
      'Báo cáo dưới dạng tệp Excel theo bố cục của biểu mẫu. `includeChildren`: báo cáo tổng hợp kèm trang số liệu của từng đơn vị cấp dưới. Tải trực tiếp: GET /reports/{id}/workbook.xlsx?includeChildren=1 với cùng header Authorization.',
  })
  async reportWorkbook(
    @Ctx() ctx: HubContext,
    @Arg('reportId', () => ID) reportId: string,
    @Arg('includeChildren', () => Boolean, { defaultValue: false }) includeChildren: boolean,
  ) {
    const actor = requireActor(ctx);
    return asGraphQL(await ctx.services.workbooks.exportReport(ctx.loaders, actor, parseId(reportId, 'báo cáo'), includeChildren, ctx.clock.now()));
  }

  @Query(() => WorkbookType, { description: 'Biểu mẫu trống dạng Excel (phiên bản `version`, hoặc bản ban hành mới nhất), cho cấp `level` hoặc mọi cấp, để điền rồi nhập bằng importReportWorkbook.' })
  async blankWorkbook(
    @Ctx() ctx: HubContext,
    @Arg('templateCode', () => String) templateCode: string,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Arg('level', () => UnitLevel, { nullable: true }) level: UnitLevel | null,
  ) {
    const actor = requireActor(ctx);
    const code = templateCode.trim();
    const template = version != null ? await ctx.services.templates.get(ctx.em, code, version) : await ctx.services.templates.forCampaign(ctx.em, code);
    if (template.status === TemplateStatus.DRAFT && actor.role !== Role.ADMIN) requireRole(ctx, Role.ADMIN);
    return asGraphQL(await ctx.services.workbooks.exportBlank(template, level, ctx.clock.now()));
  }

  @Mutation(() => WorkbookImportResultType, {
    description:
      'Nhập số liệu vào báo cáo từ tệp Excel (base64, tối đa 5 MB) của đúng biểu mẫu: tệp đã xuất hoặc biểu mẫu trống đã điền. Ô được tìm theo mã ô. Có ô sai thì trả về danh sách lỗi, saved = false và không lưu gì; cần `expectedVersion` như khi lưu.',
  })
  async importReportWorkbook(
    @Ctx() ctx: HubContext,
    @Arg('reportId', () => ID) reportId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('base64', () => String) base64: string,
  ) {
    const actor = requireActor(ctx);
    return ctx.services.workbooks.importReport(ctx.em, ctx.clock, ctx.loaders, actor, parseId(reportId, 'báo cáo'), expectedVersion, base64);
  }
}
