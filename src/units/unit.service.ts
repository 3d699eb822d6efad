import { EntityManager } from '@mikro-orm/knex';
import { FilterQuery } from '@mikro-orm/core';
import { foldVietnamese } from '../common/text';
import { Cursor, decodeCursor, pageSize, toConnection } from '../common/pagination';
import { badInput, notFound } from '../common/errors';
import { Clock, systemClock } from '../common/clock';
import { inTransaction } from '../common/transaction';
import { addDays, parseDay } from '../deadlines/deadline-rules';
import { AdministrativeUnit, UnitLevel } from './unit.entity';
import { ParsedUnits, UnitCsvError, UnitRow } from './unit-csv';
import { MergeType, UnitSuccession } from './unit-succession.entity';
import { deriveProvinceSuccessions, OldPart, ParsedReorganisation, parseReorganisationCsv, PartLink } from './unit-reorganisation';

export interface ImportSummary {
  provinces: number;
  districts: number;
  communes: number;
  created: number;
  updated: number;
  unchanged: number;
}

export interface UnitFilter {
  parentCode?: string | null;
  level?: UnitLevel | null;
  search?: string | null;
  first?: number | null;
  after?: string | null;
  /** The day (YYYY-MM-DD) whose map is listed. */
  day: string;
}

const LEVEL_BY_CODE_LENGTH: Record<number, UnitLevel> = {
  2: UnitLevel.PROVINCE,
  3: UnitLevel.DISTRICT,
  5: UnitLevel.COMMUNE,
};

export function levelOfCode(code: string): UnitLevel | null {
  return /^\d+$/.test(code) ? (LEVEL_BY_CODE_LENGTH[code.length] ?? null) : null;
}

/** What one import of a reorganisation table did; every count is of this run only. */
export interface ReorganisationSummary {
  effectiveOn: string;
  provincesClosed: number;
  districtsClosed: number;
  communesClosed: number;
  provincesCreated: number;
  communesCreated: number;
  /** New units renamed and links whose merge type changed, when a corrected table is imported again. */
  updated: number;
  /** Succession links written (communes and provinces). */
  successions: number;
  /** Of those, links between provinces. */
  provinceSuccessions: number;
  fullMerges: number;
  partialMerges: number;
  /** Old codes of the table that name no unit valid the day before; their rows were skipped. */
  skippedOldCodes: string[];
  warnings: string[];
  /** Accounts of closed units moved to the unit that continues them. */
  accountsMoved: number;
  /** Accounts left on a closed unit that has no single successor (districts, split communes): an admin decides. */
  accountsNotMoved: number;
  /** Nothing was written: the table had already been imported. */
  unchanged: boolean;
}

/** One end of a succession seen from the other: the unit, and how much of the older unit went over. */
/**
 * A unit and every unit it continues wholly (FULL links only, through any number of reorganisations), in one
 * recursive statement. A unit that took only part of another does not take over its reports.
 */
export async function lineage(em: EntityManager, unitId: number): Promise<{ ids: number[]; paths: string[] }> {
  const rows: { id: number; path: string }[] = await em.execute(
    `with recursive lineage(id) as (
       select cast(? as integer) union select s.predecessor_id from unit_succession s join lineage l on s.successor_id = l.id
       where s.merge_type = 'FULL'
     )
     select u.id, u.path from administrative_unit u join lineage l on l.id = u.id`,
    [unitId],
  );
  return { ids: rows.map((r) => Number(r.id)), paths: rows.map((r) => r.path) };
}

export interface SuccessionLink {
  unitId: number;
  mergeType: MergeType;
  effectiveOn: string;
}

const IN_CHUNK = 900;

/**
 * For each unit id, its predecessors or its successors, ordered by code: one statement per 900 ids, so
 * a list of units costs the same number of statements whatever its length.
 */
export async function successionLinks(em: EntityManager, ids: number[], side: 'predecessors' | 'successors'): Promise<SuccessionLink[][]> {
  const [self, other] = side === 'predecessors' ? ['successor_id', 'predecessor_id'] : ['predecessor_id', 'successor_id'];
  const out = new Map<number, SuccessionLink[]>();
  const distinct = [...new Set(ids)];
  for (let i = 0; i < distinct.length; i += IN_CHUNK) {
    const chunk = distinct.slice(i, i + IN_CHUNK);
    const rows: { self_id: number; other_id: number; merge_type: MergeType; effective_on: string }[] = await em.execute(
      `select s.${self} as self_id, s.${other} as other_id, s.merge_type, s.effective_on
         from unit_succession s join administrative_unit u on u.id = s.${other}
        where s.${self} in (${chunk.map(() => '?').join(',')})
        order by u.code, u.id`,
      chunk,
    );
    for (const row of rows) {
      const id = Number(row.self_id);
      const list = out.get(id) ?? [];
      list.push({ unitId: Number(row.other_id), mergeType: row.merge_type, effectiveOn: row.effective_on });
      out.set(id, list);
    }
  }
  return ids.map((id) => out.get(id) ?? []);
}

function isRealDay(day: string): boolean {
  try {
    parseDay(day);
    return true;
  } catch {
    return false;
  }
}

/** 2025-06-30 → 30/06/2025 */
const dayVi = (day: string) => day.split('-').reverse().join('/');

/** The validity condition "exists on `day`" as a query filter. */
export function validOn(day: string): FilterQuery<AdministrativeUnit> {
  return {
    $and: [{ $or: [{ validFrom: null }, { validFrom: { $lte: day } }] }, { $or: [{ validTo: null }, { validTo: { $gte: day } }] }],
  };
}

export class UnitService {
  /**
   * Creates or updates the units of a parsed export, top level first, in the caller's transaction.
   * Re-importing the same list changes nothing; a unit is matched by level and code among the open units.
   */
  async importUnits(
    em: EntityManager,
    parsed: ParsedUnits,
    options: { validFrom?: string | null; onProgress?: (message: string) => void } = {},
  ): Promise<ImportSummary> {
    const summary: ImportSummary = {
      provinces: parsed.provinces.length,
      districts: parsed.districts.length,
      communes: parsed.communes.length,
      created: 0,
      updated: 0,
      unchanged: 0,
    };
    // After a reorganisation the open units are the new map: an older list matched against them by code
    // would rename new units after old ones. Such a list belongs before the reorganisation, not on top of it.
    const reorganised = await em.findOne(UnitSuccession, { effectiveOn: { $gt: options.validFrom ?? '' } }, { orderBy: { effectiveOn: 'desc' } });
    if (reorganised) {
      throw badInput(
        `Đơn vị hành chính đã được sắp xếp lại từ ngày ${dayVi(reorganised.effectiveOn)}; không thể nhập một danh mục có hiệu lực trước ngày đó. ` +
          'Thay đổi địa giới sau ngày này cần nhập như một đợt sắp xếp mới (importReorganisation).',
      );
    }
    const existing = await em.find(AdministrativeUnit, { validTo: null });
    const byKey = new Map(existing.map((u) => [`${u.level}:${u.code}`, u]));
    const phases: [UnitLevel, UnitLevel | null, UnitRow[], string][] = [
      [UnitLevel.PROVINCE, null, parsed.provinces, 'tỉnh'],
      [UnitLevel.DISTRICT, UnitLevel.PROVINCE, parsed.districts, 'huyện'],
      [UnitLevel.COMMUNE, UnitLevel.DISTRICT, parsed.communes, 'xã'],
    ];
    for (const [level, parentLevel, rows, label] of phases) {
      for (const row of rows) {
        const parent = parentLevel && row.parentCode ? byKey.get(`${parentLevel}:${row.parentCode}`) ?? null : null;
        const found = byKey.get(`${level}:${row.code}`);
        if (found) {
          const parentChanged = (found.parent?.id ?? null) !== (parent?.id ?? null);
          if (found.name !== row.name || found.type !== row.type || parentChanged) {
            if (parentChanged) {
              throw badInput(
                `Đơn vị ${row.code} (${row.name}) đã có với đơn vị cấp trên khác. Thay đổi địa giới cần nhập như một danh mục mới có ngày hiệu lực.`,
              );
            }
            found.name = row.name;
            found.type = row.type;
            found.searchName = foldVietnamese(row.name);
            summary.updated++;
          } else summary.unchanged++;
          continue;
        }
        const unit = em.create(AdministrativeUnit, {
          code: row.code,
          name: row.name,
          type: row.type,
          level,
          parent,
          searchName: foldVietnamese(row.name),
          validFrom: options.validFrom ?? null,
          validTo: null,
          path: '',
        });
        byKey.set(`${level}:${row.code}`, unit);
        summary.created++;
      }
      await em.flush();
      // Materialise the ancestor path of the new units from their parent's, in one statement per level.
      await em.execute(
        `update administrative_unit set path = coalesce((select p.path from administrative_unit p where p.id = administrative_unit.parent_id), '/') || cast(id as text) || '/' where path = ''`,
      );
      options.onProgress?.(`Đã xử lý ${rows.length} đơn vị ${label}.`);
    }
    return summary;
  }

  /**
   * Applies a reorganisation table (see unit-reorganisation.ts) in one transaction: every unit still open
   * from before `effectiveOn` closes the day before; the new provinces and communes open on `effectiveOn`
   * (new rows even where a code stays: a code names one unit per day, not one unit forever); each new
   * commune is linked to the old units it absorbed, and each new province to the old provinces its communes
   * came from. Reports stay on the units they were made for. Importing the same table again writes nothing.
   */
  async importReorganisation(
    em: EntityManager,
    clock: Clock | undefined,
    csvText: string,
    options: { effectiveOn: string; onProgress?: (message: string) => void },
  ): Promise<ReorganisationSummary> {
    const effectiveOn = options.effectiveOn?.trim() ?? '';
    if (!isRealDay(effectiveOn)) throw badInput('Ngày hiệu lực cần có dạng YYYY-MM-DD, ví dụ 2025-07-01.');
    let parsed: ParsedReorganisation;
    try {
      parsed = parseReorganisationCsv(csvText);
    } catch (error) {
      if (error instanceof UnitCsvError) {
        throw badInput(`Tệp CSV có lỗi: ${error.problems.slice(0, 20).join(' ')}`, { problems: error.problems.slice(0, 50) });
      }
      throw error;
    }
    options.onProgress?.(`Đã đọc ${parsed.provinces.length} tỉnh, ${parsed.communes.length} xã mới và ${parsed.merges.length} dòng sáp nhập.`);
    return inTransaction(em, (tem) => this.applyReorganisation(tem, (clock ?? systemClock).now(), parsed, effectiveOn, options.onProgress));
  }

  private async applyReorganisation(
    em: EntityManager,
    now: Date,
    parsed: ParsedReorganisation,
    effectiveOn: string,
    onProgress: (message: string) => void = () => undefined,
  ): Promise<ReorganisationSummary> {
    const dayBefore = addDays(effectiveOn, -1);
    const summary: ReorganisationSummary = {
      effectiveOn,
      provincesClosed: 0,
      districtsClosed: 0,
      communesClosed: 0,
      provincesCreated: 0,
      communesCreated: 0,
      updated: 0,
      successions: 0,
      provinceSuccessions: 0,
      fullMerges: 0,
      partialMerges: 0,
      skippedOldCodes: [],
      warnings: [],
      accountsMoved: 0,
      accountsNotMoved: 0,
      unchanged: false,
    };
    const later = await em.findOne(AdministrativeUnit, { validFrom: { $gt: effectiveOn } }, { orderBy: { validFrom: 'desc' }, fields: ['id', 'validFrom'] });
    if (later) {
      throw badInput(`Đã có đơn vị hành chính hiệu lực từ ngày ${dayVi(later.validFrom!)}, sau ngày ${dayVi(effectiveOn)}; không thể nhập một đợt sắp xếp sớm hơn.`);
    }

    // The map of the day before, as plain rows (nothing here is edited through the identity map).
    const oldRows: { id: number; code: string; level: UnitLevel; path: string }[] = await em.execute(
      `select id, code, level, path from administrative_unit
        where (valid_from is null or valid_from <= ?) and (valid_to is null or valid_to >= ?)`,
      [dayBefore, dayBefore],
    );
    if (oldRows.length === 0) {
      throw badInput(`Chưa có đơn vị hành chính nào hiệu lực ngày ${dayVi(dayBefore)}: hãy nhập danh mục trước khi sắp xếp (importUnits).`);
    }
    const oldById = new Map(oldRows.map((r) => [Number(r.id), r]));
    const oldByKey = new Map(oldRows.map((r) => [`${r.level}:${r.code}`, r]));
    const provinceCodeOf = (row: { path: string }) => oldById.get(Number(row.path.split('/')[1]))?.code ?? null;

    // Close whatever is still open from before; what an earlier run of this table opened stays open.
    const stillOpen = { validTo: null, $or: [{ validFrom: null }, { validFrom: { $lt: effectiveOn } }] };
    summary.provincesClosed = await em.nativeUpdate(AdministrativeUnit, { ...stillOpen, level: UnitLevel.PROVINCE }, { validTo: dayBefore });
    summary.districtsClosed = await em.nativeUpdate(AdministrativeUnit, { ...stillOpen, level: UnitLevel.DISTRICT }, { validTo: dayBefore });
    summary.communesClosed = await em.nativeUpdate(AdministrativeUnit, { ...stillOpen, level: UnitLevel.COMMUNE }, { validTo: dayBefore });
    onProgress(`Đã đóng ${summary.provincesClosed} tỉnh, ${summary.districtsClosed} huyện, ${summary.communesClosed} xã đến hết ngày ${dayVi(dayBefore)}.`);

    // The new units, with those an earlier run of the same day already created.
    const existingNew = await em.find(AdministrativeUnit, { validFrom: effectiveOn });
    const newByKey = new Map(existingNew.map((u) => [`${u.level}:${u.code}`, u]));
    const upsertUnit = (level: UnitLevel, row: { code: string; name: string; type: string; line: number }, parent: AdministrativeUnit | null) => {
      const found = newByKey.get(`${level}:${row.code}`);
      if (found) {
        if ((found.parent?.id ?? null) !== (parent?.id ?? null)) {
          throw badInput(
            `Dòng ${row.line}: ${row.name} (${row.code}) đã được nhập từ ngày ${dayVi(effectiveOn)} thuộc một tỉnh khác. ` +
              'Thay đổi địa giới sau đợt sắp xếp cần nhập như một đợt mới, có ngày hiệu lực riêng.',
          );
        }
        if (found.name !== row.name || found.type !== row.type) {
          found.name = row.name;
          found.type = row.type;
          found.searchName = foldVietnamese(row.name);
          summary.updated++;
        }
        return false;
      }
      const unit = em.create(AdministrativeUnit, {
        code: row.code,
        name: row.name,
        type: row.type,
        level,
        parent,
        searchName: foldVietnamese(row.name),
        validFrom: effectiveOn,
        validTo: null,
        path: '',
      });
      newByKey.set(`${level}:${row.code}`, unit);
      return true;
    };
    const fillPaths = () =>
      em.execute(
        `update administrative_unit set path = coalesce((select p.path from administrative_unit p where p.id = administrative_unit.parent_id), '/') || cast(id as text) || '/' where path = ''`,
      );
    for (const row of parsed.provinces) if (upsertUnit(UnitLevel.PROVINCE, row, null)) summary.provincesCreated++;
    await em.flush();
    await fillPaths();
    for (const row of parsed.communes) {
      if (upsertUnit(UnitLevel.COMMUNE, row, newByKey.get(`${UnitLevel.PROVINCE}:${row.provinceCode}`)!)) summary.communesCreated++;
    }
    await em.flush();
    await fillPaths();
    onProgress(`Đã tạo ${summary.provincesCreated} tỉnh và ${summary.communesCreated} xã hiệu lực từ ngày ${dayVi(effectiveOn)}.`);

    // Successions: communes from the table, provinces derived from them.
    const existingLinks = await em.find(UnitSuccession, { effectiveOn });
    const linkByKey = new Map(existingLinks.map((l) => [`${l.successor.id}/${l.predecessor.id}`, l]));
    const link = (successor: AdministrativeUnit, predecessorId: number, mergeType: MergeType, province: boolean) => {
      const key = `${successor.id}/${predecessorId}`;
      const found = linkByKey.get(key);
      if (found) {
        if (found.mergeType !== mergeType) {
          found.mergeType = mergeType;
          summary.updated++;
        }
        return;
      }
      linkByKey.set(
        key,
        em.create(UnitSuccession, { successor, predecessor: em.getReference(AdministrativeUnit, predecessorId), mergeType, effectiveOn, createdAt: now }),
      );
      summary.successions++;
      if (province) summary.provinceSuccessions++;
      if (mergeType === 'FULL') summary.fullMerges++;
      else summary.partialMerges++;
    };
    const provinceOfNewCommune = new Map(parsed.communes.map((c) => [c.code, c.provinceCode]));
    const partLinks: PartLink[] = [];
    const namedDistricts: OldPart[] = [];
    const skipped = new Set<string>();
    for (const merge of parsed.merges) {
      const level = merge.oldCode.length === 3 ? UnitLevel.DISTRICT : UnitLevel.COMMUNE;
      const old = oldByKey.get(`${level}:${merge.oldCode}`);
      if (!old) {
        skipped.add(merge.oldCode);
        summary.warnings.push(
          `Dòng ${merge.line}: không có đơn vị mã ${merge.oldCode}${merge.oldName ? ` (${merge.oldName})` : ''} hiệu lực ngày ${dayVi(dayBefore)}; bỏ qua dòng này.`,
        );
        continue;
      }
      link(newByKey.get(`${UnitLevel.COMMUNE}:${merge.newCommuneCode}`)!, Number(old.id), merge.mergeType, false);
      partLinks.push({ oldCode: old.code, newProvinceCode: provinceOfNewCommune.get(merge.newCommuneCode)!, mergeType: merge.mergeType });
      if (level === UnitLevel.DISTRICT) namedDistricts.push({ code: old.code, provinceCode: provinceCodeOf(old)! });
    }
    const parts: OldPart[] = [
      ...oldRows.filter((r) => r.level === UnitLevel.COMMUNE).map((r) => ({ code: r.code, provinceCode: provinceCodeOf(r)! })),
      ...namedDistricts,
    ];
    for (const p of deriveProvinceSuccessions(parts, partLinks)) {
      const from = oldByKey.get(`${UnitLevel.PROVINCE}:${p.oldProvinceCode}`);
      if (!from) continue;
      link(newByKey.get(`${UnitLevel.PROVINCE}:${p.newProvinceCode}`)!, Number(from.id), p.mergeType, true);
    }
    await em.flush();
    summary.skippedOldCodes = [...skipped].sort();

    // Accounts follow their unit: to the successor that keeps its code at its level (the seat of the People's
    // Committee), else to the only unit that took it whole. Others stay where they were and are counted.
    const heirs = new Map<number, { successor: AdministrativeUnit; mergeType: MergeType }[]>();
    for (const l of linkByKey.values()) heirs.set(l.predecessor.id, [...(heirs.get(l.predecessor.id) ?? []), { successor: l.successor, mergeType: l.mergeType }]);
    const accounts: { id: number; unit_id: number }[] = await em.execute(
      `select u.id, u.unit_id from app_user u join administrative_unit a on a.id = u.unit_id where a.valid_to = ?`,
      [dayBefore],
    );
    for (const account of accounts) {
      const old = oldById.get(Number(account.unit_id));
      const candidates = heirs.get(Number(account.unit_id)) ?? [];
      const heir =
        candidates.find((c) => old && c.successor.code === old.code && c.successor.level === old.level)?.successor ??
        (candidates.length === 1 && candidates[0].mergeType === 'FULL' ? candidates[0].successor : null);
      if (heir) {
        await em.execute(`update app_user set unit_id = ? where id = ?`, [heir.id, account.id]);
        summary.accountsMoved++;
      } else summary.accountsNotMoved++;
    }
    if (summary.accountsNotMoved) {
      summary.warnings.push(`${summary.accountsNotMoved} tài khoản thuộc đơn vị đã giải thể hoặc bị chia tách chưa được chuyển sang đơn vị mới; quản trị cần gán lại.`);
    }
    onProgress(`Đã ghi ${summary.successions} liên kết kế thừa (${summary.provinceSuccessions} giữa các tỉnh); bỏ qua ${skipped.size} mã cũ không có trong danh mục.`);
    summary.unchanged =
      summary.provincesClosed + summary.districtsClosed + summary.communesClosed + summary.provincesCreated + summary.communesCreated + summary.updated + summary.successions + summary.accountsMoved === 0;
    return summary;
  }

  /** For each successor id, the units it came from and how much of each (ids without predecessors map to []). */
  async predecessorsOf(em: EntityManager, successorIds: number[]): Promise<Map<number, { predecessorId: number; mergeType: 'FULL' | 'PARTIAL' }[]>> {
    const links = await successionLinks(em, successorIds, 'predecessors');
    return new Map(successorIds.map((id, i) => [id, links[i].map((l) => ({ predecessorId: l.unitId, mergeType: l.mergeType }))]));
  }

  async findByCode(em: EntityManager, code: string, day: string): Promise<AdministrativeUnit | null> {
    const level = levelOfCode(code);
    if (!level) return null;
    return em.findOne(AdministrativeUnit, { $and: [{ code, level }, validOn(day)] }, { orderBy: { validFrom: 'desc' } });
  }

  async getByCode(em: EntityManager, code: string, day: string): Promise<AdministrativeUnit> {
    const unit = await this.findByCode(em, code, day);
    if (!unit) throw notFound(`Không tìm thấy đơn vị hành chính có mã "${code}".`);
    return unit;
  }

  async list(em: EntityManager, filter: UnitFilter) {
    const limit = pageSize(filter.first);
    const after = decodeCursor(filter.after);
    const where: FilterQuery<AdministrativeUnit>[] = [validOn(filter.day)];
    if (filter.parentCode) {
      const parent = await this.getByCode(em, filter.parentCode, filter.day);
      // With a level, the whole subtree at that level (a province's communes, through its districts if any).
      where.push(filter.level ? { path: { $like: `${parent.path}%` }, id: { $ne: parent.id } } : { parent: parent.id });
    }
    if (filter.level) where.push({ level: filter.level });
    if (filter.search && filter.search.trim()) {
      const needle = foldVietnamese(filter.search).replace(/[%_\\]/g, '');
      where.push({ $or: [{ searchName: { $like: `%${needle}%` } }, { code: filter.search.trim() }] });
    }
    const base = { $and: where };
    const page = after ? { $and: [...where, { $or: [{ code: { $gt: after.key } }, { code: after.key, id: { $gt: after.id } }] }] } : base;
    const [rows, total] = await Promise.all([
      em.find(AdministrativeUnit, page, { orderBy: { code: 'asc', id: 'asc' }, limit: limit + 1 }),
      em.count(AdministrativeUnit, base),
    ]);
    return toConnection(rows, limit, total, (u): Cursor => ({ key: u.code, id: u.id }));
  }
}
