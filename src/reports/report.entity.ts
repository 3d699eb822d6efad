import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Campaign } from '../campaigns/campaign.entity';
import { AdministrativeUnit, UnitLevel } from '../units/unit.entity';
import { ReportStatus, Timeliness } from '../../workflows/report.machine';

/** One unit's report in one campaign. Its status only changes through the report workflow. */
@ObjectType('Report', { description: 'Báo cáo của một đơn vị trong một đợt báo cáo.' })
@Entity({ tableName: 'report' })
@Unique({ properties: ['campaign', 'unit'] })
@Index({ properties: ['campaign', 'unitCode'] })
@Index({ properties: ['campaign', 'unitPath'] })
export class Report {
  [OptionalProps]?: 'version' | 'status' | 'timeliness' | 'nextReminderAt' | 'originalDueAt' | 'firstSubmittedAt' | 'submittedAt' | 'approvedAt' | 'submitNote';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Campaign)
  campaign!: Campaign;

  @ManyToOne(() => AdministrativeUnit)
  unit!: AdministrativeUnit;

  /** Copied from the unit (never changes) so lists sort and filter without a join. */
  @Field(() => String)
  @Property({ type: 'string', length: 8 })
  unitCode!: string;

  @Property({ type: 'string', length: 64 })
  unitPath!: string;

  @Field(() => UnitLevel)
  @Property({ type: 'string', length: 16 })
  level!: UnitLevel;

  /** The report of the next level up in the campaign's chain; null for the top of the chain. */
  @ManyToOne(() => Report, { nullable: true, index: true })
  parent?: Report | null;

  @Field(() => ReportStatus)
  @Property({ type: 'string', length: 16 })
  status: ReportStatus = ReportStatus.DRAFT;

  @Field(() => Timeliness, { description: 'Tình trạng hạn nộp (chưa đến hạn, sắp đến hạn, quá hạn, đúng hạn, muộn).' })
  @Property({ type: 'string', length: 16 })
  timeliness: Timeliness = Timeliness.UPCOMING;

  /** When the scheduler next reminds the unit; null once sent or when no reminder is left. */
  @Property({ type: Date, nullable: true, index: true })
  nextReminderAt: Date | null = null;

  /** The level's deadline when an extension moved this report's own `dueAt`; null otherwise. */
  @Field(() => Date, { nullable: true, description: 'Hạn nộp ban đầu của cấp, khi báo cáo được gia hạn.' })
  @Property({ type: Date, nullable: true })
  originalDueAt: Date | null = null;

  /**
   * Optimistic lock: every change of the report, its values or its consolidated figures raises it, through a
   * compare-and-set in the report service (so a concurrent writer is refused, not overwritten).
   */
  @Field(() => Int, { description: 'Phiên bản; gửi kèm khi lưu/nộp để tránh ghi đè thay đổi của người khác.' })
  @Property({ type: 'integer' })
  version: number = 1;

  @Field(() => Date, { description: 'Hạn nộp của cấp này.' })
  @Property({ type: Date })
  dueAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Lần nộp đầu tiên: căn cứ tính đúng hạn.' })
  @Property({ type: Date, nullable: true })
  firstSubmittedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'Lần nộp gần nhất.' })
  @Property({ type: Date, nullable: true })
  submittedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: Date, nullable: true })
  approvedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Ghi chú, giải trình khi nộp.' })
  @Property({ type: 'text', nullable: true })
  submitNote: string | null = null;

  @Property({ type: Date })
  createdAt!: Date;

  @Field(() => Date)
  @Property({ type: Date })
  updatedAt!: Date;

  /** Late when first sent after its deadline, or still not sent once the deadline has passed. */
  isLate(now: Date): boolean {
    const sent = this.firstSubmittedAt;
    return sent ? sent.getTime() >= this.dueAt.getTime() : now.getTime() >= this.dueAt.getTime();
  }
}

/** A figure or narrative of a report. A parent's summed figures are written by consolidation. */
@Entity({ tableName: 'report_value' })
@Unique({ properties: ['report', 'code'] })
export class ReportValue {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Report)
  report!: Report;

  @Property({ type: 'string', length: 64 })
  code!: string;

  @Property({ type: 'double', nullable: true })
  num: number | null = null;

  @Property({ type: 'text', nullable: true })
  text: string | null = null;

  /** For a COUNT cell of a consolidated report: how many reports were looked at (the y of x/y). */
  @Property({ type: 'double', nullable: true })
  total: number | null = null;
}

export enum ReportAction {
  CREATE = 'CREATE',
  SAVE = 'SAVE',
  SUBMIT = 'SUBMIT',
  APPROVE = 'APPROVE',
  RETURN = 'RETURN',
  UNAPPROVE = 'UNAPPROVE',
  /** The summed figures were recomputed because a child was approved or its approval withdrawn. */
  CONSOLIDATE = 'CONSOLIDATE',
  /** The scheduler moved the report's timeliness (reminder started, deadline passed). */
  DEADLINE = 'DEADLINE',
  EXTENSION_REQUESTED = 'EXTENSION_REQUESTED',
  EXTENSION_GRANTED = 'EXTENSION_GRANTED',
  EXTENSION_DENIED = 'EXTENSION_DENIED',
}

/** The append-only history of a report: who did what, when, from which state to which, and why. */
@Entity({ tableName: 'report_event' })
export class ReportEvent {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Report, { index: true })
  report!: Report;

  @Property({ type: Date })
  at!: Date;

  /** Null when the system acted (campaign creation). */
  @Property({ type: 'integer', nullable: true })
  actorId: number | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  actorName: string | null = null;

  @Property({ type: 'string', length: 32 })
  action!: ReportAction;

  @Property({ type: 'string', length: 16, nullable: true })
  fromStatus: ReportStatus | null = null;

  @Property({ type: 'string', length: 16 })
  toStatus!: ReportStatus;

  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Property({ type: 'json', nullable: true })
  details: Record<string, unknown> | null = null;
}

