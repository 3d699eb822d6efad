import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AdministrativeUnit, UnitLevel } from '../units/unit.entity';
import { PeriodKind } from '../deadlines/periods';
import { LatePolicy } from './campaign.entity';

export enum PeriodKindGql {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  HALF_YEAR = 'HALF_YEAR',
  YEAR = 'YEAR',
}
registerEnumType(PeriodKindGql, { name: 'PeriodKind', description: 'Kỳ báo cáo định kỳ theo Nghị định 09/2019: tháng, quý, 6 tháng, năm.' });

/**
 * "Before day D of the month that is `monthOffset` months from the period's cut-off month": the annual BHYT
 * report (cut-off 14/12) due before 20/11 is { monthOffset: -1, day: 20 }.
 */
@ObjectType('ScheduleDeadline')
@InputType('ScheduleDeadlineInput')
export class ScheduleDeadline {
  @Field(() => UnitLevel) level!: UnitLevel;
  @Field(() => Int, { description: 'Số tháng tính từ tháng kết thúc kỳ (0: cùng tháng, -1: tháng trước, 1: tháng sau).' })
  monthOffset!: number;
  @Field(() => Int, { description: 'Ngày trong tháng: hạn là "trước ngày" này (00:00 giờ Việt Nam).' })
  day!: number;
}

/** A periodic reporting round that opens itself: one campaign per period, opened ahead of its deadlines. */
@ObjectType('CampaignSchedule', { description: 'Lịch báo cáo định kỳ: tự mở đợt báo cáo cho mỗi kỳ.' })
@Entity({ tableName: 'campaign_schedule' })
export class CampaignSchedule {
  [OptionalProps]?: 'active' | 'lastOpenedPeriod' | 'documentNumber' | 'rootUnit';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field(() => String, { description: 'Tên đợt; "{period}" được thay bằng tên kỳ, ví dụ "Năm 2026".' })
  @Property({ type: 'string', length: 300 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 64, nullable: true })
  documentNumber: string | null = null;

  @Field(() => String)
  @Property({ type: 'string', length: 64 })
  templateCode!: string;

  @Field(() => PeriodKindGql)
  @Property({ type: 'string', length: 10 })
  periodKind!: PeriodKind;

  @ManyToOne(() => AdministrativeUnit, { nullable: true })
  rootUnit?: AdministrativeUnit | null;

  @Field(() => [UnitLevel])
  @Property({ type: 'json' })
  levels!: UnitLevel[];

  @Field(() => [ScheduleDeadline])
  @Property({ type: 'json' })
  deadlines!: ScheduleDeadline[];

  @Field(() => Int, { description: 'Mở đợt trước hạn nộp sớm nhất bao nhiêu ngày.' })
  @Property({ type: 'integer' })
  opensDaysBefore!: number;

  @Field(() => LatePolicy)
  @Property({ type: 'string', length: 20 })
  latePolicy!: LatePolicy;

  @Field(() => Int)
  @Property({ type: 'integer' })
  graceHours!: number;

  @Field(() => [Int])
  @Property({ type: 'json' })
  reminderDays!: number[];

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  rollForwardRestDays!: boolean;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  active: boolean = true;

  /** "YEAR:2025:1" for the last period opened; null before the first. */
  @Field(() => String, { nullable: true, description: 'Kỳ gần nhất đã mở, ví dụ "YEAR:2025:1".' })
  @Property({ type: 'string', length: 20, nullable: true })
  lastOpenedPeriod: string | null = null;

  @Property({ type: 'integer' })
  createdById!: number;

  @Property({ type: Date })
  createdAt!: Date;
}
