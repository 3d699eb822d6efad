import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { ReportRoot } from '../reports/report.record';
import { HubContext } from '../context';
import { requireActor } from '../auth/actor';
import { parseId } from '../common/ids';
import { Report } from '../reports/report.entity';
import { ExtensionRequest } from './extension.entity';

@Resolver(() => ExtensionRequest)
export class ExtensionResolver {
  @Mutation(() => ExtensionRequest, { description: 'Cán bộ đơn vị đề nghị gia hạn nộp báo cáo (trước khi nộp), nêu lý do.' })
  requestExtension(
    @Arg('reportId', () => ID) reportId: string,
    @Arg('until', () => Date, { description: 'Hạn mới đề nghị, ISO-8601 có múi giờ.' }) until: Date,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: HubContext,
  ) {
    const actor = requireActor(ctx);
    return ctx.services.extensions.request(ctx.em, ctx.clock, actor, parseId(reportId, 'báo cáo'), until, reason);
  }

  @Mutation(() => ExtensionRequest, { description: 'Lãnh đạo cấp trên chấp thuận gia hạn (có thể đổi hạn mới).' })
  grantExtension(
    @Arg('requestId', () => ID) requestId: string,
    @Arg('until', () => Date, { nullable: true }) until: Date | null,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: HubContext,
  ) {
    const actor = requireActor(ctx);
    return ctx.services.extensions.decide(ctx.em, ctx.clock, actor, parseId(requestId, 'đề nghị gia hạn'), true, comment, until);
  }

  @Mutation(() => ExtensionRequest, { description: 'Lãnh đạo cấp trên từ chối gia hạn; bắt buộc nêu lý do.' })
  denyExtension(@Arg('requestId', () => ID) requestId: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: HubContext) {
    const actor = requireActor(ctx);
    return ctx.services.extensions.decide(ctx.em, ctx.clock, actor, parseId(requestId, 'đề nghị gia hạn'), false, reason, null);
  }

  @FieldResolver(() => Report)
  report(@Root() request: ExtensionRequest, @Ctx() ctx: HubContext) {
    return ctx.services.reports.getVisible(ctx.loaders, requireActor(ctx), request.report.id);
  }
}

@Resolver(() => Report)
export class ReportExtensionsResolver {
  @FieldResolver(() => [ExtensionRequest], { description: 'Các đề nghị gia hạn của báo cáo.' })
  extensionRequests(@Root() report: ReportRoot, @Ctx() ctx: HubContext) {
    return ctx.services.extensions.listForReport(ctx.em, report.id);
  }
}
