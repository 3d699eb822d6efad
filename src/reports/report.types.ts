import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../common/pagination';
import { ReportAction } from './report.entity';
import { Report } from './report.entity';
import { ReportStatus } from '../../workflows/report.machine';

export enum WorkflowAction {
  SAVE = 'SAVE',
  SUBMIT = 'SUBMIT',
  APPROVE = 'APPROVE',
  RETURN = 'RETURN',
  UNAPPROVE = 'UNAPPROVE',
}
registerEnumType(WorkflowAction, { name: 'WorkflowAction', description: 'Thao tác trên báo cáo: lưu, nộp, duyệt, trả lại, hủy duyệt.' });
registerEnumType(ReportAction, { name: 'ReportAction', description: 'Loại sự kiện trong lịch sử báo cáo.' });

@ObjectType()
export class ReportConnection extends Connection('Report', Report) {}

@InputType({ description: 'Giá trị một chỉ tiêu: số vào `value`, văn bản vào `text`; để trống cả hai để xóa.' })
export class ValueInput {
  @Field(() => String) code!: string;
  @Field(() => Float, { nullable: true }) value?: number | null;
  @Field(() => String, { nullable: true }) text?: string | null;
}

@ObjectType('IndicatorValue', { description: 'Giá trị một ô của báo cáo: một chỉ tiêu, hoặc một cột của chỉ tiêu có phân tổ.' })
export class IndicatorValueType {
  @Field(() => String, { description: 'Mã ô: mã chỉ tiêu, hoặc MÃ.CỘT với chỉ tiêu có phân tổ (ví dụ PL4_INSURED.Y2009).' }) code!: string;
  @Field(() => String) indicatorCode!: string;
  @Field(() => String, { nullable: true, description: 'Mã cột phân tổ, nếu có.' }) column!: string | null;
  @Field(() => String, { nullable: true }) columnLabel!: string | null;
  @Field(() => String) label!: string;
  @Field(() => String) unit!: string;
  @Field(() => String) section!: string;
  @Field(() => String, { description: 'ENTERED (nhập), DERIVED (tính), CONSOLIDATED (tổng hợp từ cấp dưới), ASSIGNED (được giao).' })
  source!: string;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => String, { nullable: true }) text!: string | null;
  @Field(() => Float, { nullable: true, description: 'Với chỉ tiêu đếm (COUNT): tổng số đơn vị được xét (y trong x/y).' }) total!: number | null;
  @Field(() => String, { nullable: true, description: 'Giá trị viết theo kiểu Việt Nam: 204.908; 94,78%; 8/12; Có.' })
  display!: string | null;
  @Field(() => Float, { nullable: true, description: 'Chỉ tiêu kế hoạch được giao cho ô này, nếu có.' }) target!: number | null;
  @Field(() => Float, { nullable: true, description: 'Phần trăm kế hoạch đạt được: thực hiện / kế hoạch × 100.' }) planAchievedPercent!: number | null;
}

@ObjectType('ValidationIssue')
export class ValidationIssueType {
  @Field(() => String) rule!: string;
  @Field(() => String) severity!: string;
  @Field(() => String) message!: string;
  @Field(() => Float, { nullable: true }) left!: number | null;
  @Field(() => Float, { nullable: true }) right!: number | null;
}

@ObjectType('ValidationResult')
export class ValidationResultType {
  @Field(() => Boolean, { description: 'Không có lỗi chặn việc nộp.' }) valid!: boolean;
  @Field(() => [ValidationIssueType], { description: 'Lỗi: phải sửa trước khi nộp.' }) errors!: ValidationIssueType[];
  @Field(() => [ValidationIssueType], { description: 'Cảnh báo: được nộp nếu có ghi chú giải trình.' }) warnings!: ValidationIssueType[];
}

@ObjectType('Completeness', { description: 'Tình hình báo cáo của các đơn vị cấp dưới.' })
export class CompletenessType {
  @Field(() => Int) expected!: number;
  @Field(() => Int, { description: 'Đã nộp (đang chờ duyệt hoặc đã duyệt).' }) submitted!: number;
  @Field(() => Int) approved!: number;
  @Field(() => Int) returned!: number;
  @Field(() => Int) draft!: number;
  @Field(() => String, { description: 'Số đã duyệt / số phải báo cáo, ví dụ "12/15".' }) display!: string;
}

@ObjectType('ReportHistoryEntry', { description: 'Một dòng trong lịch sử báo cáo (chỉ ghi thêm, không sửa).' })
export class HistoryEntryType {
  @Field(() => Date) at!: Date;
  @Field(() => ReportAction) action!: ReportAction;
  @Field(() => String, { nullable: true }) actorName!: string | null;
  @Field(() => ReportStatus, { nullable: true }) fromStatus!: ReportStatus | null;
  @Field(() => ReportStatus) toStatus!: ReportStatus;
  @Field(() => String, { nullable: true, description: 'Lý do trả lại/hủy duyệt, ghi chú khi nộp, ý kiến khi duyệt.' })
  reason!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Lần nộp này sau hạn.' }) late!: boolean | null;
  @Field(() => String, { nullable: true, description: 'Mức đầy đủ của cấp dưới khi nộp, ví dụ "12/15".' })
  completeness!: string | null;
  @Field(() => [String], { nullable: true, description: 'Các chỉ tiêu thay đổi khi lưu.' }) changedCodes!: string[] | null;
  @Field(() => String, { nullable: true, description: 'Với CONSOLIDATE: đơn vị cấp dưới vừa được duyệt hoặc hủy duyệt.' })
  childUnitCode!: string | null;
}
