import { CreateCampaignDocument, CreateUserDocument, ImportUnitsDocument, ReportsDocument, ReportVersionDocument, Role } from '../generated/graphql';
import { ADMIN, TestHub } from './harness';

/**
 * A real slice of the 01/03/2025 list, other than the demo's: two districts of Tuyên Quang (three communes of
 * Sơn Dương, two of Yên Sơn) and one district of Hải Dương, for scope tests across provinces.
 */
export const FIXTURE_CSV = `Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp
Tỉnh Tuyên Quang,08,Huyện Yên Sơn,075,Xã Hùng Lợi,02455,Xã
Tỉnh Tuyên Quang,08,Huyện Yên Sơn,075,Xã Trung Sơn,02458,Xã
Tỉnh Tuyên Quang,08,Huyện Sơn Dương,076,Thị trấn Sơn Dương,02536,Thị trấn
Tỉnh Tuyên Quang,08,Huyện Sơn Dương,076,Xã Trung Yên,02539,Xã
Tỉnh Tuyên Quang,08,Huyện Sơn Dương,076,Xã Minh Thanh,02542,Xã
Tỉnh Hải Dương,30,Huyện Thanh Hà,294,Thị trấn Thanh Hà,10813,Thị trấn
Tỉnh Hải Dương,30,Huyện Thanh Hà,294,Xã Hồng Lạc,10816,Xã
`;

export const PASSWORD = 'mat-khau-thu-nghiem';

/** One account per role and unit the tests act as. */
export const FIXTURE_USERS = {
  communeSonDuong: { username: 'nl.02536', role: 'REPORTER', unitCode: '02536' },
  communeTrungYen: { username: 'nl.02539', role: 'REPORTER', unitCode: '02539' },
  communeMinhThanh: { username: 'nl.02542', role: 'REPORTER', unitCode: '02542' },
  communeHungLoi: { username: 'nl.02455', role: 'REPORTER', unitCode: '02455' },
  communeTrungSon: { username: 'nl.02458', role: 'REPORTER', unitCode: '02458' },
  communeThanhHa: { username: 'nl.10813', role: 'REPORTER', unitCode: '10813' },
  districtSonDuongReporter: { username: 'nl.076', role: 'REPORTER', unitCode: '076' },
  districtSonDuongApprover: { username: 'duyet.076', role: 'APPROVER', unitCode: '076' },
  districtYenSonApprover: { username: 'duyet.075', role: 'APPROVER', unitCode: '075' },
  districtThanhHaApprover: { username: 'duyet.294', role: 'APPROVER', unitCode: '294' },
  provinceReporter: { username: 'nl.08', role: 'REPORTER', unitCode: '08' },
  provinceApprover: { username: 'duyet.08', role: 'APPROVER', unitCode: '08' },
  provinceMonitor: { username: 'theodoi.08', role: 'MONITOR', unitCode: '08' },
  districtSonDuongMonitor: { username: 'theodoi.076', role: 'MONITOR', unitCode: '076' },
} as const satisfies Record<string, { username: string; role: Role; unitCode: string }>;

export type FixtureUser = keyof typeof FIXTURE_USERS;

/**
 * Sơn Dương district 2020 (seed 001) split over the three fixture communes; each commune passes every rule and
 * the three add up to POP 204.908, INSURED 194.213, CARDS_LOCAL 160.335 and the group totals exactly.
 */
export const SON_DUONG_COMMUNES: Record<'02536' | '02539' | '02542', Record<string, number>> = {
  '02536': { POP: 65000, INSURED: 62100, CARDS_LOCAL: 49500, G1_EMPLOYMENT: 3000, G2_SOCIAL_INSURANCE: 2500, G3_STATE_BUDGET: 30000, G4_BUDGET_SUBSIDISED: 6000, G5_HOUSEHOLD: 8000, CARDS_ELSEWHERE: 12000, CARDS_ARMED_FORCES: 600 },
  '02539': { POP: 69500, INSURED: 65900, CARDS_LOCAL: 55500, G1_EMPLOYMENT: 2000, G2_SOCIAL_INSURANCE: 1500, G3_STATE_BUDGET: 40000, G4_BUDGET_SUBSIDISED: 7000, G5_HOUSEHOLD: 5000, CARDS_ELSEWHERE: 10000, CARDS_ARMED_FORCES: 400 },
  '02542': { POP: 70408, INSURED: 66213, CARDS_LOCAL: 55335, G1_EMPLOYMENT: 1696, G2_SOCIAL_INSURANCE: 1190, G3_STATE_BUDGET: 39193, G4_BUDGET_SUBSIDISED: 7248, G5_HOUSEHOLD: 6008, CARDS_ELSEWHERE: 10608, CARDS_ARMED_FORCES: 270 },
};

export const SON_DUONG_2020 = {
  POP: 204908, INSURED: 194213, CARDS_LOCAL: 160335, G1_EMPLOYMENT: 6696, G2_SOCIAL_INSURANCE: 5190,
  G3_STATE_BUDGET: 109193, G4_BUDGET_SUBSIDISED: 20248, G5_HOUSEHOLD: 19008, CARDS_ELSEWHERE: 32608, CARDS_ARMED_FORCES: 1270,
};

/** A consistent small commune (Yên Sơn, Thanh Hà). */
export function smallCommune(pop: number): Record<string, number> {
  const g = [Math.round(pop * 0.05), Math.round(pop * 0.03), Math.round(pop * 0.5), Math.round(pop * 0.1), Math.round(pop * 0.1)];
  const local = g.reduce((a, b) => a + b, 0);
  const elsewhere = Math.round(pop * 0.15);
  const armed = Math.round(pop * 0.01);
  return {
    POP: pop, INSURED: local + elsewhere + armed, CARDS_LOCAL: local,
    G1_EMPLOYMENT: g[0], G2_SOCIAL_INSURANCE: g[1], G3_STATE_BUDGET: g[2], G4_BUDGET_SUBSIDISED: g[3], G5_HOUSEHOLD: g[4],
    CARDS_ELSEWHERE: elsewhere, CARDS_ARMED_FORCES: armed,
  };
}

export function asValues(figures: Record<string, number>) {
  return Object.entries(figures).map(([code, value]) => ({ code, value }));
}

export interface Fixture {
  adminToken: string;
  tokens: Record<FixtureUser, string>;
}

/** Imports the units and creates the accounts through the API, then logs everyone in. */
export async function loadFixture(t: TestHub): Promise<Fixture> {
  const adminToken = await t.login(ADMIN.username, ADMIN.password);
  await t.ok(ImportUnitsDocument, { csv: FIXTURE_CSV }, adminToken);
  const tokens = {} as Record<FixtureUser, string>;
  for (const [key, user] of Object.entries(FIXTURE_USERS) as [FixtureUser, (typeof FIXTURE_USERS)[FixtureUser]][]) {
    await t.ok(CreateUserDocument, { input: { ...user, password: PASSWORD, fullName: `Người dùng ${user.username}` } }, adminToken);
    tokens[key] = await t.login(user.username, PASSWORD);
  }
  return { adminToken, tokens };
}

/** Seed 003's dates as campaign deadlines: communes before 20/4/2019, districts before 15/5, province before 21/6. */
export const SEED_003_DEADLINES = [
  { level: 'COMMUNE' as const, dueAt: '2019-04-20T00:00:00+07:00' },
  { level: 'DISTRICT' as const, dueAt: '2019-05-15T00:00:00+07:00' },
  { level: 'PROVINCE' as const, dueAt: '2019-06-21T00:00:00+07:00' },
];

/** Seed 003's round under the province of Tuyên Quang (08), as the admin creates it. */
export const SEED_003_CAMPAIGN = {
  name: 'Sơ kết BHYT năm 2018',
  documentNumber: '134-KH/TU',
  templateCode: 'BHYT_COVERAGE',
  periodStart: '2017-12-15',
  periodEnd: '2018-12-14',
  rootUnitCode: '08',
  levels: ['COMMUNE' as const, 'DISTRICT' as const, 'PROVINCE' as const],
  deadlines: SEED_003_DEADLINES,
};

/** The version a reviewer looking at the report now would send back (read as the admin). */
export async function versionOf(t: TestHub, adminToken: string, reportId: string): Promise<number> {
  return (await t.ok(ReportVersionDocument, { id: reportId }, adminToken)).report.version;
}

/** Deadlines of a 2021 round used where the dates themselves are not under test. */
export const DEADLINES_2021 = [
  { level: 'COMMUNE' as const, dueAt: '2021-01-20T00:00:00+07:00' },
  { level: 'DISTRICT' as const, dueAt: '2021-02-05T00:00:00+07:00' },
  { level: 'PROVINCE' as const, dueAt: '2021-02-25T00:00:00+07:00' },
];

/**
 * Seed 003's round over the fixture's units of Tuyên Quang (5 communes, 2 districts, the province), created by
 * the admin; returns its id and each unit's report id and version.
 */
export async function createSeed003Round(t: TestHub, f: Fixture): Promise<{ campaignId: string; reports: Map<string, { id: string; version: number }> }> {
  const created = await t.ok(CreateCampaignDocument, { input: SEED_003_CAMPAIGN }, f.adminToken);
  const campaignId = created.createCampaign.id;
  const all = await t.ok(ReportsDocument, { campaignId, first: 100 }, f.adminToken);
  return { campaignId, reports: new Map(all.reports.edges.map((e) => [e.node.unitCode, { id: e.node.id, version: e.node.version }])) };
}
