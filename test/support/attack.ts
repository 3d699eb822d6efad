import { createHash } from 'node:crypto';
import { DocumentNode, print } from 'graphql';
import { GraphQLErrorShape, TestHub } from './harness';

/**
 * What a refusal may be answered with: the hub's own codes, the security limits' codes and the codes of requests
 * that never reach a resolver. INTERNAL_SERVER_ERROR is never one of them.
 */
export const CLEAN_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_TRANSITION',
  'DEADLINE_PASSED',
  'VALIDATION_FAILED',
  'QUERY_TOO_COMPLEX',
  'TOO_MANY_ATTEMPTS',
  'PAYLOAD_TOO_LARGE',
  'BAD_REQUEST',
]);

/** Letters only Vietnamese uses among the Latin scripts; every message the hub writes has some. */
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/**
 * graphql-js' own refusals of a value that does not fit its declared type (a string where a Float is declared,
 * a missing required field). They are raised before the hub sees the request and come in English.
 */
const GRAPHQL_JS_COERCION = /^(Variable "\$\w+" (got invalid value|of required type|of non-null type)|Expected value of type|Field "\w+" of required type|Int cannot|Float cannot|String cannot|ID cannot|Boolean cannot|Enum "\w+" cannot|Value "[^"]*" does not exist in|Unknown argument|Argument "\w+" of)/;

export interface Answer {
  status: number;
  text: string;
  data?: Record<string, unknown> | null;
  errors?: GraphQLErrorShape[];
}

/** Sends any body, as a hostile client would; variables are not held to the operation's types. */
export async function post(t: TestHub, body: unknown, token?: string | null, headers: Record<string, string> = {}): Promise<Answer> {
  const all: Record<string, string> = { 'content-type': 'application/json', ...headers };
  if (token) all.authorization = `Bearer ${token}`;
  const response = await fetch(t.hub.url, { method: 'POST', headers: all, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await response.text();
  let parsed: { data?: Record<string, unknown> | null; errors?: GraphQLErrorShape[] } = {};
  try {
    parsed = JSON.parse(text);
  } catch {
    // left empty: the assertions below then say the answer was not a GraphQL answer
  }
  return { status: response.status, text, ...parsed };
}

/** An operation from test/operations (a typed document) with variables of any shape. */
export function send(t: TestHub, doc: DocumentNode, variables: unknown, token?: string | null, headers?: Record<string, string>): Promise<Answer> {
  return post(t, { query: print(doc), variables }, token, headers);
}

export interface RefusalOptions {
  /** Codes this refusal may carry; any clean code when absent. */
  codes?: string[];
  /** The request was malformed GraphQL on purpose: GRAPHQL_PARSE_FAILED is then a fair answer. */
  allowParseFailure?: boolean;
  /** Wrongly typed arguments in the query text itself: GRAPHQL_VALIDATION_FAILED is then a fair answer. */
  allowValidationFailure?: boolean;
}

/**
 * The answer refuses the request cleanly: there are errors, each with a stable code that is not an internal
 * error, a message (in Vietnamese, unless graphql-js itself refused a badly typed value), no stack and no
 * exception, and no data for the refused field.
 */
export function expectRefused(answer: Answer, options: RefusalOptions = {}): void {
  if (!answer.errors?.length) {
    throw new Error(`expected a refusal, got HTTP ${answer.status}: ${answer.text.slice(0, 500)}`);
  }
  const allowed = new Set(options.codes ?? CLEAN_CODES);
  if (options.allowParseFailure) allowed.add('GRAPHQL_PARSE_FAILED');
  if (options.allowValidationFailure) allowed.add('GRAPHQL_VALIDATION_FAILED');
  for (const error of answer.errors) {
    const code = error.extensions?.code;
    if (typeof code !== 'string' || !allowed.has(code)) {
      throw new Error(`refused with code ${String(code)} (allowed: ${[...allowed].join(', ')}): ${JSON.stringify(error).slice(0, 500)}`);
    }
    if (typeof error.message !== 'string' || error.message.trim() === '') throw new Error(`refusal without a message: ${JSON.stringify(error)}`);
    // graphql-js' syntax errors are English; they only answer requests that were malformed on purpose.
    const englishAllowed = GRAPHQL_JS_COERCION.test(error.message) || (code === 'GRAPHQL_PARSE_FAILED' && options.allowParseFailure);
    if (!VIETNAMESE.test(error.message) && !englishAllowed) {
      throw new Error(`refusal not in Vietnamese: ${error.message.slice(0, 300)}`);
    }
    const extensions = error.extensions ?? {};
    if ('stacktrace' in extensions || 'exception' in extensions) throw new Error(`refusal shows internals: ${JSON.stringify(extensions).slice(0, 500)}`);
  }
  // No stack frame, source path or module path anywhere in what went back.
  if (/\bat [^\s"]+ \([^)]*:\d+:\d+\)|\.(?:ts|js):\d+|node_modules|stacktrace/.test(answer.text)) throw new Error(`answer leaks internals: ${answer.text.slice(0, 500)}`);
  for (const value of Object.values(answer.data ?? {})) {
    if (value != null) throw new Error(`a refused request still answered data: ${JSON.stringify(answer.data).slice(0, 300)}`);
  }
}

/** The tables of every entity the hub stores, with the column that orders their rows. */
function tablesOf(t: TestHub): { table: string; key: string }[] {
  const metadata = Object.values(t.hub.orm.getMetadata().getAll());
  return metadata
    .filter((meta) => !meta.abstract && !meta.embeddable && !meta.virtual && meta.tableName)
    .map((meta) => ({ table: meta.tableName, key: meta.primaryKeys[0] ?? 'id' }))
    .sort((a, b) => a.table.localeCompare(b.table));
}

async function execute(t: TestHub, sql: string): Promise<Record<string, unknown>[]> {
  return t.hub.orm.em.fork().getConnection().execute(sql);
}

/**
 * Everything the database holds, hashed per table: two equal fingerprints mean nothing was written in between.
 * Read through the hub's own connection, in SQL both SQLite and PostgreSQL run.
 */
export async function fingerprint(t: TestHub, ignore: string[] = []): Promise<Record<string, string>> {
  const quote = (name: string) => t.hub.orm.em.getPlatform().quoteIdentifier(name);
  const out: Record<string, string> = {};
  for (const { table, key } of tablesOf(t).filter((x) => !ignore.includes(x.table))) {
    const rows = await execute(t, `select * from ${quote(table)} order by ${quote(key)}`);
    out[table] = `${rows.length}:${createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 16)}`;
  }
  return out;
}

/**
 * A cheap fingerprint for every generated input: row count and highest id of every table, and the sum of the
 * report versions (every change to a report moves its version), in one statement.
 */
export async function quickFingerprint(t: TestHub, ignore: string[] = []): Promise<string> {
  const quote = (name: string) => t.hub.orm.em.getPlatform().quoteIdentifier(name);
  const parts = tablesOf(t).filter((x) => !ignore.includes(x.table)).map(({ table, key }) => `select '${table}' as t, count(*) as n, max(${quote(key)}) as m, 0 as v from ${quote(table)}`);
  parts.push(`select 'report versions' as t, 0 as n, 0 as m, coalesce(sum(${quote('version')}), 0) as v from ${quote('report')}`);
  const rows = await execute(t, parts.join(' union all '));
  return rows.map((r) => `${r.t}=${Number(r.n)}/${r.m == null ? '-' : Number(r.m)}/${Number(r.v)}`).join(' ');
}
