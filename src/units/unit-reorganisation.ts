import { CsvError, Info, parse } from 'csv-parse/sync';
import { foldVietnamese } from '../common/text';
import { PROVINCE_TYPES, typeFromName, UnitCsvError } from './unit-csv';
import { MergeType } from './unit-succession.entity';

/**
 * The table of a reorganisation such as the one of 01/07/2025: one row per (new commune, old unit it
 * absorbed), with the new commune's province and whether the old unit went into it wholly or in part.
 *
 *   new_province_code,new_province_name,new_commune_code,new_commune_name,old_commune_code,old_commune_name,merge_type
 *
 * Parsing checks the file on its own; what the rows mean against the stored units is planned by
 * UnitService.importReorganisation.
 */

export interface NewProvinceRow {
  code: string;
  name: string;
  type: string;
  line: number;
}

export interface NewCommuneRow {
  code: string;
  name: string;
  type: string;
  provinceCode: string;
  line: number;
}

export interface MergeRow {
  line: number;
  newCommuneCode: string;
  /** A 5-digit commune code, or a 3-digit district code for a district without communes (an island). */
  oldCode: string;
  oldName: string;
  mergeType: MergeType;
}

export interface ParsedReorganisation {
  provinces: NewProvinceRow[];
  communes: NewCommuneRow[];
  merges: MergeRow[];
}

const COLUMNS = {
  newProvinceCode: 'new_province_code',
  newProvinceName: 'new_province_name',
  newCommuneCode: 'new_commune_code',
  newCommuneName: 'new_commune_name',
  oldCode: 'old_commune_code',
  oldName: 'old_commune_name',
  mergeType: 'merge_type',
} as const;

const REQUIRED: (keyof typeof COLUMNS)[] = ['newProvinceCode', 'newProvinceName', 'newCommuneCode', 'newCommuneName', 'oldCode', 'mergeType'];

/** The prefixes a commune-level name starts with after 01/07/2025 ("Đặc khu" for the island special zones). */
export const NEW_COMMUNE_TYPES = ['Đặc khu', 'Phường', 'Xã', 'Thị trấn'];

const MAX_PROBLEMS = 50;

/** "8" → "08": restores zeros a spreadsheet dropped; null for anything but 1..width digits. */
function padCode(raw: string, width: number): string | null {
  return /^\d+$/.test(raw) && raw.length <= width ? raw.padStart(width, '0') : null;
}

/** Old codes are communes (5 digits) or, for the island districts that had no commune, districts (3 digits). */
function oldCodeOf(raw: string): string | null {
  if (!/^\d+$/.test(raw) || raw.length > 5) return null;
  return raw.length === 3 ? raw : raw.padStart(5, '0');
}

export function parseReorganisationCsv(text: string): ParsedReorganisation {
  let parsed: { record: string[]; info: Info }[];
  try {
    parsed = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true, info: true }) as unknown as {
      record: string[];
      info: Info;
    }[];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new UnitCsvError([`Dòng ${line ?? '?'}: tệp CSV sai cấu trúc (thiếu dấu ngoặc kép đóng hoặc ký tự lạ). Hãy xuất lại tệp dưới dạng CSV UTF-8.`]);
    }
    throw error;
  }
  if (parsed.length === 0) throw new UnitCsvError(['Tệp CSV trống.']);
  const header = parsed[0].record.map((h) => foldVietnamese(h).replace(/\s+/g, '_'));
  const index = Object.fromEntries(Object.entries(COLUMNS).map(([key, name]) => [key, header.indexOf(name)])) as Record<keyof typeof COLUMNS, number>;
  if (REQUIRED.some((k) => index[k] < 0)) {
    throw new UnitCsvError([
      `Dòng ${parsed[0].info.lines}: không nhận ra dòng tiêu đề. Cần các cột ` +
        '"new_province_code, new_province_name, new_commune_code, new_commune_name, old_commune_code, old_commune_name, merge_type".',
    ]);
  }
  if (parsed.length === 1) throw new UnitCsvError(['Tệp CSV không có dòng dữ liệu nào sau dòng tiêu đề.']);

  const problems: string[] = [];
  const provinces = new Map<string, NewProvinceRow>();
  const communes = new Map<string, NewCommuneRow>();
  const merges = new Map<string, MergeRow>();
  /** The first row of each old unit: one that went wholly somewhere can have no other row. */
  const firstRowOf = new Map<string, MergeRow>();
  const cell = (row: string[], key: keyof typeof COLUMNS) => (index[key] >= 0 ? (row[index[key]] ?? '').trim() : '');

  for (const { record: row, info } of parsed.slice(1)) {
    if (problems.length >= MAX_PROBLEMS) break;
    const line = info.lines;
    const pCode = padCode(cell(row, 'newProvinceCode'), 2);
    const pName = cell(row, 'newProvinceName');
    const cCode = padCode(cell(row, 'newCommuneCode'), 5);
    const cName = cell(row, 'newCommuneName');
    const oldCode = oldCodeOf(cell(row, 'oldCode'));
    const rawType = cell(row, 'mergeType');
    const mergeType = rawType.toLowerCase() === 'full' ? 'FULL' : rawType.toLowerCase() === 'partial' ? 'PARTIAL' : null;
    if (!pCode || !pName) {
      problems.push(`Dòng ${line}: thiếu hoặc sai mã/tên tỉnh mới.`);
      continue;
    }
    if (!cCode || !cName) {
      problems.push(`Dòng ${line}: thiếu hoặc sai mã/tên xã mới.`);
      continue;
    }
    if (!oldCode) {
      problems.push(`Dòng ${line}: thiếu hoặc sai mã xã cũ ("${cell(row, 'oldCode')}").`);
      continue;
    }
    if (!mergeType) {
      problems.push(`Dòng ${line}: kiểu sáp nhập "${rawType}" không hợp lệ; chỉ nhận "full" (toàn bộ) hoặc "partial" (một phần).`);
      continue;
    }

    const province = provinces.get(pCode);
    if (!province) provinces.set(pCode, { code: pCode, name: pName, type: typeFromName(pName, PROVINCE_TYPES), line });
    else if (province.name !== pName) {
      problems.push(`Dòng ${line}: tỉnh mã ${pCode} đã ghi tên "${province.name}" ở dòng ${province.line}, không thể ghi tên "${pName}".`);
      continue;
    }
    const commune = communes.get(cCode);
    if (!commune) communes.set(cCode, { code: cCode, name: cName, type: typeFromName(cName, NEW_COMMUNE_TYPES), provinceCode: pCode, line });
    else if (commune.provinceCode !== pCode) {
      problems.push(`Dòng ${line}: xã mới ${cCode} (${cName}) đã ghi thuộc tỉnh ${commune.provinceCode} ở dòng ${commune.line}, nay lại ghi thuộc tỉnh ${pCode}.`);
      continue;
    } else if (commune.name !== cName) {
      problems.push(`Dòng ${line}: xã mới mã ${cCode} đã ghi tên "${commune.name}" ở dòng ${commune.line}, không thể ghi tên "${cName}".`);
      continue;
    }

    const key = `${cCode}/${oldCode}`;
    const seen = merges.get(key);
    if (seen) {
      // The very same row twice says nothing new; the same pair with another merge type contradicts itself.
      if (seen.mergeType !== mergeType) {
        problems.push(`Dòng ${line}: xã cũ ${oldCode} vào xã mới ${cCode} đã ghi kiểu "${seen.mergeType.toLowerCase()}" ở dòng ${seen.line}.`);
      }
      continue;
    }
    const merge: MergeRow = { line, newCommuneCode: cCode, oldCode, oldName: cell(row, 'oldName'), mergeType };
    const earlier = firstRowOf.get(oldCode);
    if (earlier && (earlier.mergeType === 'FULL' || mergeType === 'FULL')) {
      problems.push(
        `Dòng ${line}: xã cũ ${oldCode} đã ghi sáp nhập vào xã mới ${earlier.newCommuneCode} ở dòng ${earlier.line}; ` +
          'một xã cũ nhập toàn bộ (full) vào một xã mới thì không thể có phần nào ở xã mới khác.',
      );
      continue;
    }
    if (!earlier) firstRowOf.set(oldCode, merge);
    merges.set(key, merge);
  }
  if (problems.length > 0) throw new UnitCsvError(problems);
  return { provinces: [...provinces.values()], communes: [...communes.values()], merges: [...merges.values()] };
}

/** An old unit (a commune, or a district named directly in the table) and its old province. */
export interface OldPart {
  code: string;
  provinceCode: string;
}

/** Where (part of) an old unit went: the new commune's province. */
export interface PartLink {
  oldCode: string;
  newProvinceCode: string;
  mergeType: MergeType;
}

export interface ProvinceSuccession {
  oldProvinceCode: string;
  newProvinceCode: string;
  mergeType: MergeType;
}

/**
 * Province successions follow from the communes: old province P → new province Q when any old unit of P
 * went (wholly or in part) into a commune of Q.
 *
 * The link is FULL when the whole of P went to Q: every old unit of P went there and went there whole. An
 * old unit went to Q whole when all its rows lead to communes of Q and they cover it: one `full` row, or
 * several `partial` rows (its parts shared out among new communes of the same province). A single `partial`
 * row leaves the rest of the unit unaccounted for, so its province's link is PARTIAL. An old unit of P with
 * no row at all also makes every link of P PARTIAL. Links naming an old unit that is not in `parts` are
 * ignored (the caller skips old codes it does not know).
 */
export function deriveProvinceSuccessions(parts: OldPart[], links: PartLink[]): ProvinceSuccession[] {
  const provinceOf = new Map(parts.map((p) => [p.code, p.provinceCode]));
  const linksOf = new Map<string, PartLink[]>();
  for (const link of links) {
    if (!provinceOf.has(link.oldCode)) continue;
    const list = linksOf.get(link.oldCode);
    if (list) list.push(link);
    else linksOf.set(link.oldCode, [link]);
  }
  /** The single new province an old unit went to whole, or null. */
  const wholeTarget = (code: string): string | null => {
    const list = linksOf.get(code);
    if (!list || list.length === 0) return null;
    const targets = new Set(list.map((l) => l.newProvinceCode));
    if (targets.size !== 1) return null;
    const covered = list.some((l) => l.mergeType === 'FULL') || list.length >= 2;
    return covered ? list[0].newProvinceCode : null;
  };
  const partsOf = new Map<string, string[]>();
  for (const p of parts) {
    const list = partsOf.get(p.provinceCode);
    if (list) list.push(p.code);
    else partsOf.set(p.provinceCode, [p.code]);
  }
  const pairs = new Map<string, ProvinceSuccession>();
  for (const [oldCode, list] of linksOf) {
    const from = provinceOf.get(oldCode)!;
    for (const link of list) {
      const key = `${from}>${link.newProvinceCode}`;
      if (pairs.has(key)) continue;
      const whole = partsOf.get(from)!.every((code) => wholeTarget(code) === link.newProvinceCode);
      pairs.set(key, { oldProvinceCode: from, newProvinceCode: link.newProvinceCode, mergeType: whole ? 'FULL' : 'PARTIAL' });
    }
  }
  return [...pairs.values()].sort((a, b) => a.oldProvinceCode.localeCompare(b.oldProvinceCode) || a.newProvinceCode.localeCompare(b.newProvinceCode));
}
