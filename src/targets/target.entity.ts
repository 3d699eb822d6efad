import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { AdministrativeUnit } from '../units/unit.entity';

/**
 * A target (chỉ tiêu kế hoạch) assigned to a unit by the level above, for one campaign or for a whole year.
 * A campaign's own target wins over the year's.
 */
@Entity({ tableName: 'target' })
@Unique({ properties: ['scope', 'unit', 'code'] })
export class Target {
  [OptionalProps]?: 'version' | 'campaignId' | 'year';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  /** "C:<campaign id>" or "Y:<year>:<form code>": one key so the uniqueness holds without nullable columns. */
  @Property({ type: 'string', length: 80 })
  scope!: string;

  @Property({ type: 'integer', nullable: true, index: true })
  campaignId: number | null = null;

  @Property({ type: 'integer', nullable: true })
  year: number | null = null;

  /** For year targets: the form whose ASSIGNED cell this is. */
  @Property({ type: 'string', length: 64 })
  templateCode!: string;

  /** Indexed: a workflow step reads its unit's targets by the unit alone. */
  @ManyToOne(() => AdministrativeUnit, { index: true })
  unit!: AdministrativeUnit;

  /** The ASSIGNED cell's code (e.g. COVERAGE_TARGET). */
  @Property({ type: 'string', length: 64 })
  code!: string;

  @Property({ type: 'double' })
  value!: number;

  @Property({ type: 'integer' })
  version: number = 1;

  @Property({ type: 'integer', nullable: true })
  assignedById!: number | null;

  @Property({ type: 'string', length: 200, nullable: true })
  assignedByName!: string | null;

  @Property({ type: Date })
  assignedAt!: Date;
}
