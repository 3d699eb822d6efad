import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EntityManager } from '@mikro-orm/knex';
import { Actor, actorOf } from '../auth/actor';
import { Role, User } from '../auth/user.entity';
import { hashPassword } from '../auth/password';
import { ManualClock } from '../common/clock';
import { inTransaction } from '../common/transaction';
import { Services } from '../services';
import { AdministrativeUnit, UnitLevel } from '../units/unit.entity';
import { parseUnitCsv } from '../units/unit-csv';
import { Report } from '../reports/report.entity';
import { ValueInput } from '../reports/report.service';
import { SON_DUONG_2020, spreadDistrict } from './son-duong-2020';
import { periodContaining } from '../deadlines/periods';

/** Every demo account shares this password; the demo is for trying the hub, not for real data. */
export const DEMO_PASSWORD = 'demo-bhyt-2020';
export const DEMO_CAMPAIGN_NAME = 'Báo cáo kết quả thực hiện BHYT năm 2020 (dữ liệu minh họa)';

const PROVINCE = '08'; // Tỉnh Tuyên Quang (the same code before and after the reorganisation)
const REORGANISED_ON = '2025-07-01';
const SON_DUONG = '076';
const TP_TUYEN_QUANG = '070';

interface DemoUser {
  username: string;
  fullName: string;
  role: Role;
  unitCode: string | null;
}

export const DEMO_USERS: DemoUser[] = [
  { username: 'quantri', fullName: 'Quản trị hệ thống', role: Role.ADMIN, unitCode: null },
  { username: 'tinh.nhaplieu', fullName: 'Cán bộ nhập liệu Sở Y tế Tuyên Quang', role: Role.REPORTER, unitCode: PROVINCE },
  { username: 'tinh.duyet', fullName: 'Lãnh đạo UBND tỉnh Tuyên Quang', role: Role.APPROVER, unitCode: PROVINCE },
  { username: 'tinh.theodoi', fullName: 'Ban Thường vụ Tỉnh ủy Tuyên Quang', role: Role.MONITOR, unitCode: PROVINCE },
  { username: 'sonduong.nhaplieu', fullName: 'Cán bộ nhập liệu Phòng Y tế Sơn Dương', role: Role.REPORTER, unitCode: SON_DUONG },
  { username: 'sonduong.duyet', fullName: 'Lãnh đạo UBND huyện Sơn Dương', role: Role.APPROVER, unitCode: SON_DUONG },
  { username: 'sonduong.theodoi', fullName: 'Ban Thường vụ Huyện ủy Sơn Dương', role: Role.MONITOR, unitCode: SON_DUONG },
  { username: 'tptq.duyet', fullName: 'Lãnh đạo UBND thành phố Tuyên Quang', role: Role.APPROVER, unitCode: TP_TUYEN_QUANG },
];

/** Sơn Dương communes left waiting for review, and the one returned, in the demo (the rest are approved). */
const SD_PENDING = ['02539', '02551', '02620'];
const SD_RETURNED = '02545';
const RETURN_REASON = 'Số thẻ nhóm hộ gia đình (G5) chưa khớp danh sách BHXH huyện; đề nghị rà soát lại và nộp lại.';

const at = (iso: string) => new Date(iso);

/**
 * Fills an empty database with a real slice of the 01/03/2025 list (Tỉnh Tuyên Quang with Huyện Sơn Dương
 * and Thành phố Tuyên Quang), one user per role, the 2020 BHYT round replayed on a moving clock through
 * the same services the API uses, and the slice's share of the 01/07/2025 reorganisation (15 new communes).
 */
export async function seedDemo(em: EntityManager, services: Services, log: (m: string) => void, today: Date = new Date()): Promise<void> {
  const clock = new ManualClock('2020-12-20T02:00:00Z');
  const csv = readFileSync(join(__dirname, 'tuyen-quang-2025-03-01.csv'), 'utf8');
  await inTransaction(em, (tem) => services.units.importUnits(tem, parseUnitCsv(csv)));

  const users = new Map<string, Actor>();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  // With an administrator configured, the demo adds no second admin with a published password.
  const adminExists = (await em.count(User, { role: Role.ADMIN })) > 0;
  const demoUsers = DEMO_USERS.filter((u) => !(u.role === Role.ADMIN && adminExists));
  for (const u of demoUsers) {
    if (await em.count(User, { username: u.username })) continue;
    const user = await inTransaction(em, (tem) => services.auth.createUser(tem, clock, { ...u, password: DEMO_PASSWORD }, { passwordHash }));
    await em.populate(user, ['unit']);
    users.set(u.username, actorOf(user));
  }
  const admin = users.get('quantri') ?? actorOf(await em.findOneOrFail(User, { role: Role.ADMIN }, { populate: ['unit'] }));
  // One reporter per commune, so every commune's history names a real account.
  const communes = await em.find(
    AdministrativeUnit,
    { level: UnitLevel.COMMUNE, parent: { code: { $in: [SON_DUONG, TP_TUYEN_QUANG] } } },
    { orderBy: { code: 'asc' } },
  );
  for (const commune of communes) {
    const username = `xa${commune.code}.nhaplieu`;
    const user = await inTransaction(em, (tem) =>
      services.auth.createUser(tem, clock, { username, fullName: `Cán bộ nhập liệu ${commune.name}`, role: Role.REPORTER, unitCode: commune.code, password: DEMO_PASSWORD }, { passwordHash }),
    );
    await em.populate(user, ['unit']);
    users.set(username, actorOf(user));
  }

  const campaign = await services.campaigns.create(em, clock, admin, {
    name: DEMO_CAMPAIGN_NAME,
    documentNumber: '01/KH-DEMO',
    templateCode: 'BHYT_COVERAGE',
    periodStart: '2019-12-15',
    periodEnd: '2020-12-14',
    rootUnitCode: PROVINCE,
    levels: [UnitLevel.COMMUNE, UnitLevel.DISTRICT, UnitLevel.PROVINCE],
    deadlines: [
      { level: UnitLevel.COMMUNE, dueAt: at('2021-01-10T00:00:00+07:00') },
      { level: UnitLevel.DISTRICT, dueAt: at('2021-01-20T00:00:00+07:00') },
      { level: UnitLevel.PROVINCE, dueAt: at('2021-02-01T00:00:00+07:00') },
    ],
  });
  // The province assigns its districts their coverage targets for the year (seed 001: Sơn Dương's plan was 100%).
  await services.targets.assign(em.fork(), clock, users.get('tinh.duyet')!, {
    campaignId: campaign.id,
    targets: [
      { unitCode: SON_DUONG, code: 'COVERAGE_TARGET', value: 100 },
      { unitCode: TP_TUYEN_QUANG, code: 'COVERAGE_TARGET', value: 98 },
    ],
  });
  const reports = await em.find(Report, { campaign: campaign.id }, { populate: ['unit', 'parent'], orderBy: { unitCode: 'asc' } });
  const communeReports = (districtCode: string) =>
    reports.filter((r) => r.level === UnitLevel.COMMUNE && r.parent?.unitCode === districtCode);

  // A commune officer enters and sends the figures; the district approver reviews them.
  const editorOf = (report: Report): Actor => users.get(`xa${report.unitCode}.nhaplieu`)!;
  const reporters = services.reports;
  const fill = async (report: Report, figures: Record<string, number>, texts: Record<string, string> = {}) => {
    const values: ValueInput[] = [
      ...Object.entries(figures).map(([code, value]) => ({ code, value })),
      ...Object.entries(texts).map(([code, text]) => ({ code, text })),
    ];
    const saved = await reporters.saveValues(em.fork(), clock, editorOf(report), report.id, values, report.version);
    report.version = saved.version;
  };
  const submit = async (report: Report, note: string | null = null) => {
    const sent = await reporters.submit(em.fork(), clock, editorOf(report), report.id, report.version, note, false);
    report.version = sent.version;
  };

  const sonDuong = communeReports(SON_DUONG);
  const sdFigures = spreadDistrict(SON_DUONG_2020, sonDuong.length, 2020);
  const sdApprover = users.get('sonduong.duyet')!;
  for (const [i, report] of sonDuong.entries()) {
    clock.set(new Date(Date.UTC(2021, 0, 2, 1, 30) + i * 3 * 60 * 60 * 1000)); // 02/01 → 05/01/2021
    await fill(report, sdFigures[i], i % 7 === 0 ? { DIFFICULTIES: 'Một bộ phận người dân thuộc hộ cận nghèo chưa tự nguyện mua thẻ BHYT.' } : {});
    await submit(report);
  }
  clock.set('2021-01-07T02:00:00Z');
  for (const report of sonDuong) {
    clock.advance(10 * 60 * 1000);
    if (report.unitCode === SD_RETURNED) {
      await reporters.returnReport(em.fork(), clock, sdApprover, report.id, RETURN_REASON, report.version);
    } else if (!SD_PENDING.includes(report.unitCode)) {
      await reporters.approve(em.fork(), clock, sdApprover, report.id, null, report.version);
    }
  }

  // Thành phố Tuyên Quang: some approved, some waiting, some not yet sent (overdue after 10/01/2021).
  const city = communeReports(TP_TUYEN_QUANG);
  const cityFigures = spreadDistrict(
    { ...SON_DUONG_2020, POP: 93000, INSURED: 89850, G1_EMPLOYMENT: 21000, G2_SOCIAL_INSURANCE: 4800, G3_STATE_BUDGET: 22000, G4_BUDGET_SUBSIDISED: 6300, G5_HOUSEHOLD: 19650, CARDS_ELSEWHERE: 14600, CARDS_ARMED_FORCES: 1500, NEAR_POOR_TOTAL: 2100, NEAR_POOR_INSURED: 1960 },
    city.length,
    70,
  );
  const cityApprover = users.get('tptq.duyet')!;
  // Two of the city's silent units asked for more time: one was granted until 15/01, one still waits.
  clock.set('2021-01-05T02:00:00Z');
  const granted = await services.extensions.request(em.fork(), clock, editorOf(city[10]), city[10].id, at('2021-01-15T00:00:00+07:00'), 'Cán bộ phụ trách nghỉ ốm, đề nghị gia hạn để tổng hợp đủ số liệu các thôn.');
  await services.extensions.decide(em.fork(), clock, cityApprover, granted.id, true, 'Đồng ý gia hạn đến hết 14/01/2021.', null);
  await services.extensions.request(em.fork(), clock, editorOf(city[11]), city[11].id, at('2021-01-18T00:00:00+07:00'), 'Đang rà soát lại danh sách hộ cận nghèo với BHXH thành phố.');
  for (const [i, report] of city.entries()) {
    if (i >= 9) continue; // six units have not started
    clock.set(new Date(Date.UTC(2021, 0, 6, 2) + i * 24 * 60 * 60 * 1000 * 0.6)); // the last ones after 10/01
    await fill(report, cityFigures[i]);
    await submit(report);
    // As a client would: each approval click carries its own key, so a retried request approves nothing twice.
    if (i < 5) await reporters.approve(em.fork(), clock, cityApprover, report.id, 'Đồng ý.', report.version, `demo-duyet-${report.unitCode}`);
  }

  // The deadline of 10/01 passes: the scheduler marks the silent units overdue and tells the monitors.
  clock.set('2021-01-11T01:00:00Z');
  await services.scheduler.runPass(em.fork(), clock.now());

  // The district officer has started Sơn Dương's own narrative (from the district's 2021 plan).
  const sdReport = reports.find((r) => r.unitCode === SON_DUONG)!;
  clock.set('2021-01-12T03:00:00Z');
  const sdFresh = await em.fork().findOneOrFail(Report, sdReport.id);
  await reporters.saveValues(em.fork(), clock, users.get('sonduong.nhaplieu')!, sdReport.id, [
    { code: 'STRENGTHS', text: 'Đối tượng thuộc ngân sách nhà nước hỗ trợ mua BHYT được triển khai kịp thời, đầy đủ; cơ bản khắc phục tình trạng sai, trùng, chậm trong in và cấp thẻ.' },
    { code: 'DIFFICULTIES', text: 'Chỉ tiêu bao phủ BHYT năm 2020 không đạt kế hoạch (95% so với 100% KH); nhóm tham gia theo hộ gia đình còn thấp.' },
  ], sdFresh.version);

  // From 01/07/2025 the districts are gone and the communes merged: the slice's part of that reorganisation.
  // The 2020 round above stays on the units it was made for.
  const merges = readFileSync(join(__dirname, 'tuyen-quang-2025-07-01-merges.csv'), 'utf8');
  await services.units.importReorganisation(em.fork(), new ManualClock('2025-06-25T02:00:00Z'), merges, { effectiveOn: REORGANISED_ON });

  // Every year from now on, the annual round opens by itself a month before the communes' deadline; rounds
  // ending after the reorganisation have no district level.
  const firstPeriodDay = today.toISOString().slice(0, 10);
  const chain = periodContaining('YEAR', firstPeriodDay).end >= REORGANISED_ON
    ? [UnitLevel.COMMUNE, UnitLevel.PROVINCE]
    : [UnitLevel.COMMUNE, UnitLevel.DISTRICT, UnitLevel.PROVINCE];
  await services.schedules.create(em.fork(), clock, admin, {
    name: 'Báo cáo kết quả thực hiện BHYT {period}',
    templateCode: 'BHYT_COVERAGE',
    periodKind: 'YEAR',
    rootUnitCode: PROVINCE,
    levels: chain,
    deadlines: [
      { level: UnitLevel.COMMUNE, monthOffset: 1, day: 10 },
      { level: UnitLevel.DISTRICT, monthOffset: 1, day: 20 },
      { level: UnitLevel.PROVINCE, monthOffset: 2, day: 1 },
    ].filter((d) => chain.includes(d.level)),
    opensDaysBefore: 30,
    firstPeriodDay,
  });

  log('Đã tạo dữ liệu minh họa: Tỉnh Tuyên Quang (Huyện Sơn Dương, Thành phố Tuyên Quang), đợt báo cáo BHYT năm 2020.');
  log(`Tài khoản minh họa (mật khẩu chung "${DEMO_PASSWORD}"):`);
  for (const u of demoUsers) log(`  ${u.username.padEnd(18)} ${u.role.padEnd(9)} ${u.fullName}`);
  log(`  xa<mã xã>.nhaplieu REPORTER  cán bộ nhập liệu của từng xã, ví dụ xa${SD_RETURNED}.nhaplieu (Xã Tân Trào, báo cáo bị trả lại)`);
}
