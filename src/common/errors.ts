import { GraphQLError } from 'graphql';

/**
 * Every expected refusal of the hub is one of these codes. The code is the stable contract for clients;
 * the message is written for the Vietnamese official who reads it.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  DEADLINE_PASSED = 'DEADLINE_PASSED',
  VALIDATION_FAILED = 'VALIDATION_FAILED',
}

/** A refusal the hub expects and explains; anything else reaching the client is masked. */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(message, { extensions: { code, ...(details ?? {}) } });
    this.name = 'AppError';
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, details);
export const unauthenticated = (message = 'Bạn chưa đăng nhập hoặc phiên đăng nhập đã hết hạn.') =>
  new AppError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này.') =>
  new AppError(ErrorCode.FORBIDDEN, message);
export const notFound = (message: string) => new AppError(ErrorCode.NOT_FOUND, message);
export const conflict = (message: string, details?: Record<string, unknown>) =>
  new AppError(ErrorCode.CONFLICT, message, details);
export const invalidTransition = (message: string, details?: Record<string, unknown>) =>
  new AppError(ErrorCode.INVALID_TRANSITION, message, details);
export const deadlinePassed = (message: string) => new AppError(ErrorCode.DEADLINE_PASSED, message);
export const validationFailed = (message: string, details?: Record<string, unknown>) =>
  new AppError(ErrorCode.VALIDATION_FAILED, message, details);

export const STALE_VERSION_MESSAGE =
  'Báo cáo vừa được người khác thay đổi. Vui lòng tải lại báo cáo rồi thực hiện lại thao tác.';
