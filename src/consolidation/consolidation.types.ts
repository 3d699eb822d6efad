import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Report } from '../reports/report.entity';
import { IndicatorValueType } from '../reports/report.types';

@ObjectType('ConsolidatedChild', { description: 'Một đơn vị cấp dưới trong bảng tổng hợp.' })
export class ConsolidatedChildType {
  @Field(() => String) unitCode!: string;
  // unitName: a field resolver (ConsolidatedChildResolver), read in one batch with the other children's.
  @Field(() => String, { description: 'Trạng thái báo cáo của đơn vị.' }) status!: string;
  @Field(() => Boolean, { description: 'Số liệu của đơn vị này đã được cộng vào số tổng hợp (báo cáo đã duyệt).' }) included!: boolean;
  @Field(() => Report) report!: Report;
}

@ObjectType('ConsolidatedReport', {
  description:
    'Số tổng hợp của một đơn vị (hoặc cả nước) trong một đợt, cập nhật ngay khi một báo cáo cấp dưới được duyệt, kèm số liệu từng đơn vị cấp dưới.',
})
export class ConsolidatedReportType {
  @Field(() => ID) campaignId!: string;
  @Field(() => String, { nullable: true, description: 'Trống: toàn quốc (cộng các báo cáo cấp cao nhất đã hoàn tất).' }) unitCode!: string | null;
  /** The unit, for its name (field resolver `unitName`); null for the country. */
  unitId!: number | null;
  @Field(() => Report, { nullable: true, description: 'Báo cáo tổng hợp của đơn vị (trống với số toàn quốc).' }) report!: Report | null;
  @Field(() => Int, { description: 'Số đơn vị cấp dưới.' }) expected!: number;
  @Field(() => Int, { description: 'Số đơn vị cấp dưới đã được cộng vào số tổng hợp.' }) included!: number;
  @Field(() => String, { description: 'x/y đơn vị cấp dưới đã được tổng hợp.' }) completeness!: string;
  /**
   * The figures, computed only when the field `values` is asked (ConsolidatedReportResolver): then in the same
   * batch as the children's figures, so the values and targets of the report and of all its children take one
   * statement each.
   */
  figures!: () => Promise<IndicatorValueType[]>;
  @Field(() => [ConsolidatedChildType]) children!: ConsolidatedChildType[];
}

@ObjectType('PreviousYearSource', { description: 'Một đơn vị (cũ) có số liệu năm trước được dùng.' })
export class PreviousYearSourceType {
  @Field(() => String) unitCode!: string;
  @Field(() => String) unitName!: string;
  @Field(() => String, { description: 'SAME (chính đơn vị), FULL (sáp nhập toàn bộ), PARTIAL (sáp nhập một phần).' }) mergeType!: string;
  @Field(() => ID, { nullable: true }) reportId!: string | null;
}

@ObjectType('PreviousYear', { description: 'Số liệu năm trước của đơn vị, và độ tin cậy khi đơn vị đã sáp nhập.' })
export class PreviousYearType {
  @Field(() => String, {
    description:
      'EXACT (chính đơn vị), MERGED (cộng các đơn vị sáp nhập toàn bộ: chính xác), ESTIMATED (có đơn vị chỉ nhập một phần: chỉ ước tính, không dùng để kiểm tra), UNAVAILABLE (không có số liệu).',
  })
  status!: string;
  @Field(() => Boolean, { description: 'Được dùng cho các quy tắc so sánh với năm trước.' }) comparable!: boolean;
  @Field(() => ID, { nullable: true }) campaignId!: string | null;
  @Field(() => String, { nullable: true }) campaignName!: string | null;
  @Field(() => String) message!: string;
  @Field(() => [PreviousYearSourceType]) sources!: PreviousYearSourceType[];
  @Field(() => [IndicatorValueType]) values!: IndicatorValueType[];
}
