import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ImportUnitsDocument, UnitDocument, UnitLevel, UnitsDocument, UnitsQuery } from './generated/graphql';
import { ADMIN, codes, startTestHub, TestHub } from './support/harness';

/**
 * The administrative-unit list through the real server: both export layouts of the statistics office,
 * lookups, paging and accent-free search, and the whole 01/03/2025 list.
 */

/** Older layout, no English column: two districts of Tuyên Quang and one of Hà Nội. */
const OLDER_CSV = `Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp
Thành phố Hà Nội,01,Quận Ba Đình,001,Phường Phúc Xá,00001,Phường
Thành phố Hà Nội,01,Quận Ba Đình,001,Phường Trúc Bạch,00004,Phường
Tỉnh Tuyên Quang,08,Huyện Yên Sơn,075,Xã Hùng Lợi,02455,Xã
Tỉnh Tuyên Quang,08,Huyện Yên Sơn,075,Thị trấn Yên Sơn,02473,Thị trấn
Tỉnh Tuyên Quang,08,Huyện Sơn Dương,076,Thị trấn Sơn Dương,02536,Thị trấn
Tỉnh Tuyên Quang,08,Huyện Sơn Dương,076,Xã Trung Yên,02539,Xã
Tỉnh Tuyên Quang,08,Huyện Sơn Dương,076,Xã Minh Thanh,02542,Xã
`;

/** The same units in the older layout with the English column. */
const OLDER_WITH_ENGLISH_CSV = `Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp,Tên Tiếng Anh
Thành phố Hà Nội,01,Quận Ba Đình,001,Phường Phúc Xá,00001,Phường,Phuc Xa Ward
Thành phố Hà Nội,01,Quận Ba Đình,001,Phường Trúc Bạch,00004,Phường,Truc Bach Ward
Tỉnh Tuyên Quang,08,Huyện Yên Sơn,075,Xã Hùng Lợi,02455,Xã,Hung Loi Commune
Tỉnh Tuyên Quang,08,Huyện Yên Sơn,075,Thị trấn Yên Sơn,02473,Thị trấn,Yen Son Township
Tỉnh Tuyên Quang,08,Huyện Sơn Dương,076,Thị trấn Sơn Dương,02536,Thị trấn,Son Duong Township
Tỉnh Tuyên Quang,08,Huyện Sơn Dương,076,Xã Trung Yên,02539,Xã,Trung Yen Commune
Tỉnh Tuyên Quang,08,Huyện Sơn Dương,076,Xã Minh Thanh,02542,Xã,Minh Thanh Commune
`;

/** The 2025 layout: the commune's code and name come first, then its district and province. */
const LAYOUT_2025_CSV = `Mã,Tên,Tên Tiếng Anh,Cấp,Mã QH,Quận Huyện,Mã TP,Tỉnh / Thành Phố
00001,Phường Phúc Xá,Phuc Xa Ward,Phường,001,Quận Ba Đình,01,Thành phố Hà Nội
00004,Phường Trúc Bạch,Truc Bach Ward,Phường,001,Quận Ba Đình,01,Thành phố Hà Nội
02455,Xã Hùng Lợi,Hung Loi Commune,Xã,075,Huyện Yên Sơn,08,Tỉnh Tuyên Quang
02473,Thị trấn Yên Sơn,Yen Son Township,Thị trấn,075,Huyện Yên Sơn,08,Tỉnh Tuyên Quang
02536,Thị trấn Sơn Dương,Son Duong Township,Thị trấn,076,Huyện Sơn Dương,08,Tỉnh Tuyên Quang
02539,Xã Trung Yên,Trung Yen Commune,Xã,076,Huyện Sơn Dương,08,Tỉnh Tuyên Quang
02542,Xã Minh Thanh,Minh Thanh Commune,Xã,076,Huyện Sơn Dương,08,Tỉnh Tuyên Quang
`;

/** Older headers in another order, with codes whose leading zeros a spreadsheet dropped. */
const SHUFFLED_UNPADDED_CSV = `Mã PX,Phường Xã,Cấp,Mã QH,Quận Huyện,Mã TP,Tỉnh Thành Phố
1,Phường Phúc Xá,Phường,1,Quận Ba Đình,1,Thành phố Hà Nội
4,Phường Trúc Bạch,Phường,1,Quận Ba Đình,1,Thành phố Hà Nội
2455,Xã Hùng Lợi,Xã,75,Huyện Yên Sơn,8,Tỉnh Tuyên Quang
2473,Thị trấn Yên Sơn,Thị trấn,75,Huyện Yên Sơn,8,Tỉnh Tuyên Quang
2536,Thị trấn Sơn Dương,Thị trấn,76,Huyện Sơn Dương,8,Tỉnh Tuyên Quang
2539,Xã Trung Yên,Xã,76,Huyện Sơn Dương,8,Tỉnh Tuyên Quang
2542,Xã Minh Thanh,Xã,76,Huyện Sơn Dương,8,Tỉnh Tuyên Quang
`;

/** What every layout above describes: 2 provinces, 3 districts, 7 communes. */
const EXPECTED = { provinces: 2, districts: 3, communes: 7 };
const ALL_CODES = ['00001', '00004', '001', '01', '02455', '02473', '02536', '02539', '02542', '075', '076', '08'];

const REAL_LIST = path.join(__dirname, '..', '..', 'shared', 'data', 'dvhc-2025-03-01.csv');

async function allCodes(t: TestHub, token: string): Promise<string[]> {
  const page = await t.ok(UnitsDocument, { first: 500 }, token);
  expect(page.units.pageInfo.hasNextPage).toBe(false);
  return page.units.edges.map((e) => e.node.code);
}

async function totalAt(t: TestHub, token: string, level: UnitLevel): Promise<number> {
  return (await t.ok(UnitsDocument, { level, first: 1 }, token)).units.totalCount;
}

describe('importUnits: both layouts of the statistics office export', () => {
  let t: TestHub;
  let admin: string;

  beforeEach(async () => {
    t = await startTestHub();
    admin = await t.login(ADMIN.username, ADMIN.password);
  });
  afterEach(() => t.close());

  it.each([
    ['older layout without the English column', OLDER_CSV],
    ['older layout with the English column', OLDER_WITH_ENGLISH_CSV],
    ['2025 layout', LAYOUT_2025_CSV],
    ['older layout, shuffled columns, leading zeros dropped', SHUFFLED_UNPADDED_CSV],
    ['2025 layout behind a UTF-8 BOM', '\uFEFF' + LAYOUT_2025_CSV],
  ])('%s: imports the same 2 provinces, 3 districts and 7 communes', async (_label, csv) => {
    const result = await t.ok(ImportUnitsDocument, { csv }, admin);
    expect(result.importUnits).toEqual({ ...EXPECTED, created: 12, updated: 0, unchanged: 0 });
    expect((await allCodes(t, admin)).sort()).toEqual(ALL_CODES);

    const commune = await t.ok(UnitDocument, { code: '02539' }, admin);
    expect(commune.unit).toMatchObject({ code: '02539', name: 'Xã Trung Yên', type: 'Xã', level: 'COMMUNE', parent: { code: '076', name: 'Huyện Sơn Dương' } });
    const ward = await t.ok(UnitDocument, { code: '00001' }, admin);
    expect(ward.unit).toMatchObject({ name: 'Phường Phúc Xá', type: 'Phường', parent: { code: '001', name: 'Quận Ba Đình' } });
    const province = await t.ok(UnitDocument, { code: '01' }, admin);
    expect(province.unit).toMatchObject({ name: 'Thành phố Hà Nội', type: 'Thành phố', level: 'PROVINCE', parent: null });
  });

  it('restores leading zeros a spreadsheet dropped ("8" → "08", "76" → "076", "2536" → "02536")', async () => {
    await t.ok(ImportUnitsDocument, { csv: SHUFFLED_UNPADDED_CSV }, admin);
    for (const code of ['8', '76', '2536']) {
      expect(codes(await t.request(UnitDocument, { code }, admin))).toEqual(['NOT_FOUND']);
    }
    const township = await t.ok(UnitDocument, { code: '02536' }, admin);
    expect(township.unit).toMatchObject({ code: '02536', type: 'Thị trấn', parent: { code: '076' } });
    const district = await t.ok(UnitDocument, { code: '076' }, admin);
    expect(district.unit.parent).toEqual({ code: '08', name: 'Tỉnh Tuyên Quang' });
  });

  it('re-importing the same list changes nothing, whichever layout it comes in', async () => {
    await t.ok(ImportUnitsDocument, { csv: OLDER_CSV }, admin);
    const before = await allCodes(t, admin);
    for (const csv of [OLDER_CSV, LAYOUT_2025_CSV, SHUFFLED_UNPADDED_CSV]) {
      const again = await t.ok(ImportUnitsDocument, { csv }, admin);
      expect(again.importUnits).toEqual({ ...EXPECTED, created: 0, updated: 0, unchanged: 12 });
    }
    expect(await allCodes(t, admin)).toEqual(before);
    expect(await totalAt(t, admin, 'COMMUNE')).toBe(7);
    expect(await totalAt(t, admin, 'DISTRICT')).toBe(3);
    expect(await totalAt(t, admin, 'PROVINCE')).toBe(2);
  });

  it('a renamed unit is updated in place, keeping its code, parent and children', async () => {
    await t.ok(ImportUnitsDocument, { csv: OLDER_CSV }, admin);
    const id = (await t.ok(UnitDocument, { code: '076' }, admin)).unit.id;
    const renamed = OLDER_CSV.replace(/Huyện Sơn Dương/g, 'Thị xã Sơn Dương').replace('Xã Minh Thanh', 'Xã Minh Thanh Mới');
    const result = await t.ok(ImportUnitsDocument, { csv: renamed }, admin);
    expect(result.importUnits).toMatchObject({ created: 0, updated: 2, unchanged: 10 });

    const district = await t.ok(UnitDocument, { code: '076' }, admin);
    expect(district.unit).toMatchObject({ id, name: 'Thị xã Sơn Dương', type: 'Thị xã', parent: { code: '08' } });
    expect(district.unit.children.map((c) => c.code)).toEqual(['02536', '02539', '02542']);
    expect((await t.ok(UnitDocument, { code: '02542' }, admin)).unit.name).toBe('Xã Minh Thanh Mới');
    // search follows the new name
    const found = await t.ok(UnitsDocument, { search: 'minh thanh moi' }, admin);
    expect(found.units.edges.map((e) => e.node.code)).toEqual(['02542']);
  });

  it('a header it cannot read is refused as BAD_USER_INPUT naming line 1, and nothing is imported', async () => {
    const garbage = `Province,Code,Something else\nThành phố Hà Nội,01,x\n`;
    const res = await t.request(ImportUnitsDocument, { csv: garbage }, admin);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].message).toContain('Dòng 1');
    expect(await allCodes(t, admin)).toEqual([]);
  });

  it('a row with a missing commune code is refused naming its line; the other rows are not imported', async () => {
    const missing = OLDER_CSV.replace('Xã Trung Yên,02539,Xã', 'Xã Trung Yên,,Xã');
    const res = await t.request(ImportUnitsDocument, { csv: missing }, admin);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].message).toContain('Dòng 7');
    expect(await allCodes(t, admin)).toEqual([]);
  });

  it('line numbers in messages count blank lines the parser skipped', async () => {
    const lines = OLDER_CSV.split('\n');
    lines.splice(2, 0, '', ''); // two blank lines after the first data row
    const csv = lines.join('\n').replace('Xã Minh Thanh,02542,Xã', 'Xã Minh Thanh,0254x,Xã');
    const res = await t.request(ImportUnitsDocument, { csv }, admin);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].message).toContain('Dòng 10');
    expect(res.errors![0].extensions?.problems).toEqual([expect.stringMatching(/^Dòng 10: /)]);
  });

  it('a district row with neither commune code nor name (an island district) imports the district alone', async () => {
    const csv = `${OLDER_CSV}Thành phố Hải Phòng,31,Huyện Bạch Long Vĩ,318,,,\n`;
    const result = await t.ok(ImportUnitsDocument, { csv }, admin);
    expect(result.importUnits).toMatchObject({ provinces: 3, districts: 4, communes: 7, created: 14 });
    const island = (await t.ok(UnitDocument, { code: '318' }, admin)).unit;
    expect(island).toMatchObject({ name: 'Huyện Bạch Long Vĩ', type: 'Huyện', parent: { code: '31' }, children: [] });
  });

  it('a row with a missing district or province code is refused naming its line', async () => {
    const noDistrict = OLDER_CSV.replace('Huyện Yên Sơn,075,Xã Hùng Lợi', 'Huyện Yên Sơn,,Xã Hùng Lợi');
    const a = await t.request(ImportUnitsDocument, { csv: noDistrict }, admin);
    expect(codes(a)).toEqual(['BAD_USER_INPUT']);
    expect(a.errors![0].message).toContain('Dòng 4');
    const noProvince = LAYOUT_2025_CSV.replace('075,Huyện Yên Sơn,08,Tỉnh Tuyên Quang\n02473', '075,Huyện Yên Sơn,,Tỉnh Tuyên Quang\n02473');
    const b = await t.request(ImportUnitsDocument, { csv: noProvince }, admin);
    expect(codes(b)).toEqual(['BAD_USER_INPUT']);
    expect(b.errors![0].message).toContain('Dòng 4');
    expect(await allCodes(t, admin)).toEqual([]);
  });

  it('a refusal found while storing rolls back what the same import already wrote', async () => {
    await t.ok(ImportUnitsDocument, { csv: OLDER_CSV }, admin);
    const before = await allCodes(t, admin);
    // A new province and district, then Trung Yên moved under Yên Sơn: a boundary change the import refuses.
    const moved = `Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp
Tỉnh Hải Dương,30,Huyện Thanh Hà,294,Thị trấn Thanh Hà,10813,Thị trấn
Tỉnh Tuyên Quang,08,Huyện Yên Sơn,075,Xã Trung Yên,02539,Xã
`;
    const res = await t.request(ImportUnitsDocument, { csv: moved }, admin);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].message).toContain('02539');
    expect(codes(await t.request(UnitDocument, { code: '30' }, admin))).toEqual(['NOT_FOUND']);
    expect(codes(await t.request(UnitDocument, { code: '294' }, admin))).toEqual(['NOT_FOUND']);
    expect(await allCodes(t, admin)).toEqual(before);
    expect((await t.ok(UnitDocument, { code: '02539' }, admin)).unit.parent?.code).toBe('076');
  });

  it('only an admin may import', async () => {
    const anonymous = await t.request(ImportUnitsDocument, { csv: OLDER_CSV });
    expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(await allCodes(t, admin)).toEqual([]);
  });
});

describe('unit lookup and the unit list', () => {
  let t: TestHub;
  let admin: string;

  beforeAll(async () => {
    t = await startTestHub();
    admin = await t.login(ADMIN.username, ADMIN.password);
    await t.ok(ImportUnitsDocument, { csv: OLDER_CSV }, admin);
  });
  afterAll(() => t.close());

  it('unit(code) gives type, level, parent and children at every level', async () => {
    const province = (await t.ok(UnitDocument, { code: '08' }, admin)).unit;
    expect(province).toMatchObject({ code: '08', name: 'Tỉnh Tuyên Quang', type: 'Tỉnh', level: 'PROVINCE', parent: null, validTo: null });
    expect(province.children).toEqual([
      { code: '075', name: 'Huyện Yên Sơn', type: 'Huyện', level: 'DISTRICT' },
      { code: '076', name: 'Huyện Sơn Dương', type: 'Huyện', level: 'DISTRICT' },
    ]);
    const district = (await t.ok(UnitDocument, { code: '076' }, admin)).unit;
    expect(district).toMatchObject({ type: 'Huyện', level: 'DISTRICT', parent: { code: '08', name: 'Tỉnh Tuyên Quang' } });
    expect(district.children.map((c) => [c.code, c.type])).toEqual([
      ['02536', 'Thị trấn'],
      ['02539', 'Xã'],
      ['02542', 'Xã'],
    ]);
    const urban = (await t.ok(UnitDocument, { code: '001' }, admin)).unit;
    expect(urban).toMatchObject({ name: 'Quận Ba Đình', type: 'Quận', level: 'DISTRICT' });
    const ward = (await t.ok(UnitDocument, { code: '00004' }, admin)).unit;
    expect(ward).toMatchObject({ name: 'Phường Trúc Bạch', type: 'Phường', level: 'COMMUNE', parent: { code: '001' }, children: [] });
    const township = (await t.ok(UnitDocument, { code: ' 02536 ' }, admin)).unit;
    expect(township).toMatchObject({ code: '02536', type: 'Thị trấn', level: 'COMMUNE' });
  });

  it('an unknown or malformed code is NOT_FOUND; without a token it is UNAUTHENTICATED', async () => {
    for (const code of ['99', '999', '99999', '0253', 'abc', '']) {
      expect([code, codes(await t.request(UnitDocument, { code }, admin))]).toEqual([code, ['NOT_FOUND']]);
    }
    expect(codes(await t.request(UnitDocument, { code: '08' }))).toEqual(['UNAUTHENTICATED']);
  });

  it('filters by parent and by level', async () => {
    const sonDuong = await t.ok(UnitsDocument, { parentCode: '076' }, admin);
    expect(sonDuong.units.totalCount).toBe(3);
    expect(sonDuong.units.edges.map((e) => e.node.code)).toEqual(['02536', '02539', '02542']);
    const districts = await t.ok(UnitsDocument, { level: 'DISTRICT' }, admin);
    expect(districts.units.edges.map((e) => e.node.code)).toEqual(['001', '075', '076']);
    const districtsOfTq = await t.ok(UnitsDocument, { parentCode: '08', level: 'DISTRICT' }, admin);
    expect(districtsOfTq.units.totalCount).toBe(2);
    expect(codes(await t.request(UnitsDocument, { parentCode: '077' }, admin))).toEqual(['NOT_FOUND']);
  });

  it('pages through every unit with stable cursors: no duplicates, nothing missed, totalCount right', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: UnitsQuery = await t.ok(UnitsDocument, { first: 5, after }, admin);
      expect(page.units.totalCount).toBe(12);
      expect(page.units.edges.length).toBeLessThanOrEqual(5);
      seen.push(...page.units.edges.map((e) => e.node.code));
      pages++;
      // asking again with the same cursor gives the same page
      const again = await t.ok(UnitsDocument, { first: 5, after }, admin);
      expect(again.units.edges.map((e) => e.cursor)).toEqual(page.units.edges.map((e) => e.cursor));
      if (!page.units.pageInfo.hasNextPage) break;
      after = page.units.pageInfo.endCursor ?? null;
      expect(after).toBe(page.units.edges[page.units.edges.length - 1].cursor);
    }
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...ALL_CODES].sort());
  });

  it('a cursor keeps its place when a unit sorting before it is added between two page requests', async () => {
    const local = await startTestHub();
    try {
      const token = await local.login(ADMIN.username, ADMIN.password);
      await local.ok(ImportUnitsDocument, { csv: OLDER_CSV }, token);
      const p1 = await local.ok(UnitsDocument, { parentCode: '076', first: 2 }, token);
      expect(p1.units.edges.map((e) => e.node.code)).toEqual(['02536', '02539']);
      await local.ok(ImportUnitsDocument, { csv: OLDER_CSV + 'Tỉnh Tuyên Quang,08,Huyện Sơn Dương,076,Xã Tú Thịnh,02533,Xã\n' }, token);
      const p2 = await local.ok(UnitsDocument, { parentCode: '076', first: 2, after: p1.units.pageInfo.endCursor }, token);
      expect(p2.units.edges.map((e) => e.node.code)).toEqual(['02542']);
      expect(p2.units.pageInfo.hasNextPage).toBe(false);
      expect(p2.units.totalCount).toBe(4);
    } finally {
      await local.close();
    }
  });

  it('refuses a forged cursor and an out-of-range page size', async () => {
    expect(codes(await t.request(UnitsDocument, { after: 'not-a-cursor' }, admin))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await t.request(UnitsDocument, { first: 0 }, admin))).toEqual(['BAD_USER_INPUT']);
  });

  it('search ignores tone marks and case: "son duong" and "SƠN DƯƠNG" find Huyện Sơn Dương', async () => {
    for (const search of ['son duong', 'SƠN DƯƠNG', 'Son  Duong', 'sơn dương']) {
      const found = await t.ok(UnitsDocument, { search }, admin);
      expect([search, found.units.edges.map((e) => e.node.code)]).toEqual([search, ['02536', '076']]);
      const districts = await t.ok(UnitsDocument, { search, level: 'DISTRICT' }, admin);
      expect(districts.units.edges.map((e) => e.node.name)).toEqual(['Huyện Sơn Dương']);
      expect(districts.units.totalCount).toBe(1);
    }
    const byD = await t.ok(UnitsDocument, { search: 'truc bach' }, admin);
    expect(byD.units.edges.map((e) => e.node.code)).toEqual(['00004']);
    const byCode = await t.ok(UnitsDocument, { search: '02539' }, admin);
    expect(byCode.units.edges.map((e) => e.node.name)).toEqual(['Xã Trung Yên']);
    const none = await t.ok(UnitsDocument, { search: 'ha giang' }, admin);
    expect(none.units.totalCount).toBe(0);
  });
});

describe('the 01/03/2025 list of the statistics office', () => {
  let t: TestHub;
  let admin: string;

  beforeAll(async () => {
    t = await startTestHub();
    admin = await t.login(ADMIN.username, ADMIN.password);
  });
  afterAll(() => t.close());

  it('imports through the API with the counts the file holds, and a second import creates nothing', async () => {
    const csv = readFileSync(REAL_LIST, 'utf8');
    const started = process.hrtime.bigint();
    const result = await t.ok(ImportUnitsDocument, { csv }, admin);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    console.log(`importUnits of dvhc-2025-03-01.csv (${result.importUnits.created} units): ${seconds.toFixed(2)} s`);

    // 63 provinces and 10,047 communes; 691 district codes, as the five island districts without communes have no row
    expect(result.importUnits).toEqual({ provinces: 63, districts: 691, communes: 10047, created: 63 + 691 + 10047, updated: 0, unchanged: 0 });
    expect(await totalAt(t, admin, 'PROVINCE')).toBe(63);
    expect(await totalAt(t, admin, 'DISTRICT')).toBe(691);
    expect(await totalAt(t, admin, 'COMMUNE')).toBe(10047);
    expect((await t.ok(UnitsDocument, { first: 1 }, admin)).units.totalCount).toBe(10801);

    const sonDuong = await t.ok(UnitsDocument, { parentCode: '076', first: 100 }, admin);
    expect(sonDuong.units.totalCount).toBe(30);
    const hanoi = (await t.ok(UnitDocument, { code: '01' }, admin)).unit;
    expect(hanoi).toMatchObject({ name: 'Thành phố Hà Nội', type: 'Thành phố', level: 'PROVINCE' });
    expect(hanoi.children).toHaveLength(30);
    const found = await t.ok(UnitsDocument, { search: 'son duong', level: 'DISTRICT' }, admin);
    expect(found.units.edges.map((e) => e.node.code)).toEqual(['076']);

    const startedAgain = process.hrtime.bigint();
    const again = await t.ok(ImportUnitsDocument, { csv }, admin);
    console.log(`re-import of the same list: ${(Number(process.hrtime.bigint() - startedAgain) / 1e9).toFixed(2)} s`);
    expect(again.importUnits).toMatchObject({ created: 0, updated: 0, unchanged: 10801 });
    expect((await t.ok(UnitsDocument, { first: 1 }, admin)).units.totalCount).toBe(10801);
  }, 300_000);
});
