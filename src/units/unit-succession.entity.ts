import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { AdministrativeUnit } from './unit.entity';

/** How much of the older unit went into the newer one. Stored as a plain string. */
export type MergeType = 'FULL' | 'PARTIAL';

export const MERGE_TYPES: readonly MergeType[] = ['FULL', 'PARTIAL'];

/** The same values as a GraphQL enum. */
export enum UnitMergeType {
  FULL = 'FULL',
  PARTIAL = 'PARTIAL',
}

registerEnumType(UnitMergeType, {
  name: 'UnitMergeType',
  description: 'FULL: toàn bộ đơn vị cũ nhập vào đơn vị mới; PARTIAL: chỉ một phần.',
});

/**
 * One link of a reorganisation: `predecessor` (valid until the day before `effectiveOn`) went, wholly or in
 * part, into `successor` (valid from `effectiveOn`). Communes are linked from the statistics office's table;
 * provinces are linked from their communes. Reports never move along these links: they only explain the map.
 */
@Entity({ tableName: 'unit_succession' })
@Unique({ properties: ['successor', 'predecessor'] })
export class UnitSuccession {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => AdministrativeUnit)
  successor!: AdministrativeUnit;

  @ManyToOne(() => AdministrativeUnit, { index: true })
  predecessor!: AdministrativeUnit;

  @Property({ type: 'string', length: 8 })
  mergeType!: MergeType;

  /** First day of the successor (YYYY-MM-DD). */
  @Index()
  @Property({ type: 'string', length: 10 })
  effectiveOn!: string;

  @Property({ type: Date })
  createdAt!: Date;
}
