import http from 'node:http';

interface GqlError {
  message: string;
  extensions?: { code?: string };
}

/**
 * A plain GraphQL-over-HTTP client for the benchmark scripts: a new connection per request (a kept-alive one
 * can be closed by the server during a long scheduler pass); GraphQL errors become thrown errors with their codes.
 */
export function graphqlClient(url: string) {
  const gql = async <T>(query: string, variables: Record<string, unknown>, token: string | null): Promise<T> => {
    const payload = JSON.stringify({ query, variables });
    const headers: Record<string, string | number> = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) };
    if (token) headers.authorization = `Bearer ${token}`;
    const text = await new Promise<string>((done, fail) => {
      const req = http.request(url, { method: 'POST', headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
        res.on('error', fail);
      });
      req.on('error', fail);
      req.end(payload);
    });
    const body = JSON.parse(text) as { data?: T; errors?: GqlError[] };
    if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('; ')}`);
    return body.data as T;
  };
  const login = async (username: string, password: string) =>
    (await gql<{ login: { token: string } }>('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: password }, null)).login.token;
  return { gql, login };
}
