import { asValues, PASSWORD, SEED_003_CAMPAIGN, smallCommune } from './fixture';
import { ADMIN } from './harness';
import { HubClient, inParallel } from './process';
import { CreateCampaignDocument, CreateUserDocument, ImportUnitsDocument, LoginDocument, ReportsDocument } from '../generated/graphql';

/** A province of `districts` districts with `communes` communes each, made up for load: codes 2xxxx. */
export function syntheticProvince(districts: number, communes: number) {
  const rows = ['Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp'];
  const byDistrict = new Map<string, string[]>();
  for (let d = 0; d < districts; d++) {
    const district = String(700 + d);
    const codes: string[] = [];
    for (let c = 0; c < communes; c++) {
      const code = String(20000 + d * 100 + c);
      codes.push(code);
      rows.push(`Tỉnh Tuyên Quang,08,Huyện Thử ${d + 1},${district},Xã Thử ${d + 1}-${c + 1},${code},Xã`);
    }
    byDistrict.set(district, codes);
  }
  return { csv: rows.join('\n') + '\n', byDistrict };
}

export interface ProcessRound {
  campaignId: string;
  adminToken: string;
  /** Report id by unit code. */
  reportIds: Map<string, string>;
  /** The commune codes of each district. */
  byDistrict: Map<string, string[]>;
  /** A signed-in token per username: nl.<commune> reporters, duyet.<district> approvers, theodoi.* monitors. */
  tokens: Map<string, string>;
  /** The figures a commune sends: its population is 1,000 + its index. */
  figures(code: string): { code: string; value: number }[];
  population(code: string): number;
}

/**
 * Through the API of a running hub: the synthetic province, an account per commune reporter, district approver
 * and monitor, all signed in, and seed 003's round (communes before 20/4/2019) over it.
 */
export async function setUpProcessRound(client: HubClient, districts: number, communes: number): Promise<ProcessRound> {
  const { csv, byDistrict } = syntheticProvince(districts, communes);
  const adminToken = (await client.ok(LoginDocument, ADMIN)).login.token;
  await client.ok(ImportUnitsDocument, { csv }, adminToken);
  const accounts: { username: string; role: 'REPORTER' | 'APPROVER' | 'MONITOR'; unitCode: string }[] = [{ username: 'theodoi.08', role: 'MONITOR', unitCode: '08' }];
  for (const [district, codes] of byDistrict) {
    accounts.push({ username: `duyet.${district}`, role: 'APPROVER', unitCode: district }, { username: `theodoi.${district}`, role: 'MONITOR', unitCode: district });
    for (const code of codes) accounts.push({ username: `nl.${code}`, role: 'REPORTER', unitCode: code });
  }
  const tokens = new Map<string, string>();
  await inParallel(accounts, 4, async (account) => {
    await client.ok(CreateUserDocument, { input: { ...account, password: PASSWORD, fullName: `Cán bộ ${account.username}` } }, adminToken);
    tokens.set(account.username, (await client.ok(LoginDocument, { username: account.username, password: PASSWORD })).login.token);
  });
  const created = await client.ok(CreateCampaignDocument, { input: { ...SEED_003_CAMPAIGN, name: 'Sơ kết BHYT năm 2018 (thử tải)' } }, adminToken);
  const campaignId = created.createCampaign.id;
  const listed = await client.ok(ReportsDocument, { campaignId, first: 500 }, adminToken);
  const reportIds = new Map(listed.reports.edges.map((e) => [e.node.unitCode, e.node.id]));
  const order = [...byDistrict.values()].flat();
  const population = (code: string) => 1000 + order.indexOf(code);
  return { campaignId, adminToken, reportIds, byDistrict, tokens, population, figures: (code) => asValues(smallCommune(population(code))) };
}
