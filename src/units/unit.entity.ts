import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/** The three tiers of Vietnam's administration; the district tier exists only until 30/06/2025. */
export enum UnitLevel {
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
}

registerEnumType(UnitLevel, {
  name: 'UnitLevel',
  description: 'Cấp hành chính: tỉnh, huyện, xã.',
});

/** From bottom to top: used to check a campaign's chain and to compare levels. */
export const LEVEL_RANK: Record<UnitLevel, number> = {
  [UnitLevel.COMMUNE]: 0,
  [UnitLevel.DISTRICT]: 1,
  [UnitLevel.PROVINCE]: 2,
};

export const LEVEL_LABEL_VI: Record<UnitLevel, string> = {
  [UnitLevel.COMMUNE]: 'cấp xã',
  [UnitLevel.DISTRICT]: 'cấp huyện',
  [UnitLevel.PROVINCE]: 'cấp tỉnh',
};

@ObjectType('AdministrativeUnit', { description: 'Đơn vị hành chính (tỉnh, huyện, xã) với thời gian hiệu lực.' })
@Entity({ tableName: 'administrative_unit' })
@Index({ properties: ['level', 'code'] })
export class AdministrativeUnit {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field(() => String, { description: 'Mã đơn vị hành chính, giữ số 0 đầu ("08", "076", "02536").' })
  @Property({ type: 'string', length: 8 })
  code!: string;

  @Field(() => String, { description: 'Tên đầy đủ, ví dụ "Huyện Sơn Dương".' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { description: 'Loại đơn vị: Tỉnh, Thành phố, Huyện, Quận, Thị xã, Xã, Phường, Thị trấn...' })
  @Property({ type: 'string', length: 40 })
  type!: string;

  @Field(() => UnitLevel)
  @Property({ type: 'string', length: 16 })
  level!: UnitLevel;

  @ManyToOne(() => AdministrativeUnit, { nullable: true, index: true })
  parent?: AdministrativeUnit | null;

  /** Ids from the root down to this unit, "/3/57/980/": subtree checks are prefix matches. */
  @Index()
  @Property({ type: 'string', length: 64 })
  path: string = '';

  /** Name folded for accent-free search ("son duong"). */
  @Property({ type: 'string', length: 200 })
  searchName!: string;

  @Field(() => String, { nullable: true, description: 'Ngày bắt đầu hiệu lực (YYYY-MM-DD); trống: từ trước khi có dữ liệu.' })
  @Property({ type: 'string', length: 10, nullable: true })
  validFrom: string | null = null;

  @Field(() => String, { nullable: true, description: 'Ngày hết hiệu lực (YYYY-MM-DD, ngày cuối còn hiệu lực); trống: đang hiệu lực.' })
  @Property({ type: 'string', length: 10, nullable: true })
  validTo: string | null = null;
}
