import type { NextFunction, Request, Response } from 'express';

/**
 * Refuses an HTTP request that carries more operations than allowed (a JSON array is a batch) before GraphQL
 * reads it, with 400 and BAD_REQUEST like every other malformed request. With the limit at 1, Apollo's own
 * batching stays off and any array is refused.
 */
export function refuseBatches(maxOperations: number) {
  return (req: Request, res: Response, next: NextFunction) => {
    const body: unknown = req.body;
    if (!Array.isArray(body) || (maxOperations > 1 && body.length <= maxOperations)) return next();
    const message =
      maxOperations > 1
        ? `Một yêu cầu chứa tối đa ${maxOperations} thao tác GraphQL (đã gửi ${body.length}).`
        : 'Mỗi yêu cầu chỉ được chứa một thao tác GraphQL; không hỗ trợ gửi nhiều thao tác trong một mảng (batching).';
    res.status(400).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  };
}
