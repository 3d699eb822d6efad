import { CsvError, Info, parse } from 'csv-parse/sync';
import { foldVietnamese } from '../common/text';
import { UnitLevel } from './unit.entity';

/** One unit as read from the statistics office's export. */
export interface UnitRow {
  level: UnitLevel;
  code: string;
  name: string;
  type: string;
  parentCode: string | null;
}

export interface ParsedUnits {
  provinces: UnitRow[];
  districts: UnitRow[];
  communes: UnitRow[];
}

export class UnitCsvError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/**
 * Header names of both export layouts, folded (lower case, no tone marks):
 *  older: Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp[, Tên Tiếng Anh]
 *  2025:  Mã, Tên, Tên Tiếng Anh, Cấp, Mã QH, Quận Huyện, Mã TP, Tỉnh / Thành Phố
 */
const COLUMN_ALIASES: Record<string, string[]> = {
  provinceName: ['tinh thanh pho', 'tinh / thanh pho', 'tinh/thanh pho'],
  provinceCode: ['ma tp'],
  districtName: ['quan huyen'],
  districtCode: ['ma qh'],
  communeName: ['phuong xa', 'ten'],
  communeCode: ['ma px', 'ma'],
  communeType: ['cap'],
};

const CODE_WIDTH: Record<UnitLevel, number> = {
  [UnitLevel.PROVINCE]: 2,
  [UnitLevel.DISTRICT]: 3,
  [UnitLevel.COMMUNE]: 5,
};

export const PROVINCE_TYPES = ['Thành phố', 'Tỉnh'];
const DISTRICT_TYPES = ['Thành phố', 'Thị xã', 'Quận', 'Huyện'];

/** "Huyện Sơn Dương" → "Huyện"; the type is the administrative prefix of the official name. */
export function typeFromName(name: string, candidates: string[]): string {
  return candidates.find((t) => name.startsWith(t + ' ')) ?? name.split(' ')[0];
}

/** Restores leading zeros that spreadsheets drop ("8" → "08"); refuses anything but digits. */
function normaliseCode(raw: string, level: UnitLevel): string | null {
  const code = raw.trim();
  if (!/^\d+$/.test(code) || code.length > CODE_WIDTH[level]) return null;
  return code.padStart(CODE_WIDTH[level], '0');
}

export function parseUnitCsv(text: string): ParsedUnits {
  // `info` keeps each record's line in the file, so messages name the right line even past skipped blank lines.
  let parsed: { record: string[]; info: Info }[];
  try {
    parsed = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      info: true,
    }) as unknown as { record: string[]; info: Info }[];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new UnitCsvError([`Dòng ${line ?? '?'}: tệp CSV sai cấu trúc (thiếu dấu ngoặc kép đóng hoặc ký tự lạ). Hãy xuất lại tệp từ bảng tính dưới dạng CSV UTF-8.`]);
    }
    throw error;
  }
  if (parsed.length === 0) throw new UnitCsvError(['Tệp CSV trống.']);
  const header = parsed[0].record.map(foldVietnamese);
  const index: Record<string, number> = {};
  for (const [key, aliases] of Object.entries(COLUMN_ALIASES)) {
    index[key] = header.findIndex((h) => aliases.includes(h));
  }
  const missing = ['provinceName', 'provinceCode', 'districtName', 'districtCode', 'communeName', 'communeCode']
    .filter((k) => index[k] < 0);
  if (missing.length > 0) {
    throw new UnitCsvError([
      `Dòng ${parsed[0].info.lines}: không nhận ra dòng tiêu đề. Cần các cột "Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp" ` +
        'hoặc "Mã, Tên, Tên Tiếng Anh, Cấp, Mã QH, Quận Huyện, Mã TP, Tỉnh / Thành Phố".',
    ]);
  }

  const problems: string[] = [];
  const provinces = new Map<string, UnitRow>();
  const districts = new Map<string, UnitRow>();
  const communes = new Map<string, UnitRow>();
  const cell = (row: string[], key: string) => (index[key] >= 0 ? (row[index[key]] ?? '').trim() : '');

  const remember = (map: Map<string, UnitRow>, unit: UnitRow, line: number) => {
    const seen = map.get(unit.code);
    if (!seen) map.set(unit.code, unit);
    else if (seen.name !== unit.name || seen.parentCode !== unit.parentCode) {
      problems.push(`Dòng ${line}: mã ${unit.code} đã dùng cho "${seen.name}", không thể dùng cho "${unit.name}".`);
    }
  };

  parsed.slice(1).forEach(({ record: row, info }) => {
    const line = info.lines;
    if (problems.length >= 50) return;
    const pCode = normaliseCode(cell(row, 'provinceCode'), UnitLevel.PROVINCE);
    const dCode = normaliseCode(cell(row, 'districtCode'), UnitLevel.DISTRICT);
    const pName = cell(row, 'provinceName');
    const dName = cell(row, 'districtName');
    if (!pCode || !pName) return void problems.push(`Dòng ${line}: thiếu hoặc sai mã/tên tỉnh.`);
    if (!dCode || !dName) return void problems.push(`Dòng ${line}: thiếu hoặc sai mã/tên huyện.`);
    remember(provinces, { level: UnitLevel.PROVINCE, code: pCode, name: pName, type: typeFromName(pName, PROVINCE_TYPES), parentCode: null }, line);
    remember(districts, { level: UnitLevel.DISTRICT, code: dCode, name: dName, type: typeFromName(dName, DISTRICT_TYPES), parentCode: pCode }, line);
    const rawCommune = cell(row, 'communeCode');
    const cName = cell(row, 'communeName');
    if (rawCommune === '' && cName === '') return; // a district without communes (island districts)
    const cCode = normaliseCode(rawCommune, UnitLevel.COMMUNE);
    if (!cCode || !cName) return void problems.push(`Dòng ${line}: thiếu hoặc sai mã/tên xã.`);
    const cType = cell(row, 'communeType') || typeFromName(cName, ['Thị trấn', 'Phường', 'Xã']);
    remember(communes, { level: UnitLevel.COMMUNE, code: cCode, name: cName, type: cType, parentCode: dCode }, line);
  });
  if (problems.length > 0) throw new UnitCsvError(problems);
  return { provinces: [...provinces.values()], districts: [...districts.values()], communes: [...communes.values()] };
}
