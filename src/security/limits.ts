/**
 * How much one request may ask of the hub. The numbers leave a wide margin over every operation the hub's own
 * clients and tests send (the deepest is 6 fields deep, none has more than 2 aliases or 2 root fields, the
 * costliest is about 81 000: a page of reports with values, history, parent and children, its page size a
 * variable and so assumed the largest, 500): they are there to stop abuse, not to shape ordinary use.
 */
export interface QueryLimits {
  /** Field nesting, counted through fragments: `{ a { b } }` is 2 deep. */
  maxDepth: number;
  /** Aliased fields in one operation, counted through fragments. */
  maxAliases: number;
  /** Fields at the top of one operation (each root field is a separate entry point to resolve). */
  maxRootFields: number;
  /** See `operationCost` in query-rules.ts. */
  maxCost: number;
  /** Operations in one HTTP request; 1 means JSON arrays (batching) are refused. */
  maxOperationsPerRequest: number;
}

export const QUERY_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxRootFields: 15,
  maxCost: 200_000,
  maxOperationsPerRequest: 1,
};

/** Wrong passwords tolerated before logins are refused for a while. */
export interface LoginLimits {
  /** Failures for one username within `windowMs` that lock it. */
  maxFailuresPerUsername: number;
  /** Failures from one client address within `windowMs` that lock the address. */
  maxFailuresPerClient: number;
  windowMs: number;
  /** How long a username or an address stays locked. */
  lockMs: number;
}

export const LOGIN_LIMITS: LoginLimits = {
  maxFailuresPerUsername: 5,
  maxFailuresPerClient: 20,
  windowMs: 15 * 60 * 1000,
  lockMs: 15 * 60 * 1000,
};
