import type { Request, Response } from 'express';
import { requireActor } from '../auth/actor';
import { AppError, ErrorCode } from '../common/errors';
import { parseId } from '../common/ids';
import { HubContext } from '../context';

const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
};

const YES = new Set(['1', 'true', 'yes', 'co']);

/**
 * GET /reports/:id/workbook.xlsx[?includeChildren=1]: the report as an .xlsx download, for a browser link or a
 * script. The caller and the checks are those of the `reportWorkbook` query (same token, NOT_FOUND outside the
 * caller's scope); refusals come back as JSON in the GraphQL error shape.
 */
export function workbookDownload(contextOf: (req: Request) => Promise<HubContext>, log: (message: string) => void) {
  return async (req: Request, res: Response): Promise<void> => {
    try {
      const ctx = await contextOf(req);
      const actor = requireActor(ctx);
      const flag = req.query.includeChildren;
      const includeChildren = typeof flag === 'string' && YES.has(flag.trim().toLowerCase());
      const file = await ctx.services.workbooks.exportReport(ctx.loaders, actor, parseId(String(req.params.id), 'báo cáo'), includeChildren, ctx.clock.now());
      res
        .status(200)
        .set({
          'Content-Type': file.contentType,
          'Content-Length': String(file.content.length),
          'Content-Disposition': `attachment; filename="${file.filename}"`,
          'Cache-Control': 'private, no-store',
        })
        .end(file.content);
    } catch (error) {
      if (error instanceof AppError) {
        if (error.code === ErrorCode.UNAUTHENTICATED) res.set('WWW-Authenticate', 'Bearer');
        res.status(STATUS_OF[error.code] ?? 400).json({ errors: [{ message: error.message, extensions: { code: error.code } }] });
        return;
      }
      log(`Lỗi không lường trước khi xuất tệp Excel: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      res.status(500).json({
        errors: [{ message: 'Hệ thống gặp lỗi ngoài dự kiến khi tạo tệp Excel. Vui lòng thử lại hoặc báo quản trị.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      });
    }
  };
}
