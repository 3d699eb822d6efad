import { Collection, Entity, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AdministrativeUnit, UnitLevel } from '../units/unit.entity';
import { ReportTemplate } from '../templates/template.entity';
import { User } from '../auth/user.entity';

export enum LatePolicy {
  /** Late submissions are accepted and flagged (the default). */
  ALLOW_LATE = 'ALLOW_LATE',
  /** Submissions are refused once the deadline plus the grace period has passed. */
  LOCK_AFTER_GRACE = 'LOCK_AFTER_GRACE',
}

registerEnumType(LatePolicy, {
  name: 'LatePolicy',
  description: 'Nộp muộn: được nộp và bị đánh dấu muộn, hoặc khóa sau thời gian ân hạn.',
});

export const DEFAULT_REMINDER_DAYS = [7, 3, 1];

/** A reporting round ("đợt báo cáo"): one form, one period, one chain of levels with a deadline each. */
@ObjectType('Campaign', { description: 'Đợt báo cáo: một biểu mẫu, một kỳ số liệu, chuỗi các cấp với hạn nộp của từng cấp.' })
@Entity({ tableName: 'campaign' })
export class Campaign {
  [OptionalProps]?: 'latePolicy' | 'graceHours' | 'reminderDays' | 'rollForwardRestDays' | 'documentNumber';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  name!: string;

  /** The plan or directive that orders the round, e.g. "134-KH/TU". */
  @Field(() => String, { nullable: true, description: 'Số hiệu văn bản chỉ đạo, ví dụ "134-KH/TU".' })
  @Property({ type: 'string', length: 64, nullable: true })
  documentNumber: string | null = null;

  @ManyToOne(() => ReportTemplate)
  template!: ReportTemplate;

  /** Data period, first and last day (YYYY-MM-DD). */
  @Field(() => String, { description: 'Ngày đầu kỳ số liệu (YYYY-MM-DD).' })
  @Property({ type: 'string', length: 10 })
  periodStart!: string;

  @Field(() => String, { description: 'Ngày cuối kỳ số liệu (YYYY-MM-DD).' })
  @Property({ type: 'string', length: 10 })
  periodEnd!: string;

  /** The top unit of the round; null for a national round over every province. */
  @ManyToOne(() => AdministrativeUnit, { nullable: true })
  rootUnit?: AdministrativeUnit | null;

  @OneToMany(() => CampaignLevel, (l) => l.campaign, { orderBy: { rank: 'asc' } })
  levels = new Collection<CampaignLevel>(this);

  @Field(() => LatePolicy)
  @Property({ type: 'string', length: 20 })
  latePolicy: LatePolicy = LatePolicy.ALLOW_LATE;

  @Field(() => Int, { description: 'Số giờ ân hạn sau hạn nộp trước khi khóa (với LOCK_AFTER_GRACE).' })
  @Property({ type: 'integer' })
  graceHours: number = 0;

  @Field(() => [Int], { description: 'Nhắc hạn trước hạn nộp bao nhiêu ngày, ví dụ [7, 3, 1].' })
  @Property({ type: 'json' })
  reminderDays: number[] = DEFAULT_REMINDER_DAYS;

  @Field(() => Boolean, { description: 'Hạn rơi vào ngày nghỉ (cuối tuần, lễ, Tết) được lùi sang hết ngày làm việc tiếp theo (Điều 148 Bộ luật Dân sự).' })
  @Property({ type: 'boolean' })
  rollForwardRestDays: boolean = false;

  @ManyToOne(() => User, { nullable: true })
  createdBy?: User | null;

  @Field(() => Date)
  @Property({ type: Date })
  createdAt!: Date;
}

/** One level of a campaign's chain and the instant its reports are due. */
@ObjectType('CampaignLevel', { description: 'Một cấp trong chuỗi báo cáo và hạn nộp của cấp đó.' })
@Entity({ tableName: 'campaign_level' })
export class CampaignLevel {
  [OptionalProps]?: 'digestSentAt';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Campaign)
  campaign!: Campaign;

  @Field(() => UnitLevel)
  @Property({ type: 'string', length: 16 })
  level!: UnitLevel;

  /** 0 for the lowest level of the chain. */
  @Field(() => Int, { description: '0 là cấp thấp nhất của chuỗi.' })
  @Property({ type: 'integer' })
  rank!: number;

  @Field(() => Date, { description: 'Hạn nộp (thời điểm, UTC). "Trước ngày 20/11" là 20/11 00:00 giờ Việt Nam.' })
  @Property({ type: Date })
  dueAt!: Date;

  /** When the monitors' digest of late units for this level was sent; null until the deadline's pass. */
  @Property({ type: Date, nullable: true })
  digestSentAt: Date | null = null;
}
