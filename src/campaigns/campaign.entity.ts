import { Collection, Entity, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AdministrativeUnit, UnitLevel } from '../units/unit.entity';
import { ReportTemplate } from '../templates/template.entity';
import { User } from '../auth/user.entity';

/** A reporting round ("đợt báo cáo"): one form, one period, one chain of levels with a deadline each. */
@ObjectType('Campaign', { description: 'Đợt báo cáo: một biểu mẫu, một kỳ số liệu, chuỗi các cấp với hạn nộp của từng cấp.' })
@Entity({ tableName: 'campaign' })
export class Campaign {
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

  @ManyToOne(() => AdministrativeUnit)
  rootUnit!: AdministrativeUnit;

  @OneToMany(() => CampaignLevel, (l) => l.campaign, { orderBy: { rank: 'asc' } })
  levels = new Collection<CampaignLevel>(this);

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
}
