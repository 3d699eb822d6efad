import { CreateCampaignDocument, ImportUnitsDocument, ReportsDocument, TwoSavesDocument } from './generated/graphql';
import { codes, startTestHub, TestHub } from './support/harness';
import { Fixture, loadFixture, SEED_003_DEADLINES } from './support/fixture';

describe('requests at the edges', () => {
  let t: TestHub;
  let f: Fixture;
  beforeAll(async () => {
    t = await startTestHub();
    f = await loadFixture(t);
  });
  afterAll(() => t.close());

  it('a body that is not JSON gets a coded 400 answer without a stack', async () => {
    const response = await fetch(t.hub.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ me { id } }"' });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(text).not.toMatch(/node_modules|\bat \S+ \(/);
  });

  it('no answer may be kept by a browser or proxy: Cache-Control no-store, on data and on refusals', async () => {
    const send = (token: string | null) =>
      fetch(t.hub.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: '{ me { username } }' }),
      });
    const answered = await send(f.adminToken);
    expect(((await answered.json()) as { data: { me: { username: string } } }).data.me.username).toBeTruthy();
    expect(answered.headers.get('cache-control')).toBe('no-store');
    const refused = await send('not-a-token');
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(refused.headers.get('cache-control')).toBe('no-store');
  });

  it('a body over 5 MB gets 413 with a code', async () => {
    const huge = JSON.stringify({ query: 'mutation($csv: String!) { importUnits(csv: $csv) { created } }', variables: { csv: 'x'.repeat(6 * 1024 * 1024) } });
    const response = await fetch(t.hub.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${f.adminToken}` }, body: huge });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('a CSV with an unclosed quote is BAD_USER_INPUT naming the line, not an internal error', async () => {
    const csv = 'Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp\nTỉnh Bắc Kạn,06,"Huyện Pác Nặm,058,Xã Bằng Thành,01840,Xã\n';
    const result = await t.request(ImportUnitsDocument, { csv }, f.adminToken);
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].message).toMatch(/Dòng \d+/);
  });

  it('a second mutation in the same operation sees what the first stored, not a cache from before it', async () => {
    const campaign = await t.ok(
      CreateCampaignDocument,
      { input: { name: 'Hai thao tác trong một yêu cầu', templateCode: 'BHYT_COVERAGE', periodStart: '2018-01-01', periodEnd: '2018-12-31', rootUnitCode: '08', levels: ['COMMUNE', 'DISTRICT', 'PROVINCE'], deadlines: SEED_003_DEADLINES } },
      f.adminToken,
    );
    const reports = await t.ok(ReportsDocument, { campaignId: campaign.createCampaign.id, unitCode: '02536' }, f.adminToken);
    const report = reports.reports.edges[0].node;
    const result = await t.ok(
      TwoSavesDocument,
      {
        reportId: report.id,
        first: [{ code: 'POP', value: 100 }],
        firstVersion: report.version,
        second: [{ code: 'POP', value: 200 }, { code: 'INSURED', value: 250 }],
        secondVersion: report.version + 1,
      },
      f.tokens.communeSonDuong,
    );
    expect(result.a).toMatchObject({ version: report.version + 1, values: [{ value: 100 }] });
    expect(result.b).toMatchObject({ version: report.version + 2, values: [{ value: 200 }] });
    expect(result.b.validation.warnings.map((w) => w.rule)).toEqual(['INSURED_NOT_ABOVE_POP']);
  });
});
