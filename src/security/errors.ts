import { GraphQLError } from 'graphql';

/**
 * Stable codes of the protective refusals. They sit beside ErrorCode (src/common/errors.ts) and reach the client
 * through the same formatError.
 *  - QUERY_TOO_COMPLEX: an operation deeper, wider or costlier than the hub serves (see limits.ts);
 *  - INTROSPECTION_DISABLED: __schema / __type asked of a hub that does not publish its schema;
 *  - TOO_MANY_ATTEMPTS: logins refused for a while after too many wrong passwords.
 */
export type LimitCode = 'QUERY_TOO_COMPLEX' | 'INTROSPECTION_DISABLED' | 'TOO_MANY_ATTEMPTS';

export class LimitError extends GraphQLError {
  constructor(
    readonly code: LimitCode,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(message, { extensions: { code, ...(details ?? {}) } });
    this.name = 'LimitError';
  }
}
