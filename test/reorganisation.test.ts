import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { EntityManager } from '@mikro-orm/knex';
import {
  CampaignsDocument,
  CreateCampaignDocument,
  ImportReorganisationDocument,
  ImportUnitsDocument,
  ReportUnitsDocument,
  ReportUnitsQuery,
  UnitAtDocument,
  UnitLevel,
  UnitsAtDocument,
  UnitsLineageDocument,
  UnitTreeDocument,
} from './generated/graphql';
import { ADMIN, CheckedClient, startTestHub, TestHub } from './support/harness';
import { deriveProvinceSuccessions } from '../src/units/unit-reorganisation';

/**
 * The reorganisation of 01/07/2025 (districts abolished, 10,047 communes merged into 3,321, 63 provinces into
 * 34) imported over the statistics office's list of 01/03/2025, both read from ../shared/data.
 */

const DATA = path.join(__dirname, '..', '..', 'shared', 'data');
const OLD_LIST = path.join(DATA, 'dvhc-2025-03-01.csv');
const MERGES = path.join(DATA, 'dvhc-2025-07-01-merges.csv');
const ON = '2025-07-01';
const DAY_BEFORE = '2025-06-30';

describe('province successions derived from the communes', () => {
  const parts = [
    // P1: three communes, all into Q1; c12 is shared out between two new communes of Q1
    { code: 'c11', provinceCode: 'P1' },
    { code: 'c12', provinceCode: 'P1' },
    { code: 'c13', provinceCode: 'P1' },
    // P2: one commune to Q1, one to Q2
    { code: 'c21', provinceCode: 'P2' },
    { code: 'c22', provinceCode: 'P2' },
    // P3: its only commune went only partly anywhere (the rest is not in the table)
    { code: 'c31', provinceCode: 'P3' },
    // P4: one commune to Q2, one commune not in the table at all
    { code: 'c41', provinceCode: 'P4' },
    { code: 'c42', provinceCode: 'P4' },
    // P5: a commune split between two new provinces
    { code: 'c51', provinceCode: 'P5' },
  ];

  it('FULL only when the whole old province went into the new one', () => {
    const links = [
      { oldCode: 'c11', newProvinceCode: 'Q1', mergeType: 'FULL' as const },
      { oldCode: 'c12', newProvinceCode: 'Q1', mergeType: 'PARTIAL' as const },
      { oldCode: 'c12', newProvinceCode: 'Q1', mergeType: 'PARTIAL' as const },
      { oldCode: 'c13', newProvinceCode: 'Q1', mergeType: 'FULL' as const },
      { oldCode: 'c21', newProvinceCode: 'Q1', mergeType: 'FULL' as const },
      { oldCode: 'c22', newProvinceCode: 'Q2', mergeType: 'FULL' as const },
      { oldCode: 'c31', newProvinceCode: 'Q2', mergeType: 'PARTIAL' as const },
      { oldCode: 'c41', newProvinceCode: 'Q2', mergeType: 'FULL' as const },
      { oldCode: 'c51', newProvinceCode: 'Q2', mergeType: 'PARTIAL' as const },
      { oldCode: 'c51', newProvinceCode: 'Q3', mergeType: 'PARTIAL' as const },
      // an old code the caller does not know is ignored
      { oldCode: 'unknown', newProvinceCode: 'Q3', mergeType: 'FULL' as const },
    ];
    expect(deriveProvinceSuccessions(parts, links)).toEqual([
      { oldProvinceCode: 'P1', newProvinceCode: 'Q1', mergeType: 'FULL' },
      { oldProvinceCode: 'P2', newProvinceCode: 'Q1', mergeType: 'PARTIAL' },
      { oldProvinceCode: 'P2', newProvinceCode: 'Q2', mergeType: 'PARTIAL' },
      { oldProvinceCode: 'P3', newProvinceCode: 'Q2', mergeType: 'PARTIAL' },
      { oldProvinceCode: 'P4', newProvinceCode: 'Q2', mergeType: 'PARTIAL' },
      { oldProvinceCode: 'P5', newProvinceCode: 'Q2', mergeType: 'PARTIAL' },
      { oldProvinceCode: 'P5', newProvinceCode: 'Q3', mergeType: 'PARTIAL' },
    ]);
  });

  it('an old province without any row in the table has no successor', () => {
    expect(deriveProvinceSuccessions([{ code: 'x', provinceCode: 'P9' }], [])).toEqual([]);
  });
});

/** A small three-level list: two provinces, three districts, six communes. */
const SMALL_LIST = `Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp
Tỉnh Hà Giang,02,Thành phố Hà Giang,024,Phường Quang Trung,00688,Phường
Tỉnh Hà Giang,02,Thành phố Hà Giang,024,Phường Trần Phú,00691,Phường
Tỉnh Tuyên Quang,08,Huyện Sơn Dương,076,Thị trấn Sơn Dương,02536,Thị trấn
Tỉnh Tuyên Quang,08,Huyện Sơn Dương,076,Xã Tú Thịnh,02560,Xã
Tỉnh Tuyên Quang,08,Thành phố Tuyên Quang,070,Xã Kim Phú,02497,Xã
Tỉnh Tuyên Quang,08,Thành phố Tuyên Quang,070,Phường Mỹ Lâm,02509,Phường
`;

const SMALL_MERGES_HEADER = 'new_province_code,new_province_name,new_commune_code,new_commune_name,old_commune_code,old_commune_name,merge_type';
/** Hà Giang joins Tuyên Quang (code 08); Kim Phú is shared out between two new wards. */
const SMALL_MERGES = `${SMALL_MERGES_HEADER}
08,Tỉnh Tuyên Quang,00688,Phường Hà Giang 1,00688,Phường Quang Trung,full
08,Tỉnh Tuyên Quang,00688,Phường Hà Giang 1,00691,Phường Trần Phú,full
08,Tỉnh Tuyên Quang,02536,Xã Sơn Dương,02536,Thị trấn Sơn Dương,full
08,Tỉnh Tuyên Quang,02536,Xã Sơn Dương,02560,Xã Tú Thịnh,full
08,Tỉnh Tuyên Quang,02509,Phường Mỹ Lâm,02509,Phường Mỹ Lâm,full
08,Tỉnh Tuyên Quang,02509,Phường Mỹ Lâm,02497,Xã Kim Phú,partial
08,Tỉnh Tuyên Quang,02215,Phường Minh Xuân,02497,Xã Kim Phú,partial
08,Tỉnh Tuyên Quang,11948,Đặc khu Bạch Long Vĩ,318,Huyện Bạch Long Vĩ,full
`;

describe('importReorganisation on a small list', () => {
  let t: TestHub;
  let client: CheckedClient;
  let admin: string;

  beforeEach(async () => {
    t = await startTestHub({ now: '2025-06-20T02:00:00Z' });
    client = new CheckedClient(t);
    admin = await t.login(ADMIN.username, ADMIN.password);
    await t.ok(ImportUnitsDocument, { csv: SMALL_LIST }, admin);
  });
  afterEach(() => t.close());

  async function countAt(at: string, level: UnitLevel): Promise<number> {
    return (await t.ok(UnitsAtDocument, { level, at, first: 1 }, admin)).units.totalCount;
  }

  it('closes the old map, opens the new one, links both ways, and a second import changes nothing', async () => {
    const first = await t.ok(ImportReorganisationDocument, { csv: SMALL_MERGES, effectiveOn: ON }, admin);
    expect(first.importReorganisation).toEqual({
      effectiveOn: ON,
      accountsMoved: 0,
      accountsNotMoved: 0,
      provincesClosed: 2,
      districtsClosed: 3,
      communesClosed: 6,
      provincesCreated: 1,
      communesCreated: 5,
      updated: 0,
      successions: 7 + 2,
      provinceSuccessions: 2,
      fullMerges: 5 + 2,
      partialMerges: 2,
      skippedOldCodes: ['318'],
      warnings: [expect.stringMatching(/^Dòng 9: .*318.*Huyện Bạch Long Vĩ.*30\/06\/2025/)],
      unchanged: false,
    });
    expect([await countAt(DAY_BEFORE, 'PROVINCE'), await countAt(DAY_BEFORE, 'DISTRICT'), await countAt(DAY_BEFORE, 'COMMUNE')]).toEqual([2, 3, 6]);
    expect([await countAt(ON, 'PROVINCE'), await countAt(ON, 'DISTRICT'), await countAt(ON, 'COMMUNE')]).toEqual([1, 0, 5]);

    const tq = (await t.ok(UnitAtDocument, { code: '08', at: ON }, admin)).unit;
    expect(tq).toMatchObject({ name: 'Tỉnh Tuyên Quang', type: 'Tỉnh', level: 'PROVINCE', validFrom: ON, validTo: null, parent: null });
    expect(tq.children.map((c) => [c.code, c.type])).toEqual([
      ['00688', 'Phường'],
      ['02215', 'Phường'],
      ['02509', 'Phường'],
      ['02536', 'Xã'],
      ['11948', 'Đặc khu'],
    ]);
    // Hà Giang and the old Tuyên Quang both went wholly into the new Tuyên Quang
    expect(tq.predecessors.map((p) => [p.unit.code, p.unit.name, p.mergeType, p.unit.validTo])).toEqual([
      ['02', 'Tỉnh Hà Giang', 'FULL', DAY_BEFORE],
      ['08', 'Tỉnh Tuyên Quang', 'FULL', DAY_BEFORE],
    ]);
    const oldTq = (await t.ok(UnitAtDocument, { code: '08', at: DAY_BEFORE }, admin)).unit;
    expect(oldTq.id).not.toBe(tq.id);
    expect(oldTq.children.map((c) => c.code)).toEqual(['070', '076']);
    expect(oldTq.successors.map((s) => [s.unit.id, s.mergeType, s.effectiveOn])).toEqual([[tq.id, 'FULL', ON]]);

    const kimPhu = (await t.ok(UnitAtDocument, { code: '02497', at: DAY_BEFORE }, admin)).unit;
    expect(kimPhu.successors.map((s) => [s.unit.code, s.mergeType])).toEqual([
      ['02215', 'PARTIAL'],
      ['02509', 'PARTIAL'],
    ]);
    const island = (await t.ok(UnitAtDocument, { code: '11948', at: ON }, admin)).unit;
    expect(island).toMatchObject({ name: 'Đặc khu Bạch Long Vĩ', type: 'Đặc khu', parent: { code: '08' }, predecessors: [] });

    const again = await t.ok(ImportReorganisationDocument, { csv: SMALL_MERGES, effectiveOn: ON }, admin);
    expect(again.importReorganisation).toMatchObject({
      provincesClosed: 0,
      districtsClosed: 0,
      communesClosed: 0,
      provincesCreated: 0,
      communesCreated: 0,
      updated: 0,
      successions: 0,
      skippedOldCodes: ['318'],
      unchanged: true,
    });
    expect([await countAt(ON, 'PROVINCE'), await countAt(ON, 'COMMUNE'), await countAt(DAY_BEFORE, 'COMMUNE')]).toEqual([1, 5, 6]);
  });

  it('a corrected table imported again renames in place and adds what is new', async () => {
    await t.ok(ImportReorganisationDocument, { csv: SMALL_MERGES, effectiveOn: ON }, admin);
    const corrected = SMALL_MERGES.replace(/Phường Hà Giang 1/g, 'Phường Hà Giang 2') + '08,Tỉnh Tuyên Quang,02560,Xã Tú Thịnh,02560,Xã Tú Thịnh,partial\n';
    // Tú Thịnh now both went wholly to Sơn Dương and partly to a new commune: refused with both lines
    const refused = await client.refused(ImportReorganisationDocument, { csv: corrected, effectiveOn: ON }, admin, 'BAD_USER_INPUT', 'importReorganisation');
    expect(refused.errors![0].message).toMatch(/Dòng 10: .*02560.*dòng 5/);
    const fixed = corrected.replace('02536,Xã Sơn Dương,02560,Xã Tú Thịnh,full', '02536,Xã Sơn Dương,02560,Xã Tú Thịnh,partial');
    const result = await t.ok(ImportReorganisationDocument, { csv: fixed, effectiveOn: ON }, admin);
    // one rename, one link FULL → PARTIAL; one new commune and its link
    expect(result.importReorganisation).toMatchObject({ communesCreated: 1, updated: 2, successions: 1, unchanged: false });
    expect((await t.ok(UnitAtDocument, { code: '00688', at: ON }, admin)).unit.name).toBe('Phường Hà Giang 2');
    const tuThinh = (await t.ok(UnitAtDocument, { code: '02560', at: DAY_BEFORE }, admin)).unit;
    expect(tuThinh.successors.map((s) => [s.unit.code, s.mergeType])).toEqual([
      ['02536', 'PARTIAL'],
      ['02560', 'PARTIAL'],
    ]);
  });

  it.each([
    ['a header it does not know', 'code,name\n01,x\n', /Dòng 1: không nhận ra dòng tiêu đề/],
    ['no data rows', `${SMALL_MERGES_HEADER}\n`, /không có dòng dữ liệu/],
    ['an unknown merge type', SMALL_MERGES.replace('Phường Trần Phú,full', 'Phường Trần Phú,whole'), /Dòng 3: kiểu sáp nhập "whole" không hợp lệ/],
    ['a malformed commune code', SMALL_MERGES.replace('08,Tỉnh Tuyên Quang,02536,Xã Sơn Dương,02536', '08,Tỉnh Tuyên Quang,0253x,Xã Sơn Dương,02536'), /Dòng 4: thiếu hoặc sai mã\/tên xã mới/],
    ['a missing old code', SMALL_MERGES.replace('Xã Sơn Dương,02560,Xã Tú Thịnh', 'Xã Sơn Dương,,Xã Tú Thịnh'), /Dòng 5: thiếu hoặc sai mã xã cũ/],
    ['a new commune under two provinces', SMALL_MERGES.replace('08,Tỉnh Tuyên Quang,00688,Phường Hà Giang 1,00691', '02,Tỉnh Hà Giang,00688,Phường Hà Giang 1,00691'), /Dòng 3: xã mới 00688 .*tỉnh 08 ở dòng 2.*tỉnh 02/],
    ['one province code with two names', SMALL_MERGES.replace('08,Tỉnh Tuyên Quang,02509,Phường Mỹ Lâm,02509', '08,Tỉnh Hà Tuyên,02509,Phường Mỹ Lâm,02509'), /Dòng 6: tỉnh mã 08 đã ghi tên "Tỉnh Tuyên Quang" ở dòng 2/],
    ['an old commune merged wholly twice', `${SMALL_MERGES}08,Tỉnh Tuyên Quang,02215,Phường Minh Xuân,02560,Xã Tú Thịnh,full\n`, /Dòng 10: xã cũ 02560 .*02536 ở dòng 5/],
    ['the same pair with two merge types', `${SMALL_MERGES}08,Tỉnh Tuyên Quang,02509,Phường Mỹ Lâm,02509,Phường Mỹ Lâm,partial\n`, /Dòng 10: xã cũ 02509 vào xã mới 02509 đã ghi kiểu "full" ở dòng 6/],
  ])('refuses %s with BAD_USER_INPUT naming the line, and changes nothing', async (_label, csv, message) => {
    const result = await client.refused(ImportReorganisationDocument, { csv, effectiveOn: ON }, admin, 'BAD_USER_INPUT', 'importReorganisation');
    expect(result.errors![0].message).toMatch(message);
    expect([await countAt(ON, 'PROVINCE'), await countAt(ON, 'DISTRICT'), await countAt(ON, 'COMMUNE')]).toEqual([2, 3, 6]);
  });

  it('refuses a day that is not a date, and a non-admin', async () => {
    for (const effectiveOn of ['2025-02-30', '01/07/2025', '']) {
      await client.refused(ImportReorganisationDocument, { csv: SMALL_MERGES, effectiveOn }, admin, 'BAD_USER_INPUT', 'importReorganisation');
    }
    await client.refused(ImportReorganisationDocument, { csv: SMALL_MERGES, effectiveOn: ON }, null, 'UNAUTHENTICATED', 'importReorganisation');
    expect(await countAt(ON, 'COMMUNE')).toBe(6);
  });

  it('after the reorganisation, an older list or an earlier reorganisation is refused', async () => {
    await t.ok(ImportReorganisationDocument, { csv: SMALL_MERGES, effectiveOn: ON }, admin);
    const older = await client.refused(ImportUnitsDocument, { csv: SMALL_LIST }, admin, 'BAD_USER_INPUT', 'importUnits');
    expect(older.errors![0].message).toContain('01/07/2025');
    const earlier = await client.refused(ImportReorganisationDocument, { csv: SMALL_MERGES, effectiveOn: '2025-06-01' }, admin, 'BAD_USER_INPUT', 'importReorganisation');
    expect(earlier.errors![0].message).toContain('01/07/2025');
    expect([await countAt(ON, 'PROVINCE'), await countAt(ON, 'COMMUNE'), await countAt(DAY_BEFORE, 'COMMUNE')]).toEqual([1, 5, 6]);
  });
});

/** What the two files say, counted here independently of the import. */
function readFacts() {
  const old = parse(readFileSync(OLD_LIST, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
  const merges = parse(readFileSync(MERGES, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
  const oldCommunes = new Map(old.map((r) => [r['Mã PX'], r]));
  const newCommunes = new Map(merges.map((r) => [r.new_commune_code, r]));
  const known = merges.filter((r) => oldCommunes.has(r.old_commune_code));
  return {
    merges,
    oldCommunesOf: (province: string) => old.filter((r) => r['Mã TP'] === province).length,
    oldDistrictsOf: (province: string) => new Set(old.filter((r) => r['Mã TP'] === province).map((r) => r['Mã QH'])).size,
    newCommunesOf: (province: string) => [...newCommunes.values()].filter((r) => r.new_province_code === province).length,
    knownRows: known.length,
    knownFull: known.filter((r) => r.merge_type === 'full').length,
    knownPartial: known.filter((r) => r.merge_type === 'partial').length,
    unknownOldCodes: [...new Set(merges.filter((r) => !oldCommunes.has(r.old_commune_code)).map((r) => r.old_commune_code))].sort(),
    newCodesAlsoOld: [...newCommunes.keys()].filter((c) => oldCommunes.has(c)).length,
    newCodesOfUnabsorbed: [...newCommunes.keys()].filter(
      (c) => oldCommunes.has(c) && !merges.some((r) => r.new_commune_code === c && r.old_commune_code === c),
    ),
  };
}

describe('the 01/07/2025 reorganisation over the 01/03/2025 list', () => {
  let t: TestHub;
  let client: CheckedClient;
  let admin: string;
  let facts: ReturnType<typeof readFacts>;
  let campaign2024: string;
  /** Report id → unit id of the 2024 round, as created before the reorganisation. */
  const unitOfReport2024 = new Map<string, string>();
  let result: Awaited<ReturnType<typeof importMerges>>;

  async function importMerges() {
    return (await t.ok(ImportReorganisationDocument, { csv: readFileSync(MERGES, 'utf8'), effectiveOn: ON }, admin)).importReorganisation;
  }

  async function allReports(campaignId: string): Promise<ReportUnitsQuery['reports']['edges'][number]['node'][]> {
    const out: ReportUnitsQuery['reports']['edges'][number]['node'][] = [];
    let after: string | null = null;
    for (;;) {
      const page: ReportUnitsQuery = await t.ok(ReportUnitsDocument, { campaignId, first: 500, after }, admin);
      out.push(...page.reports.edges.map((e) => e.node));
      if (!page.reports.pageInfo.hasNextPage) return out;
      after = page.reports.pageInfo.endCursor ?? null;
    }
  }

  async function countAt(at: string, level: UnitLevel, parentCode: string | null = null): Promise<number> {
    return (await t.ok(UnitsAtDocument, { level, at, parentCode, first: 1 }, admin)).units.totalCount;
  }

  beforeAll(async () => {
    facts = readFacts();
    t = await startTestHub({ now: '2025-06-20T02:00:00Z', tokenTtlSeconds: 24 * 3600 });
    client = new CheckedClient(t);
    admin = await t.login(ADMIN.username, ADMIN.password);
    await t.ok(ImportUnitsDocument, { csv: readFileSync(OLD_LIST, 'utf8') }, admin);
    // The 2024 round of Yên Bái (code 15, which Lào Cai's new province takes over) opens before the reorganisation.
    const created = await t.ok(
      CreateCampaignDocument,
      {
        input: {
          name: 'Báo cáo kết quả thực hiện BHYT năm 2024',
          templateCode: 'BHYT_COVERAGE',
          periodStart: '2023-12-15',
          periodEnd: '2024-12-14',
          rootUnitCode: '15',
          levels: ['COMMUNE', 'DISTRICT', 'PROVINCE'],
          deadlines: [
            { level: 'COMMUNE', dueAt: '2025-07-10T00:00:00+07:00' },
            { level: 'DISTRICT', dueAt: '2025-07-20T00:00:00+07:00' },
            { level: 'PROVINCE', dueAt: '2025-08-01T00:00:00+07:00' },
          ],
        },
      },
      admin,
    );
    campaign2024 = created.createCampaign.id;
    for (const r of await allReports(campaign2024)) unitOfReport2024.set(r.id, r.unit.id);

    const started = process.hrtime.bigint();
    result = await importMerges();
    console.log(`importReorganisation of dvhc-2025-07-01-merges.csv (${facts.merges.length} rows): ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(2)} s`);
  }, 300_000);
  afterAll(() => t.close());

  it('the files: new codes that are old codes, codes the old list lacks', () => {
    expect(facts.merges).toHaveLength(10604);
    expect(facts.newCodesAlsoOld).toBe(3316);
    expect(facts.newCodesOfUnabsorbed).toEqual(['23710', '23737']);
    // the island districts without communes, which the 01/03/2025 list leaves out
    expect(facts.unknownOldCodes).toEqual(['318', '471', '498', '536', '755']);
  });

  it('closes 63 provinces, 691 districts and 10,047 communes; opens 34 provinces and 3,321 communes; links them', () => {
    expect(result).toEqual({
      effectiveOn: ON,
      accountsMoved: 0,
      accountsNotMoved: 0,
      provincesClosed: 63,
      districtsClosed: 691,
      communesClosed: 10047,
      provincesCreated: 34,
      communesCreated: 3321,
      updated: 0,
      successions: facts.knownRows + 64,
      provinceSuccessions: 64,
      // Every old province went wholly into one new province but An Giang (89), shared with Đồng Tháp (82).
      fullMerges: facts.knownFull + 62,
      partialMerges: facts.knownPartial + 2,
      skippedOldCodes: facts.unknownOldCodes,
      warnings: facts.unknownOldCodes.map((code) => expect.stringContaining(`mã ${code}`)),
      unchanged: false,
    });
    expect([facts.knownRows, facts.knownFull, facts.knownPartial]).toEqual([10599, 9587, 1012]);
  });

  it('34 provinces and 3,321 communes on 01/07/2025, no district; 63 / 691 / 10,047 on 30/06/2025', async () => {
    expect([await countAt(ON, 'PROVINCE'), await countAt(ON, 'DISTRICT'), await countAt(ON, 'COMMUNE')]).toEqual([34, 0, 3321]);
    expect([await countAt(DAY_BEFORE, 'PROVINCE'), await countAt(DAY_BEFORE, 'DISTRICT'), await countAt(DAY_BEFORE, 'COMMUNE')]).toEqual([63, 691, 10047]);
  });

  it('never two units with the same level and code valid on the same day', async () => {
    const em = t.hub.orm.em.fork() as EntityManager;
    const overlaps = await em.execute(
      `select a.level, a.code, a.valid_from as a_from, a.valid_to as a_to, b.valid_from as b_from, b.valid_to as b_to
         from administrative_unit a join administrative_unit b on b.level = a.level and b.code = a.code and b.id > a.id
        where coalesce(a.valid_from, '0000-00-00') <= coalesce(b.valid_to, '9999-12-31')
          and coalesce(b.valid_from, '0000-00-00') <= coalesce(a.valid_to, '9999-12-31')`,
    );
    expect(overlaps).toEqual([]);
    const [{ n }] = await em.execute(`select count(*) as n from administrative_unit a join administrative_unit b on b.level = a.level and b.code = a.code and b.id > a.id`);
    expect(Number(n)).toBe(34 + 3316); // the codes that live on, each in two rows
  });

  it('unit(code, at) gives the unit of that day: 15 is Yên Bái until 30/06/2025, Lào Cai from 01/07/2025', async () => {
    const yenBai = (await t.ok(UnitAtDocument, { code: '15', at: DAY_BEFORE }, admin)).unit;
    const laoCai = (await t.ok(UnitAtDocument, { code: '15', at: ON }, admin)).unit;
    expect(yenBai).toMatchObject({ name: 'Tỉnh Yên Bái', validTo: DAY_BEFORE });
    expect(laoCai).toMatchObject({ name: 'Tỉnh Lào Cai', type: 'Tỉnh', validFrom: ON, validTo: null });
    expect(laoCai.predecessors.map((p) => [p.unit.code, p.unit.name, p.mergeType])).toEqual([
      ['10', 'Tỉnh Lào Cai', 'FULL'],
      ['15', 'Tỉnh Yên Bái', 'FULL'],
    ]);
    expect(yenBai.successors.map((s) => [s.unit.id, s.mergeType])).toEqual([[laoCai.id, 'FULL']]);
    const anGiang = (await t.ok(UnitAtDocument, { code: '89', at: DAY_BEFORE }, admin)).unit;
    expect(anGiang.successors.map((s) => [s.unit.code, s.unit.name, s.mergeType])).toEqual([
      ['82', 'Tỉnh Đồng Tháp', 'PARTIAL'],
      ['91', 'Tỉnh An Giang', 'PARTIAL'],
    ]);
    const hcm = (await t.ok(UnitAtDocument, { code: '79', at: ON }, admin)).unit;
    expect(hcm).toMatchObject({ name: 'Thành phố Hồ Chí Minh', type: 'Thành phố' });
    expect(hcm.predecessors.map((p) => p.unit.code)).toEqual(['74', '77', '79']);
  });

  it('Phường Ba Đình (00004) lists the old wards it took in, wholly or in part', async () => {
    const baDinh = (await t.ok(UnitAtDocument, { code: '00004', at: ON }, admin)).unit;
    expect(baDinh).toMatchObject({ name: 'Phường Ba Đình', type: 'Phường', level: 'COMMUNE', parent: { code: '01' } });
    const expected = facts.merges.filter((r) => r.new_commune_code === '00004').map((r) => [r.old_commune_code, r.old_commune_name, r.merge_type.toUpperCase()]);
    expect(baDinh.predecessors.map((p) => [p.unit.code, p.unit.name, p.mergeType])).toEqual(expected);
    // the file gives Ba Đình 10 old wards: Trúc Bạch and Quán Thánh wholly, eight others in part
    expect(baDinh.predecessors.filter((p) => p.mergeType === 'FULL').map((p) => p.unit.name)).toEqual(['Phường Trúc Bạch', 'Phường Quán Thánh']);
    expect(baDinh.predecessors.filter((p) => p.mergeType === 'PARTIAL')).toHaveLength(8);
    expect(baDinh.predecessors.every((p) => p.unit.validTo === DAY_BEFORE)).toBe(true);
    // the old Trúc Bạch (same code) is another row, closed
    const trucBach = (await t.ok(UnitAtDocument, { code: '00004', at: DAY_BEFORE }, admin)).unit;
    expect(trucBach).toMatchObject({ name: 'Phường Trúc Bạch', validTo: DAY_BEFORE, parent: { code: '001' } });
    expect(trucBach.successors.map((s) => [s.unit.id, s.mergeType])).toEqual([[baDinh.id, 'FULL']]);
  });

  it('a new commune may carry the code of an old one it did not absorb; island zones have no predecessor here', async () => {
    const iaBang = (await t.ok(UnitAtDocument, { code: '23710', at: ON }, admin)).unit;
    expect(iaBang.name).toBe('Xã Ia Băng');
    expect(iaBang.predecessors.map((p) => p.unit.code)).not.toContain('23710');
    const aDok = (await t.ok(UnitAtDocument, { code: '23710', at: DAY_BEFORE }, admin)).unit;
    expect(aDok.name).toBe('Xã A Dơk');
    expect(aDok.successors.map((s) => s.unit.id)).not.toContain(iaBang.id);
    const conDao = (await t.ok(UnitAtDocument, { code: '26732', at: ON }, admin)).unit;
    expect(conDao).toMatchObject({ name: 'Đặc khu Côn Đảo', type: 'Đặc khu', parent: { code: '79' }, predecessors: [] });
  });

  it('units(parentCode, level: COMMUNE, at) and children(at) follow the day asked', async () => {
    expect(await countAt(ON, 'COMMUNE', '01')).toBe(facts.newCommunesOf('01'));
    expect(await countAt(DAY_BEFORE, 'COMMUNE', '01')).toBe(facts.oldCommunesOf('01'));
    expect(await countAt(ON, 'COMMUNE', '15')).toBe(facts.newCommunesOf('15'));
    expect(await countAt(DAY_BEFORE, 'COMMUNE', '15')).toBe(facts.oldCommunesOf('15'));
    const newPage = await t.ok(UnitsAtDocument, { parentCode: '01', level: 'COMMUNE', at: ON, first: 500 }, admin);
    expect(newPage.units.edges.every((e) => e.node.validFrom === ON && e.node.parent?.code === '01')).toBe(true);
    const oldPage = await t.ok(UnitsAtDocument, { parentCode: '01', level: 'COMMUNE', at: DAY_BEFORE, first: 500 }, admin);
    expect(oldPage.units.edges.every((e) => e.node.validTo === DAY_BEFORE && e.node.parent!.code.length === 3)).toBe(true);

    const after = (await t.ok(UnitTreeDocument, { code: '01', at: ON }, admin)).unit;
    expect(after.children).toHaveLength(facts.newCommunesOf('01'));
    expect(after.children.every((c) => c.code.length === 5 && c.children.length === 0)).toBe(true);
    const before = (await t.ok(UnitTreeDocument, { code: '01', at: DAY_BEFORE }, admin)).unit;
    expect(before.children).toHaveLength(facts.oldDistrictsOf('01'));
    expect(before.children.reduce((n, d) => n + d.children.length, 0)).toBe(facts.oldCommunesOf('01'));
  });

  it('predecessors and successors of a page of units cost the same statements for 5 units as for 300', async () => {
    const run = async (first: number) => {
      t.counter.reset();
      const page = await t.ok(UnitsLineageDocument, { parentCode: '01', level: 'COMMUNE', at: ON, first }, admin);
      return { page, statements: t.counter.reset() };
    };
    const small = await run(5);
    const large = await run(300);
    console.log(`units with predecessors and successors: 5 → ${small.statements} statements, 300 → ${large.statements} statements`);
    expect(large.page.units.edges).toHaveLength(Math.min(300, facts.newCommunesOf('01')));
    expect(large.page.units.edges.every((e) => e.node.predecessors.length > 0 && e.node.successors.length === 0)).toBe(true);
    expect(large.statements).toBe(small.statements);
  });

  it('predecessorsOf(em, ids) gives each successor its predecessors with the merge type', async () => {
    const em = t.hub.orm.em.fork() as EntityManager;
    const baDinh = (await t.ok(UnitAtDocument, { code: '00004', at: ON }, admin)).unit;
    const trucBach = (await t.ok(UnitAtDocument, { code: '00004', at: DAY_BEFORE }, admin)).unit;
    const map = await t.hub.services.units.predecessorsOf(em, [Number(baDinh.id), Number(trucBach.id)]);
    expect(map.get(Number(trucBach.id))).toEqual([]);
    const list = map.get(Number(baDinh.id))!;
    expect(list).toHaveLength(10);
    expect(list[0]).toEqual({ predecessorId: Number(trucBach.id), mergeType: 'FULL' });
    expect(list.filter((p) => p.mergeType === 'PARTIAL')).toHaveLength(8);
  });

  it('a two-level round for 2025 takes the new units', async () => {
    const created = await t.ok(
      CreateCampaignDocument,
      {
        input: {
          name: 'Báo cáo kết quả thực hiện BHYT năm 2025',
          templateCode: 'BHYT_COVERAGE',
          periodStart: '2024-12-15',
          periodEnd: '2025-12-14',
          rootUnitCode: '15',
          levels: ['PROVINCE', 'COMMUNE'],
          deadlines: [
            { level: 'COMMUNE', dueAt: '2026-01-10T00:00:00+07:00' },
            { level: 'PROVINCE', dueAt: '2026-02-01T00:00:00+07:00' },
          ],
        },
      },
      admin,
    );
    expect(created.createCampaign.rootUnit?.code).toBe('15');
    const reports = await allReports(created.createCampaign.id);
    expect(reports).toHaveLength(1 + facts.newCommunesOf('15'));
    expect(reports.every((r) => r.unit.validFrom === ON && r.unit.validTo === null)).toBe(true);
    expect(reports.find((r) => r.level === 'PROVINCE')!.unit.name).toBe('Tỉnh Lào Cai');
  });

  it('a three-level round for 2025 is refused: no district is valid at the end of the period', async () => {
    const refused = await client.refused(
      CreateCampaignDocument,
      {
        input: {
          name: 'Báo cáo ba cấp năm 2025',
          templateCode: 'BHYT_COVERAGE',
          periodStart: '2024-12-15',
          periodEnd: '2025-12-14',
          rootUnitCode: '15',
          levels: ['COMMUNE', 'DISTRICT', 'PROVINCE'],
          deadlines: [
            { level: 'COMMUNE', dueAt: '2026-01-10T00:00:00+07:00' },
            { level: 'DISTRICT', dueAt: '2026-01-20T00:00:00+07:00' },
            { level: 'PROVINCE', dueAt: '2026-02-01T00:00:00+07:00' },
          ],
        },
      },
      admin,
      'BAD_USER_INPUT',
      'createCampaign',
    );
    expect(refused.errors![0].message).toContain('Không có đơn vị cấp huyện nào');
    expect(refused.errors![0].message).toContain('14/12/2025');
  });

  it("the 2024 round opened before the reorganisation keeps every report on its old unit", async () => {
    const reports = await allReports(campaign2024);
    expect(reports).toHaveLength(1 + facts.oldDistrictsOf('15') + facts.oldCommunesOf('15'));
    expect(new Map(reports.map((r) => [r.id, r.unit.id]))).toEqual(unitOfReport2024);
    expect(reports.every((r) => r.unit.validTo === DAY_BEFORE && r.unitCode === r.unit.code)).toBe(true);
    expect(reports.find((r) => r.level === 'PROVINCE')!.unit.name).toBe('Tỉnh Yên Bái');
    expect(reports.filter((r) => r.level === 'DISTRICT')).toHaveLength(facts.oldDistrictsOf('15'));
  });

  it('importing the same file again changes nothing and says so', async () => {
    const started = process.hrtime.bigint();
    const again = await importMerges();
    console.log(`re-import of the same merges: ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(2)} s`);
    expect(again).toEqual({
      ...result,
      provincesClosed: 0,
      districtsClosed: 0,
      communesClosed: 0,
      provincesCreated: 0,
      communesCreated: 0,
      successions: 0,
      provinceSuccessions: 0,
      fullMerges: 0,
      partialMerges: 0,
      unchanged: true,
    });
    expect([await countAt(ON, 'PROVINCE'), await countAt(ON, 'DISTRICT'), await countAt(ON, 'COMMUNE')]).toEqual([34, 0, 3321]);
    expect([await countAt(DAY_BEFORE, 'PROVINCE'), await countAt(DAY_BEFORE, 'DISTRICT'), await countAt(DAY_BEFORE, 'COMMUNE')]).toEqual([63, 691, 10047]);
  }, 120_000);
});

describe('the demo', () => {
  it("holds Tuyên Quang's share of the reorganisation, and its 2020 round stays on the old units", async () => {
    const t = await startTestHub({ seedDemo: true, now: '2021-01-15T02:00:00Z' });
    try {
      const admin = await t.login(ADMIN.username, ADMIN.password);
      const count = async (at: string, level: UnitLevel) => (await t.ok(UnitsAtDocument, { parentCode: '08', level, at, first: 1 }, admin)).units.totalCount;
      expect([await count(DAY_BEFORE, 'DISTRICT'), await count(DAY_BEFORE, 'COMMUNE')]).toEqual([2, 45]);
      expect([await count(ON, 'DISTRICT'), await count(ON, 'COMMUNE')]).toEqual([0, 15]);
      const province = (await t.ok(UnitAtDocument, { code: '08', at: ON }, admin)).unit;
      expect(province.predecessors.map((p) => [p.unit.code, p.mergeType, p.unit.validTo])).toEqual([['08', 'FULL', DAY_BEFORE]]);
      const tanTrao = (await t.ok(UnitAtDocument, { code: '02545', at: ON }, admin)).unit;
      expect(tanTrao.predecessors.map((p) => [p.unit.code, p.unit.name, p.mergeType])).toEqual([
        ['02539', 'Xã Trung Yên', 'FULL'],
        ['02545', 'Xã Tân Trào', 'FULL'],
      ]);
      const campaigns = await t.ok(CampaignsDocument, {}, admin);
      expect(campaigns.campaigns).toHaveLength(1);
      const reports = await t.ok(ReportUnitsDocument, { campaignId: campaigns.campaigns[0].id, first: 100 }, admin);
      expect(reports.reports.totalCount).toBe(48);
      expect(reports.reports.edges.every((e) => e.node.unit.validTo === DAY_BEFORE && e.node.unit.validFrom === null)).toBe(true);
    } finally {
      await t.close();
    }
  });
});
