import { EntityManager } from '@mikro-orm/knex';
import { FilterQuery } from '@mikro-orm/core';
import { foldVietnamese } from '../common/text';
import { Cursor, decodeCursor, pageSize, toConnection } from '../common/pagination';
import { badInput, notFound } from '../common/errors';
import { AdministrativeUnit, UnitLevel } from './unit.entity';
import { ParsedUnits, UnitRow } from './unit-csv';

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
      where.push({ parent: parent.id });
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
