import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** Where the current content of a stored day off comes from. */
export enum HolidaySource {
  /** Installed from the calendar shipped with the hub and not changed since. */
  BUILT_IN = 'BUILT_IN',
  /** Added or renamed by an administrator. */
  ADMIN = 'ADMIN',
}

registerEnumType(HolidaySource, {
  name: 'HolidaySource',
  description: 'Nguồn của ngày nghỉ: có sẵn trong hệ thống (BUILT_IN) hoặc do quản trị thêm/sửa (ADMIN).',
});

/**
 * One official day off (public holiday, compensatory or swapped day). A day an administrator removes is kept
 * with `removed = true`, so that installing the shipped calendar again never brings it back.
 */
@ObjectType('PublicHoliday', { description: 'Một ngày nghỉ lễ, Tết (kể cả nghỉ bù, nghỉ hoán đổi) của cơ quan hành chính nhà nước.' })
@Entity({ tableName: 'public_holiday' })
export class PublicHoliday {
  [OptionalProps]?: 'removed';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field(() => String, { description: 'Ngày nghỉ, dạng YYYY-MM-DD (theo giờ Việt Nam).' })
  @Property({ type: 'string', length: 10, unique: true })
  date!: string;

  @Field(() => String, { description: 'Tên ngày nghỉ, ví dụ "Tết Nguyên đán".' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => HolidaySource, { description: 'Ngày có sẵn trong hệ thống hay do quản trị thêm hoặc đổi tên.' })
  @Property({ type: 'string', length: 16 })
  source!: HolidaySource;

  /** Removed by an administrator: not a day off, and never re-installed. */
  @Property({ type: 'boolean' })
  removed: boolean = false;

  @Field(() => Date, { description: 'Lần thay đổi gần nhất.' })
  @Property({ type: Date })
  updatedAt!: Date;
}
